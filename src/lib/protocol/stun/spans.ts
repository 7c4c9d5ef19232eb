// Small helpers for building FieldSpans and reading UTF-8 without ever throwing anything but DecodeError.
import { DecodeError, type FieldSpan } from '../bytes/span';
import { toHex } from '../bytes/hex';

export function span(
	path: string,
	name: string,
	offset: number,
	length: number,
	value: unknown,
	noteId: string,
	display?: string,
	children?: FieldSpan[]
): FieldSpan {
	const s: FieldSpan = { path, name, offset, length, value, noteId };
	if (display !== undefined) s.display = display;
	if (children && children.length > 0) s.children = children;
	return s;
}

/** A span for `bitLength` bits starting `bitOffset` bits into the byte at `offset`. */
export function bitSpan(
	path: string,
	name: string,
	offset: number,
	bitOffset: number,
	bitLength: number,
	value: number,
	noteId: string,
	display?: string
): FieldSpan {
	const s = span(path, name, offset, Math.ceil((bitOffset + bitLength) / 8), value, noteId, display);
	s.bitOffset = bitOffset;
	s.bitLength = bitLength;
	return s;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** Strict UTF-8 (RFC 3629): invalid sequences are a DecodeError, so a decoded string always re-encodes to the same bytes. */
export function readUtf8(bytes: Uint8Array, offset: number, what: string): string {
	try {
		return utf8.decode(bytes);
	} catch {
		throw new DecodeError(`${what} is not valid UTF-8`, offset, 'bad-utf8');
	}
}

export function utf8Bytes(s: string): Uint8Array {
	return utf8Encoder.encode(s);
}

export function hexDisplay(bytes: Uint8Array): string {
	return bytes.length === 0 ? '(empty)' : toHex(bytes, ' ');
}

export function hex16(n: number): string {
	return '0x' + n.toString(16).padStart(4, '0');
}

export function hex32(n: number): string {
	return '0x' + (n >>> 0).toString(16).padStart(8, '0');
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
