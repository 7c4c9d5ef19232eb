import { expect, test as base, type Browser, type Page } from '@playwright/test';
import { expectNoProblems, seriousAxeViolations, watchPage } from './helpers';
import {
	freePort,
	makeTrustingHome,
	startTurnServer,
	TURN_PASSWORD,
	TURN_USER,
	type TurnServer
} from './turn-server';

// The ICE server tester and the relay-only loopback call against a REAL TURN server (coturn, started here on
// 127.0.0.1 inside the loopback-only namespace of scripts/netns.sh), in Debian's Chromium. No mocks.

// turns: (TURN over TLS over TCP, RFC 7065 / RFC 8656 §3.1) runs against a second coturn that also listens for TLS,
// with a certificate made at test time for the DNS name localhost only (no IP entry), issued by a throwaway CA.
// Chromium checks a TURN server's certificate as it checks a web site's: without help it refuses this one (the
// handshake ends at once, coturn logs the TLS socket closing before any STUN message, and the page gets
// icecandidateerror 701 "Failed to establish connection", the same as for a closed port) — the 'turns: failures'
// test below shows it. The turns: tests that must succeed use a second Chromium whose NSS database
// ($HOME/.pki/nssdb, made with certutil from libnss3-tools in a temp dir that HOME points at) trusts that CA: the
// certificate is then verified as any other would be, name included, so turns:localhost gets a relay and
// turns:127.0.0.1 on the same server is refused (the 'name' test). Used before: Chromium's
// --ignore-certificate-errors-spki-list=<hash of the server's key> also gets a relay, but it waives the name
// check too (measured: with it, turns:127.0.0.1 got a relay through this localhost-only certificate), so it could
// not show the browser checking names; --ignore-certificate-errors turns all checking off.
const test = base.extend<
	{ trustingPage: Page },
	{ turn: TurnServer; turns: TurnServer; trustingBrowser: Browser }
