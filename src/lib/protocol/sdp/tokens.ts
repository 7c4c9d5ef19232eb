// Splitting SDP text into tokens that remember where they came from. RFC 8866 §9 separates fields with a single
// SP; real SDPs sometimes carry tabs or doubled spaces, so any run of SP/HTAB separates here (the parser
// reports the stray whitespace as a problem instead of failing).
import type { SdpField, SdpLine } from './types';

/** A piece of the input: absolute [start, end) and its text. */
export interface Tok {
	start: number;
	end: number;
	value: string;
}

function isWs(c: number): boolean {
	return c === 0x20 || c === 0x09;
}

/** The whitespace-separated tokens of `s`, whose first character is at absolute offset `base`. */
export function splitWs(s: string, base: number, limit = Infinity): Tok[] {
	const out: Tok[] = [];
	let i = 0;
	const n = s.length;
	while (i < n) {
		while (i < n && isWs(s.charCodeAt(i))) i++;
		if (i >= n) break;
		const from = i;
		if (out.length === limit - 1) {
			// The last token takes the rest of the text (trailing whitespace trimmed), e.g. a session name.
			let to = n;
			while (to > from && isWs(s.charCodeAt(to - 1))) to--;
			out.push({ start: base + from, end: base + to, value: s.slice(from, to) });
			break;
		}
		while (i < n && !isWs(s.charCodeAt(i))) i++;
		out.push({ start: base + from, end: base + i, value: s.slice(from, i) });
	}
	return out;
}

/** Splits one token at every `sep`, keeping empty parts (so `a//b` shows its empty middle part). */
export function splitChar(t: Tok, sep: string): Tok[] {
	const out: Tok[] = [];
	let from = 0;
	const s = t.value;
	for (;;) {
		const at = s.indexOf(sep, from);
		const to = at < 0 ? s.length : at;
		out.push({ start: t.start + from, end: t.start + to, value: s.slice(from, to) });
		if (at < 0) break;
		from = at + sep.length;
	}
	return out;
}

/** Splits at the first `sep` only: [before, after] or [whole] when `sep` is absent. */
export function splitOnce(t: Tok, sep: string): [Tok] | [Tok, Tok] {
	const at = t.value.indexOf(sep);
	if (at < 0) return [t];
	return [
		{ start: t.start, end: t.start + at, value: t.value.slice(0, at) },
		{ start: t.start + at + sep.length, end: t.end, value: t.value.slice(at + sep.length) }
	];
}

/** The token with surrounding whitespace removed. */
export function trimTok(t: Tok): Tok {
	let a = 0;
	let b = t.value.length;
	while (a < b && isWs(t.value.charCodeAt(a))) a++;
	while (b > a && isWs(t.value.charCodeAt(b - 1))) b--;
	return { start: t.start + a, end: t.start + b, value: t.value.slice(a, b) };
}

export function field(name: string, t: Tok, noteId?: string): SdpField {
	return noteId === undefined
		? { name, start: t.start, end: t.end, value: t.value }
		: { name, start: t.start, end: t.end, value: t.value, noteId };
}

/** A non-negative decimal integer without sign or exponent, or undefined. */
export function toInt(s: string | undefined): number | undefined {
	if (s === undefined || s.length === 0 || s.length > 15) return undefined;
	// A digit loop rather than /^\d+$/: this runs for most fields of most lines.
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x30 || c > 0x39) return undefined;
	}
	return Number(s);
}

/** The words of `s` separated by runs of SP/HTAB, empty ones left out (what `s.split(/[ \t]+/)` keeps). */
export function words(s: string): string[] {
	const out: string[] = [];
	const n = s.length;
	let i = 0;
	while (i < n) {
		while (i < n && isWs(s.charCodeAt(i))) i++;
		if (i >= n) break;
		const from = i;
		while (i < n && !isWs(s.charCodeAt(i))) i++;
		out.push(s.slice(from, i));
	}
	return out;
}

/** Index of the first SP or HTAB in `s` at or after `from`, or -1 (what `s.search(/[ \t]/)` finds). */
export function indexOfWs(s: string, from = 0): number {
	for (let i = from; i < s.length; i++) if (isWs(s.charCodeAt(i))) return i;
	return -1;
}

/** The value of the line's first field named `name`, if any. */
export function fieldValue(line: SdpLine, name: string): string | undefined {
	for (const f of line.fields) if (f.name === name) return f.value;
	return undefined;
}
