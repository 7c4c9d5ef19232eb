import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../../playwright.config';
import { watchPage } from './helpers';

// The copy built with BASE_PATH=/webrtc-lab and served under that sub-path by a plain static server.
test('the site works under a sub-path: links, assets, lessons and the language switch', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const problems = watchPage(page, origin);
	await page.goto(`${BASE_PATH}/`);
	const hrefs = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(3);
	for (const href of hrefs) expect(href.startsWith(`${BASE_PATH}/`), href).toBe(true);
	await page
		.getByRole('link', { name: /protocol stack/i })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`${BASE_PATH}/learn/protocol-stack/$`));
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(new RegExp(`${BASE_PATH}/zh-TW/learn/protocol-stack/$`));
	await page.reload({ waitUntil: 'networkidle' });
	await expect(page.getByTestId('lesson')).toBeVisible();
	expect(problems).toEqual([]);
});
