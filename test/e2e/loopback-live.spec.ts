import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './helpers';

// The loopback lab's media sources (replaceTrack), data channel (chat, throughput), simulcast, resolution scale
// and bitrate, and the release of every RTCPeerConnection after hang-up: real calls in Debian's Chromium inside
// the loopback-only network namespace of scripts/netns.sh. The machine may be loaded: generous timeouts, polls.

async function startCall(page: Page, path = '/lab/loopback/') {
	await page.goto(path);
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'idle');
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 30_000
	});
}

async function hangUp(page: Page) {
	await page.getByTestId('hang-up').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'closed');
}

/** The caller's video encodings as the layers table shows them (from outbound-rtp). */
async function layers(page: Page) {
	return page.getByTestId('layer').evaluateAll((rows) =>
		rows.map((r) => ({
			rid: r.getAttribute('data-rid'),
			resolution: r.querySelector('[data-testid="layer-resolution"]')?.textContent?.trim()
		}))
	);
}

/**
 * Width, height and shape of the single video encoding. Exact sizes would be brittle: on a loaded machine
 * Chromium's encoder may scale down on its own (qualityLimitationReason cpu), keeping the aspect ratio.
 */
async function encoding(page: Page) {
	const all = await layers(page);
	const [w, h] = (all.length === 1 ? (all[0].resolution ?? '') : '').split('×').map(Number);
	const shape = !(w > 0 && h > 0)
		? 'none'
		: Math.abs(w / h - 16 / 9) < 0.02
			? '16:9'
			: Math.abs(w / h - 4 / 3) < 0.02
				? '4:3'
				: `${w}×${h}`;
	return { width: w || 0, shape };
}

const latestNumber = async (page: Page, testId: string) =>
	Number((await page.getByTestId(testId).innerText()).replace(/[^\d.]/g, '') || NaN);

test('data channel: a chat both ways, a throughput test with flow control, data-channel stats', async ({
	page,
	baseURL
}) => {
	test.setTimeout(150_000);
	const problems = watchPage(page, new URL(baseURL!).origin);
	await startCall(page);
	await expect(page.getByTestId('chat-input-caller')).toBeEnabled({ timeout: 10_000 });

	// Keyboard only: type and press Enter.
	await page.getByTestId('chat-input-caller').fill('hello from the caller <b>not bold</b>');
	await page.getByTestId('chat-input-caller').press('Enter');
	const log = page.getByTestId('chat-log');
	await expect(log.locator('li[data-from="caller"]').last()).toContainText('<b>not bold</b>');
	await page.getByTestId('chat-input-callee').fill('and back from the callee');
	await page.getByTestId('chat-send-callee').click();
	await expect(log.locator('li[data-from="callee"]')).toContainText('and back from the callee');

	await page.getByTestId('throughput-size').selectOption('8');
	await page.getByTestId('throughput-run').click();
	await expect(page.getByTestId('throughput-status')).toHaveAttribute('data-status', 'done', {
		timeout: 60_000
	});
	await expect(page.getByTestId('throughput-status')).toContainText('8,388,608');
	expect(await latestNumber(page, 'throughput-mbps')).toBeGreaterThan(0);

	// getStats' data-channel objects: the callee's throughput channel received every byte; the chat channel carried
	// the caller's lines.
	const calleeThroughput = page.locator(
		'[data-testid="dc-row"][data-side="callee"][data-label="throughput"]'
	);
	await expect
		.poll(
			async () =>
				Number((await calleeThroughput.getByTestId('dc-bytes-received').innerText()).replace(/,/g, '')),
			{
				timeout: 10_000
			}
		)
		.toBeGreaterThanOrEqual(8 * 1024 * 1024);
	await expect(
		page
			.locator('[data-testid="dc-row"][data-side="callee"][data-label="lab"]')
			.getByTestId('dc-bytes-received')
	).not.toHaveText('0');

	// Axe on this work's panels, in both themes (the whole page after a call is too big for axe on a loaded
	// machine; the site crawl checks the whole page before a call).
	await hangUp(page);
	await expect(page.getByTestId('dc-stats')).toBeVisible();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const { violations } = await new AxeBuilder({ page })
			.include('section[aria-labelledby="media-h"]')
			.include('section[aria-labelledby="encoding-h"]')
			.include('section[aria-labelledby="data-h"]')
			.analyze();
		const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(
			serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			scheme
		).toEqual([]);
	}
	expect(problems).toEqual([]);
});

