import { expect, test as base, type Page } from '@playwright/test';
import { expectNoProblems, seriousAxeViolations, watchPage } from './helpers';
import { freePort, startTurnServer, TURN_PASSWORD, TURN_USER, type TurnServer } from './turn-server';

// The ICE server tester and the relay-only loopback call against a REAL TURN server (coturn, started here on
// 127.0.0.1 inside the loopback-only namespace of scripts/netns.sh), in Debian's Chromium. No mocks.

const test = base.extend<object, { turn: TurnServer }>({
	turn: [
		// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies destructured
		async ({}, use) => {
			const server = await startTurnServer();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	]
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

test('relay-only loopback call through coturn: the selected pair is relayed and carries the media', async ({
	page,
	turn
}) => {
	await page.goto('/lab/ice-servers/');
	await fillServer(page, `turn:127.0.0.1:${turn.port}`, TURN_USER, TURN_PASSWORD);
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
	expect((turn.log().match(/ALLOCATE processed, success/g) ?? []).length).toBeGreaterThanOrEqual(2);
	await page.getByTestId('hang-up').click();
});
