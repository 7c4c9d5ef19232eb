import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations, watchPage } from './helpers';
import { encodeFragment } from '../../src/lib/components/sdp/fragment';

const CRLF = '\r\n';
const sdp = (...lines: string[]) => lines.join(CRLF) + CRLF;

const AUDIO_OFFER = sdp(
	'v=0',
	'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
	's=-',
	't=0 0',
	'a=group:BUNDLE 0',
	'm=audio 54400 UDP/TLS/RTP/SAVPF 111 0',
	'c=IN IP4 192.168.1.23',
	'a=candidate:842163049 1 udp 2122260223 192.168.1.23 54400 typ host generation 0',
	'a=candidate:1467250027 1 udp 1686052607 203.0.113.9 61234 typ srflx raddr 192.168.1.23 rport 54400',
	'a=ice-ufrag:F7gI',
	'a=ice-pwd:x9cml/YzichV2+XlhiMu8g2X',
	'a=fingerprint:sha-256 D2:FA:0E:C3:22:59:5E:14:95:69:92:3D:13:B4:84:24:2C:C2:A2:C0:3E:FD:34:8E:5E:EA:6F:AF:52:CE:E6:0F',
	'a=setup:actpass',
	'a=mid:0',
	'a=sendrecv',
	'a=rtcp-mux',
	'a=rtpmap:111 opus/48000/2',
	'a=fmtp:111 minptime=10;useinbandfec=1',
	'a=rtpmap:0 PCMU/8000'
);

async function openLab(page: Page, path = '/lab/sdp/') {
	await page.goto(path, { waitUntil: 'networkidle' });
	await expect(page.getByTestId('sdp-view').first()).toBeVisible();
	// Set once the page is interactive and has read the fragment.
	await expect(page.locator('section[data-ready]')).toBeAttached();
}

async function paste(page: Page, text: string, testId = 'sdp-input') {
	await page.getByTestId(testId).fill(text);
}

test('paste → annotated lines; focusing a candidate shows its priority breakdown; arrows move', async ({
	page
}) => {
	await openLab(page);
	await paste(page, AUDIO_OFFER);
	const lines = page.getByTestId('sdp-line');
	await expect(lines).toHaveCount(19);
	await expect(page.getByTestId('group-toggle')).toHaveCount(2);
	await expect(page.getByTestId('group-toggle').nth(1)).toContainText('m-section 0: audio');
	await expect(page.getByTestId('group-toggle').nth(1)).toContainText('mid 0');

	const candidate = lines.filter({ hasText: 'a=candidate:842163049' });
	await candidate.focus();
	const explain = page.getByTestId('sdp-explain');
	await expect(explain.getByTestId('line-details')).toContainText(
		'Priority 2122260223 = type preference 126'
	);
	await expect(explain).toContainText('RFC 8839');
	// Right arrow walks the fields; the field's own note appears.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(explain.getByTestId('field-note')).toContainText('foundation');
	// Down arrow moves focus to the next line.
	await page.keyboard.press('ArrowDown');
	await expect(lines.filter({ hasText: 'a=candidate:1467250027' })).toBeFocused();
	await expect(explain.getByTestId('line-details')).toContainText('type preference 100');
	// fmtp meanings for the codec the payload type maps to.
	await lines.filter({ hasText: 'a=fmtp:111' }).focus();
	await expect(explain.getByTestId('fmtp-meanings')).toContainText('useinbandfec=1');
	await expect(page.getByTestId('codec-table')).toContainText('opus/48000/2');
	// Collapsing the m-section hides its lines.
	await page.getByTestId('group-toggle').nth(1).click();
	await expect(lines).toHaveCount(5);
});

test('a lint finding scrolls to its line, highlights and focuses it', async ({ page }) => {
	await openLab(page);
	const many = Array.from(
		{ length: 120 },
		(_, i) => `a=candidate:${1000 + i} 1 udp 2122260223 192.0.2.${i % 250} ${50000 + i} typ host`
	);
	const text = AUDIO_OFFER.replace('a=ice-ufrag:F7gI', [...many, 'a=ice-ufrag:F7'].join(CRLF));
	await paste(page, text);
	await expect(page.getByTestId('lint-counts')).toContainText('Errors: 1');
	const finding = page.getByTestId('lint-finding').first();
	await expect(finding).toContainText('Line 130');
	await finding.click();
	const line = page.locator('[data-testid="sdp-line"][data-line="130"]');
	await expect(line).toBeFocused();
	await expect(line).toBeInViewport();
	await expect(line).toHaveClass(/flash/);
	await expect(page.getByTestId('sdp-explain')).toContainText('a=ice-ufrag:F7');
});

