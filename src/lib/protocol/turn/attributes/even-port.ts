// RFC 8656 §18.7 EVEN-PORT
//
//  0
//  0 1 2 3 4 5 6 7
// +-+-+-+-+-+-+-+-+
// |R|    RFFU     |
// +-+-+-+-+-+-+-+-+
//
// Asks for an even relayed port; R = 1 also reserves the next (odd) port, as RTP/RTCP pairs once needed.
// The value is 1 byte, so the attribute carries 3 bytes of padding.
import type { ByteReader } from '../../bytes/reader';
import { ByteWriter } from '../../bytes/writer';
import { defineAttribute, type AttributeCodec, type AttributeContext } from '../../stun/attributes/codec';
import { exactly } from '../../stun/attributes/shapes';
import { bitSpan } from '../../stun/spans';

export interface EvenPortValue {
	reservePort: boolean;
	/** The 7 RFFU bits, kept only when not 0. */
	reserved?: number;
}

export const evenPort: AttributeCodec<EvenPortValue> = {
	type: 0x0018,
	name: 'EVEN-PORT',
	noteId: 'turn.attribute.even-port',
	decode(r: ByteReader, ctx: AttributeContext) {
		exactly(r, 1, 'EVEN-PORT');
		const start = r.offset;
		const b = r.u8('EVEN-PORT');
		const value: EvenPortValue = { reservePort: (b & 0x80) !== 0 };
		if ((b & 0x7f) !== 0) value.reserved = b & 0x7f;
		const fields = [
			bitSpan(
				`${ctx.path}.reservePort`,
				'R',
				start,
				0,
				1,
				b >> 7,
				'turn.even-port.r',
				value.reservePort ? 'reserve next port' : 'do not reserve'
			),
			bitSpan(`${ctx.path}.reserved`, 'RFFU', start, 1, 7, b & 0x7f, 'stun.reserved')
		];
		return { value, display: value.reservePort ? 'even port, reserve next' : 'even port', fields };
	},
	encode(value) {
		return new ByteWriter(1).u8((value.reservePort ? 0x80 : 0) | ((value.reserved ?? 0) & 0x7f)).finish();
	}
};
export default defineAttribute(evenPort);
