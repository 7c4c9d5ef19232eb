// RFC 8656 §18.13 ICMP
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |           Reserved            |  ICMP Type    |  ICMP Code    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                          Error Data                           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Carried in a Data indication when the relay got an ICMP error from the peer (e.g. port unreachable).
import type { ByteReader } from '../../bytes/reader';
import { ByteWriter } from '../../bytes/writer';
import { defineAttribute, type AttributeCodec, type AttributeContext } from '../../stun/attributes/codec';
import { exactly } from '../../stun/attributes/shapes';
import { hex32, span } from '../../stun/spans';

export interface IcmpValue {
	icmpType: number;
	icmpCode: number;
	/** e.g. the next-hop MTU for "fragmentation needed". */
	errorData: number;
	/** The 16 reserved bits, kept only when not 0. */
	reserved?: number;
}

export const icmp: AttributeCodec<IcmpValue> = {
	type: 0x8004,
	name: 'ICMP',
	noteId: 'turn.attribute.icmp',
	decode(r: ByteReader, ctx: AttributeContext) {
		exactly(r, 8, 'ICMP');
		const start = r.offset;
		const reserved = r.u16('reserved');
		const icmpType = r.u8('ICMP type');
		const icmpCode = r.u8('ICMP code');
		const errorData = r.u32('error data');
		const value: IcmpValue = { icmpType, icmpCode, errorData };
		if (reserved !== 0) value.reserved = reserved;
		const fields = [
			span(`${ctx.path}.reserved`, 'Reserved', start, 2, reserved, 'stun.reserved'),
			span(`${ctx.path}.icmpType`, 'ICMP Type', start + 2, 1, icmpType, 'turn.icmp.type', String(icmpType)),
			span(`${ctx.path}.icmpCode`, 'ICMP Code', start + 3, 1, icmpCode, 'turn.icmp.code', String(icmpCode)),
			span(
				`${ctx.path}.errorData`,
				'Error Data',
				start + 4,
				4,
				errorData,
				'turn.icmp.error-data',
				hex32(errorData)
			)
		];
		return { value, display: `type ${icmpType} code ${icmpCode}`, fields };
	},
	encode(value) {
		return new ByteWriter(8)
			.u16(value.reserved ?? 0)
			.u8(value.icmpType)
			.u8(value.icmpCode)
			.u32(value.errorData >>> 0)
			.finish();
	}
};
export default defineAttribute(icmp);
