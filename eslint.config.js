import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-base/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Internal links go through localizePath() (src/lib/i18n/locale.ts), which adds the base path and
			// the locale prefix; external links (RFCs) need no resolving.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Fixture capture scripts: some are page code passed to a browser as one expression, not app code.
		files: ['test/fixtures/**/*.js', 'test/fixtures/**/*.mjs'],
		rules: {
			'@typescript-eslint/ban-ts-comment': 'off',
			'@typescript-eslint/no-unused-expressions': 'off'
		}
	},
	{
		// Protocol and simulation code run in bare node: no DOM globals there (DESIGN.md).
		files: ['src/lib/protocol/**', 'src/lib/sim/**'],
		languageOptions: { globals: { ...globals.es2022 } },
		rules: {
			'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
			'no-restricted-imports': [
				'error',
				{ patterns: ['svelte', 'svelte/*', '$app/*', '**/components/**', '**/live/**'] }
			]
		}
	}
);
