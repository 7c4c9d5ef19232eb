import { describe, expect, it } from 'vitest';
import { validateCorpus, validateLesson, LessonError } from '../../src/lib/content/schema.js';

const good = `---\ntitle: NAT\nsummary: Why NAT breaks P2P.\ntopic: nat-traversal\nrfcs:\n  - { number: 4787, title: NAT Behavioral Requirements for Unicast UDP, section: '4.1' }\n---\n# NAT\n`;

describe('lesson frontmatter', () => {
	it('accepts a valid lesson', () => {
		const l = validateLesson('content/en/02-nat.md', good);
		expect(l).toMatchObject({
			locale: 'en',
			order: 2,
			slug: 'nat',
			meta: { title: 'NAT', topic: 'nat-traversal' }
		});
	});
	it.each([
		['title', good.replace('title: NAT\n', '')],
		['summary', good.replace('summary: Why NAT breaks P2P.\n', 'summary: ""\n')],
		['topic', good.replace('topic: nat-traversal', 'topic: cooking')],
		['rfcs[0].number', good.replace('number: 4787', 'number: four')],
		['rfcs[0].section', good.replace("section: '4.1'", 'section: "§4"')],
		['colour', good.replace('topic:', 'colour: red\ntopic:')]
	])('names the broken field %s and the file', (field, source) => {
		expect(() => validateLesson('content/en/02-nat.md', source)).toThrowError(
			new RegExp(`content/en/02-nat\\.md: frontmatter field "${field.replace(/[[\]]/g, '\\$&')}"`)
		);
	});
	it('rejects a bad file name', () => {
		expect(() => validateLesson('content/en/nat.md', good)).toThrow(LessonError);
	});
	it('fails when a lesson is missing in one locale', () => {
		expect(() => validateCorpus([{ file: 'content/en/02-nat.md', source: good }])).toThrowError(
			/has no zh-TW version: add content\/zh-TW\/02-nat\.md/
		);
	});
	it('accepts a complete pair', () => {
		const files = ['en', 'zh-TW'].map((l) => ({ file: `content/${l}/02-nat.md`, source: good }));
		expect(validateCorpus(files)).toHaveLength(2);
	});
});
