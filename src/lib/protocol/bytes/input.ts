// The forgiving side of the packet lab: whatever people paste → bytes, or an InputError that points at the
// line and column of the first character that cannot be read.
//
// Formats, tried in this order (the first that fits wins):
// 1. hexdump — lines that start with an offset: Wireshark "Copy as Hex Dump" / `tshark -x`
//    (`0000  45 00 …   E.`), `tcpdump -xx` / `-X` (`\t0x0000:  4500 0030 …`), `xxd` (`00000000: 4500 …`),
//    `hexdump -C` (`00000000  45 00 … |E.|`, `*` for repeated lines). The offset and the ASCII column are
//    ignored; lines without an offset (tcpdump's summary line, "Frame (62 bytes):") are skipped; offsets
//    must follow on from the bytes before them, so a dropped or garbled line is reported, not guessed.
//    A line counts as a dump line when its offset ends in `:`, starts with `0x`, or is wider than the
//    groups after it (`0000  45 00` — a 4-digit offset before 2-digit bytes).
// 2. 0x-hex — `0x00, 0x01` (C arrays, `xxd -i`; one or more bytes a token) and `\x00` escapes in quoted
//    strings (Wireshark "Copy as Escaped String", Python `b'\x00\x01!\x12'`, where other characters inside
//    the quotes are their ASCII bytes). Anything outside `{…}` is ignored when braces are present.
// 3. hex / spaced-hex — only hex digits, with `#` comments allowed. Plain runs of digits (line breaks
//    allowed, as `xxd -p` wraps) are `hex`; digits separated by spaces, `:`, `-` or `,` are `spaced-hex`,
//    where every group must have an even number of digits.
// 4. base64 — standard (`+/`) or URL-safe (`-_`), padded or not, line breaks allowed but no spaces inside a
//    line.
// Ambiguity: text made only of hex digits (and separators) is hex, even if it is also valid base64:
// "deadbeef" is 4 bytes de ad be ef, not 6 bytes of base64; so is text that is whole 0x-hex ("0xaA" is the
// byte aa). Add `=` padding or use base64 that has a letter past `f` to be read as base64. Base64 that only
// looks like 0x-hex in places (a wrapped line starting "0x1…") is read as base64.
import { decodeFrame, type LinkType, type UdpFrame } from './frame';
import { DecodeError, type Decoded } from './span';

export type InputFormat = 'hex' | 'spaced-hex' | '0x-hex' | 'hexdump' | 'base64';

export interface ParsedInput {
	bytes: Uint8Array;
	format: InputFormat;
	/** The Ethernet/IP/UDP headers in front of the payload, when the bytes are a whole frame. */
	frame?: Decoded<UdpFrame>;
}

export interface ParseInputOptions {
	/** `auto` (default): strip a frame only if the bytes clearly are one; `none`: never; else: must be one. */
	linkType?: LinkType | 'auto' | 'none';
}

/** A problem in pasted text. `offset` (from DecodeError) is the character index; line and column count from 1. */
export class InputError extends DecodeError {
	override name = 'InputError';
	readonly line: number;
	readonly column: number;

	constructor(message: string, text: string, index: number, code = 'bad-input') {
		super(message, index, code);
		const before = text.slice(0, index);
		this.line = before.split('\n').length;
		this.column = index - (before.lastIndexOf('\n') + 1) + 1;
		this.message = `${message} (line ${this.line}, column ${this.column})`;
	}
}

/** hexdump -C's `*` can stand for any number of repeated lines; refuse to expand past this. */
const MAX_DUMP_BYTES = 16 * 1024 * 1024;

const isHex = (ch: string) => /^[0-9a-fA-F]$/.test(ch);
const HEX_TOKENS = /^[0-9a-fA-F]+(?:\s+[0-9a-fA-F]+)*$/;

/** Pasted text → bytes (and the frame around the payload, if any). Throws InputError, or DecodeError from decodeFrame. */
export function parseInput(text: string, options: ParseInputOptions = {}): ParsedInput {
	const parsed = parseText(text);
	const linkType = options.linkType ?? 'auto';
	if (linkType === 'none') return parsed;
	const frame = linkType === 'auto' ? decodeFrame(parsed.bytes) : decodeFrame(parsed.bytes, linkType);
	return frame ? { ...parsed, frame } : parsed;
}

