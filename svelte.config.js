import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { remarkLessonLinks, remarkToc } from './src/lib/content/markdown/remark.js';
import { highlightCode } from './src/lib/content/markdown/highlight.js';

// The one inline script we own (theme before first paint) lives in app.html; the CSP allows it by hash,
// computed here from the file so the two can never drift apart.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	(m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`
);

/** Sub-path hosting: BASE_PATH=/webrtc-lab npm run build */
const base = process.env.BASE_PATH ?? '';
/** Output folder (the test suite builds a second copy with a base path into another folder). */
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			remarkPlugins: [remarkToc, remarkLessonLinks],
			highlight: { highlighter: highlightCode }
		})
	],
	compilerOptions: {
		// mdsvex still emits `<script context="module">`; that one deprecation is expected.
		warningFilter: (warning) => warning.code !== 'script_context_deprecated'
	},
	kit: {
		adapter: adapter({
			pages: outDir,
			assets: outDir,
			fallback: undefined,
			precompress: true,
			strict: true
		}),
		paths: { base, relative: false },
		// Inline the (small) CSS into each page: no render-blocking stylesheet request before first paint.
		inlineStyleThreshold: 40_000,
		prerender: {
			entries: ['*', '/zh-TW/', '/404/', '/zh-TW/404/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineScripts],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self', 'blob:', 'mediastream:'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
