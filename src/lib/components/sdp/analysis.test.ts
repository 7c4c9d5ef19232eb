import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, handleRequest, transferables, unpack, type WorkerResponse } from './analysis';

const dir = new URL('../../../../test/fixtures/sdp/public/', import.meta.url);
const fixtures = readdirSync(dir)
	.filter((f) => f.endsWith('.sdp'))
	.map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const);

describe('packed analysis (the worker path)', () => {
	test.each(fixtures)('%s: every line re-parsed on demand equals the full parse', (_, text) => {
		const full = analyze(text, 'offer');
		const res = handleRequest({ id: 1, type: 'analyze', sdp: text, role: 'offer' });
		if (res.type !== 'analyze') throw new Error('wrong response');
		expect(transferables(res)).toHaveLength(3);
		const lite = unpack(text, structuredClone(res.packed));
		expect(lite.lineCount).toBe(full.lineCount);
		for (let i = 0; i < full.lineCount; i++) expect(lite.line(i), `line ${i + 1}`).toEqual(full.line(i));
		expect(lite.findings).toEqual(full.findings);
		expect(lite.groups).toEqual(full.groups);
		expect(lite.doc.media.map((m) => m.codecs)).toEqual(full.doc.media.map((m) => m.codecs));
	});

	test('compare requests', () => {
		const [, offer] = fixtures.find(([f]) => f.includes('chrome-video-offer'))!;
		const res: WorkerResponse = handleRequest({ id: 7, type: 'compare', offer, answer: offer });
		expect(res.id).toBe(7);
		expect(res.type === 'compare' && res.result.sections.length).toBe(1);
		expect(transferables(res)).toEqual([]);
	});
});
