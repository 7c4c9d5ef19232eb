// Value shapes many attributes share: UTF-8 text, opaque bytes, 32/64-bit integers, empty flags.
import { ByteReader } from '../../bytes/reader';
import { DecodeError } from '../../bytes/span';
import { ByteWriter } from '../../bytes/writer';
import { hexDisplay, readUtf8, utf8Bytes } from '../spans';
import type { AttributeCodec } from './codec';

/** UTF-8 text of at most `maxBytes` bytes (RFC 8489 limits most text attributes, e.g. USERNAME < 513 bytes). */
export function textCodec(
	type: number,
	name: string,
	noteId: string,
	maxBytes: number
): AttributeCodec<string> {
	return {
		type,
		name,
		noteId,
		decode(r: ByteReader) {
			const start = r.offset;
			const bytes = r.take(r.remaining, name);
			if (bytes.length > maxBytes) {
				throw new DecodeError(
					`${name} is ${bytes.length} bytes; RFC limits it to ${maxBytes}`,
					start,
					'too-long'
				);
			}
			const value = readUtf8(bytes, start, name);
			return { value, display: JSON.stringify(value) };
		},
		encode: (value) => utf8Bytes(value)
	};
}

/** Opaque bytes; `lengths` lists the allowed lengths (empty: any). */
export function bytesCodec(
	type: number,
	name: string,
	noteId: string,
	lengths: number[] = []
): AttributeCodec<Uint8Array> {
	return {
		type,
		name,
		noteId,
		decode(r: ByteReader) {
			const start = r.offset;
			if (lengths.length > 0 && !lengths.includes(r.remaining)) {
				throw new DecodeError(
					`${name} must be ${lengths.join(' or ')} bytes, not ${r.remaining}`,
					start,
					'bad-length'
				);
			}
			const value = r.take(r.remaining, name).slice();
			return { value, display: hexDisplay(value) };
		},
		encode: (value) => value.slice()
	};
}

export function u32Codec(
	type: number,
	name: string,
	noteId: string,
	show: (v: number) => string = String
): AttributeCodec<number> {
	return {
		type,
		name,
		noteId,
		decode(r: ByteReader) {
			exactly(r, 4, name);
			const value = r.u32(name);
			return { value, display: show(value) };
		},
		encode: (value) => new ByteWriter(4).u32(value).finish()
	};
}

export function u64Codec(type: number, name: string, noteId: string): AttributeCodec<bigint> {
	return {
		type,
		name,
		noteId,
		decode(r: ByteReader) {
			exactly(r, 8, name);
			const value = r.u64(name);
			return { value, display: '0x' + value.toString(16).padStart(16, '0') };
		},
		encode: (value) => new ByteWriter(8).u64(BigInt.asUintN(64, value)).finish()
	};
}

/** An attribute whose presence is the whole message (USE-CANDIDATE, DONT-FRAGMENT): value `true`, no bytes. */
export function flagCodec(type: number, name: string, noteId: string): AttributeCodec<true> {
	return {
		type,
		name,
		noteId,
		decode(r: ByteReader) {
			exactly(r, 0, name);
			return { value: true, display: '(present, no value)' };
		},
		encode: () => new Uint8Array(0)
	};
}

export function exactly(r: ByteReader, n: number, name: string): void {
	if (r.remaining !== n) {
		throw new DecodeError(`${name} value must be ${n} bytes, not ${r.remaining}`, r.offset, 'bad-length');
	}
}
