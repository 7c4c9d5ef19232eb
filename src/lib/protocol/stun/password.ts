// Preparing passwords (and realms) before they become key material. Two profiles, because two RFC generations:
//  - OpaqueString (RFC 8265 §4.2), which RFC 8489 §9.2.2 / §9.1.1 requires;
//  - SASLprep (RFC 4013, a stringprep profile, RFC 3454), which RFC 5389 §15.4 required and the RFC 5769
//    long-term test vector was made with.
// Both are implemented from their RFCs on top of String.prototype.normalize and Unicode property escapes; the
// Unicode version is the JavaScript engine's, not stringprep's 3.2, and the bidi check is approximated by
// script ranges, so rare inputs may differ from a full PRECIS/stringprep library.

export type PasswordPrep = 'opaque-string' | 'saslprep' | 'none';

export class StringPrepError extends Error {
	override name = 'StringPrepError';
	constructor(
		message: string,
		readonly profile: PasswordPrep,
		/** Index (in code points) of the offending character, when there is one. */
		readonly index?: number
	) {
		super(message);
	}
}

const u = (cp: number) => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');

// Non-ASCII space: OpaqueString maps every Zs except U+0020; SASLprep maps RFC 3454 table C.1.2.
const NON_ASCII_SPACE_ZS = /(?!\u0020)\p{Zs}/gu;
const C_1_2 = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]/gu;
// RFC 3454 table B.1 "commonly mapped to nothing" (code point ranges: a regex class would hold combining marks).
const B_1: [number, number][] = [
	[0x00ad, 0x00ad],
	[0x034f, 0x034f],
	[0x1806, 0x1806],
	[0x180b, 0x180d],
	[0x200b, 0x200d],
	[0x2060, 0x2060],
	[0xfe00, 0xfe0f],
	[0xfeff, 0xfeff]
];
const inRanges = (cp: number, ranges: [number, number][]) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** RFC 8265 §4.2 OpaqueString: non-ASCII spaces → U+0020, NFC, then the FreeformClass rules. */
export function opaqueString(input: string): string {
	const out = input.replace(NON_ASCII_SPACE_ZS, ' ').normalize('NFC');
	if (out.length === 0)
		throw new StringPrepError('OpaqueString: an empty string is not allowed', 'opaque-string');
	// RFC 8264 §9.11–§9.14 and §8: FreeformClass disallows controls, default-ignorable code points, unassigned
	// code points, surrogates and private use.
	const bad = /[\p{Cc}\p{Cn}\p{Cs}\p{Co}\p{Default_Ignorable_Code_Point}]/u;
	const chars = Array.from(out);
	const i = chars.findIndex((c) => bad.test(c));
	if (i >= 0) {
		throw new StringPrepError(
			`OpaqueString: ${u(chars[i].codePointAt(0) ?? 0)} is not allowed (control, ignorable or unassigned code point)`,
			'opaque-string',
			i
		);
	}
	return out;
}

// RFC 3454 tables C.2.1–C.9, the characters SASLprep prohibits (RFC 4013 §2.3).
const PROHIBITED: [number, number][] = [
	[0x0000, 0x001f],
	[0x007f, 0x009f],
	[0x0340, 0x0341],
	[0x06dd, 0x06dd],
	[0x070f, 0x070f],
	[0x180e, 0x180e],
	[0x200c, 0x200f],
	[0x2028, 0x202e],
	[0x2060, 0x2063],
	[0x206a, 0x206f],
	[0x2ff0, 0x2ffb],
	[0xd800, 0xdfff],
	[0xe000, 0xf8ff],
	[0xfdd0, 0xfdef],
	[0xfeff, 0xfeff],
	[0xfff9, 0xffff],
	[0x1d173, 0x1d17a],
	[0xe0001, 0xe0001],
	[0xe0020, 0xe007f],
	[0xf0000, 0x10ffff]
];
// Non-characters U+nFFFE/U+nFFFF in every plane (C.4).
const isNonCharacter = (cp: number) => (cp & 0xfffe) === 0xfffe;
// RandALCat (bidi R or AL) approximated by the right-to-left script blocks.
const RAND_AL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** RFC 4013 SASLprep: map (C.1.2 → space, B.1 → nothing), NFKC, prohibit (C.1.2–C.9), bidi (RFC 3454 §6). */
export function saslprep(input: string): string {
	const mapped = Array.from(input)
		.filter((c) => !inRanges(c.codePointAt(0) ?? 0, B_1))
		.join('');
	const out = mapped.replace(C_1_2, ' ').normalize('NFKC');
	const chars = Array.from(out);
	chars.forEach((c, i) => {
		const cp = c.codePointAt(0) ?? 0;
		if (isNonCharacter(cp) || inRanges(cp, PROHIBITED)) {
			throw new StringPrepError(`SASLprep: ${u(cp)} is prohibited (RFC 3454 tables C.2–C.9)`, 'saslprep', i);
		}
	});
	const randAl = chars.map((c) => /\p{L}/u.test(c) && RAND_AL.test(c));
	if (randAl.some(Boolean)) {
		const hasL = chars.some((c, i) => /\p{L}/u.test(c) && !randAl[i]);
		if (hasL || !randAl[0] || !randAl[chars.length - 1]) {
			throw new StringPrepError(
				'SASLprep: right-to-left text must not mix with left-to-right letters and must start and end with a right-to-left character',
				'saslprep'
			);
		}
	}
	return out;
}

export function preparePassword(input: string, prep: PasswordPrep = 'opaque-string'): string {
	if (prep === 'opaque-string') return opaqueString(input);
	if (prep === 'saslprep') return saslprep(input);
	return input;
}
