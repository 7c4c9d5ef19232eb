import { expect, test, chromium, type Browser } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS } from '../../playwright.config';

// The no-permission path. Without --use-fake-ui-for-media-stream the page has no media permission, so Chromium
// hides host addresses behind random ".local" names (mDNS) and must announce each name by multicast DNS before it
// emits the candidate. The namespace's lo carries multicast (scripts/netns.sh: `ip link set lo multicast on`,
// `ip route add 224.0.0.0/4 dev lo`), but Chromium's mDNS responder binds only to the interfaces of its network
// list, which leaves out loopback: the name is never registered, no candidate comes out, gathering stays at
// "gathering" and the call cannot connect here. So this test proves the page explains it, and that the fix it
// gives (grant the microphone, ask for it first) then connects with real addresses.

let browser: Browser;
test.beforeAll(async () => {
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS.filter((a) => a !== '--use-fake-ui-for-media-stream')
	});
});
test.afterAll(async () => browser?.close());

test('without media permission: no candidate, the page says why (mDNS) and what to do; the fix connects', async ({
	baseURL
}) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/lab/loopback/');
	await page.getByTestId('start-call').click();

	const diagnosis = page.getByTestId('mdns-diagnosis');
	await expect(diagnosis).toBeVisible({ timeout: 30_000 });
	await expect(diagnosis).toHaveAttribute('data-reason', 'no-candidates');
	await expect(diagnosis).toContainText('.local');
	await expect(diagnosis).toContainText('multicast DNS');
	await expect(page.getByTestId('mdns-diagnosis-fix')).toContainText('Ask for microphone permission first');
	// What the page based that on: still starting, gathering under way, not one candidate on either side.
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'starting');
	for (const pc of ['caller', 'callee']) {
		await expect(page.getByTestId(`browser-${pc}-iceGatheringState`)).toHaveText('gathering');
		await expect(page.getByTestId(`browser-${pc}-iceConnectionState`)).toHaveText('new');
	}
	await expect(page.getByTestId('event-log')).not.toContainText('icecandidate candidate:');
	const axe = await new AxeBuilder({ page }).include('[data-testid="mdns-diagnosis"]').analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

	// The fix the page gives: with the microphone allowed and asked for first, the real address is offered.
	await page.getByTestId('hang-up').click();
	await context.grantPermissions(['microphone'], { origin: new URL(baseURL!).origin });
	await page.getByTestId('ask-permission').check();
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('call-status')).toHaveAttribute('data-status', 'connected', {
		timeout: 20_000
	});
	await expect(page.getByTestId('event-log')).toContainText('getUserMedia ✓');
	await expect(page.getByTestId('candidates-caller')).toContainText('127.0.0.1');
	await expect(page.getByTestId('candidates-caller')).not.toContainText('.local');
	await expect(diagnosis).toHaveCount(0);
	await page.getByTestId('hang-up').click();
	await context.close();
});

test('without permission, Traditional Chinese: the same explanation', async ({ baseURL }) => {
	test.setTimeout(60_000);
	const page = await browser.newPage({ baseURL });
	await page.goto('/zh-TW/lab/loopback/');
	await page.getByTestId('start-call').click();
	await expect(page.getByTestId('mdns-diagnosis')).toContainText('多點傳送 DNS', { timeout: 30_000 });
	await expect(page.getByTestId('mdns-diagnosis-fix')).toContainText('先要求麥克風權限');
	await page.getByTestId('hang-up').click();
	await page.close();
});