test('simulcast: three rids in the offer, one outbound-rtp per layer, the callee decodes one', async ({
	page
}) => {
	test.setTimeout(90_000);
	await startCall(page);
	await page.getByTestId('simulcast-toggle').click();
	await expect(page.getByTestId('simulcast-toggle')).toHaveAttribute('aria-pressed', 'true', {
		timeout: 15_000
	});
	// The renegotiation's offer carries the layers; the answer got a=simulcast:recv from the lab (as an SFU's would).
	await expect(page.getByTestId('sdp-changes')).toContainText('a=simulcast:send q;h;f');
	await expect(page.getByTestId('answer-added')).toContainText('a=simulcast:recv q;h;f');
	await expect(page.getByTestId('simulcast-note')).toBeVisible();
	await expect
		.poll(async () => (await layers(page)).filter((l) => l.rid && l.resolution !== '—').map((l) => l.rid), {
			timeout: 30_000
		})
		.toEqual(expect.arrayContaining(['q', 'h']));
	// q is at most a quarter of 640×360 wide (less if the encoder scales down under load).
	await expect
		.poll(async () => Number((await layers(page)).find((l) => l.rid === 'q')?.resolution?.split('×')[0]), {
			timeout: 15_000
		})
		.toBeLessThanOrEqual(160);
	// The callee decodes one of the layers (its inbound-rtp has that layer's SSRC).
	await expect(page.locator('[data-testid="layer"].received')).toHaveCount(1, { timeout: 20_000 });
	await expect(page.getByTestId('browser-caller-connectionState')).toHaveText('connected');

	await page.getByTestId('simulcast-toggle').click();
	await expect(page.getByTestId('simulcast-toggle')).toHaveAttribute('aria-pressed', 'false', {
		timeout: 15_000
	});
	await expect(page.getByTestId('simulcast-note')).toBeHidden();
	await expect.poll(async () => (await layers(page)).map((l) => l.rid), { timeout: 20_000 }).toEqual(['']);
	await hangUp(page);
});

test('scaling the resolution and lowering the bitrate show in the stats', async ({ page }) => {
	test.setTimeout(90_000);
	await startCall(page);
	await expect.poll(async () => (await encoding(page)).width, { timeout: 15_000 }).toBeGreaterThan(320);
	await page.getByTestId('scale-select').selectOption('2');
	await expect(page.getByTestId('event-log')).toContainText('setParameters(scaleResolutionDownBy: 2) ✓');
	// Half of 640×360 at most (the encoder may go lower still under CPU load).
	await expect.poll(async () => (await encoding(page)).width, { timeout: 15_000 }).toBeLessThanOrEqual(320);
	expect((await encoding(page)).shape).toBe('16:9');
	await page.getByTestId('scale-select').selectOption('1');
	await expect.poll(async () => (await encoding(page)).width, { timeout: 20_000 }).toBeGreaterThan(320);

	// First the encoder ramps up well above the ceiling, so the drop is the ceiling's doing.
	await expect
		.poll(() => latestNumber(page, 'chart-bitrate-latest-vo'), { timeout: 30_000 })
		.toBeGreaterThan(250);
	await page.getByTestId('bitrate-select').selectOption('100');
	await expect
		.poll(() => latestNumber(page, 'chart-bitrate-latest-vo'), { timeout: 20_000 })
		.toBeLessThan(150);
	await hangUp(page);
});

