import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against the BUILT site served by a plain static file server, in Debian's Chromium,
// inside a private network namespace (scripts/netns.sh) so no test traffic can leave the machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// A second copy built with BASE_PATH=/webrtc-lab into build-base/ (scripts/test.sh), served under that sub-path.
const BASE_PORT = PORT + 1;
export const BASE_PATH = '/webrtc-lab';

export const CHROMIUM_ARGS = [
	'--use-fake-ui-for-media-stream',
	'--use-fake-device-for-media-stream',
	'--allow-loopback-in-peer-connection',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'test/e2e',
	outputDir: 'test-results/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	forbidOnly: !!process.env.CI,
	globalSetup: './test/e2e/global-setup.ts',
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], channel: undefined },
			testIgnore: /(mobile|base-path)\.spec\.ts/
		},
		{
			name: 'base-path',
			use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${BASE_PORT}` },
			testMatch: /base-path\.spec\.ts/
		},
		{
			name: 'mobile',
			use: { ...devices['Pixel 7'], channel: undefined },
			testMatch: /mobile\.spec\.ts/
		}
	],
	webServer: [
		{
			command: `node scripts/serve.js build`,
			env: { PORT: String(PORT) },
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: `node scripts/serve-subpath.js build-base ${BASE_PATH}`,
			env: { PORT: String(BASE_PORT) },
			url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}/`,
			reuseExistingServer: false,
			timeout: 30_000
		}
	]
});
