import { describe, expect, it } from 'vitest';
import { remarkLessonLinks, remarkToc } from '../../src/lib/content/markdown/remark.js';
import { slugify } from '../../src/lib/content/markdown/slug.js';

type Node = {
	type: string;
	value?: string;
	url?: string;
	depth?: number;
	children?: Node[];
	data?: Record<string, unknown>;
};
const text = (value: string): Node => ({ type: 'text', value });

describe('remarkToc', () => {
	it('gives headings unique ids and records h2/h3 as the table of contents', () => {
		const tree: Node = {
			type: 'root',
			children: [
				{ type: 'heading', depth: 2, children: [text('Mapping behaviour')] },
				{ type: 'heading', depth: 3, children: [text('Endpoint-independent')] },
				{ type: 'heading', depth: 2, children: [text('Mapping behaviour')] },
				{ type: 'heading', depth: 2, children: [text('對應行為')] },
				{ type: 'heading', depth: 4, children: [text('deep')] }
			]
		};
		const file = { data: { fm: {} as Record<string, unknown> } };
		remarkToc()(tree as never, file);
		expect(file.data.fm.toc).toEqual([
			{ depth: 2, id: 'mapping-behaviour', text: 'Mapping behaviour' },
			{ depth: 3, id: 'endpoint-independent', text: 'Endpoint-independent' },
			{ depth: 2, id: 'mapping-behaviour-2', text: 'Mapping behaviour' },
			{ depth: 2, id: '對應行為', text: '對應行為' }
		]);
		expect(tree.children![0].data).toEqual({ hProperties: { id: 'mapping-behaviour' } });
	});
	it.each([
		{ args: 'Why NAT breaks P2P?', expected: 'why-nat-breaks-p2p' },
		{ args: '  RFC 4787 §4.1 ', expected: 'rfc-4787-4-1' },
		{ args: '***', expected: 'section' }
	])('slugify($args) = $expected', ({ args, expected }) => expect(slugify(args)).toBe(expected));
});

describe('remarkLessonLinks', () => {
	const run = (url: string, label: string, filename = '/x/content/en/02-nat.md') => {
		const para: Node = { type: 'paragraph', children: [{ type: 'link', url, children: [text(label)] }] };
		remarkLessonLinks()({ type: 'root', children: [para] } as never, { filename });
		return para.children![0];
	};
	it('links rfc: references to the RFC Editor', () => {
		expect(run('rfc:4787#section-4.1', 'RFC 4787').url).toBe(
			'https://www.rfc-editor.org/rfc/rfc4787#section-4.1'
		);
		expect(run('rfc:8445', 'RFC 8445').url).toBe('https://www.rfc-editor.org/rfc/rfc8445');
	});
	it('turns a term: link into an accessible glossary term in the file’s locale, escaping text', () => {
		const en = run('term:nat', 'NAT <b>');
		expect(en.type).toBe('html');
		expect(en.value).toMatch(
			/^<span class="term" tabindex="0" aria-describedby="term-nat-1">NAT &#60;b&#62;/
		);
		expect(en.value).toMatch(/role="tooltip" id="term-nat-1"/);
		const zh = run('term:nat', 'NAT', '/x/content/zh-TW/02-nat.md');
		expect(zh.value).toMatch(/[\u4e00-\u9fff]/);
	});
	it('fails the build on an unknown glossary term, naming the file', () => {
		expect(() => run('term:no-such-term', 'x')).toThrow(/02-nat\.md: glossary term "no-such-term"/);
	});
});