test('camera and screen replace the synthetic video with replaceTrack, without a new offer', async ({
	page
}) => {
	test.setTimeout(90_000);
	await startCall(page);
	await expect(page.getByTestId('source-now')).toHaveAttribute('data-source', 'synthetic');
	await page.getByTestId('source-camera').click();
	await expect(page.getByTestId('source-now')).toHaveAttribute('data-source', 'camera', { timeout: 15_000 });
	// Chromium's fake capture device (--use-fake-device-for-media-stream) is the camera here.
	await expect(page.getByTestId('source-now')).toContainText('fake_device');
	const offers = page.getByTestId('source-offers');
	await expect(offers).toHaveAttribute('data-before', '1');
	await expect(offers).toHaveAttribute('data-after', '1');
	await expect(offers).toHaveAttribute('data-negotiationneeded', '0');
	// The encoder now codes the camera's 4:3 frames (the synthetic canvas is 16:9).
	await expect.poll(async () => (await encoding(page)).shape, { timeout: 15_000 }).toBe('4:3');

	await page.getByTestId('source-screen').click();
	await expect(page.getByTestId('source-now')).toHaveAttribute('data-source', 'screen', { timeout: 15_000 });
	await page.getByTestId('source-synthetic').click();
	await expect(page.getByTestId('source-now')).toHaveAttribute('data-source', 'synthetic', {
		timeout: 15_000
	});
	await expect.poll(async () => (await encoding(page)).shape, { timeout: 15_000 }).toBe('16:9');
	await expect(page.getByTestId('source-offers')).toHaveAttribute('data-after', '1');
	await expect(page.getByTestId('agreement')).toHaveAttribute('data-flagged', '0');
	await hangUp(page);
});

test('after 20 start/hang-up cycles no RTCPeerConnection is left (counted with the DevTools protocol)', async ({
	page
}) => {
	test.setTimeout(300_000);
	await page.goto('/lab/loopback/');
	const cdp = await page.context().newCDPSession(page);
	// Every live RTCPeerConnection in the page's heap, after a full garbage collection.
	const countPeerConnections = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		const { result: proto } = await cdp.send('Runtime.evaluate', {
			expression: 'RTCPeerConnection.prototype'
		});
		const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId! });
		const { result } = await cdp.send('Runtime.callFunctionOn', {
			objectId: objects.objectId!,
			functionDeclaration: 'function () { return this.length; }',
			returnByValue: true
		});
		await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
		await cdp.send('Runtime.releaseObject', { objectId: proto.objectId! });
		return result.value as number;
	};
	expect(await countPeerConnections()).toBe(0);
	for (let cycle = 1; cycle <= 20; cycle++) {
		await page.getByTestId('start-call').click();
		await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
			timeout: 30_000
		});
		// The count sees the call's two pcs while it runs (so a zero later means they were released).
		if (cycle === 1) expect(await countPeerConnections()).toBe(2);
		await hangUp(page);
	}
	await expect.poll(countPeerConnections, { timeout: 20_000 }).toBe(0);
});

test('a double click on Start makes one call, though Start draws its own changes a moment later', async ({
	page
}) => {
	// Counts the RTCPeerConnections the page constructs (a second call would close the first and make two more).
	await page.addInitScript(() => {
		const Native = window.RTCPeerConnection;
		const w = window as unknown as { __constructed: number };
		w.__constructed = 0;
		window.RTCPeerConnection = class extends Native {
			constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
				super(...args);
				w.__constructed++;
			}
		};
	});
	await page.goto('/lab/loopback/');
	await page.getByTestId('start-call').dblclick();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 30_000
	});
	expect(await page.evaluate(() => (window as unknown as { __constructed: number }).__constructed)).toBe(2);
	await expect(page.getByTestId('start-call')).toBeDisabled();
	await hangUp(page);
});
