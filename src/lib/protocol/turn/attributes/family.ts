// The one-byte family + 24 reserved bits shared by REQUESTED-ADDRESS-FAMILY (RFC 8656 §18.6) and
// ADDITIONAL-ADDRESS-FAMILY (§18.11).
import type { ByteReader } from '../../bytes/reader';
import { DecodeError } from '../../bytes/span';
import { ByteWriter } from '../../bytes/writer';
import { FAMILY_BY_CODE, FAMILY_CODES, type AddressFamily } from '../../stun/attributes/address';
import type { AttributeCodec, AttributeContext } from '../../stun/attributes/codec';
import { exactly } from '../../stun/attributes/shapes';
import { span } from '../../stun/spans';

export interface AddressFamilyValue {
	family: AddressFamily;
	/** The 24 reserved bits, kept only when not 0. */
	reserved?: number;
}

export function familyCodec(type: number, name: string, noteId: string): AttributeCodec<AddressFamilyValue> {
	return {
		type,
		name,
		noteId,
		decode(r: ByteReader, ctx: AttributeContext) {
			exactly(r, 4, name);
			const start = r.offset;
			const code = r.u8('family');
			const family = FAMILY_BY_CODE[code];
			if (!family)
				throw new DecodeError(
					`${name} family 0x${code.toString(16)} is neither 0x01 nor 0x02`,
					start,
					'bad-family'
				);
			const reserved = r.u24('reserved');
			const value: AddressFamilyValue = { family };
			if (reserved !== 0) value.reserved = reserved;
			const fields = [
				span(`${ctx.path}.family`, 'Family', start, 1, code, 'stun.address.family', family),
				span(`${ctx.path}.reserved`, 'Reserved', start + 1, 3, reserved, 'stun.reserved')
			];
			return { value, display: family, fields };
		},
		encode(value) {
			return new ByteWriter(4)
				.u8(FAMILY_CODES[value.family])
				.u24(value.reserved ?? 0)
				.finish();
		}
	};
}
