// The packet lab end to end: paste each kind, hover both ways, STUN verification, errors with positions,
// capture files, the fragment link, zh-TW, no JS, phone width.
import { expect, test, type Page } from '@playwright/test';
import { RFC5769 } from '../fixtures/stun/rfc5769';
import { pionChannelData } from '../fixtures/stun/captures';
import { expectNoProblems, seriousAxeViolations, watchPage } from './helpers';

const LAB = '/lab/packets/';

/** Console errors, failed or off-origin requests during a test. */
function watch(page: Page, baseURL: string | undefined) {
	return watchPage(page, new URL(baseURL!).origin);
}

/** Opens the lab and waits until it is hydrated (it has read the fragment and reacts to input). */
async function open(page: Page, path = LAB) {
	await page.goto(path);
	await expect(page.locator('[data-testid="packet-lab"][data-ready="true"]')).toBeVisible();
}

/** A reload cancels requests still in flight (the favicon); that is not a problem of the page. */
const withoutAborted = (problems: string[]) => problems.filter((p) => !p.includes('net::ERR_ABORTED'));

const kindOf = (page: Page) => page.getByTestId('packet-kind-detected');
const field = (page: Page, path: string) => page.locator(`button.field[data-path="${path}"]`);

test.describe('packet lab', () => {
	test('pasting each kind detects it and shows its fields', async ({ page, baseURL }) => {
		const problems = watch(page, baseURL);
		await open(page);
		const input = page.getByTestId('packet-input');
		const cases = [
			{ text: RFC5769.sampleIPv4Response.hex, kind: 'stun', path: 'stun.header.magicCookie' },
			{ text: pionChannelData.stunInside, kind: 'channel-data', path: 'channelData.channelNumber' },
			{
				text: '90 64 12 34 65 43 12 78 12 34 56 78 be de 00 01 b2 6d 69 64',
				kind: 'rtp',
				path: 'rtp.sequenceNumber'
			},
			{
				text: '81c900071a0b2f0bf26581a600ffffff00003a17000000b3daf36569000316e3',
				kind: 'rtcp',
				path: 'rtcp.0.reports.0.fractionLost'
			},
			{
				text: '16feff00000000000000000023030000170000000000000017feff145c84dfb31507ab81da316b3c96ff78c3c0c2765f',
				kind: 'dtls',
				path: 'dtls.records.0.contentType'
			}
		];
		for (const c of cases) {
			await input.fill(c.text);
			await expect(kindOf(page)).toHaveAttribute('data-kind', c.kind);
			await expect(field(page, c.path)).toBeVisible();
			await expect(page.getByTestId('packet-error')).toHaveCount(0);
		}
		// ChannelData shows the STUN message it carries.
		await input.fill(pionChannelData.stunInside);
		await expect(field(page, 'channelData.data.stun.header')).toBeVisible();
		await expectNoProblems(problems, 'paste each kind');
	});

	test('hovering a field lights its bytes, hovering a byte lights its field', async ({ page, baseURL }) => {
		const problems = watch(page, baseURL);
		await open(page);
		await field(page, 'stun.header.magicCookie').hover();
		const lit = page.locator('.byte.lit');
		await expect(lit).toHaveCount(4);
		await expect(lit.first()).toHaveAttribute('data-byte', '4');
		await expect(lit.last()).toHaveAttribute('data-byte', '7');

		await page.locator('[data-byte="2"]').hover();
		await expect(page.locator('li.current > button[data-path="stun.header.messageLength"]')).toHaveCount(1);
		await expect(page.locator('.byte.lit')).toHaveCount(2);

		// Keyboard: focusing a field lights it too; a click shows its note with the RFC link.
		await field(page, 'stun.attributes.0').focus();
		await expect(page.locator('.byte.lit').first()).toHaveAttribute('data-byte', '20');
		await field(page, 'stun.header.magicCookie').click();
		await expect(page.getByTestId('field-note')).toContainText('RFC 8489');

		// Bit fields sharing a byte all light up.
		await page
			.getByTestId('packet-input')
			.fill('90 64 12 34 65 43 12 78 12 34 56 78 be de 00 01 b2 6d 69 64');
		await page.mouse.move(0, 0);
		await page.locator('[data-byte="0"]').hover();
		for (const p of ['rtp.version', 'rtp.padding', 'rtp.extension', 'rtp.csrcCount'])
			await expect(page.locator(`li.current > button[data-path="${p}"]`)).toHaveCount(1);
		await expectNoProblems(problems, 'hover');
	});

	test('STUN: the RFC 5769 password passes both checks, a wrong one fails MESSAGE-INTEGRITY', async ({
		page,
		baseURL
	}) => {
		const problems = watch(page, baseURL);
		await open(page);
		const mi = page.getByTestId('check-MESSAGE-INTEGRITY');
		const fp = page.getByTestId('check-FINGERPRINT');
		await expect(fp).toHaveAttribute('data-status', 'ok');
		await expect(mi).toHaveAttribute('data-status', 'need-key');

		await page.getByTestId('stun-password').fill(RFC5769.sampleRequest.password);
		await expect(mi).toHaveAttribute('data-status', 'ok');
		await expect(fp).toHaveAttribute('data-status', 'ok');
		await expect(mi).toContainText('0–75');
		await expect(mi).toContainText('88');
		await expect(mi).toContainText('80');
		await mi.getByRole('button').click();
		await expect(page.locator('.byte.marked')).toHaveCount(76);

		await page.getByTestId('stun-password').fill('wrong password');
		await expect(mi).toHaveAttribute('data-status', 'fail');
		await expect(fp).toHaveAttribute('data-status', 'ok');
		await expect(page.getByTestId('stun-verify-summary')).toContainText('MESSAGE-INTEGRITY');
		expect(page.url()).not.toContain('wrong');
		expect(page.url()).not.toContain(encodeURIComponent(RFC5769.sampleRequest.password));

		// Long-term credentials (RFC 5769 §2.4): the sample brings username and realm.
		await page.getByTestId('packet-sample').selectOption('stun-rfc5769-long-term');
		await expect(page.getByTestId('stun-realm')).toHaveValue('example.org');
		await page.getByTestId('stun-password').fill(RFC5769.sampleRequestLongTerm.password);
		await expect(mi).toHaveAttribute('data-status', 'ok');
		await expectNoProblems(problems, 'verify');
	});

	test('a bad paste shows a clear error with its position', async ({ page, baseURL }) => {
		const problems = watch(page, baseURL);
		await open(page);
		await page.getByTestId('packet-input').fill('00 01 00 58\n21 12 a4 4g');
		const error = page.getByTestId('packet-error');
		await expect(error).toContainText('line 2, column 11');
		await expect(page.getByTestId('error-context')).toHaveText('21 12 a4 4g');
		await expect(error.locator('mark')).toHaveText('g');
		await expect(page.getByTestId('packet-input')).toHaveAttribute('aria-invalid', 'true');
		await error.getByRole('button').click();
		const selection = await page
			.getByTestId('packet-input')
			.evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd]);
		expect(selection).toEqual([22, 23]);

		// A truncated packet: the byte where it stops.
		await page.getByTestId('packet-input').fill('00 01 00 58 21 12 a4 42');
		await expect(error).toContainText('at byte 0');
		await expectNoProblems(problems, 'errors');
	});

	test('a capture file lists its UDP packets and picking one decodes it', async ({ page, baseURL }) => {
		const problems = watch(page, baseURL);
		await open(page);
		await page.getByTestId('packet-file').setInputFiles('test/fixtures/captures/rtp-rtcp.pcap');
		const table = page.getByTestId('capture-table');
		await expect(table).toContainText('rtp-rtcp.pcap');
		await expect(table.getByTestId('capture-row')).toHaveCount(19);
		// The first packet is shown: RTP inside a Linux cooked capture frame.
		await expect(kindOf(page)).toHaveAttribute('data-kind', 'rtp');
		await expect(field(page, 'frame.sll')).toBeVisible();

		await table.getByRole('button', { name: /\b17$/ }).click();
		await expect(kindOf(page)).toHaveAttribute('data-kind', 'rtcp');
		const block = page.getByTestId('report-block');
		await expect(block).toHaveCount(1);
		await expect(block.getByTestId('fraction-lost')).toContainText('0/256');
		await expect(block.getByTestId('jitter')).toContainText('179');
		await block.getByTestId('rtcp-arrival').fill('daf6 7c8c');
		await expect(block.getByTestId('rtt')).toContainText('ms');

		// The link keeps the link type, so a reload shows the same frame.
		await expect(page).toHaveURL(/link=sll/);
		await page.reload();
		await expect(page.locator('[data-testid="packet-lab"][data-ready="true"]')).toBeVisible();
		await expect(kindOf(page)).toHaveAttribute('data-kind', 'rtcp');
		await expect(field(page, 'frame.sll')).toBeVisible();

		// pcapng with Ethernet frames.
		await page.getByTestId('packet-file').setInputFiles('test/fixtures/captures/stun-turn.pcapng');
		await expect(table.getByTestId('capture-row')).toHaveCount(42);
		await table.getByRole('button', { name: /\b5$/ }).click();
		await expect(kindOf(page)).toHaveAttribute('data-kind', 'stun');
		await expect(field(page, 'frame.ethernet')).toBeVisible();
		await expectNoProblems(withoutAborted(problems), 'capture');
	});

	test('the fragment link reproduces the view after a reload', async ({ page, baseURL }) => {
		const problems = watch(page, baseURL);
		await open(page);
		await page.getByTestId('packet-sample').selectOption('rtp-libwebrtc-mid');
		await field(page, 'rtp.ssrc').click();
		await page.getByTestId('packet-kind').selectOption('rtp');
		await expect(page).toHaveURL(/sample=rtp-libwebrtc-mid/);
		await expect(page).toHaveURL(/field=rtp\.ssrc/);
		const text = await page.getByTestId('packet-input').inputValue();
		await page.reload();
		await expect(page.locator('[data-testid="packet-lab"][data-ready="true"]')).toBeVisible();
		await expect(page.getByTestId('packet-input')).toHaveValue(text);
		await expect(field(page, 'rtp.ssrc')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByTestId('packet-kind')).toHaveValue('rtp');
		await expect(page.getByTestId('field-note')).toBeVisible();

		// Own bytes go into the link as they are.
		await page.getByTestId('packet-kind').selectOption('');
		await page
			.getByTestId('packet-input')
			.fill('00 01 00 00 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 01');
		await page.reload();
		await expect(page.locator('[data-testid="packet-lab"][data-ready="true"]')).toBeVisible();
		await expect(page.getByTestId('packet-input')).toHaveValue(
			'00 01 00 00 21 12 a4 42 00 00 00 00 00 00 00 00 00 00 00 01'
		);
		await expect(kindOf(page)).toHaveAttribute('data-kind', 'stun');
		await expectNoProblems(withoutAborted(problems), 'fragment');
	});

	test('the zh-TW page is in Chinese', async ({ page, baseURL }) => {
		const problems = watch(page, baseURL);
		await open(page, `/zh-TW${LAB}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
		await expect(page.locator('h1')).toHaveText('封包實驗室');
		await expect(page.getByLabel('封包位元組')).toBeVisible();
		await expect(page.getByRole('heading', { name: '欄位' })).toBeVisible();
		await expect(page.getByTestId('stun-verify')).toContainText('密碼');
		await page.getByTestId('packet-input').fill('zz zz');
		await expect(page.getByTestId('packet-error')).toContainText('無法解碼');
		await expect(page.getByTestId('packet-error')).toContainText('第 1 行');
		await expectNoProblems(problems, 'zh-TW');
	});

	test('without JavaScript the default sample is already annotated', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(LAB);
		await expect(page.getByTestId('packet-input')).toHaveValue(/00 01 00 58/);
		await expect(field(page, 'stun.header.magicCookie')).toBeVisible();
		await expect(page.getByText('MESSAGE-INTEGRITY').first()).toBeVisible();
		await context.close();
	});

	test('on a phone the page never scrolls sideways', async ({ page, baseURL }) => {
		const problems = watch(page, baseURL);
		await page.setViewportSize({ width: 360, height: 780 });
		await open(page);
		await page.getByTestId('explain-all').check();
		for (const id of [
			'stun-coturn-binding-response-frame',
			'rtcp-gstreamer-rr',
			'dtls-chromium-client-hello'
		]) {
			await page.getByTestId('packet-sample').selectOption(id);
			await expect(page.getByTestId('packet-error')).toHaveCount(0);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, id).toBeLessThanOrEqual(0);
		}
		await expectNoProblems(problems, 'phone');
	});

	test('passes axe in light and dark, with notes, checks, report blocks, a capture and an error', async ({
		page,
		baseURL
	}) => {
		test.setTimeout(150_000);
		const problems = watch(page, baseURL);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await open(page);
			await page.getByTestId('explain-all').check();
			await page.getByTestId('stun-password').fill('wrong');
			await page.getByTestId('check-MESSAGE-INTEGRITY').getByRole('button').click();
			await field(page, 'stun.header.messageType').hover();
			expect(await seriousAxeViolations(page), `STUN (${scheme})`).toEqual([]);
			await page.getByTestId('packet-file').setInputFiles('test/fixtures/captures/rtp-rtcp.pcap');
			await page.getByTestId('capture-table').getByRole('button', { name: /\b17$/ }).click();
			await page.getByTestId('rtcp-arrival').fill('nonsense');
			expect(await seriousAxeViolations(page), `RTCP + capture (${scheme})`).toEqual([]);
			await page.getByTestId('packet-input').fill('00 01 zz');
			await expect(page.getByTestId('packet-error')).toBeVisible();
			expect(await seriousAxeViolations(page), `error (${scheme})`).toEqual([]);
		}
		await expectNoProblems(problems, 'axe');
	});
});
