// RFC 8489 §14.13 UNKNOWN-ATTRIBUTES
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |      Attribute 1 Type         |       Attribute 2 Type        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |      Attribute 3 Type         |       Attribute 4 Type    ...
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Sent in a 420 (Unknown Attribute) response: the comprehension-required attributes the server did not know.
import type { ByteReader } from '../../bytes/reader';
import { DecodeError } from '../../bytes/span';
import { ByteWriter } from '../../bytes/writer';
import { hex16, span } from '../spans';
import { defineAttribute, type AttributeCodec, type AttributeContext } from './codec';

export const unknownAttributes: AttributeCodec<number[]> = {
	type: 0x000a,
	name: 'UNKNOWN-ATTRIBUTES',
	noteId: 'stun.attribute.unknown-attributes',
	decode(r: ByteReader, ctx: AttributeContext) {
		if (r.remaining % 2 !== 0) {
			throw new DecodeError(
				'UNKNOWN-ATTRIBUTES holds 16-bit types, so its length must be even',
				r.offset,
				'bad-length'
			);
		}
		const value: number[] = [];
		const fields = [];
		while (r.remaining > 0) {
			const at = r.offset;
			const t = r.u16('attribute type');
			fields.push(
				span(
					`${ctx.path}.${value.length}`,
					`Attribute ${value.length + 1} Type`,
					at,
					2,
					t,
					'stun.unknown-attributes.type',
					hex16(t)
				)
			);
			value.push(t);
		}
		return { value, display: value.map(hex16).join(', '), fields };
	},
	encode(value) {
		const w = new ByteWriter(8);
		for (const t of value) w.u16(t);
		return w.finish();
	}
};
export default defineAttribute(unknownAttributes);