test('offer + answer: negotiated codecs and DTLS roles', async ({ page }) => {
	await openLab(page);
	await page.getByLabel('Offer and answer').check();
	const compare = page.getByTestId('sdp-compare');
	await expect(compare).toBeVisible();
	const section = compare.getByTestId('oa-section').first();
	await expect(section).toContainText('accepted');
	await expect(section.getByTestId('oa-codecs')).toContainText('VP9/90000');
	await expect(section.getByTestId('oa-dtls')).toHaveText('DTLS client: answerer; DTLS server: offerer');
	await expect(compare).toContainText('The answer follows the offer/answer rules.');
	// A codec the offer never had is flagged, and the flag leads to the answer's line.
	const answer = await page.getByTestId('sdp-answer-input').inputValue();
	await paste(page, answer.replace('a=rtpmap:96 VP8/90000', 'a=rtpmap:96 H264/90000'), 'sdp-answer-input');
	const violation = compare.getByTestId('oa-violation').first();
	await expect(violation).toContainText('H264');
	await violation.click();
	await expect(page.locator('[data-testid="sdp-line"]:focus')).toContainText('a=rtpmap:96 H264/90000');
});

test('Redact removes addresses and credentials from the text', async ({ page }) => {
	await openLab(page);
	await paste(page, AUDIO_OFFER);
	await page.getByTestId('redact').click();
	const text = await page.getByTestId('sdp-input').inputValue();
	expect(text).not.toContain('192.168.1.23');
	expect(text).not.toContain('203.0.113.9');
	expect(text).not.toContain('x9cml/YzichV2+XlhiMu8g2X');
	expect(text).toContain('a=rtpmap:111 opus/48000/2');
	await expect(page.getByTestId('share-status')).toContainText('Redacted');
	await expect(page.getByTestId('sdp-lines')).not.toContainText('192.168.1.23');
});

test('pasted markup stays inert text', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await openLab(page);
	const evil = sdp(
		'v=0',
		's=<script>alert(1)</script>',
		'a=tool:<img src=x onerror=alert(1)>',
		'm=audio 9 RTP/AVP 0',
		'a=x-<b>bold</b>:<svg onload=alert(1)>'
	);
	await paste(page, evil);
	const lines = page.getByTestId('sdp-lines');
	await expect(lines).toContainText('<script>alert(1)</script>');
	await expect(lines).toContainText('<img src=x onerror=alert(1)>');
	await page.getByTestId('sdp-line').nth(2).focus();
	await expect(page.getByTestId('sdp-explain')).toContainText('<img src=x onerror=alert(1)>');
	await page.getByTestId('sdp-line').nth(4).focus();
	await page.waitForTimeout(300);
	expect(await page.locator('main img, main b, [onload], [onerror]').count()).toBe(0);
	expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
	expect(dialogs).toBe(0);
});

test('no network request after a paste', async ({ page }) => {
	await openLab(page);
	const requests: string[] = [];
	// Chrome asks for the page icon again whenever the URL changes (here: the fragment being written); that
	// request carries nothing from the page, so it is the one request allowed.
	page.on('request', (r) => {
		if (!new URL(r.url()).pathname.endsWith('/favicon.svg')) requests.push(r.url());
	});
	await paste(page, AUDIO_OFFER);
	await page.getByTestId('sdp-line').nth(7).hover();
	await page.getByTestId('sdp-line').nth(7).focus();
	await page.getByTestId('redact').click();
	await expect(page.getByTestId('share-status')).toContainText('reproduces this view');
	await page.waitForTimeout(500);
	expect(requests).toEqual([]);
});