>({
	turn: [
		// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies destructured
		async ({}, use) => {
			const server = await startTurnServer();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	turns: [
		// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies destructured
		async ({}, use) => {
			// DTLS too, on the same port number over UDP: what turns:…?transport=udp asks for (RFC 7350).
			const server = await startTurnServer({ tls: true, dtls: true });
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	trustingBrowser: [
		async ({ playwright, launchOptions, turns }, use) => {
			const trusting = makeTrustingHome(turns.certificates!.caFile);
			try {
				const browser = await playwright.chromium.launch({
					...launchOptions,
					env: { ...process.env, HOME: trusting.home }
				});
				await use(browser);
				await browser.close();
			} finally {
				trusting.remove();
			}
		},
		{ scope: 'worker' }
	],
	/** A page in the Chromium that trusts the CA of the turns server's certificate; its context closes after the test. */
	trustingPage: async ({ trustingBrowser, baseURL }, use) => {
		const context = await trustingBrowser.newContext({ baseURL });
		await use(await context.newPage());
		await context.close();
	}
});

async function fillServer(page: Page, urls: string, username: string, credential: string) {
	await page.getByTestId('ice-urls').fill(urls);
	await page.getByTestId('ice-username').fill(username);
	await page.getByTestId('ice-credential').fill(credential);
}

async function gather(page: Page) {
	await page.getByTestId('gather').click();
	await expect(page.getByTestId('gather-status')).not.toHaveAttribute('data-status', /idle|gathering/, {
		timeout: 20_000
	});
}

test('the right password: a relay candidate from coturn, relay-only; the link keeps no credential', async ({
	page,
	baseURL,
	turn
}) => {
	const problems = watchPage(page, new URL(baseURL!).origin);
	await page.goto('/lab/ice-servers/');
	await expect(page.getByTestId('gather-status')).toHaveAttribute('data-status', 'idle');
	const url = `turn:127.0.0.1:${turn.port}?transport=udp`;
	await fillServer(page, url, TURN_USER, TURN_PASSWORD);
	await page.getByTestId('policy-relay').check();
	await gather(page);
	await expect(page.getByTestId('gather-status')).toHaveAttribute('data-status', 'complete');

	const rows = page.getByTestId('gathered-candidates').locator('tbody tr');
	await expect(rows.first()).toHaveAttribute('data-type', 'relay');
	// relay policy: nothing but relay candidates, each relayed on coturn's relay address.
	for (const type of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-type'))))
		expect(type).toBe('relay');
	await expect(rows.first()).toContainText('127.0.0.1:');
	// The transport to the TURN server, from getStats() (local-candidate relayProtocol).
	await expect(rows.first()).toContainText('to the TURN server over udp');
	const priority = Number(await rows.first().getByTestId('priority').innerText());
	const typePref = Number((await rows.first().getByTestId('type-pref').innerText()).split(/\s/)[0]);
	const localPref = Number(await rows.first().getByTestId('local-pref').innerText());
	const component = Number(await rows.first().getByTestId('component').innerText());
	expect(typePref * 2 ** 24 + localPref * 2 ** 8 + (256 - component)).toBe(priority);

	const findings = page.getByTestId('findings');
	await expect(findings.locator('[data-finding="relay-ok"]')).toContainText(url);
	await expect(findings.locator('[data-finding="relay-only"]')).toBeVisible();
	await expect(findings.locator('[data-severity="error"]')).toHaveCount(0);
	// coturn's own log shows the allocation for our user.
	expect(turn.log()).toMatch(/ALLOCATE processed, success/);
	expect(turn.log()).toContain(`user <${TURN_USER}>`);

	// The link holds the URL, username and result, never the credential; reopening it shows the same result.
	const link = page.url();
	expect(link).toContain(encodeURIComponent(url).replace(/%20/g, '+').slice(0, 10));
	expect(decodeURIComponent(link)).not.toContain(TURN_PASSWORD);
	const fresh = await page.context().newPage();
	await fresh.goto(link);
	await expect(fresh.getByTestId('gather-status')).toHaveAttribute('data-status', 'complete');
	await expect(fresh.getByTestId('findings').locator('[data-finding="relay-ok"]')).toBeVisible();
	await expect(fresh.getByTestId('ice-credential')).toHaveValue('');
	await expect(fresh.getByTestId('ice-username')).toHaveValue(TURN_USER);
	await fresh.close();

	// With results on screen: no serious axe violations in either theme.
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await seriousAxeViolations(page), scheme).toEqual([]);
	}
	await expectNoProblems(problems, 'ice-servers lab');
});

test('a wrong password: the 401 is explained', async ({ page, turn }) => {
	await page.goto('/zh-TW/lab/ice-servers/');
	await fillServer(page, `turn:127.0.0.1:${turn.port}`, TURN_USER, 'wrong-password');
	await gather(page);
	await expect(page.getByTestId('gather-errors').locator('tbody tr[data-code="401"]').first()).toBeVisible();
	const finding = page.getByTestId('findings').locator('[data-finding="auth-failed"]');
	await expect(finding).toContainText('401');
	await expect(finding).toHaveAttribute('data-severity', 'error');
	await expect(page.getByTestId('gathered-candidates').locator('tr[data-type="relay"]')).toHaveCount(0);
	expect(await seriousAxeViolations(page)).toEqual([]);
	// At phone width the page does not scroll sideways (wide tables scroll inside their own box).
	await page.setViewportSize({ width: 390, height: 844 });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});

test('TURN over UDP and over TCP: a relay candidate through each, with its transport to the server', async ({
	page,
	turn
}) => {
	await page.goto('/lab/ice-servers/');
	const udp = `turn:127.0.0.1:${turn.port}`;
	const tcp = `turn:127.0.0.1:${turn.port}?transport=tcp`;
	await fillServer(page, `${udp}\n${tcp}`, TURN_USER, TURN_PASSWORD);
	await page.getByTestId('policy-relay').check();
	await gather(page);
	const findings = page.getByTestId('findings');
	await expect(findings.locator('[data-finding="relay-ok"]')).toHaveCount(2);
	await expect(findings.locator('[data-finding="relay-ok"]').nth(1)).toContainText(tcp);
	const rows = page.getByTestId('gathered-candidates').locator('tbody tr');
	await expect(rows.filter({ hasText: 'to the TURN server over udp' })).not.toHaveCount(0);
	await expect(rows.filter({ hasText: 'to the TURN server over tcp' })).not.toHaveCount(0);
});

test('TURN over TLS (turns:): a relay candidate through the TLS port, over tls, in a Chromium that trusts the CA', async ({
	trustingPage: page,
	turns
}) => {
	await page.goto('/lab/ice-servers/');
	const url = `turns:localhost:${turns.tlsPort}?transport=tcp`;
	await fillServer(page, url, TURN_USER, TURN_PASSWORD);
	await page.getByTestId('policy-relay').check();
	await gather(page);
	await expect(page.getByTestId('gather-status')).toHaveAttribute('data-status', 'complete');
	const findings = page.getByTestId('findings');
	await expect(findings.locator('[data-finding="relay-ok"]')).toHaveCount(1);
	await expect(findings.locator('[data-finding="relay-ok"]')).toContainText(url);
	await expect(findings.locator('[data-severity="error"]')).toHaveCount(0);
	await expect(page.getByTestId('gather-errors').locator('tbody tr')).toHaveCount(0);
	const rows = page.getByTestId('gathered-candidates').locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows).toHaveAttribute('data-type', 'relay');
	// The transport to the TURN server, from the candidate's relayProtocol (RTCIceCandidate / getStats).
	await expect(rows).toContainText('to the TURN server over tls');
	// coturn took the allocation over TLS (it logs the TLS version of each session).
	expect(turns.log()).toMatch(/ALLOCATE processed, success/);
	expect(turns.log()).toMatch(/username=<test>.*method=TLSv1\.[23]/);
});

test('turns: the certificate must name the host in the URL: localhost is in it, 127.0.0.1 is not', async ({
	trustingPage: page,
	turns
}) => {
	// One gathering, one server, one certificate, in a Chromium that trusts its CA; the URLs differ only in how
	// they name the server. The certificate's subjectAltName holds DNS:localhost and no IP entry.
	await page.goto('/lab/ice-servers/');
	const byName = `turns:localhost:${turns.tlsPort}?transport=tcp`;
	const byAddress = `turns:127.0.0.1:${turns.tlsPort}?transport=tcp`;
	await fillServer(page, `${byName}\n${byAddress}`, TURN_USER, TURN_PASSWORD);
	await page.getByTestId('policy-relay').check();
	// Warned before anything is sent: TLS to an IP address needs a certificate that names the address.
	const ipWarning = page.getByTestId('config-findings').locator('[data-finding="turns-ip"]');
	await expect(ipWarning).toHaveCount(1);
	await expect(ipWarning).toContainText(byAddress);
	await expect(ipWarning).toContainText('the certificate must name that address');
	const logBefore = turns.log().length;
	await gather(page);
	await expect(page.getByTestId('gather-status')).toHaveAttribute('data-status', 'complete');

	// By name: verified, a relay candidate over TLS.
	const findings = page.getByTestId('findings');
	await expect(findings.locator('[data-finding="relay-ok"]')).toHaveCount(1);
	await expect(findings.locator('[data-finding="relay-ok"]')).toContainText(byName);
	const rows = page.getByTestId('gathered-candidates').locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows).toHaveAttribute('data-type', 'relay');
	await expect(rows).toContainText('to the TURN server over tls');

	// By address: the same certificate is refused, reported as icecandidateerror 701 for that URL.
	const errors = page.getByTestId('gather-errors').locator('tbody tr');
	await expect(errors).toHaveCount(1);
	await expect(errors).toHaveAttribute('data-code', '701');
	await expect(errors).toContainText(`127.0.0.1:${turns.tlsPort}`);
	const failed = findings.locator('[data-finding="tls-failed"]');
	await expect(failed).toHaveCount(1);
	await expect(failed).toContainText(byAddress);
	await expect(failed).toContainText('701');
	// The explanation names this cause: the certificate must name the host, an IP address in an IP entry.
	await expect(failed).toContainText('naming the host of the URL');
	await expect(failed).toContainText('IP entry in its subjectAltName');

	// coturn saw two TLS connections and one TURN session: the other connection ended in the TLS handshake,
	// before any request (coturn logs "new … method=TLSv1.x" when a session's first request is authenticated).
	await expect.poll(() => turns.log().slice(logBefore)).toMatch(/TLS\/TCP socket disconnected/);
	expect(
		turns
			.log()
			.slice(logBefore)
			.match(/: new, realm=.*method=TLSv1\.[23]/g)
	).toHaveLength(1);
});

test('turns: with ?transport=udp (TURN over DTLS) is flagged, and Chromium reaches the server over TLS instead', async ({
	trustingPage: page,
	turns
}) => {
	await page.goto('/lab/ice-servers/');
	// coturn takes DTLS on this port too (over UDP), so the browser could have used it.
	expect(turns.log()).toContain(`DTLS/UDP listener opened on: 127.0.0.1:${turns.tlsPort}`);
	const url = `turns:localhost:${turns.tlsPort}?transport=udp`;
	await fillServer(page, url, TURN_USER, TURN_PASSWORD);
	const warning = page.getByTestId('config-findings').locator('[data-finding="turns-udp"]');
	await expect(warning).toHaveAttribute('data-severity', 'warn');
	await expect(warning).toContainText(url);
	await expect(warning).toContainText('TLS over TCP');
	await page.getByTestId('policy-relay').check();
	const logBefore = turns.log().length;
	await gather(page);
	await expect(page.getByTestId('findings').locator('[data-finding="relay-ok"]')).toHaveCount(1);
	const row = page.getByTestId('gathered-candidates').locator('tbody tr').first();
	await expect(row).toHaveAttribute('data-type', 'relay');
	await expect(row).toContainText('to the TURN server over tls');
	// coturn: the session came over TLS, and nothing came over DTLS.
	await expect.poll(() => turns.log().slice(logBefore)).toMatch(/: new, realm=.*method=TLSv1\.[23]/);
	expect(turns.log().slice(logBefore)).not.toMatch(/DTLS/);
});

test('turns: failures are explained: an untrusted certificate, a closed port, a port without TLS', async ({
	page,
	turn,
	turns
}) => {
	await page.goto('/lab/ice-servers/');
	await page.getByTestId('policy-relay').check();
	const findings = page.getByTestId('findings');

	// The same TLS port, by the name its certificate holds, in a Chromium that does not trust the CA that issued
	// it (the one the 'name' test trusts): refused, reported as 701.
	const logBefore = turns.log().length;
	const untrusted = `turns:localhost:${turns.tlsPort}?transport=tcp`;
	await fillServer(page, untrusted, TURN_USER, TURN_PASSWORD);
	await gather(page);
	await expect(page.getByTestId('gather-status')).toHaveAttribute('data-status', 'complete');
	await expect(page.getByTestId('gather-errors').locator('tbody tr[data-code="701"]')).toHaveCount(1);
	await expect(findings.locator('[data-finding="tls-failed"]')).toContainText(untrusted);
	await expect(findings.locator('[data-finding="tls-failed"]')).toContainText('701');
	await expect(findings.locator('[data-finding="tls-failed"]')).toContainText(
		'issued by an authority the system trusts'
	);
	await expect(findings.locator('[data-finding="relay-ok"]')).toHaveCount(0);
	// coturn saw the TLS connection close before any TURN request came through it.
	await expect.poll(() => turns.log().slice(logBefore)).toMatch(/TLS\/TCP socket/);
	expect(turns.log().slice(logBefore)).not.toMatch(/ALLOCATE|Unauthorized/);

	// A closed port: the refused connection is reported at once, with the same 701.
	const closed = `turns:127.0.0.1:${await freePort()}?transport=tcp`;
	await page.getByTestId('ice-urls').fill(closed);
	await gather(page);
	await expect(page.getByTestId('gather-status')).toHaveAttribute('data-status', 'complete');
	await expect(findings.locator('[data-finding="tls-failed"]')).toContainText(closed);

	// A port where coturn speaks TURN over plain TCP only (--no-tls). coturn reads the TLS hello as the start of a
	// STUN message; measured here (6 runs against one server), it either waits for the rest, so the hello is never
	// answered and the wait ends first (Chromium gives up only after about 30 s), or drops the connection at once,
	// which Chromium reports as 701: 3 runs each. Both are explained, each by its own finding.
	const plain = `turns:127.0.0.1:${turn.port}?transport=tcp`;
	await page.getByTestId('ice-urls').fill(plain);
	await page.getByTestId('ice-timeout').fill('3');
	await gather(page);
	const outcome = await page.getByTestId('gather-status').getAttribute('data-status');
	if (outcome === 'timeout') {
		await expect(findings.locator('[data-finding="tls-no-handshake"]')).toContainText(plain);
		await expect(findings.locator('[data-finding="tls-no-handshake"]')).toContainText('plain TCP');
	} else {
		expect(outcome).toBe('complete');
		await expect(page.getByTestId('gather-errors').locator('tbody tr[data-code="701"]')).toHaveCount(1);
		await expect(findings.locator('[data-finding="tls-failed"]')).toContainText(plain);
		await expect(findings.locator('[data-finding="tls-failed"]')).toContainText('does not speak TLS');
	}
	await expect(findings.locator('[data-finding="no-answer"]')).toHaveCount(0);
	await expect(findings.locator('[data-finding="try-tcp"]')).toHaveCount(0);
});

test('an unreachable server (a closed port) is explained, over UDP and over TCP', async ({ page }) => {
	const closed = await freePort();
	await page.goto('/lab/ice-servers/');
	// UDP: no answer comes back (Chromium keeps retrying; the ICMP port unreachable does not stop it).
	await fillServer(page, `turn:127.0.0.1:${closed}`, TURN_USER, TURN_PASSWORD);
	await page.getByTestId('ice-timeout').fill('3');
	await gather(page);
	await expect(page.getByTestId('gather-status')).toHaveAttribute('data-status', 'timeout');
	let findings = page.getByTestId('findings');
	await expect(findings.locator('[data-finding="no-answer"]')).toContainText(`127.0.0.1:${closed}`);
	await expect(findings.locator('[data-finding="try-tcp"]')).toBeVisible();
	await expect(findings.locator('[data-finding="timeout"]')).toBeVisible();
	await expect(findings.locator('[data-finding="relay-ok"]')).toHaveCount(0);

	// TCP: the refused connection is reported at once as icecandidateerror 701.
	await page.getByTestId('ice-urls').fill(`turn:127.0.0.1:${closed}?transport=tcp`);
	await page.getByTestId('ice-timeout').fill('15');
	await gather(page);
	await expect(page.getByTestId('gather-errors').locator('tbody tr[data-code="701"]').first()).toBeVisible();
	findings = page.getByTestId('findings');
	await expect(findings.locator('[data-finding="unreachable"]')).toContainText('701');
	await expect(findings.locator('[data-finding="try-tcp"]')).toHaveCount(0);
});

test('URL mistakes are pointed at before anything is sent; keyboard only', async ({ page }) => {
	await page.goto('/lab/ice-servers/');
	await page.getByTestId('ice-urls').fill('stun:127.0.0.1\nturn://127.0.0.1:3478');
	const error = page.getByTestId('url-error');
	await expect(error).toHaveAttribute('data-code', 'slashes');
	await expect(error).toContainText('Line 2, character 6');
	await expect(page.getByTestId('gather')).toBeDisabled();
	await page.getByTestId('ice-urls').fill('turn:127.0.0.1:3478');
	await expect(
		page.getByTestId('config-findings').locator('[data-finding="turn-needs-credentials"]')
	).toBeVisible();
	await expect(page.getByTestId('gather')).toBeDisabled();

	// Every control is reachable with Tab, and the form submits with the keyboard.
	await page.getByTestId('ice-urls').fill('stun:127.0.0.1:9');
	await page.getByTestId('ice-urls').focus();
	const order: string[] = [];
	for (let i = 0; i < 5; i++) {
		await page.keyboard.press('Tab');
		order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
	}
	// (Stop is disabled until a run starts; one Tab stop for the radio group, arrows move within it.)
	expect(order).toEqual(['ice-username', 'ice-credential', 'policy-all', 'ice-timeout', 'gather']);
	await page.getByTestId('policy-all').focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByTestId('policy-relay')).toBeChecked();
});

