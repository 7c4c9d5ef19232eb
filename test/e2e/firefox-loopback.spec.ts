import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startTurnServer, trustCaInNssDb, TURN_PASSWORD, TURN_USER } from './turn-server';

// Firefox smoke test: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (puppeteer-core never
// downloads a browser), through a real loopback call on the built site: Start → connected → frames decode →
// hang up; and what it does with turns:…?transport=udp against coturn (test/e2e/turn-server.ts). It runs in the
// same loopback-only network namespace as the Chromium tests.
//
// Firefox gathers host candidates only on the interface of the default route unless the page captures media
// (nICEr "failed to find default addresses": it connect()s a UDP socket towards a public address to learn it),
// and the namespace has no default route. So while this file runs, lo gets a TEST-NET-1 address (RFC 5737,
// never routed) and a default route through lo from it: Firefox's host candidate is then 192.0.2.1, still on
// lo, and nothing can leave the namespace. Both are removed afterwards, so the Chromium tests see lo as before.
const LAB_ADDRESS = '192.0.2.1';
const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Firefox needs no permission prompt for the lab's synthetic media; these make it behave like the Chromium flags.
export const FIREFOX_PREFS: Record<string, unknown> = {
	// Fake devices and no permission prompt (used only if the page asks for the microphone).
	'media.navigator.streams.fake': true,
	'media.navigator.permission.disabled': true,
	// Gather candidates on the loopback interface (the only one in the namespace), with real addresses, not mDNS.
	'media.peerconnection.ice.loopback': true,
	'media.peerconnection.ice.obfuscate_host_addresses': false,
	// The muted remote <video> may play without a gesture; so may the WebAudio tone.
	'media.autoplay.default': 0,
	'media.autoplay.block-webaudio': false,
	// Nothing but the page under test: no update checks, telemetry or captive-portal probes.
	'app.update.enabled': false,
	'network.captive-portal-service.enabled': false,
	'network.connectivity-service.enabled': false,
	'datareporting.policy.dataSubmissionEnabled': false,
	'toolkit.telemetry.enabled': false,
	'browser.safebrowsing.malware.enabled': false,
	'browser.safebrowsing.phishing.enabled': false
};

let browser: Browser;
let profile: string;

test.beforeAll(async () => {
	ip('addr', 'add', `${LAB_ADDRESS}/32`, 'dev', 'lo');
	ip('route', 'add', 'default', 'dev', 'lo', 'src', LAB_ADDRESS);
	profile = mkdtempSync(join(tmpdir(), 'webrtc-lab-firefox-'));
	browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		userDataDir: profile,
		extraPrefsFirefox: FIREFOX_PREFS
	});
});

test.afterAll(async () => {
	await browser?.close();
	if (profile) rmSync(profile, { recursive: true, force: true });
	// Each step on its own: a failed beforeAll may have left only the first in place.
	for (const args of [
		['route', 'del', 'default', 'dev', 'lo'],
		['addr', 'del', `${LAB_ADDRESS}/32`, 'dev', 'lo']
	]) {
		try {
			ip(...args);
		} catch {
			// not there
		}
	}
});

