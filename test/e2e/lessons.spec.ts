import { expect, test } from '@playwright/test';

test('a lesson has a table of contents, previous/next, RFC links and build-time highlighted code', async ({
	page
}) => {
	await page.goto('/learn/nat/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	const tocLinks = toc.getByRole('link');
	expect(await tocLinks.count()).toBeGreaterThanOrEqual(4);
	// Every TOC entry points at a heading that exists.
	for (const href of await tocLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
	}
	const pager = page.getByRole('navigation', { name: 'Lesson navigation' });
	await expect(pager.getByRole('link', { name: /Previous lesson/ })).toHaveAttribute(
		'href',
		'/learn/protocol-stack/'
	);
	const rfcLinks = page.locator('a[href^="https://www.rfc-editor.org/rfc/rfc4787"]');
	expect(await rfcLinks.count()).toBeGreaterThan(1);
	// Code is highlighted in the HTML itself; no highlighter is shipped to the client.
	const html = await (await page.request.get('/learn/nat/')).text();
	expect(html).toMatch(/<pre class="shiki/);
	const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
	expect(scripts.filter((s) => /shiki|oniguruma|onig/.test(s))).toEqual([]);
});

test('a glossary term shows its definition on hover and on keyboard focus', async ({ page }) => {
	await page.goto('/learn/nat/');
	const term = page.locator('.term').first();
	const def = term.locator('.term-def');
	await expect(def).toBeHidden();
	await term.hover();
	await expect(def).toBeVisible();
	await page.mouse.move(0, 0);
	await expect(def).toBeHidden();
	await term.focus();
	await expect(def).toBeVisible();
	const describedBy = await term.getAttribute('aria-describedby');
	expect(await def.getAttribute('id')).toBe(describedBy);
});

test('the stack diagram is usable by keyboard alone', async ({ page }) => {
	await page.goto('/learn/protocol-stack/');
	const diagram = page.getByTestId('stack-diagram');
	await expect(diagram).toBeVisible();
	const layers = diagram.locator('button[data-layer]');
	const count = await layers.count();
	expect(count).toBeGreaterThanOrEqual(6);
	// Tab into the diagram: exactly one layer button is in the tab order (roving tabindex).
	let inside = false;
	for (let i = 0; i < 80 && !inside; i++) {
		await page.keyboard.press('Tab');
		inside = await page.evaluate(
			() => !!document.activeElement?.closest('[data-testid="stack-diagram"] [data-layer]')
		);
	}
	expect(inside).toBe(true);
	const first = await page.evaluate(() => document.activeElement!.getAttribute('data-layer'));
	await page.keyboard.press('ArrowDown');
	const second = await page.evaluate(() => document.activeElement!.getAttribute('data-layer'));
	expect(second).not.toBe(first);
	await page.keyboard.press('Enter');
	await expect(diagram.locator(`button[data-layer="${second}"]`)).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press(' ');
	await expect(diagram.locator(`button[data-layer="${first}"]`)).toHaveAttribute('aria-pressed', 'true');
	await expect(diagram.locator(`button[data-layer="${second}"]`)).toHaveAttribute('aria-pressed', 'false');
});

test('zh-TW lessons are in Chinese with their own headings', async ({ page }) => {
	await page.goto('/zh-TW/learn/nat/');
	const text = await page.getByTestId('lesson').innerText();
	expect((text.match(/[\u4e00-\u9fff]/g) ?? []).length).toBeGreaterThan(1000);
	await expect(page.getByRole('navigation', { name: '本頁內容' })).toBeVisible();
});
