import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Collects what must never happen on a page: console errors, failed requests, requests to other origins. */
export function watchPage(page: Page, origin: string) {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning')
			problems.push(`console ${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
	page.on('requestfailed', (req) =>
		problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`)
	);
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
			problems.push(`off-origin request: ${req.url()}`);
	});
	return problems;
}

/** Serious or critical axe violations, formatted for an assertion message. */
export async function seriousAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Same-origin page links on the current page, as site-relative paths. */
export async function pageLinks(page: Page, origin: string): Promise<string[]> {
	const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
	return hrefs
		.map((h) => new URL(h))
		.filter((u) => u.origin === origin)
		.map((u) => u.pathname);
}

export async function expectNoProblems(problems: string[], where: string) {
	expect(problems, `problems on ${where}`).toEqual([]);
}
