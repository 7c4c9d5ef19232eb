// Build-time Markdown transforms for lessons (run inside mdsvex, in node). Plain JS so svelte.config.js can load it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { slugify } from './slug.js';

/** @typedef {{ type: string, value?: string, url?: string, depth?: number, children?: MdNode[], data?: Record<string, unknown> }} MdNode */

/** @param {MdNode} node @param {(n: MdNode, parent: MdNode | null, index: number) => void} fn @param {MdNode | null} [parent] */
function walk(node, fn, parent = null, index = 0) {
	fn(node, parent, index);
	node.children?.forEach((child, i) => walk(child, fn, node, i));
}

/** @param {MdNode} node @returns {string} */
function textOf(node) {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map(textOf).join('');
}

/** @param {string} s */
export function escapeHtml(s) {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[{}]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {{ filename?: string, path?: string }} file */
export function localeOfFile(file) {
	const name = String(file.filename ?? file.path ?? '');
	const m = /content[\\/]([^\\/]+)[\\/]/.exec(name);
	return m ? m[1] : 'en';
}

/**
 * Adds an id to every h2/h3 and records them as `toc` in the lesson's metadata (mdsvex exports data.fm).
 */
export function remarkToc() {
	/** @param {MdNode} tree @param {{ data: { fm?: Record<string, unknown> } }} file */
	return (tree, file) => {
		/** @type {{ depth: number, id: string, text: string }[]} */
		const toc = [];
		const seen = new Map();
		walk(tree, (node) => {
			if (node.type !== 'heading' || !node.depth || node.depth > 3) return;
			const text = textOf(node).trim();
			let id = slugify(text);
			const n = seen.get(id) ?? 0;
			seen.set(id, n + 1);
			if (n) id = `${id}-${n + 1}`;
			node.data = { ...node.data, hProperties: { id } };
			if (node.depth >= 2) toc.push({ depth: node.depth, id, text });
		});
		if (file.data.fm) file.data.fm.toc = toc;
	};
}

/** @type {Record<string, Record<string, { term: string, definition: string }>> | undefined} */
let glossaryCache;
export function loadGlossary() {
	glossaryCache ??= parse(readFileSync(new URL('../../../../content/glossary.yaml', import.meta.url), 'utf8'));
	return /** @type {Record<string, Record<string, { term: string, definition: string }>>} */ (glossaryCache);
}

/**
 * `[text](term:id)` → a glossary term whose definition shows on hover and keyboard focus (no JavaScript);
 * `[text](rfc:4787#section-4.1)` → a link to the RFC on rfc-editor.org.
 * An unknown glossary id fails the build, naming the file.
 */
export function remarkLessonLinks() {
	/** @param {MdNode} tree @param {{ filename?: string, path?: string }} file */
	return (tree, file) => {
		const locale = localeOfFile(file);
		let counter = 0;
		walk(tree, (node, parent, index) => {
			if (node.type !== 'link' || !node.url || !parent?.children) return;
			const rfc = /^rfc:(\d+)(#.*)?$/.exec(node.url);
			if (rfc) {
				node.url = `https://www.rfc-editor.org/rfc/rfc${rfc[1]}${rfc[2] ?? ''}`;
				return;
			}
			const term = /^term:([a-z0-9-]+)$/.exec(node.url);
			if (!term) return;
			const entry = loadGlossary()[term[1]]?.[locale];
			if (!entry) {
				throw new Error(
					`${file.filename ?? 'lesson'}: glossary term "${term[1]}" has no ${locale} entry in content/glossary.yaml`
				);
			}
			const id = `term-${term[1]}-${++counter}`;
			parent.children[index] = {
				type: 'html',
				value:
					`<span class="term" tabindex="0" aria-describedby="${id}">${escapeHtml(textOf(node))}` +
					`<span class="term-def" role="tooltip" id="${id}"><strong>${escapeHtml(entry.term)}</strong> ` +
					`${escapeHtml(entry.definition)}</span></span>`
			};
		});
	};
}
