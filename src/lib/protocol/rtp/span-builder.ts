// Small constructors for FieldSpan trees, shared by the RTP and RTCP decoders so every span has the same shape.
import type { FieldSpan } from '../bytes/span';

/** A whole-byte field. */
export function field(
	path: string,
	name: string,
	offset: number,
	length: number,
	value: unknown,
	noteId: string,
	display?: string,
	children?: FieldSpan[]
): FieldSpan {
	const span: FieldSpan = { path, name, offset, length, value, noteId };
	if (display !== undefined) span.display = display;
	if (children && children.length > 0) span.children = children;
	return span;
}

/** A bit field inside the byte(s) starting at `offset` (bit 0 = most significant bit of that byte). */
export function bits(
	path: string,
	name: string,
	offset: number,
	length: number,
	bitOffset: number,
	bitLength: number,
	value: unknown,
	noteId: string,
	display?: string
): FieldSpan {
	const span: FieldSpan = { path, name, offset, length, bitOffset, bitLength, value, noteId };
	if (display !== undefined) span.display = display;
	return span;
}

/** `0x1234abcd`, the way SSRCs and other identifiers are usually written. */
export function hex32(v: number): string {
	return '0x' + (v >>> 0).toString(16).padStart(8, '0');
}

/** Latin-1-safe, never-throwing text decoding for protocol strings (SDES items, MID/RID, BYE reasons). */
const utf8 = new TextDecoder('utf-8', { fatal: false });
export function text(bytes: Uint8Array): string {
	return utf8.decode(bytes);
}

const encoder = new TextEncoder();
export function utf8Bytes(s: string): Uint8Array {
	return encoder.encode(s);
}
