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
		defaultColor: false
	});
	return `{@html \`${escapeSvelte(html)}\`}`;
}
