import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { lessonContentPlugin } from './scripts/vite-plugin-lessons.js';

export default defineConfig({
	plugins: [
		// Vitest needs neither the message compiler (its watcher keeps the process alive) nor lesson checks.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['globalVariable', 'baseLocale']
			}),
		!process.env.VITEST && lessonContentPlugin(),
		sveltekit()
	],
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
