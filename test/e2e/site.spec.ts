import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageLinks, seriousAxeViolations, watchPage } from './helpers';

/** Crawls every prerendered page reachable from `/` (both locales). */
async function crawl(page: import('@playwright/test').Page, origin: string) {
	const seen = new Set<string>();
	const queue = ['/'];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		await page.goto(path);
		for (const link of await pageLinks(page, origin)) if (!seen.has(link)) queue.push(link);
	}
	return [...seen].sort();
}

/** Every page the build prerendered, as a site path (`build/learn/nat/index.html` → `/learn/nat/`). */
function prerenderedPages(dir = 'build'): string[] {
	const out: string[] = [];
	const walk = (rel: string) => {
		for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
			if (entry.isDirectory() && entry.name !== '_app') walk(`${rel}${entry.name}/`);
			else if (entry.name === 'index.html') out.push(`/${rel}`);
		}
	};
	walk('');
	return out.sort();
}

const PAGES = prerenderedPages();

test('the crawl from / reaches every prerendered page (404 pages aside)', async ({ page, baseURL }) => {
	const pages = await crawl(page, new URL(baseURL!).origin);
	expect(pages).toEqual(expect.arrayContaining(['/', '/learn/', '/zh-TW/', '/zh-TW/learn/']));
	expect(pages.filter((p) => p.startsWith('/learn/') && p !== '/learn/').length).toBeGreaterThanOrEqual(2);
	expect(
		pages.filter((p) => p.startsWith('/zh-TW/learn/') && p !== '/zh-TW/learn/').length
	).toBeGreaterThanOrEqual(2);
	expect(pages).toEqual(PAGES.filter((p) => !/(^|\/)404\/$/.test(p)));
});

// One test per page and theme, each in a fresh page, so a slow page cannot starve the rest and requests that a
// navigation cancels are never blamed on the next page.
for (const scheme of ['light', 'dark'] as const) {
	for (const path of PAGES) {
		test(`${path} (${scheme}): no console error, no failed or off-origin request, no serious axe violation`, async ({
			page,
			baseURL
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			const problems = watchPage(page, new URL(baseURL!).origin);
			const response = await page.goto(path, { waitUntil: 'networkidle' });
			expect(response?.status(), path).toBe(200);
			await expect(page.locator('h1').first()).toBeVisible();
			expect(problems, `${path} (${scheme})`).toEqual([]);
			expect(await seriousAxeViolations(page), `${path} (${scheme})`).toEqual([]);
		});
	}
}

test('html lang follows the locale and the CSP forbids inline scripts without a hash', async ({ page }) => {
	for (const [path, lang] of [
		['/', 'en'],
		['/zh-TW/', 'zh-TW'],
		['/learn/nat/', 'en'],
		['/zh-TW/learn/nat/', 'zh-TW']
	] as const) {
		const res = await page.request.get(path);
		const html = await res.text();
		expect(html).toContain(`<html lang="${lang}">`);
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
		expect(scriptSrc).toMatch(/'self'/);
		expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
		expect(csp).toMatch(/default-src 'self'/);
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
	}
});

test('the language switch keeps you on the same page, both ways', async ({ page }) => {
	await page.goto('/learn/nat/');
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/zh-TW\/learn\/nat\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
	await expect(page.getByRole('navigation', { name: '主選單' })).toBeVisible();
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/learn\/nat\/$/);
	await expect(page).not.toHaveURL(/zh-TW/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the theme toggle switches, and the choice persists across pages and reloads', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByTestId('theme-toggle');
	await expect(toggle).toHaveAttribute('data-theme-current', 'light');
	const bgBefore = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const bgAfter = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(bgAfter).not.toBe(bgBefore);
	await page.goto('/zh-TW/learn/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.getByTestId('theme-toggle')).toHaveAttribute('data-theme-current', 'dark');
	// Follows the system when nothing is stored.
	await page.evaluate(() => localStorage.clear());
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.getByTestId('theme-toggle')).toHaveAttribute('data-theme-current', 'dark');
});

test('keyboard only: skip link, then reach and open a lesson', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	// Tab forward until the first lesson link in the study map is focused, then open it.
	let focusedHref = '';
	for (let i = 0; i < 40 && !focusedHref.endsWith('/learn/protocol-stack/'); i++) {
		await page.keyboard.press('Tab');
		focusedHref = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
	}
	expect(focusedHref).toMatch(/\/learn\/protocol-stack\/$/);
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/learn\/protocol-stack\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('protocol stack');
});

test('a missing page answers 404 with a page in both locales', async ({ page }) => {
	const res = await page.goto('/no/such/page/');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.goto('/zh-TW/404/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這個頁面');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('lessons and the home page are readable', async ({ page }) => {
		await page.goto('/learn/nat/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect((await page.getByTestId('lesson').innerText()).length).toBeGreaterThan(3000);
		await page.goto('/zh-TW/');
		await expect(page.getByTestId('curriculum-map')).toContainText('NAT');
	});
});