test('the fragment link reproduces the view after reload', async ({ page }) => {
	await openLab(page);
	const custom = AUDIO_OFFER.replace('s=-', 's=fragment test 測試');
	await paste(page, custom);
	await expect(page.getByTestId('share-status')).toContainText('reproduces this view');
	expect(page.url()).toMatch(/#z=[A-Za-z0-9_-]+$/);
	const url = page.url();
	await page.reload({ waitUntil: 'networkidle' });
	// A textarea's value always has LF line ends.
	await expect(page.getByTestId('sdp-input')).toHaveValue(custom.replace(/\r\n/g, '\n'));
	await expect(page.getByTestId('sdp-lines')).toContainText('s=fragment test 測試');
	// The same link in a fresh page, in offer/answer mode too.
	await page.getByLabel('Offer and answer').check();
	await expect(page.getByTestId('share-status')).toContainText('reproduces this view');
	await expect.poll(() => page.url()).not.toBe(url);
	const pairUrl = page.url();
	await page.goto('/');
	await page.goto(pairUrl, { waitUntil: 'networkidle' });
	await expect(page.getByTestId('sdp-compare')).toBeVisible();
	await expect(page.getByTestId('oa-dtls').first()).toContainText('answerer');
});

test('a 1 MB paste is analysed off the main thread, windowed, kept out of the link, and stays usable', async ({
	page
}) => {
	await openLab(page);
	// ~1 MB of distinct candidates (they do not compress below the fragment limit), built in the page first.
	await page.evaluate((head) => {
		const lines: string[] = [];
		for (let i = 0, size = 0; size < 1_000_000; i++) {
			const line = `a=candidate:${(i * 2654435761) >>> 0} 1 udp ${(i * 40503) >>> 0} 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255} ${1024 + (i % 60000)} typ host generation 0 ufrag ${(i * 97).toString(36)}`;
			lines.push(line);
			size += line.length + 2;
		}
		const w = window as unknown as { big: string };
		w.big = head + lines.join('\r\n') + '\r\n';
	}, AUDIO_OFFER);
	// A paste event as the browser fires it (Playwright's fill() of 1 MB takes minutes in the editing pipeline).
	await page.getByTestId('sdp-input').evaluate((el) => {
		const data = new DataTransfer();
		data.setData('text/plain', (window as unknown as { big: string }).big);
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	});
	await expect(page.getByTestId('sdp-input-large')).toContainText('KB');
	await expect(page.getByTestId('lint-counts')).toContainText(/lines: \d{4,}/, { timeout: 20_000 });
	await expect(page.getByTestId('share-status')).toContainText('Too large to keep in the link', {
		timeout: 20_000
	});
	// Only the visible lines are in the DOM.
	expect(await page.getByTestId('sdp-line').count()).toBeLessThan(200);
	// Keyboard still works in the windowed list, and the explanation follows.
	await page.getByTestId('sdp-line').first().focus();
	await page.keyboard.press('End');
	const last = page.locator('[data-testid="sdp-line"]:focus');
	await expect(last).toContainText('a=candidate:');
	expect(Number(await last.getAttribute('data-line'))).toBeGreaterThan(9000);
	await expect(page.getByTestId('sdp-explain').getByTestId('line-details')).toContainText('Priority');
	// How long the main thread is blocked meanwhile is measured by `npm run bench` (never timed in a test).
});

test('a paste over the size limit is refused with a message, and the text stays as it was', async ({
	page
}) => {
	await openLab(page);
	await paste(page, AUDIO_OFFER);
	await page.getByTestId('sdp-input').evaluate((el) => {
		const data = new DataTransfer();
		// 9 MiB of candidate lines: over the 8 MB the lab reads.
		data.setData('text/plain', 'v=0\r\n' + 'a=candidate:1 1 udp 1 10.0.0.1 9 typ host\r\n'.repeat(220_000));
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	});
	await expect(page.getByTestId('sdp-input-refused')).toContainText('reads at most 8.0 MB');
	await expect(page.getByTestId('sdp-input')).toHaveValue(AUDIO_OFFER.replace(/\r\n/g, '\n'));
	await expect(page.getByTestId('sdp-line')).toHaveCount(19);
});

test('captured samples: Janus answers Chromium, the source says how it was captured, notes cite their spec', async ({
	page
}) => {
	await openLab(page);
	await page.locator('#sdp-sample').selectOption('captured/janus-echotest-answer.sdp');
	await expect(page.getByTestId('sample-source')).toContainText('Captured here from Janus 1.1.2 (EchoTest)');
	await expect(page.getByTestId('sdp-lines')).toContainText('a=msid-semantic: WMS *');
	await expect(page.getByTestId('lint-counts')).toContainText('Errors: 0');
	// A header extension that no RFC defines links to the document that does; the line shows what it carries.
	await page.getByTestId('sdp-line').filter({ hasText: 'rtp-hdrext/playout-delay' }).focus();
	const link = page
		.getByTestId('sdp-explain')
		.getByTestId('subject-note')
		.getByRole('link', { name: 'libwebrtc rtp-hdrext/playout-delay' });
	await expect(link).toHaveAttribute(
		'href',
		'https://webrtc.googlesource.com/src/+/refs/heads/main/docs/native-code/rtp-hdrext/playout-delay/README.md'
	);
	// The real pair: what Janus kept of Chromium's offer.
	await page.getByLabel('Offer and answer').check();
	await page.locator('#sdp-pair-sample').selectOption('chromium-janus-echotest');
	const compare = page.getByTestId('sdp-compare');
	await expect(compare).toContainText('The answer follows the offer/answer rules.');
	const video = compare.getByTestId('oa-section').nth(1);
	await expect(video.getByTestId('oa-codecs')).toContainText('VP8/90000');
	await expect(video.getByTestId('oa-codecs')).not.toContainText('H264');
	await expect(page.getByTestId('sample-source')).toHaveCount(2);
	await expect(page.getByTestId('sample-source').nth(1)).toContainText(
		'Janus 1.1.2 (EchoTest) on 2026-12-02'
	);
});

test('zh-TW page explains in Chinese', async ({ page }) => {
	await openLab(page, '/zh-TW/lab/sdp/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('SDP 實驗室');
	await paste(page, AUDIO_OFFER);
	await page.getByTestId('sdp-line').filter({ hasText: 'a=candidate:842163049' }).focus();
	const explain = page.getByTestId('sdp-explain');
	await expect(explain.getByTestId('line-details')).toContainText('優先權 2122260223 = 類型偏好 126');
	await expect(explain.getByRole('heading', { level: 3 })).toHaveText('解說');
	await expect(page.getByTestId('lint-counts')).toContainText('錯誤 0 個');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the intro and the sample’s annotated view are in the page', async ({ page }) => {
		await page.goto('/lab/sdp/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('SDP lab');
		await expect(page.getByTestId('privacy-notice')).toBeVisible();
		expect(await page.getByTestId('sdp-line').count()).toBeGreaterThan(100);
		await expect(page.getByTestId('codec-table').first()).toBeVisible();
		await expect(page.getByTestId('sdp-explain')).toContainText('v=0');
	});
});

test('both modes pass axe in both themes, with a line and a field focused', async ({ page }) => {
	// Four full axe runs over ~1200 nodes: each takes seconds on a loaded machine.
	test.slow();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await openLab(page);
		await page.getByTestId('sdp-line').nth(9).focus();
		await page.keyboard.press('ArrowRight');
		expect(await seriousAxeViolations(page), `single (${scheme})`).toEqual([]);
		await page.getByLabel('Offer and answer').check();
		await expect(page.getByTestId('sdp-compare')).toBeVisible();
		expect(await seriousAxeViolations(page), `pair (${scheme})`).toEqual([]);
	}
});

