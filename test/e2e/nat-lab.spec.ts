import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { seriousAxeViolations, watchPage } from './helpers';

const outcome = (page: Page) => page.getByTestId('nat-outcome');
const narration = (page: Page) => page.getByTestId('nat-narration');

async function open(page: Page, path = '/lab/nat/') {
	await page.goto(path);
	await expect(page.getByTestId('nat-lab')).toHaveAttribute('data-ready', 'true');
}

/** Everything a step shows in the panels, as text. */
async function snapshot(page: Page) {
	return {
		narration: await narration(page).innerText(),
		natA: await page.getByTestId('nat-table-NAT-A').innerText(),
		natB: await page.getByTestId('nat-table-NAT-B').innerText(),
		checklistA: await page.getByTestId('checklist-A').innerText(),
		checklistB: await page.getByTestId('checklist-B').innerText(),
		// Svelte's block markers (HTML comments) differ after a list empties again; what is drawn does not.
		stage: (await page.getByTestId('nat-stage').innerHTML()).replace(/<!--[^]*?-->/g, '')
	};
}

test('home routers connect directly; symmetric NATs need TURN and fail without it, with the reason', async ({
	page,
	baseURL
}) => {
	const problems = watchPage(page, new URL(baseURL!).origin);
	await open(page);
	await expect(outcome(page)).toContainText('connected directly');
	await expect(outcome(page)).toContainText('endpoint-independently');

	await page.getByTestId('scenario-select').selectOption('both-symmetric');
	await expect(outcome(page)).toContainText('relayed through TURN');
	await expect(outcome(page)).toContainText('Connected through the TURN relay');

	await page.getByTestId('turn-toggle').uncheck();
	await expect(outcome(page)).toContainText('failed');
	await expect(outcome(page)).toContainText('Without a TURN server there is nothing to fall back on');
	await expect(outcome(page)).toContainText('Every candidate pair failed');
	expect(problems).toEqual([]);
});

test('stepping back returns to exactly the state before', async ({ page }) => {
	await open(page);
	const forward = page.getByTestId('step-forward');
	for (let i = 0; i < 25; i++) await forward.click();
	await expect(page.getByTestId('scrub')).toHaveValue('24');
	const before = await snapshot(page);
	expect(before.natA).toContain('10.0.0.2:5000');
	for (let i = 0; i < 5; i++) await forward.click();
	expect((await snapshot(page)).narration).not.toBe(before.narration);
	for (let i = 0; i < 5; i++) await page.getByTestId('step-back').click();
	expect(await snapshot(page)).toEqual(before);
});

test('dropping a check shows it lost, then retransmitted', async ({ page }) => {
	await open(page);
	const timeline = page.getByTestId('nat-timeline');
	await timeline
		.getByRole('button', { name: /A sends a connectivity check from \S+ to 203\.0\.113\.1:/ })
		.first()
		.click();
	const details = page.getByTestId('packet-details');
	await expect(details).toContainText('connectivity check');
	await details.getByTestId('drop-packet').click();
	await expect(narration(page)).toContainText('lost');
	await expect(page.getByTestId('stage-drop').first()).toBeVisible();
	await expect(
		timeline.getByRole('button', { name: /retransmits the connectivity check/ }).first()
	).toBeAttached();
	await expect(outcome(page)).toContainText('connected directly');
	// The bytes of the packet are there, field by field.
	await expect(details.getByTestId('byte-view')).toBeVisible();
	await expect(details.getByTestId('byte-view')).toContainText('MESSAGE-INTEGRITY');
});

test('a link reproduces the state after a reload; an older model version shows a notice', async ({
	page
}) => {
	await open(page);
	await page.getByTestId('scenario-select').selectOption('symmetric-cgnat-one-side');
	await page.getByTestId('seed').fill('7');
	await page.getByTestId('seed').press('Tab');
	const scrub = page.getByTestId('scrub');
	await scrub.fill('40');
	await expect(scrub).toHaveValue('40');
	await expect(page).toHaveURL(/#.*step=40/);
	const before = await snapshot(page);
	const url = page.url();
	expect(url).toContain('seed=7');
	expect(url).toContain('v=sim-');

	await page.goto('about:blank');
	await open(page, url.replace(/^https?:\/\/[^/]+/, ''));
	await expect(page.getByTestId('scenario-select')).toHaveValue('symmetric-cgnat-one-side');
	await expect(scrub).toHaveValue('40');
	expect(await snapshot(page)).toEqual(before);
	await expect(page.getByTestId('stale-notice')).toHaveCount(0);

	await page.goto('about:blank');
	await open(page, url.replace(/^https?:\/\/[^/]+/, '').replace(/v=sim-[^&]*/, 'v=sim-0'));
	await expect(page.getByTestId('stale-notice')).toBeVisible();
});

test('keyboard: space plays and pauses, arrow keys step', async ({ page }) => {
	await open(page);
	await page.locator('#nat-stage-box').focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('scrub')).toHaveValue('1');
	await expect(narration(page)).toContainText(/^0 ms: /);
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('scrub')).toHaveValue('0');
	await page.keyboard.press(' ');
	await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
	await page.waitForTimeout(400);
	await page.keyboard.press(' ');
	await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
	expect(Number(await page.getByTestId('scrub').inputValue())).toBeGreaterThan(0);
});

