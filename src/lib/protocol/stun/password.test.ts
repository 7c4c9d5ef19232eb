// OpaqueString (RFC 8265 §4.2) and SASLprep (RFC 4013) on the cases their RFCs and RFC 5769 give.
import { describe, expect, it } from 'vitest';
import { opaqueString, saslprep, StringPrepError } from '.';

describe('SASLprep (RFC 4013 §3 examples and RFC 5769 §2.4)', () => {
	it.each([
		{ args: 'I\u00adX', expected: 'IX' }, // SOFT HYPHEN mapped to nothing
		{ args: 'user', expected: 'user' },
		{ args: 'USER', expected: 'USER' }, // case preserved
		{ args: '\u00aa', expected: 'a' }, // NFKC
		{ args: '\u2168', expected: 'IX' }, // NFKC
		{ args: 'a\u00a0b', expected: 'a b' }, // non-ASCII space → space
		{ args: 'The\u00adM\u00aatr\u2168', expected: 'TheMatrIX' }
	])('$args → $expected', ({ args, expected }) => {
		expect(saslprep(args)).toBe(expected);
	});
	it.each([
		{ args: '\u0007', expected: /U\+0007 is prohibited/ }, // C.2.1
		{ args: '\u0627\u0031', expected: /right-to-left/ }, // RandALCat not at the end
		{ args: 'a\ue000', expected: /U\+E000 is prohibited/ } // private use
	])('rejects $args', ({ args, expected }) => {
		expect(() => saslprep(args)).toThrow(expected);
		expect(() => saslprep(args)).toThrow(StringPrepError);
	});
	it('accepts an all right-to-left string', () => {
		expect(saslprep('\u0627\u0628')).toBe('\u0627\u0628');
	});
});

describe('OpaqueString (RFC 8265 §4.2)', () => {
	it.each([
		{ args: 'VOkJxbRl1RmTxUk/WvJxBt', expected: 'VOkJxbRl1RmTxUk/WvJxBt' },
		{ args: 'a\u3000b', expected: 'a b' }, // IDEOGRAPHIC SPACE → space
		{ args: 'e\u0301', expected: '\u00e9' }, // NFC
		{ args: '\u2168', expected: '\u2168' } // no NFKC: Ⅸ stays
	])('$args → $expected', ({ args, expected }) => {
		expect(opaqueString(args)).toBe(expected);
	});
	it.each([
		{ args: '', expected: /empty/ },
		{ args: 'a\u0000', expected: /U\+0000/ },
		{ args: 'The\u00adMatrix', expected: /U\+00AD/ }
	])('rejects $args', ({ args, expected }) => {
		expect(() => opaqueString(args)).toThrow(expected);
	});
});
