import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { seriousAxeViolations, watchPage } from './helpers';

const outcome = (page: Page) => page.getByTestId('nat-outcome');
const narration = (page: Page) => page.getByTestId('nat-narration');

async function open(page: Page, path = '/lab/nat/') {
	await page.goto(path);
	// Generous: the page simulates its run on load, and the test machine may be busy.
	await expect(page.getByTestId('nat-lab')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
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
	await expect(page).toHaveURL(/pkt=check\.\d+/);
	await expect(page.getByTestId('nat-faults')).toContainText(
		/connectivity check no\. \d+ to cross the internet is lost/
	);
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

/** A screenshot saved with the test's output (and attached to its report). */
async function shot(page: Page, testInfo: TestInfo, name: string) {
	await testInfo.attach(name, {
		body: await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: false }),
		contentType: 'image/png'
	});
}

async function toLastStep(page: Page) {
	const scrub = page.getByTestId('scrub');
	const last = (await scrub.getAttribute('max'))!;
	await scrub.fill(last);
	await expect(scrub).toHaveValue(last);
	return Number(last);
}

test('fault by hand: stopping the TURN server of a relayed call makes it fail, and the link keeps the fault', async ({
	page
}, testInfo) => {
	await open(page, '/lab/nat/#s=both-symmetric');
	await expect(outcome(page)).toContainText('relayed through TURN');
	const step = await toLastStep(page);
	await page.getByTestId('stop-turn').click();
	await expect(outcome(page)).toContainText('failed');
	await expect(page.getByTestId('nat-verdict')).toContainText('the TURN server stopped');
	await expect(page.getByTestId('nat-faults')).toContainText(/the TURN server stops at 1\.\d{3} s/);
	// The run is the same up to the step it was stopped at; it stays there.
	await expect(page.getByTestId('scrub')).toHaveValue(String(step));
	await expect(page).toHaveURL(/turnstop=\d+/);
	await expect(page.getByTestId('stop-turn')).toHaveCount(1);
	const last = await toLastStep(page);
	expect(last).toBeGreaterThan(step);
	await expect(page.getByTestId('agent-A-connection')).toHaveText('failed');
	await expect(page.getByTestId('stop-turn')).toHaveCount(0);
	await shot(page, testInfo, 'turn-stopped');
	// A link reproduces it; removing the faults restores the relayed call.
	const url = page.url().replace(/^https?:\/\/[^/]+/, '');
	await page.goto('about:blank');
	await open(page, url);
	await expect(outcome(page)).toContainText('failed');
	await page.getByTestId('clear-faults').click();
	await expect(outcome(page)).toContainText('relayed through TURN');
	await expect(page.getByTestId('nat-faults')).toHaveCount(0);
});

test('fault by hand: expiring the mapping the call uses breaks the path', async ({ page }, testInfo) => {
	await open(page);
	await expect(outcome(page)).toContainText('connected directly');
	await toLastStep(page);
	const table = page.getByTestId('nat-table-NAT-A');
	const row = table.locator('tbody tr').first();
	const outside = (await row.locator('td').nth(2).locator('code').innerText()).trim();
	// The selected pair's local address is this mapping's outside address.
	await expect(page.getByTestId('checklist-A')).toContainText(outside);
	await row
		.getByRole('button', { name: new RegExp(`expire mapping #1 \\(${outside.replace(/\./g, '\\.')}\\) now`) })
		.click();
	await expect(page.getByTestId('nat-faults')).toContainText(`NAT A forgets mapping ${outside}`);
	await expect(outcome(page)).toContainText('failed');
	await expect(page.getByTestId('nat-verdict')).toContainText('a NAT forgot its mappings');
	await expect(outcome(page)).toContainText('forgot the mapping the call was using');
	await expect(page).toHaveURL(/exp=A\.\d+\.198\.51\.100\.1\.\d+/);
	await expect(
		page.getByTestId('nat-timeline').getByRole('button', { name: `dropped the mapping for ${outside}` })
	).toHaveCount(1);
	await shot(page, testInfo, 'mapping-expired');
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

test('reduced motion: playing moves packets only from step to step, never in flight', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, '/lab/nat/#s=both-symmetric');
	await page.getByTestId('play').click();
	await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
	// Sample every animation frame for a while: within one step, no packet moves.
	const samples = await page.evaluate(
		() =>
			new Promise<{ step: string; packets: string }[]>((resolve) => {
				const out: { step: string; packets: string }[] = [];
				const scrub = document.querySelector<HTMLInputElement>('[data-testid="scrub"]')!;
				const loop = () => {
					const packets = [...document.querySelectorAll('[data-packet]')]
						.map((p) => `${p.getAttribute('data-packet')}@${p.getAttribute('transform')}`)
						.join(' ');
					out.push({ step: scrub.value, packets });
					if (out.length < 150) requestAnimationFrame(loop);
					else resolve(out);
				};
				requestAnimationFrame(loop);
			})
	);
	await page.getByTestId('play').click();
	const steps = new Set(samples.map((s) => s.step));
	expect(steps.size).toBeGreaterThan(1);
	for (let i = 1; i < samples.length; i++)
		if (samples[i].step === samples[i - 1].step) expect(samples[i].packets).toBe(samples[i - 1].packets);
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
	test.setTimeout(150_000);
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

test('zh-TW: narration, outcome and the engine’s reasons in Chinese', async ({ page }, testInfo) => {
	await open(page, '/zh-TW/lab/nat/');
	await page.getByTestId('step-forward').click();
	await expect(narration(page)).toContainText('0 毫秒');
	await expect(outcome(page)).toContainText('直接連線');
	await expect(page.getByTestId('nat-verdict')).toContainText('直接連線：A 的 srflx');

	// Symmetric NATs without TURN: the NATs filter the checks, and say why in Chinese.
	await page.goto('about:blank');
	await open(page, '/zh-TW/lab/nat/#s=both-symmetric&turn=0');
	await expect(page.getByTestId('nat-verdict')).toContainText('所有候選配對都失敗了');
	await expect(page.getByTestId('nat-verdict')).not.toContainText('Every candidate pair');
	const filtered = page.getByTestId('nat-timeline').locator('li.filtered button').first();
	await filtered.click();
	await expect(narration(page)).toContainText('過濾：沒有任何對應允許');
	await expect(narration(page)).not.toContainText('no mapping permits');
	const details = page.getByTestId('packet-details');
	await expect(details.locator('.hops')).toContainText('過濾：沒有任何對應允許');
	expect(await details.locator('.hops').innerText()).not.toMatch(/translated|dropped|permits/);
	await shot(page, testInfo, 'zh-TW-reasons');
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
