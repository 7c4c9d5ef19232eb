import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

// Denying the camera for real in Debian's Chromium: this file's browser runs without
// --use-fake-ui-for-media-stream (which would accept every prompt), and its context grants the microphone only, so
// Chromium answers the lab's camera request with NotAllowedError. The microphone grant (the lab's "ask for
// permission" box) is what lets Chromium show host candidates instead of mDNS names, so the call connects in the
// loopback-only namespace of scripts/netns.sh.

test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS.filter((a) => a !== '--use-fake-ui-for-media-stream')
	},
	permissions: ['microphone']
});

test('a denied camera falls back to the synthetic media and the page says why', async ({ page }) => {
	await page.goto('/lab/loopback/');
	await page.getByTestId('ask-permission').check();
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 30_000
	});
	await page.getByTestId('source-camera').click();
	await expect(page.getByTestId('source-problem')).toHaveAttribute('data-problem', 'denied', {
		timeout: 15_000
	});
	await expect(page.getByTestId('source-problem')).toContainText('NotAllowedError');
	await expect(page.getByTestId('source-now')).toHaveAttribute('data-source', 'synthetic');
	await expect(page.getByTestId('source-synthetic')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected');
	// The encoder still codes the synthetic 16:9 canvas (640×360, or less if the encoder scales down under load).
	await expect
		.poll(
			async () => {
				const [w, h] = (await page.getByTestId('layer-resolution').innerText()).split('×').map(Number);
				return w > 0 && h > 0 ? Math.round((w / h) * 100) / 100 : 0;
			},
			{ timeout: 15_000 }
		)
		.toBe(1.78);
	await page.getByTestId('hang-up').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'closed');
});
