import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './helpers';

// Importing chrome://webrtc-internals dumps into /lab/loopback to view offline: a REAL dump Chromium 156 wrote
// (test/fixtures/stats, with its provenance), the gzip variant, the rtcstats dump of the same call, broken input, and
// the lab's own export read back. Files are read in the page; nothing is uploaded.

const FIXTURES = 'test/fixtures/stats';

/**
 * Serious or critical axe violations in the import section. The rest of the page is checked by the crawl, and the
 * annotated SDPs (the SDP lab's own components, thousands of nodes) by the SDP lab's tests.
 */
async function axeOfImport(page: Page) {
	const results = await new AxeBuilder({ page })
		.include('[data-testid="dump-import"]')
		.exclude('[data-testid="dump-sdp-compare"]')
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openFile(page: Page, file: string) {
	await page.getByTestId('dump-file').setInputFiles(`${FIXTURES}/${file}`);
}

test('a real webrtc-internals dump renders: configuration, states, annotated SDPs, candidates, charts, events', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const problems = watchPage(page, new URL(baseURL!).origin);
	const requests: string[] = [];
	await page.goto('/lab/loopback/');
	// The page may still fetch its own code (lazily loaded chunks); it never sends anything.
	page.on('request', (r) => {
		if (r.method() !== 'GET' || r.postData() !== null) requests.push(`${r.method()} ${r.url()}`);
	});
	await openFile(page, 'webrtc-internals-dump.json');
	const viewer = page.getByTestId('dump-viewer');
	await expect(page.getByTestId('dump-summary')).toContainText(
		'webrtc-internals-dump.json: 2 peer connections'
	);
	await expect(page.getByTestId('dump-summary')).toContainText('HeadlessChrome/156');
	await expect(page.getByTestId('dump-config')).toContainText('"bundlePolicy": "max-bundle"');

	// The caller's state changes with times.
	await expect(page.getByTestId('dump-states-connectionState')).toContainText('connecting');
	await expect(page.getByTestId('dump-states-connectionState')).toContainText('connected');
	await expect(page.getByTestId('dump-states-signalingState').locator('li')).toHaveCount(4);

	// The first exchange: offer and answer annotated and compared by the SDP lab's components.
	const compare = page.getByTestId('dump-sdp-compare');
	await expect(compare).toBeVisible();
	expect(await compare.getByTestId('sdp-line').count()).toBeGreaterThan(50);
	await expect(compare.getByTestId('sdp-view')).toHaveCount(2);
	// The second exchange preferred VP9: the offer's m=video line now lists VP9's payload type first.
	await page.getByTestId('dump-round').selectOption('1');
	await expect(page.getByTestId('dump-round-label')).toContainText('Exchange 2');
	const mVideo = await compare.getByTestId('sdp-line').filter({ hasText: 'm=video' }).first().innerText();
	const firstPt = /UDP\/TLS\/RTP\/SAVPF (\d+)/.exec(mVideo)![1];
	await expect(
		compare
			.getByTestId('sdp-line')
			.filter({ hasText: `a=rtpmap:${firstPt} VP9/90000` })
			.first()
	).toBeVisible();

	// Candidates with the priority broken down.
	await expect(page.getByTestId('dump-candidates-local')).toContainText('127.0.0.1');
	await expect(page.getByTestId('dump-candidates-remote')).toContainText('127.0.0.1');

	// Charts with points and a table alternative.
	const bitrate = page.getByTestId('dump-chart-bitrate');
	await expect(bitrate.locator('svg')).toHaveAttribute('data-points', 'yes');
	await bitrate.locator('summary').click();
	expect(await page.getByTestId('dump-chart-bitrate-table').locator('tbody tr').count()).toBeGreaterThan(3);

	// Every updateLog entry listed, with its time.
	const dump = JSON.parse(readFileSync(`${FIXTURES}/webrtc-internals-dump.json`, 'utf8'));
	const events = page.getByTestId('dump-events').locator('tbody tr');
	await expect(events).toHaveCount(dump.PeerConnections['8-1'].updateLog.length);
	await expect(events.first()).toContainText('transceiverAdded');

	// The callee: what it received (frames decoded) and the offers it got from the other peer.
	await page.getByTestId('dump-pc-8-2').check();
	await expect(events).toHaveCount(dump.PeerConnections['8-2'].updateLog.length);
	await expect(page.getByTestId('dump-round-label')).toContainText(
		'offer from the other peer, answer made here'
	);
	await expect(page.getByTestId('dump-chart-frames-latest-d')).not.toHaveText('—');

	expect(await axeOfImport(page)).toEqual([]);
	expect(requests, 'nothing is uploaded').toEqual([]);
	expect(problems).toEqual([]);
	await expect(viewer).toBeVisible();
});

