// The shape every decoder in src/lib/protocol returns: a value plus a tree of field spans, so no UI ever
// recomputes an offset (DESIGN.md "One truth per fact").

/** One field of a decoded message: where its bytes are, what they mean, and which note explains it. */
export interface FieldSpan {
	/** Stable dotted path, e.g. `stun.header.messageType`, `stun.attributes.3.value`; used for deep links. */
	path: string;
	/** Display name, spelled as the RFC/IANA spells it (`XOR-MAPPED-ADDRESS`, `Message Type`). */
	name: string;
	/** Byte offset from the start of the decoded input. */
	offset: number;
	/** Length in bytes (for a bit field: the bytes that contain it). */
	length: number;
	/** For bit fields: offset in bits from the start of the byte at `offset` (0 = most significant bit). */
	bitOffset?: number;
	/** For bit fields: length in bits. */
	bitLength?: number;
	/** The decoded value: number, bigint, string, boolean, Uint8Array or a small plain object. */
	value: unknown;
	/** Human rendering of the value, e.g. `192.0.2.1:32853` or `Binding Success Response`. */
	display?: string;
	/** Key into src/lib/notes: the explanation of this field (same key for every instance of the field). */
	noteId: string;
	children?: FieldSpan[];
}

/** A decoded message: its value and the spans of every field. */
export interface Decoded<T> {
	value: T;
	spans: FieldSpan[];
}

/** The only error a decoder throws: a typed, plain-language problem at a byte offset. */
export class DecodeError extends Error {
	override name = 'DecodeError';
	constructor(
		message: string,
		/** Byte offset in the input where the problem is. */
		readonly offset: number,
		/** Machine-readable code, e.g. `truncated`, `bad-magic-cookie`. */
		readonly code: string = 'malformed'
	) {
		super(`${message} (at byte ${offset})`);
	}
}

/** The same spans moved `delta` bytes later (for a payload decoded on its own inside a larger frame). */
export function shiftSpans(spans: FieldSpan[], delta: number, pathPrefix = ''): FieldSpan[] {
	return spans.map((s) => ({
		...s,
		path: pathPrefix + s.path,
		offset: s.offset + delta,
		children: s.children ? shiftSpans(s.children, delta, pathPrefix) : undefined
	}));
}
