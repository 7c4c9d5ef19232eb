import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locale';
import {
	STACK_LAYERS,
	STACK_PATHS,
	STACK_TEXT,
	rovingIndex,
	stepOnPath,
	type LayerId,
	type PathId
} from './stack-layers';

const HAN = /[\u4e00-\u9fff]/;

describe('rovingIndex', () => {
	const cases: { args: [string, number, number]; expected: number | undefined }[] = [
		{ args: ['ArrowDown', 0, 8], expected: 1 },
		{ args: ['ArrowDown', 7, 8], expected: 0 },
		{ args: ['ArrowUp', 3, 8], expected: 2 },
		{ args: ['ArrowUp', 0, 8], expected: 7 },
		{ args: ['Home', 5, 8], expected: 0 },
		{ args: ['End', 2, 8], expected: 7 },
		{ args: ['ArrowLeft', 2, 8], expected: undefined },
		{ args: ['Enter', 2, 8], expected: undefined },
		{ args: ['ArrowDown', 0, 0], expected: undefined }
	];
	it.each(cases)('rovingIndex($args) = $expected', ({ args, expected }) => {
		expect(rovingIndex(...args)).toBe(expected);
	});
});

describe('stepOnPath', () => {
	const cases: { args: [PathId, LayerId]; expected: number | undefined }[] = [
		{ args: ['media', 'udp'], expected: 1 },
		{ args: ['media', 'srtp'], expected: 4 },
		{ args: ['media', 'sctp'], expected: undefined },
		{ args: ['data', 'sctp'], expected: 4 },
		{ args: ['data', 'rtp'], expected: undefined },
		{ args: ['data', 'signaling'], expected: undefined }
	];
	it.each(cases)('stepOnPath($args) = $expected', ({ args, expected }) => {
		expect(stepOnPath(...args)).toBe(expected);
	});
});

describe('stack layer data', () => {
	it('has at least the layers the lesson talks about, each once', () => {
		const ids = STACK_LAYERS.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(
			expect.arrayContaining(['application', 'signaling', 'rtp', 'sctp', 'srtp', 'dtls', 'ice', 'udp'])
		);
	});

	it('walks both paths from the wire up through UDP, ICE and DTLS', () => {
		const ids = new Set(STACK_LAYERS.map((l) => l.id));
		for (const path of Object.values(STACK_PATHS)) {
			expect(path.slice(0, 3)).toEqual(['udp', 'ice', 'dtls']);
			for (const id of path) expect(ids.has(id)).toBe(true);
		}
		expect(STACK_PATHS.media).toContain('srtp');
		expect(STACK_PATHS.data).toContain('sctp');
	});

	it.each(STACK_LAYERS.map((l) => ({ id: l.id, layer: l })))(
		'$id is written in both locales and cites an RFC',
		({ layer }) => {
			for (const locale of LOCALES) {
				for (const field of [layer.name, layer.does, layer.carries])
					expect(field[locale]?.trim()).toBeTruthy();
			}
			expect(layer.does['zh-TW']).not.toBe(layer.does.en);
			expect(layer.does['zh-TW']).toMatch(HAN);
			expect(layer.carries['zh-TW']).toMatch(HAN);
			expect(layer.refs.length).toBeGreaterThan(0);
			for (const ref of layer.refs) {
				expect(Number.isInteger(ref.rfc) && ref.rfc > 0).toBe(true);
				expect(ref.title.trim()).toBeTruthy();
			}
		}
	);

	it('has every UI string in both locales, the zh-TW ones in Chinese', () => {
		const en = STACK_TEXT.en;
		const zh = STACK_TEXT['zh-TW'];
		for (const key of [
			'caption',
			'layers',
			'paths',
			'pathHint',
			'does',
			'carries',
			'specs',
			'outOfBand'
		] as const) {
			expect(zh[key]).toMatch(HAN);
			expect(zh[key]).not.toBe(en[key]);
		}
		for (const p of ['media', 'data'] as const) {
			expect(zh.pathName[p]).toMatch(HAN);
			expect(zh.pathNote[p]).toMatch(HAN);
			expect(zh.step(p, 2, 5)).toMatch(HAN);
		}
	});
});
