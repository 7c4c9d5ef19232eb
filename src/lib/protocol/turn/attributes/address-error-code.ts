// RFC 8656 §18.12 ADDRESS-ERROR-CODE
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Family       |    Reserved             |Class|     Number    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |      Reason Phrase (variable)                                ..
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// In a dual allocation, says which family's relayed address could not be allocated, and why.
import type { ByteReader } from '../../bytes/reader';
import { DecodeError } from '../../bytes/span';
import { ByteWriter } from '../../bytes/writer';
import { FAMILY_BY_CODE, FAMILY_CODES, type AddressFamily } from '../../stun/attributes/address';
import { defineAttribute, type AttributeCodec, type AttributeContext } from '../../stun/attributes/codec';
import { decodeCodeWord, encodeCodeWord } from '../../stun/attributes/error-code';
import { bitSpan, span } from '../../stun/spans';

export interface AddressErrorCodeValue {
	family: AddressFamily;
	code: number;
	reason: string;
	/** The 13 reserved bits, kept only when not 0. */
	reserved?: number;
}

export const addressErrorCode: AttributeCodec<AddressErrorCodeValue> = {
	type: 0x8001,
	name: 'ADDRESS-ERROR-CODE',
	noteId: 'turn.attribute.address-error-code',
	decode(r: ByteReader, ctx: AttributeContext) {
		const start = r.offset;
		r.need(4, 'ADDRESS-ERROR-CODE');
		const code8 = r.bytes[start];
		const family = FAMILY_BY_CODE[code8];
		if (!family)
			throw new DecodeError(
				`ADDRESS-ERROR-CODE family 0x${code8.toString(16)} is neither 0x01 nor 0x02`,
				start,
				'bad-family'
			);
		const word = decodeCodeWord(r, ctx.path, 'ADDRESS-ERROR-CODE');
		const reserved = word.reservedLow & 0x1fff;
		const value: AddressErrorCodeValue = { family, code: word.code, reason: word.reason };
		if (reserved !== 0) value.reserved = reserved;
		const fields = [
			span(`${ctx.path}.family`, 'Family', start, 1, code8, 'stun.address.family', family),
			bitSpan(`${ctx.path}.reserved`, 'Reserved', start + 1, 0, 13, reserved, 'stun.reserved'),
			...word.fields
		];
		return { value, display: `${family}: ${word.code} ${word.reason}`, fields };
	},
	encode(value) {
		const w = new ByteWriter(64);
		encodeCodeWord(
			w,
			value.code,
			value.reason,
			((FAMILY_CODES[value.family] << 13) | (value.reserved ?? 0)) >>> 0
		);
		return w.finish();
	}
};
export default defineAttribute(addressErrorCode);