test('the compressed dump and the rtcstats dump open too; broken input is explained', async ({ page }) => {
	await page.goto('/lab/loopback/');
	await openFile(page, 'webrtc-internals-dump.json.gz');
	await expect(page.getByTestId('dump-summary')).toContainText('2 peer connections');

	// The page's other download of the same call: the line-based rtcstats dump, with the same SDPs and charts.
	await openFile(page, 'rtcstats-dump.gz');
	await expect(page.getByTestId('dump-summary')).toContainText('rtcstats-dump.gz: 2 peer connections');
	await expect(page.getByTestId('dump-summary')).toContainText('rtcstats dump (file format 3');
	await expect(page.getByTestId('dump-summary')).toContainText('Chromium/156 (Linux)');
	await expect(page.getByTestId('dump-sdp-compare')).toContainText('a=group:BUNDLE');
	await expect(page.getByTestId('dump-charts').locator('svg[data-points="yes"]').first()).toBeVisible();

	// An rtcstats dump of another file format: which line says so.
	await page.getByTestId('dump-paste').fill('RTCStatsDump\n{"fileFormat":2}\n');
	await page.getByTestId('dump-open-pasted').click();
	await expect(page.getByTestId('dump-error')).toHaveAttribute('data-code', 'rtcstats-version');
	await expect(page.getByTestId('dump-error')).toContainText('file format 2 on line 2');

	// Pasted text with a missing comma: the line and column.
	await page
		.getByTestId('dump-paste')
		.fill('{\n  "PeerConnections": {\n    "1-1": { "url": "x" "stats": {} }\n  }\n}');
	await page.getByTestId('dump-open-pasted').click();
	await expect(page.getByTestId('dump-error')).toHaveAttribute('data-code', 'syntax');
	await expect(page.getByTestId('dump-error')).toContainText('line 3, column 25');

	// A value of the wrong type: the JSON path.
	await page.getByTestId('dump-paste').fill('{"PeerConnections": {"1-1": {"updateLog": [{"type": 3}]}}}');
	await page.getByTestId('dump-open-pasted').click();
	await expect(page.getByTestId('dump-error')).toContainText('PeerConnections["1-1"].updateLog[0].type');

	// HTML in a dump is shown as text, never run.
	await page.getByTestId('dump-paste').fill(
		JSON.stringify({
			PeerConnections: {
				'<img src=x onerror=alert(1)>': {
					url: '<b>bold</b>',
					updateLog: [{ type: '<i>x</i>', value: '<script>alert(1)</script>' }]
				}
			}
		})
	);
	await page.getByTestId('dump-open-pasted').click();
	await expect(page.getByTestId('dump-events')).toContainText('<script>alert(1)</script>');
	await expect(page.locator('.viewer img, .viewer b, .viewer i')).toHaveCount(0);

	await page.getByTestId('dump-close').click();
	await expect(page.getByTestId('dump-viewer')).toHaveCount(0);
});

test('a dump dropped on the box opens; in Traditional Chinese, dark theme', async ({ page }) => {
	test.setTimeout(120_000);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/zh-TW/lab/loopback/');
	await expect(page.getByTestId('theme-toggle')).toHaveAttribute('data-theme-current', 'dark');
	const text = readFileSync(`${FIXTURES}/webrtc-internals-dump.json`, 'utf8');
	const data = await page.evaluateHandle((t) => {
		const dt = new DataTransfer();
		dt.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
		return dt;
	}, text);
	await page.getByTestId('dump-drop').dispatchEvent('drop', { dataTransfer: data });
	await expect(page.getByTestId('dump-summary')).toContainText('dropped.json：2 個 peer connection');
	await expect(page.getByTestId('dump-sdp-compare')).toBeVisible();
	expect(await axeOfImport(page)).toEqual([]);
});

test('the lab export read back: a real call, exported, imported in the same page', async ({ page }) => {
	await page.goto('/lab/loopback/');
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 20_000
	});
	await expect(page.getByTestId('chart-bitrate').locator('svg')).toHaveAttribute('data-points', 'yes', {
		timeout: 5_000
	});
	await page.waitForTimeout(2500);
	await page.getByTestId('export-dump').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('dump-link').click()
	]);
	const path = (await download.path())!;
	await page.getByTestId('hang-up').click();
	await page.getByTestId('dump-file').setInputFiles({
		name: 'webrtc-lab-loopback-dump.json',
		mimeType: 'application/json',
		buffer: readFileSync(path)
	});
	await expect(page.getByTestId('dump-summary')).toContainText('2 peer connections');
	await expect(page.getByTestId('dump-summary')).toContainText('current format');
	await expect(page.getByTestId('dump-sdp-compare')).toBeVisible();
	await expect(page.getByTestId('dump-states-connectionState')).toContainText('connected');
	await expect(page.getByTestId('dump-candidates-local').locator('tbody tr').first()).toBeVisible();
	await expect(page.getByTestId('dump-chart-bitrate').locator('svg')).toHaveAttribute('data-points', 'yes');
	await page.getByTestId('dump-pc-1-2').check();
	await expect(page.getByTestId('dump-candidates-remote').locator('tbody tr').first()).toBeVisible();
	await expect(page.getByTestId('dump-chart-frames-latest-d')).not.toHaveText('—');
});
