import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { lessonContentPlugin } from './scripts/vite-plugin-lessons.js';

export default defineConfig({
	plugins: [
		// Vitest does not need the message compiler (its watcher keeps the process alive).
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['globalVariable', 'baseLocale']
			}),
		lessonContentPlugin(),
		sveltekit()
	],
	server: { fs: { allow: ['content'] } },
	build: {
		rolldownOptions: {
			output: {
				// One chunk for the framework and the site shell that every page needs: fewer requests before first
				// paint on a slow network. Labs and lessons stay in their own lazily loaded chunks, and so do the UI
				// strings only a lab uses (message files named sdp_…, packets_…, loopback_…, nat_…).
				codeSplitting: {
					groups: [
						{
							name: 'shell',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|src[\\/]lib[\\/](paraglide[\\/](?!messages[\\/](?:sdp|packets|loopback|nat)_)|(i18n|content|components[\\/]shell)[\\/])|virtual:lesson-index/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
