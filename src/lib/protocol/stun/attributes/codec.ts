// The shape of one entry of the attribute registry (RFC 8489 §18.3): how to read and write one attribute's value.
import type { ByteReader } from '../../bytes/reader';
import type { FieldSpan } from '../../bytes/span';

export interface AttributeContext {
	/** 96-bit transaction id of the message (XOR-*-ADDRESS attributes need it for IPv6). */
	transactionId: Uint8Array;
	/** Dotted path of the value span, e.g. `stun.attributes.3.value`; field spans extend it. */
	path: string;
}

export interface DecodedValue<V> {
	value: V;
	/** Human rendering of the whole value, e.g. `192.0.2.1:32853`. */
	display: string;
	/** Spans of the value's own fields (absolute offsets), when it has more than one. */
	fields?: FieldSpan[];
}

export interface AttributeCodec<V> {
	/** IANA attribute type, e.g. 0x0020. */
	type: number;
	/** IANA name, e.g. `XOR-MAPPED-ADDRESS`. */
	name: string;
	/** Note explaining the attribute. */
	noteId: string;
	/** Reads the value; `r` covers exactly the value bytes, and all of them must be consumed. Throws DecodeError. */
	decode(r: ByteReader, ctx: AttributeContext): DecodedValue<V>;
	/** Writes the value (without type, length or padding). Throws RangeError on a value it cannot write. */
	encode(value: V, ctx: { transactionId: Uint8Array }): Uint8Array;
}

/** Erases the value type so codecs of different attributes fit in one table. */
export function defineAttribute<V>(codec: AttributeCodec<V>): AttributeCodec<unknown> {
	return codec as unknown as AttributeCodec<unknown>;
}