test('the matrix loads a combination into the lab, and the classic view is a 4 × 4 part of it', async ({
	page
}) => {
	await open(page);
	const matrix = page.getByTestId('nat-matrix');
	await expect(matrix.locator('td')).toHaveCount(81);
	await matrix.locator('[data-cell="APDM-APDF|APDM-APDF"]').click();
	await expect(outcome(page)).toContainText('failed');
	await expect(page.getByTestId('preset-a')).toHaveValue('symmetric');
	await matrix.getByTestId('matrix-classic').click();
	await expect(matrix.locator('td')).toHaveCount(16);
});

test('the NAT lesson embeds the simulator, loaded on demand, and it steps', async ({ page, baseURL }) => {
	const problems = watchPage(page, new URL(baseURL!).origin);
	await page.goto('/learn/nat/');
	const embed = page.getByTestId('nat-embed');
	await expect(embed.locator('svg')).toBeVisible();
	await embed.getByTestId('nat-embed-run').click();
	await expect(embed.getByTestId('nat-lab')).toHaveAttribute('data-ready', 'true');
	await embed.getByTestId('step-forward').click();
	await embed.getByTestId('step-forward').click();
	await expect(embed.getByTestId('nat-narration')).toContainText('0 ms');
	await expect(embed.getByTestId('nat-outcome')).toContainText('connected directly');
	expect(problems).toEqual([]);
});

test('the lesson’s first-load JavaScript stays within 100 KB gzipped: the simulator loads on demand', async ({
	page
}) => {
	await page.goto('/learn/nat/', { waitUntil: 'networkidle' });
	const scripts = async () =>
		new Set(
			await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((e) => e.name)
					.filter((n) => n.endsWith('.js'))
			)
		);
	let gz = 0;
	const first = await scripts();
	for (const url of first) gz += gzipSync(await (await page.request.get(url)).body(), { level: 9 }).length;
	expect(gz / 1024).toBeLessThanOrEqual(100);
	await page.getByTestId('nat-embed-run').click();
	await expect(page.getByTestId('nat-lab')).toHaveAttribute('data-ready', 'true');
	expect((await scripts()).size).toBeGreaterThan(first.size);
});

test('axe is clean mid-run with a packet open, and in the loaded lesson embed, in both themes', async ({
	page
}) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await open(page, '/lab/nat/#s=both-symmetric&step=120');
		await page
			.getByTestId('nat-timeline')
			.getByRole('button', { name: /sends a connectivity check/ })
			.first()
			.click();
		await expect(page.getByTestId('packet-details')).toBeVisible();
		expect(await seriousAxeViolations(page), scheme).toEqual([]);
		await page.goto('/learn/nat/');
		await page.getByTestId('nat-embed-run').click();
		await expect(page.getByTestId('nat-lab')).toHaveAttribute('data-ready', 'true');
		await page.getByTestId('step-forward').click();
		expect(await seriousAxeViolations(page), `lesson ${scheme}`).toEqual([]);
	}
});

test('zh-TW: narration and outcome in Chinese', async ({ page }) => {
	await open(page, '/zh-TW/lab/nat/');
	await page.getByTestId('step-forward').click();
	await expect(narration(page)).toContainText('0 毫秒');
	await expect(outcome(page)).toContainText('直接連線');
});

test('fits a phone screen without horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 915 });
	await open(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the default run is readable: outcome and every step', async ({ page }) => {
		await page.goto('/lab/nat/');
		await expect(outcome(page)).toContainText('connected directly');
		expect(await page.getByTestId('nat-timeline').locator('li').count()).toBeGreaterThan(50);
		await expect(page.getByTestId('nat-stage')).toBeVisible();
	});
});
