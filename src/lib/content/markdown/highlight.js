// Code blocks are highlighted once, at build time, with Shiki; the client gets plain HTML and no highlighter.
import { createHighlighter } from 'shiki';

const langs = ['js', 'ts', 'json', 'sh', 'bash', 'ini', 'yaml', 'text', 'html', 'c', 'cpp', 'python', 'diff'];
/** @type {Promise<import('shiki').Highlighter> | undefined} */
let highlighter;

/** @param {string} s */
const escapeSvelte = (s) =>
	s.replace(/[{}`]/g, (c) => ({ '{': '&#123;', '}': '&#125;', '`': '&#96;' })[c] ?? c).replace(/\\/g, '&#92;');

/**
 * mdsvex highlighter: returns Svelte markup holding the highlighted HTML.
 * @param {string} code @param {string | undefined} lang
 */
export async function highlightCode(code, lang) {
	highlighter ??= createHighlighter({ themes: ['github-light', 'github-dark'], langs });
	const hl = await highlighter;
	const language = lang && langs.includes(lang) ? lang : 'text';
	const html = hl.codeToHtml(code, {
		lang: language,
		themes: { light: 'github-light', dark: 'github-dark' },
		defaultColor: false,
		// Some GitHub token colours fall below WCAG AA (4.5:1) on our --code-bg (#f6f8fa light, #1b2029 dark):
		// comments in dark (3.4:1), green/red/orange in light (4.3, 4.3, 3.3:1). Replaced by darker/lighter
		// shades of the same hue that reach at least 4.9:1.
		colorReplacements: {
			'github-dark': { '#6a737d': '#9da7b3' },
			'github-light': { '#22863a': '#1a7431', '#d73a49': '#c0283a', '#e36209': '#a94a00', '#6a737d': '#57606a' }
		}
	});
	return `{@html \`${escapeSvelte(html)}\`}`;
}