test('Firefox ESR: a loopback call connects, frames decode, hang up closes both pcs', async ({ baseURL }) => {
	test.setTimeout(90_000);
	const page = await browser.newPage();
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`page error: ${err}`));
	await page.goto(`${baseURL}/lab/loopback/`, { waitUntil: 'load' });
	const status = () => page.$eval('[data-testid="call-status"]', (el) => el.getAttribute('data-status'));
	await page.waitForSelector('[data-testid="start-call"]:not([disabled])');
	expect(await status()).toBe('idle');
	await page.click('[data-testid="start-call"]');
	await page.waitForFunction(
		() => document.querySelector('[data-testid="call-status"]')?.getAttribute('data-status') !== 'starting',
		{ timeout: 30_000 }
	);
	const log = () => page.$eval('[data-testid="event-log"]', (el) => (el as HTMLElement).innerText);
	const error = await page.$eval('[data-testid="call-status"]', (el) => el.textContent);
	expect(await status(), `status: ${error}\n${await log()}`).toBe('connected');
	for (const pc of ['caller', 'callee'])
		expect(await page.$eval(`[data-testid="browser-${pc}-connectionState"]`, (el) => el.textContent)).toBe(
			'connected'
		);

	// Frames decode: the callee's inbound-rtp framesDecoded grows (the frames chart gets a decoded rate).
	await page.waitForFunction(
		() => {
			const v = document.querySelector('[data-testid="chart-frames-latest-d"]')?.textContent ?? '—';
			return v !== '—' && Number(v) > 1;
		},
		{ timeout: 15_000 }
	);
	// And the remote <video> really shows them.
	await page.waitForFunction(
		() => {
			const v = document.querySelector('video');
			return !!v && v.videoWidth > 0 && v.readyState >= 2;
		},
		{ timeout: 10_000 }
	);

	// Firefox has no transport stats; the pair in use still shows as selected (candidate-pair.selected).
	await page.waitForFunction(
		() =>
			document
				.querySelector('[data-testid="pairs-caller"] tr.selected [data-testid="pair-state"]')
				?.textContent?.includes('succeeded'),
		{ timeout: 10_000 }
	);
	expect(await page.$eval('[data-testid="video-codec"]', (el) => el.textContent)).toMatch(/^video\//);
	// What Firefox does not report is said so, once the call has run long enough to tell (REPORTED_WITHIN
	// samples), instead of "waiting for samples" forever: availableOutgoingBitrate and qualityLimitationReason.
	await page.waitForSelector('[data-testid="chart-availableBitrate"][data-reported="no"]', {
		timeout: 15_000
	});
	expect(await page.$eval('[data-testid="chart-availableBitrate"] svg', (el) => el.textContent)).toContain(
		'not reported by this browser'
	);
	expect(await page.$eval('[data-testid="chart-quality"]', (el) => el.getAttribute('data-reported'))).toBe(
		'no'
	);
	// Everything else it does report.
	expect(
		await page.$$eval('[data-testid^="chart-"][data-reported="no"]', (els) =>
			els.map((e) => e.getAttribute('data-testid'))
		)
	).toEqual(['chart-availableBitrate', 'chart-quality']);
	// The JSEP model and Firefox agree on every state.
	expect(await page.$eval('[data-testid="agreement"]', (el) => el.getAttribute('data-flagged'))).toBe('0');

	await page.click('[data-testid="hang-up"]');
	await page
		.waitForFunction(
			() => document.querySelector('[data-testid="call-status"]')?.getAttribute('data-status') === 'closed',
			{ timeout: 10_000 }
		)
		.catch(async (e) => {
			throw new Error(`${e}; status ${await status()}; ${problems.join('; ')}`);
		});
	for (const pc of ['caller', 'callee'])
		expect(await page.$eval(`[data-testid="browser-${pc}-signalingState"]`, (el) => el.textContent)).toBe(
			'closed'
		);
	expect(problems).toEqual([]);
	await page.close();
});

/** Replaces an input's value as typing would (Svelte's bind:value listens for input events). */
async function fill(page: Page, testId: string, value: string) {
	await page.$eval(`[data-testid="${testId}"]`, (el) => ((el as HTMLInputElement).value = ''));
	await page.type(`[data-testid="${testId}"]`, value);
}

