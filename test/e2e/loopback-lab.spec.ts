import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';

// The live loopback lab runs a REAL call between two RTCPeerConnections in Debian's Chromium (no mocks), inside
// the loopback-only network namespace of scripts/netns.sh.

const FIELDS = ['signalingState', 'iceGatheringState', 'iceConnectionState', 'connectionState'] as const;

async function startCall(page: Page, path: string) {
	await page.goto(path);
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'idle');
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 20_000
	});
}

test('a real loopback call: states agree with the model, candidates, charts, RTT, injected mismatch, hang up', async ({
	page,
	baseURL
}) => {
	const problems = watchPage(page, new URL(baseURL!).origin);
	await startCall(page, '/lab/loopback/');

	for (const pc of ['caller', 'callee']) {
		await expect(page.getByTestId(`browser-${pc}-connectionState`)).toHaveText('connected');
		await expect(page.getByTestId(`model-${pc}-connectionState`)).toHaveText('connected');
	}
	// Let every state settle (gathering completes, consent checks run), then model and browser agree everywhere.
	await expect(page.getByTestId('browser-caller-iceGatheringState')).toHaveText('complete');
	await expect(page.getByTestId('browser-callee-iceGatheringState')).toHaveText('complete');
	for (const pc of ['caller', 'callee'])
		for (const field of FIELDS)
			await expect(page.getByTestId(`verdict-${pc}-${field}`)).toHaveAttribute('data-agree', 'yes');
	await expect(page.getByTestId('agreement')).toHaveAttribute('data-flagged', '0');

	// With no signaling delay the panels filled in after the first frame (LoopbackCall #observe), yet every
	// entry keeps the time it happened: the offer was created before both pcs were connected, well before any
	// replay, and the times only ever increase down the log.
	const times = (await page.getByTestId('event-log').locator('li .t').allInnerTexts()).map(Number);
	const texts = await page.getByTestId('event-log').locator('li').allInnerTexts();
	const at = (re: RegExp) => times[texts.findIndex((t) => re.test(t))];
	expect(at(/createOffer\(\) ✓/)).toBeLessThan(at(/connectionstatechange → connected/));
	expect(times).toEqual([...times].sort((a, b) => a - b));

	// The signaling channel carried the offer, the answer and candidates.
	const messages = page.getByTestId('signal-messages');
	await expect(messages.locator('[data-kind="offer"]')).toHaveCount(1);
	await expect(messages.locator('[data-kind="answer"]')).toHaveCount(1);
	expect(await messages.locator('[data-kind="candidate"]').count()).toBeGreaterThan(0);

	// Candidates with their priority broken down: priority = 2^24·type + 2^8·local + (256 − component).
	const row = page.getByTestId('candidates-caller').locator('tbody tr').first();
	const priority = Number(await row.getByTestId('priority').innerText());
	const typePref = Number(
		await row
			.getByTestId('type-pref')
			.innerText()
			.then((t) => t.split(/\s/)[0])
	);
	const localPref = Number(await row.getByTestId('local-pref').innerText());
	const component = Number(await row.getByTestId('component').innerText());
	expect(priority).toBeGreaterThan(0);
	expect(typePref * 2 ** 24 + localPref * 2 ** 8 + (256 - component)).toBe(priority);

	// Candidate pairs from getStats(): one succeeded and nominated.
	await expect(page.getByTestId('pairs-caller').getByTestId('pair-state').first()).toContainText(
		'succeeded',
		{
			timeout: 5_000
		}
	);

	// A chart has data points, and its table alternative has rows.
	const bitrate = page.getByTestId('chart-bitrate');
	await expect(bitrate.locator('svg')).toHaveAttribute('data-points', 'yes', { timeout: 5_000 });
	await bitrate.locator('summary').click();
	expect(await page.getByTestId('chart-bitrate-table').locator('tbody tr').count()).toBeGreaterThan(0);

	// remote-inbound-rtp (RTCP receiver reports) gives an RTT a few seconds in.
	await expect(page.getByTestId('chart-rtt-latest-v')).not.toHaveText('—', { timeout: 8_000 });
	expect(Number(await page.getByTestId('chart-rtt-latest-v').innerText())).toBeGreaterThanOrEqual(0);
	// Chromium reports every stat the lab charts: none is labelled "not reported by this browser".
	await expect(page.getByTestId('chart-availableBitrate')).toHaveAttribute('data-reported', 'yes');
	await expect(page.locator('[data-testid^="chart-"][data-reported="no"]')).toHaveCount(0);

	// The real offer and answer, annotated.
	await expect(page.getByTestId('loopback-sdp-compare')).toBeVisible();

	// A deliberately wrong call fed to the caller's model only is flagged.
	await page.getByText('Check the checker').click();
	await page.getByTestId('inject-mismatch').click();
	await expect(page.getByTestId('verdict-caller-signalingState')).toHaveAttribute('data-agree', 'no');
	await expect(page.getByTestId('model-caller-signalingState')).toHaveText('have-remote-offer');
	await expect(page.getByTestId('browser-caller-signalingState')).toHaveText('stable');
	await expect(page.getByTestId('flagged')).toContainText('signalingState');

	await page.getByTestId('hang-up').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'closed');
	for (const pc of ['caller', 'callee']) {
		await expect(page.getByTestId(`browser-${pc}-connectionState`)).toHaveText('closed');
		await expect(page.getByTestId(`browser-${pc}-signalingState`)).toHaveText('closed');
		await expect(page.getByTestId(`model-${pc}-connectionState`)).toHaveText('closed');
	}
	expect(problems).toEqual([]);
});