function parseText(text: string): { bytes: Uint8Array; format: InputFormat } {
	if (!/\S/.test(text))
		throw new InputError('nothing to decode: paste hex, a hex dump or base64', text, 0, 'empty');
	const lines = splitLines(text);
	const hexdumpWords = lines.find((l) => /^\s*[0-9a-fA-F]{7}(?: [0-9a-fA-F]{4}){2,8}\s*$/.test(l.text));
	if (hexdumpWords && !lines.some((l) => dumpOffset(l.text)?.strong)) {
		throw new InputError(
			'this looks like `hexdump` or `od -x` output, which prints two-byte words in little-endian order; use `hexdump -C` or `xxd` instead',
			text,
			hexdumpWords.start,
			'unsupported-dump'
		);
	}
	if (looksLikeDump(lines)) return { bytes: parseDump(text, lines), format: 'hexdump' };
	// Plain hex with `#` comments first: annotated fixtures say things like `# seq 0x1234` in their comments.
	const uncommented = text.replace(/#[^\n]*/g, (m) => ' '.repeat(m.length));
	if (/^[0-9a-fA-F\s:,-]*$/.test(uncommented)) return parseHex(text, uncommented);
	const base64Shaped = /^[A-Za-z0-9+/_=-]+$/.test(text.trim().replace(/[ \t]*\r?\n[ \t]*/g, ''));
	if (/(?:^|[^0-9A-Za-z+/])0x[0-9a-fA-F]|\\x[0-9a-fA-F]/.test(text)) {
		try {
			return { bytes: parseEscaped(text), format: '0x-hex' };
		} catch (e) {
			// Wrapped base64 can have a line that starts with "0x": read it as base64 if it is that.
			if (!base64Shaped || !(e instanceof InputError)) throw e;
			try {
				return { bytes: parseBase64(text), format: 'base64' };
			} catch {
				throw e;
			}
		}
	}
	if (base64Shaped) return { bytes: parseBase64(text), format: 'base64' };
	const bad = uncommented.search(/[^0-9a-fA-F\s:,-]/);
	throw new InputError(
		`"${text[bad]}" is not a hex digit (and the text is not base64 either)`,
		text,
		bad,
		'bad-character'
	);
}

interface Line {
	text: string;
	/** Index of the line's first character in the whole text. */
	start: number;
}

function splitLines(text: string): Line[] {
	const out: Line[] = [];
	let start = 0;
	for (const raw of text.split('\n')) {
		out.push({ text: raw.replace(/\r$/, ''), start });
		start += raw.length + 1;
	}
	return out;
}

interface Offset {
	value: number;
	/** Index in the line where the bytes part starts. */
	end: number;
	/** Index in the line of the offset's first digit. */
	at: number;
	/** Marked as an offset by `0x` or `:`, so it cannot be a group of hex bytes. */
	strong: boolean;
	/** Width of the offset against the first group after it (a Wireshark/hexdump -C offset is wider). */
	wider: boolean;
}

function dumpOffset(line: string): Offset | undefined {
	const m = /^(\s*)(0x)?([0-9a-fA-F]{4,8})(:?)(?=\s|$)/.exec(line);
	if (!m) return undefined;
	const at = m[1].length + (m[2]?.length ?? 0);
	const end = m[0].length;
	const next = /^\s+([0-9a-fA-F]+)/.exec(line.slice(end));
	return {
		value: parseInt(m[3], 16),
		end,
		at,
		strong: !!m[2] || !!m[4],
		wider: !!next && /^\s{2,}/.test(line.slice(end)) && next[1].length < m[3].length
	};
}

function looksLikeDump(lines: Line[]): boolean {
	const data = lines.filter((l) => l.text.trim());
	const offsets = data.map((l) => dumpOffset(l.text));
	if (offsets.some((o) => o?.strong)) return true;
	// Unmarked offsets (Wireshark, hexdump -C): every line that has bytes must start with a wider offset.
	const withBytes = offsets.filter((o, i) => o && data[i].text.slice(o.end).trim());
	return withBytes.length > 0 && withBytes.every((o) => o!.wider);
}

/** How many characters of `rest` (the line after its offset) hold the hex bytes, before the ASCII column. */
function hexAreaLength(rest: string): number {
	const gaps = /\s{2,}/g;
	// Real dumps have at most three wide gaps before the ASCII column (after the offset, mid-line, before it).
	let tries = 0;
	for (let m = gaps.exec(rest); m && tries < 6; m = gaps.exec(rest), tries++) {
		const head = rest.slice(0, m.index).trim();
		if (!head) continue;
		if (!HEX_TOKENS.test(head)) break;
		const tail = rest.slice(m.index + m[0].length);
		if (tail.startsWith('|')) return m.index; // hexdump -C: |ascii|
		const n = head.replace(/\s+/g, '').length / 2;
		const t = tail.trimEnd();
		// The ASCII column has one character a byte (an editor may have trimmed trailing spaces).
		if (tail.length === n || (t.length > 0 && t.length <= n && !HEX_TOKENS.test(t))) return m.index;
	}
	return rest.length;
}

function parseDump(text: string, lines: Line[]): Uint8Array {
	const out: number[] = [];
	let base: number | undefined;
	let previous: number[] = [];
	let squeezed = false;
	for (const [i, line] of lines.entries()) {
		const trimmed = line.text.trim();
		if (!trimmed) continue;
		if (trimmed === '*') {
			squeezed = true;
			continue;
		}
		const off = dumpOffset(line.text);
		if (!off) continue; // a heading such as tcpdump's summary line
		base ??= off.value;
		const expected = base + out.length;
		if (
			squeezed &&
			off.value > expected &&
			previous.length &&
			(off.value - expected) % previous.length === 0
		) {
			// hexdump -C prints `*` for lines equal to the one before.
			if (off.value - base > MAX_DUMP_BYTES) {
				throw new InputError(
					`offset 0x${off.value.toString(16)} is past the ${MAX_DUMP_BYTES}-byte limit of a pasted dump`,
					text,
					line.start + off.at,
					'too-large'
				);
			}
			for (let k = (off.value - expected) / previous.length; k > 0; k--)
				for (const x of previous) out.push(x);
		} else if (off.value !== expected) {
			const hex = (v: number) => `0x${v.toString(16).padStart(4, '0')}`;
			const message =
				off.value < expected
					? `offset ${hex(off.value)} on line ${i + 1} goes back (the lines before hold ${hex(out.length)} bytes): paste one packet at a time`
					: `offset ${hex(off.value)} on line ${i + 1} does not follow on (the lines before hold ${hex(expected - base)} bytes): is a line missing?`;
			throw new InputError(message, text, line.start + off.at, 'bad-offset');
		}
		squeezed = false;
		const rest = line.text.slice(off.end);
		const area = rest.slice(0, hexAreaLength(rest));
		const bytes: number[] = [];
		const tokens = /\S+/g;
		for (let m = tokens.exec(area); m; m = tokens.exec(area)) {
			const at = line.start + off.end + m.index;
			const bad = m[0].search(/[^0-9a-fA-F]/);
			if (bad >= 0)
				throw new InputError(`"${m[0][bad]}" is not a hex digit`, text, at + bad, 'bad-character');
			if (m[0].length % 2) {
				throw new InputError(
					`odd number of hex digits: "${m[0]}" on line ${i + 1} has ${m[0].length}`,
					text,
					at,
					'odd-digits'
				);
			}
			for (let k = 0; k < m[0].length; k += 2) bytes.push(parseInt(m[0].slice(k, k + 2), 16));
		}
		for (const x of bytes) out.push(x);
		if (bytes.length) previous = bytes;
	}
	if (!out.length) throw new InputError('the hex dump holds no bytes', text, 0, 'empty');
	return new Uint8Array(out);
}

function parseHex(text: string, uncommented: string): { bytes: Uint8Array; format: InputFormat } {
	const spaced = /[0-9a-fA-F][ \t:,-]+[0-9a-fA-F]/.test(uncommented);
	const digits: string[] = [];
	if (!spaced) {
		let last = -1;
		for (let i = 0; i < uncommented.length; i++) {
			if (isHex(uncommented[i])) {
				digits.push(uncommented[i]);
				last = i;
			}
		}
		if (!digits.length) throw new InputError('nothing to decode: no hex digits', text, 0, 'empty');
		if (digits.length % 2) {
			const line = text.slice(0, last).split('\n').length;
			throw new InputError(
				`odd number of hex digits (${digits.length}): the last byte on line ${line} has one digit`,
				text,
				last,
				'odd-digits'
			);
		}
		return { bytes: pairs(digits.join('')), format: 'hex' };
	}
	const groups = /[0-9a-fA-F]+/g;
	for (let m = groups.exec(uncommented); m; m = groups.exec(uncommented)) {
		if (m[0].length % 2) {
			const line = text.slice(0, m.index).split('\n').length;
			const what =
				m[0].length === 1
					? `the byte "${m[0]}" on line ${line} has one digit`
					: `"${m[0]}" on line ${line} has ${m[0].length} digits`;
			throw new InputError(`odd number of hex digits: ${what}`, text, m.index, 'odd-digits');
		}
		digits.push(m[0]);
	}
	if (!digits.length) throw new InputError('nothing to decode: no hex digits', text, 0, 'empty');
	return { bytes: pairs(digits.join('')), format: 'spaced-hex' };
}

function pairs(digits: string): Uint8Array {
	const out = new Uint8Array(digits.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
	return out;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, '0': 0, '\\': 92, "'": 39, '"': 34 };

function parseEscaped(text: string): Uint8Array {
	let from = 0;
	let to = text.length;
	const open = text.indexOf('{');
	const close = text.lastIndexOf('}');
	if (open >= 0 && close > open) {
		from = open + 1;
		to = close;
	}
	const out: number[] = [];
	let i = from;
	while (i < to) {
		const ch = text[i];
		if (/[\s,;()[\]]/.test(ch)) {
			i++;
		} else if (ch === '\\' && /^\\[ \t]*\r?\n/.test(text.slice(i, i + 8))) {
			// A line continuation between strings, as in Wireshark's "Copy as Escaped String".
			i = text.indexOf('\n', i) + 1;
		} else if (ch === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
			let j = i + 2;
			while (j < to && isHex(text[j])) j++;
			const digits = text.slice(i + 2, j);
			if (!digits) throw new InputError('"0x" without hex digits after it', text, i, 'bad-character');
			if (digits.length > 1 && digits.length % 2) {
				throw new InputError(
					`odd number of hex digits: "0x${digits}" has ${digits.length}`,
					text,
					i,
					'odd-digits'
				);
			}
			for (const x of pairs(digits.length === 1 ? `0${digits}` : digits)) out.push(x);
			i = j;
		} else if (
			ch === '"' ||
			ch === "'" ||
			((ch === 'b' || ch === 'B') && (text[i + 1] === '"' || text[i + 1] === "'"))
		) {
			i = readQuoted(text, ch === 'b' || ch === 'B' ? i + 1 : i, to, out);
		} else if (ch === '\\' && text[i + 1] === 'x') {
			i = readEscape(text, i, out);
		} else {
			throw new InputError(
				`"${ch}" is not part of a 0x00 byte or a "\\x00" string`,
				text,
				i,
				'bad-character'
			);
		}
	}
	if (!out.length) throw new InputError('nothing to decode', text, from, 'empty');
	return new Uint8Array(out);
}

/** A quoted string starting at `q`: \xHH and the usual escapes, other ASCII characters as themselves. */
function readQuoted(text: string, q: number, to: number, out: number[]): number {
	const quote = text[q];
	let i = q + 1;
	while (i < to && text[i] !== quote) {
		if (text[i] === '\\') {
			i = readEscape(text, i, out);
			continue;
		}
		const code = text.charCodeAt(i);
		if (code > 0x7e || code < 0x20) {
			throw new InputError(
				`"${text[i]}" inside a quoted string is not a printable ASCII character`,
				text,
				i,
				'bad-character'
			);
		}
		out.push(code);
		i++;
	}
	if (text[i] !== quote)
		throw new InputError(`the string opened here is not closed with ${quote}`, text, q, 'unclosed-string');
	return i + 1;
}

function readEscape(text: string, i: number, out: number[]): number {
	const kind = text[i + 1];
	if (kind === 'x') {
		const digits = text.slice(i + 2, i + 4);
		if (!/^[0-9a-fA-F]{2}$/.test(digits))
			throw new InputError('"\\x" needs two hex digits after it', text, i, 'bad-character');
		out.push(parseInt(digits, 16));
		return i + 4;
	}
	if (kind !== undefined && kind in ESCAPES) {
		out.push(ESCAPES[kind]);
		return i + 2;
	}
	throw new InputError(`unknown escape "\\${kind ?? ''}"`, text, i, 'bad-character');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// RFC 4648 §4 (base64, `+/`) and §5 (base64url, `-_`); padding optional (§3.2).
function parseBase64(text: string): Uint8Array {
	const values: number[] = [];
	let alphabet: 'standard' | 'url' | undefined;
	let padAt = -1;
	let lastIndex = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (/\s/.test(ch)) continue;
		if (ch === '=') {
			if (padAt < 0) padAt = i;
			continue;
		}
		if (padAt >= 0)
			throw new InputError(`"${ch}" after the "=" padding at the end of base64`, text, i, 'bad-base64');
		let v = B64.indexOf(ch);
		if (v < 0) {
			const url = ch === '-' || ch === '_';
			if (alphabet && alphabet !== (url ? 'url' : 'standard')) {
				throw new InputError(
					`"${ch}" mixes URL-safe base64 (- _) with standard base64 (+ /)`,
					text,
					i,
					'bad-base64'
				);
			}
			alphabet = url ? 'url' : 'standard';
			v = ch === '+' || ch === '-' ? 62 : 63;
		}
		values.push(v);
		lastIndex = i;
	}
	const pads = padAt < 0 ? 0 : text.slice(padAt).replace(/\s/g, '').length;
	if (values.length % 4 === 1) {
		throw new InputError(
			`base64 of ${values.length} characters does not make whole bytes: one character is missing or extra`,
			text,
			lastIndex,
			'bad-base64'
		);
	}
	if (pads && (pads > 2 || (values.length + pads) % 4 !== 0)) {
		throw new InputError(
			`${pads} "=" do not pad ${values.length} base64 characters to a multiple of 4`,
			text,
			padAt,
			'bad-base64'
		);
	}
	const out = new Uint8Array(Math.floor((values.length * 6) / 8));
	let acc = 0;
	let bits = 0;
	let o = 0;
	for (const v of values) {
		acc = ((acc << 6) | v) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (acc >>> bits) & 0xff;
		}
	}
	return out;
}
