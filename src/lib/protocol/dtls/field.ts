// Small helpers shared by the DTLS decoders: one FieldSpan constructor and the TLS vector shapes
// (RFC 8446 §3.4: a vector is prefixed by a length of 1, 2 or 3 bytes).
import { ByteReader } from '../bytes/reader';
import { DecodeError, type FieldSpan } from '../bytes/span';
import { toHex } from '../bytes/hex';
import { nameOf, type Registry } from './registries';

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
	if (children) s.children = children;
	return s;
}

export const hex16 = (v: number): string => `0x${v.toString(16).padStart(4, '0')}`;

/** Shortened hex for display of long opaque values. */
export function shortHex(b: Uint8Array, max = 16): string {
	return b.length <= max ? toHex(b, ' ') : `${toHex(b.subarray(0, max), ' ')} … (${b.length} bytes)`;
}

/** Reads a length prefix of `size` bytes. */
export function readLength(r: ByteReader, size: 1 | 2 | 3, what: string): number {
	return size === 1 ? r.u8(what) : size === 2 ? r.u16(what) : r.u24(what);
}

/** A reader over the next `n` bytes, which are consumed from `r`. Offsets stay absolute. */
export function subReader(r: ByteReader, n: number, what: string): ByteReader {
	r.need(n, what);
	const sub = new ByteReader(r.bytes, r.offset, r.offset + n);
	r.offset += n;
	return sub;
}

/** Throws unless `r` has been read to its end. */
export function expectEnd(r: ByteReader, what: string): void {
	if (r.remaining !== 0) {
		throw new DecodeError(`${r.remaining} unexpected byte(s) after ${what}`, r.offset, 'trailing-bytes');
	}
}

/** A length-prefixed opaque vector, as one span with `length` and `value` children. */
export function readOpaque(
	r: ByteReader,
	lengthSize: 1 | 2 | 3,
	path: string,
	name: string,
	noteId: string,
	display?: (b: Uint8Array) => string
): { bytes: Uint8Array; span: FieldSpan } {
	const start = r.offset;
	const n = readLength(r, lengthSize, `${name} length`);
	const bytes = r.take(n, name);
	const shown = display ? display(bytes) : n === 0 ? '(empty)' : shortHex(bytes);
	return {
		bytes,
		span: span(path, name, start, lengthSize + n, bytes, noteId, shown, [
			span(`${path}.length`, 'Length', start, lengthSize, n, `${noteId}`, String(n)),
			...(n > 0 ? [span(`${path}.value`, name, start + lengthSize, n, bytes, noteId, shown)] : [])
		])
	};
}

/** A length-prefixed list of fixed-size numbers (each named from a registry when given). */
export function readNumberList(
	r: ByteReader,
	lengthSize: 1 | 2,
	itemSize: 1 | 2,
	path: string,
	name: string,
	itemName: string,
	noteId: string,
	registry?: Registry
): { values: number[]; span: FieldSpan } {
	const start = r.offset;
	const n = readLength(r, lengthSize, `${name} length`);
	if (n % itemSize !== 0) {
		throw new DecodeError(`${name} length ${n} is not a multiple of ${itemSize}`, start, 'bad-length');
	}
	const sub = subReader(r, n, name);
	const values: number[] = [];
	const children: FieldSpan[] = [span(`${path}.length`, 'Length', start, lengthSize, n, noteId, String(n))];
	while (sub.remaining > 0) {
		const at = sub.offset;
		const v = itemSize === 1 ? sub.u8(itemName) : sub.u16(itemName);
		const shown = registry ? `${nameOf(registry, v)}` : String(v);
		children.push(span(`${path}.${values.length}`, itemName, at, itemSize, v, noteId, shown));
		values.push(v);
	}
	const shown = registry ? values.map((v) => nameOf(registry, v)).join(', ') : values.join(', ');
	return { values, span: span(path, name, start, lengthSize + n, values, noteId, shown, children) };
}