test('fits a phone screen without horizontal page scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openLab(page);
	const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(await overflow()).toBeLessThanOrEqual(1);
	await page.getByTestId('sdp-line').filter({ hasText: 'a=fingerprint' }).first().focus();
	expect(await overflow()).toBeLessThanOrEqual(1);
	await page.getByLabel('Offer and answer').check();
	await expect(page.getByTestId('sdp-compare')).toBeVisible();
	expect(await overflow()).toBeLessThanOrEqual(1);
});

test('both locales load without console errors or warnings, failed or off-origin requests', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const pair = await encodeFragment({ mode: 'pair', offer: AUDIO_OFFER, answer: AUDIO_OFFER });
	if (!('fragment' in pair)) throw new Error('pair fragment too large');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of ['/lab/sdp/', '/zh-TW/lab/sdp/', `/lab/sdp/${pair.fragment}`]) {
			const problems = watchPage(page, origin);
			await openLab(page, path);
			await page.getByTestId('sdp-line').nth(3).focus();
			await page.waitForLoadState('networkidle');
			expect(problems, `${path} (${scheme})`).toEqual([]);
			for (const event of ['console', 'pageerror', 'requestfailed', 'response', 'request'] as const)
				page.removeAllListeners(event);
		}
	}
	await expect(page.getByTestId('sdp-compare')).toBeVisible();
});
