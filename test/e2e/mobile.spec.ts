import { expect, test } from '@playwright/test';

test('pages fit a phone screen without horizontal scrolling', async ({ page }) => {
	for (const path of ['/', '/learn/nat/', '/zh-TW/learn/protocol-stack/']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(1);
		await expect(page.getByRole('navigation', { name: /Main|主選單/ })).toBeVisible();
	}
});