test('trickle ICE through a slow signaling channel, in Traditional Chinese', async ({ page }) => {
	await page.goto('/zh-TW/lab/loopback/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
	await page.getByTestId('delay-slider').fill('1000');
	await page.getByTestId('start-call').click();
	// The offer is still in flight when candidates are already queued behind it.
	const messages = page.getByTestId('signal-messages');
	await expect(messages.locator('[data-kind="offer"][data-delivered="no"]')).toHaveCount(1);
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 20_000
	});
	await expect(page.getByTestId('call-status')).toContainText('已連線');
	await expect(page.getByTestId('agreement')).toHaveAttribute('data-flagged', '0');
	await page.getByTestId('hang-up').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'closed');
});

test('the call does not start on page load', async ({ page }) => {
	await page.goto('/lab/loopback/');
	await page.waitForTimeout(500);
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'idle');
	await expect(page.getByTestId('hang-up')).toBeDisabled();
});

test('changing the call: codec preference, bitrate ceiling, mute, ICE restart, webrtc-internals dump', async ({
	page,
	baseURL
}) => {
	const problems = watchPage(page, new URL(baseURL!).origin);
	await startCall(page, '/lab/loopback/');
	await expect(page.getByTestId('video-codec')).toHaveText('video/VP8', { timeout: 5_000 });

	// Prefer VP9: setCodecPreferences, renegotiation, the offer's m=video line changed, the sender switches codec.
	await page.getByTestId('codec-select').selectOption('video/VP9');
	await page.getByTestId('apply-codec').click();
	await expect(page.getByTestId('sdp-changes')).toContainText('m=video');
	await expect(page.getByTestId('video-codec')).toHaveText('video/VP9', { timeout: 8_000 });

	await page.getByTestId('bitrate-select').selectOption('300');
	await expect(page.getByTestId('event-log')).toContainText('setParameters(maxBitrate: 300 kbit/s) ✓');
	await page.getByTestId('mute-video').click();
	await expect(page.getByTestId('mute-video')).toHaveAttribute('aria-pressed', 'true');

	// ICE restart: new credentials in the offer, the call stays connected, model and browser still agree.
	await page.getByTestId('ice-restart').click();
	await expect(page.getByTestId('sdp-changes')).toContainText('a=ice-ufrag:');
	await expect(page.getByTestId('ice-restart')).toBeEnabled({ timeout: 10_000 });
	await expect(page.getByTestId('browser-caller-connectionState')).toHaveText('connected');
	await page.waitForTimeout(1500);
	for (const pc of ['caller', 'callee'])
		for (const field of FIELDS)
			await expect(page.getByTestId(`verdict-${pc}-${field}`)).toHaveAttribute('data-agree', 'yes');
	await expect(page.getByTestId('agreement')).toHaveAttribute('data-flagged', '0');

	// The dump, in chrome://webrtc-internals' shape.
	await page.getByTestId('export-dump').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('dump-link').click()
	]);
	expect(download.suggestedFilename()).toBe('webrtc-lab-loopback-dump.json');
	const dump = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(Object.keys(dump.PeerConnections)).toEqual(['1-1', '1-2']);
	const caller = dump.PeerConnections['1-1'];
	expect(caller.updateLog.some((e: { type: string }) => e.type === 'setLocalDescription')).toBe(true);
	const bytesSent = Object.entries(caller.stats).find(([k]) => /^OT.*V.*-bytesSent$/.test(k));
	expect(bytesSent).toBeDefined();
	expect(JSON.parse((bytesSent![1] as { values: string }).values).length).toBeGreaterThan(0);
	expect(dump.UserAgent).toContain('Chrome');

	await page.getByTestId('hang-up').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'closed');
	expect(problems).toEqual([]);
});

test('with microphone permission asked first, the call still connects (fake devices in tests)', async ({
	page
}) => {
	await page.goto('/lab/loopback/');
	await page.getByTestId('ask-permission').check();
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 20_000
	});
	await expect(page.getByTestId('event-log')).toContainText('getUserMedia ✓');
	await page.getByTestId('hang-up').click();
});

test('without RTCPeerConnection the lab says so and does not start', async ({ page }) => {
	// Not a mock of the API: the API is taken away, as in a browser that lacks it.
	await page.addInitScript(() => {
		delete (window as { RTCPeerConnection?: unknown }).RTCPeerConnection;
	});
	await page.goto('/lab/loopback/');
	await expect(page.getByTestId('unsupported')).toBeVisible();
	await expect(page.getByTestId('start-call')).toBeDisabled();
});