/**
 * Hands `url` (relay only) from the ICE server lab to the loopback lab and makes a call: both pcs gather relay
 * candidates only, and the selected pair is relay on both ends and carries the media. Returns what coturn logged
 * meanwhile.
 */
async function relayOnlyLoopbackCall(page: Page, url: string, server: TurnServer): Promise<string> {
	const logBefore = server.log().length;
	await page.goto('/lab/ice-servers/');
	await fillServer(page, url, TURN_USER, TURN_PASSWORD);
	await page.getByTestId('policy-relay').check();
	await page.getByTestId('run-loopback').click();
	await expect(page).toHaveURL(/\/lab\/loopback\/#ice-servers$/);
	expect(decodeURIComponent(page.url())).not.toContain(TURN_PASSWORD);
	await expect(page.getByTestId('ice-handed')).toBeVisible();
	await expect(page.getByTestId('lb-relay-only')).toBeChecked();
	await expect(page.getByTestId('lb-ice-active')).toContainText('relay');
	expect(await seriousAxeViolations(page)).toEqual([]);

	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 20_000
	});
	// Every candidate each pc gathered is a relay candidate (iceTransportPolicy relay).
	for (const pc of ['caller', 'callee']) {
		const table = page.getByTestId(`candidates-${pc}`);
		await expect(table.locator('tbody tr').first()).toContainText('relay');
	}
	// getStats: the transport's selected candidate pair joins relay local and remote candidates and carries bytes.
	const selected = page.getByTestId('pairs-caller').locator('tr.selected');
	await expect(selected).toHaveCount(1, { timeout: 5_000 });
	await expect(selected.locator('td').nth(0)).toContainText('relay');
	await expect(selected.locator('td').nth(1)).toContainText('relay');
	await expect
		.poll(async () => Number((await selected.locator('td').nth(5).innerText()).replace(/\D/g, '')), {
			timeout: 8_000
		})
		.toBeGreaterThan(50_000);
	// And coturn saw both allocations and relayed the data through channels or Send/Data indications.
	const log = server.log().slice(logBefore);
	expect((log.match(/ALLOCATE processed, success/g) ?? []).length).toBeGreaterThanOrEqual(2);
	await page.getByTestId('hang-up').click();
	return log;
}

test('relay-only loopback call through coturn: the selected pair is relayed and carries the media', async ({
	page,
	turn
}) => {
	await relayOnlyLoopbackCall(page, `turn:127.0.0.1:${turn.port}`, turn);
});

test('relay-only loopback call through coturn over TLS (turns:): relayed, carries the media', async ({
	trustingPage: page,
	turns
}) => {
	const log = await relayOnlyLoopbackCall(page, `turns:localhost:${turns.tlsPort}?transport=tcp`, turns);
	// Each pc's session with coturn ran over TLS: coturn logs the TLS version when a session starts.
	const sessions = log.match(/new, realm=.*/g) ?? [];
	expect(sessions.length).toBeGreaterThanOrEqual(2);
	for (const line of sessions) expect(line).toMatch(/method=TLSv1\.[23]/);
});