test('Firefox ESR: turns:…?transport=udp reaches coturn over TLS on TCP, not DTLS; turns: to an IP address is skipped', async ({
	baseURL
}) => {
	test.setTimeout(90_000);
	// coturn takes TLS on TCP and DTLS on UDP at the same port number, with a certificate for localhost only, from
	// a throwaway CA that this Firefox's profile (its own NSS database) trusts.
	const turns = await startTurnServer({ tls: true, dtls: true });
	const port = turns.tlsPort!;
	const profile = mkdtempSync(join(tmpdir(), 'webrtc-lab-firefox-'));
	let trusting: Browser | undefined;
	try {
		expect(turns.log()).toContain(`DTLS/UDP listener opened on: 127.0.0.1:${port}`);
		expect(turns.log()).toContain(`TLS/TCP listener opened on : 127.0.0.1:${port}`);
		trustCaInNssDb(profile, turns.certificates!.caFile);
		trusting = await puppeteer.launch({
			browser: 'firefox',
			executablePath: FIREFOX,
			headless: true,
			userDataDir: profile,
			extraPrefsFirefox: FIREFOX_PREFS
		});
		const page = await trusting.newPage();
		await page.goto(`${baseURL}/lab/ice-servers/`, { waitUntil: 'load' });
		await page.waitForSelector('[data-testid="gather"]');
		const byName = `turns:localhost:${port}?transport=udp`;
		const byAddress = `turns:127.0.0.1:${port}?transport=udp`;
		await fill(page, 'ice-username', TURN_USER);
		await fill(page, 'ice-credential', TURN_PASSWORD);
		await page.click('[data-testid="policy-relay"]');
		// Firefox does not say which server a candidate came from (no url on it): the page ties an unlabelled relay
		// candidate to a server only when one alone could have made it (by relayProtocol). So the checks of what
		// came over which transport gather one URL at a time; the two-server run below checks that tie-breaking.
		const gather = async (url: string) => {
			await fill(page, 'ice-urls', url);
			const logBefore = turns.log().length;
			await page.click('[data-testid="gather"]');
			await page.waitForFunction(
				() =>
					document.querySelector('[data-testid="gather-status"]')?.getAttribute('data-status') === 'complete',
				{ timeout: 20_000 }
			);
			// coturn logs a moment after the browser acts; give a connection time to show up (or not).
			await new Promise((r) => setTimeout(r, 1000));
			const texts = (selector: string) =>
				page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText));
			return {
				warnings: await texts('[data-testid="config-findings"] [data-finding="turns-udp"]'),
				ipWarnings: await texts('[data-testid="config-findings"] [data-finding="turns-ip"]'),
				candidates: await page.$$eval('[data-testid="gathered-candidates"] tbody tr', (trs) =>
					trs.map((tr) => ({ type: tr.getAttribute('data-type'), text: (tr as HTMLElement).innerText }))
				),
				errors: await texts('[data-testid="gather-errors"] tbody tr'),
				findings: await page.$$eval('[data-testid="findings"] [data-finding]', (els) =>
					els.map((e) => ({ id: e.getAttribute('data-finding'), text: (e as HTMLElement).innerText }))
				),
				log: turns.log().slice(logBefore)
			};
		};

		// By name: a relay candidate, over TLS (the candidate's relayProtocol); the page warned, and says what
		// Firefox did in this lab.
		let run = await gather(byName);
		expect(run.warnings).toHaveLength(1);
		expect(run.warnings[0]).toContain(byName);
		expect(run.warnings[0]).toContain('TLS over TCP');
		expect(run.warnings[0]).toContain('Neither Chromium nor Firefox ESR speaks it');
		expect(run.ipWarnings).toEqual([]);
		expect(run.candidates).toHaveLength(1);
		expect(run.candidates[0].type).toBe('relay');
		expect(run.candidates[0].text).toContain('to the TURN server over tls');
		expect(run.findings.filter((f) => f.id === 'relay-ok').map((f) => f.text)).toEqual([
			expect.stringContaining(byName)
		]);
		// coturn: one TCP connection, one TURN session over TLS; nothing over DTLS.
		expect(run.log.match(/tcp or tls connected to: /g)).toHaveLength(1);
		expect(run.log.match(/: new, realm=.*/g)).toEqual([expect.stringMatching(/method=TLSv1\.[23]$/)]);
		expect(run.log).toMatch(/ALLOCATE processed, success/);
		expect(run.log).not.toMatch(/DTLS/);

		// Two servers in one gathering. Firefox's candidates carry no server URL, so the page tells them apart by
		// the relay candidate's relayProtocol: udp is the turn: URL's, tls the turns: URL's. Both are credited.
		const overUdp = `turn:127.0.0.1:${turns.port}`;
		run = await gather(`${overUdp}\n${byName}`);
		expect(run.candidates.map((c) => c.type)).toEqual(['relay', 'relay']);
		expect(run.findings.filter((f) => f.id === 'relay-ok').map((f) => f.text)).toEqual([
			expect.stringContaining(overUdp),
			expect.stringContaining(byName)
		]);
		expect(run.findings.map((f) => f.id)).not.toContain('relay-unattributed');

		// By address: skipped. No candidate, no icecandidateerror, and coturn saw nothing at all.
		run = await gather(byAddress);
		expect(run.warnings).toHaveLength(1);
		expect(run.ipWarnings).toEqual([expect.stringContaining(byAddress)]);
		expect(run.ipWarnings[0]).toContain('Firefox ESR goes further');
		expect(run.ipWarnings[0]).toContain('skipped turns: URLs whose host was an IP address');
		expect(run.candidates).toEqual([]);
		expect(run.errors).toEqual([]);
		expect(run.findings.filter((f) => f.id === 'no-relay').map((f) => f.text)).toEqual([
			expect.stringContaining(byAddress)
		]);
		expect(run.log).toBe('');
		await page.close();
	} finally {
		await trusting?.close();
		await turns.stop();
		rmSync(profile, { recursive: true, force: true });
	}
});
