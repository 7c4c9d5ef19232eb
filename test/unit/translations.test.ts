// Every zh-TW UI string, lesson and glossary entry exists, is not empty and is not the English text.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const messages = (locale: string) => {
	const { $schema: _schema, ...rest } = JSON.parse(read(`messages/${locale}.json`)) as Record<string, string>;
	return rest;
};
const body = (source: string) => source.replace(/^---[\s\S]*?\n---\n/, '').trim();

describe('UI strings', () => {
	const en = messages('en');
	const zh = messages('zh-TW');
	it('have the same keys in both locales', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});
	it.each(Object.keys(en))('%s is translated', (key) => {
		expect(zh[key]?.trim(), key).toBeTruthy();
		expect(zh[key], key).not.toBe(en[key]);
	});
});

describe('lessons', () => {
	const list = (locale: string) => readdirSync(new URL(`../../content/${locale}/`, import.meta.url)).sort();
	it('exist in both locales with the same file names', () => {
		expect(list('zh-TW')).toEqual(list('en'));
		expect(list('en').length).toBeGreaterThanOrEqual(2);
	});
	it.each(list('en'))('%s is written in Traditional Chinese, not copied', (file) => {
		const en = read(`content/en/${file}`);
		const zh = read(`content/zh-TW/${file}`);
		expect(body(zh).length).toBeGreaterThan(500);
		expect(body(zh)).not.toBe(body(en));
		const han = (body(zh).match(/[\u4e00-\u9fff]/g) ?? []).length;
		expect(han, file).toBeGreaterThan(300);
		const title = (s: string) => /\ntitle:\s*(.+)\n/.exec(s)?.[1];
		expect(title(zh)).toBeTruthy();
		expect(title(zh)).not.toBe(title(en));
	});
});

describe('glossary', () => {
	const glossary = parse(read('content/glossary.yaml')) as Record<
		string,
		Record<string, { term: string; definition: string }>
	>;
	it.each(Object.keys(glossary))('%s has both locales', (id) => {
		const { en, 'zh-TW': zh } = glossary[id];
		expect(en?.term && en.definition, id).toBeTruthy();
		expect(zh?.term && zh.definition, id).toBeTruthy();
		expect(zh.definition).not.toBe(en.definition);
	});
});
