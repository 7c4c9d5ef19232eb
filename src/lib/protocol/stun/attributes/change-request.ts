// RFC 5780 §7.2 CHANGE-REQUEST
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 A B 0|
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// A: change IP, B: change port — ask the server to answer from its other address and/or port, which is how
// NAT filtering behaviour is discovered.
import type { ByteReader } from '../../bytes/reader';
import { ByteWriter } from '../../bytes/writer';
import { bitSpan } from '../spans';
import { defineAttribute, type AttributeCodec, type AttributeContext } from './codec';
import { exactly } from './shapes';

export interface ChangeRequestValue {
	changeIp: boolean;
	changePort: boolean;
	/** The other 30 bits (as a 32-bit word with A and B cleared), kept only when not 0. */
	reserved?: number;
}

export const changeRequest: AttributeCodec<ChangeRequestValue> = {
	type: 0x0003,
	name: 'CHANGE-REQUEST',
	noteId: 'stun.attribute.change-request',
	decode(r: ByteReader, ctx: AttributeContext) {
		exactly(r, 4, 'CHANGE-REQUEST');
		const start = r.offset;
		const word = r.u32('CHANGE-REQUEST');
		const value: ChangeRequestValue = { changeIp: (word & 4) !== 0, changePort: (word & 2) !== 0 };
		const reserved = (word & ~6) >>> 0;
		if (reserved !== 0) value.reserved = reserved;
		const fields = [
			bitSpan(
				`${ctx.path}.changeIp`,
				'A (Change IP)',
				start + 3,
				5,
				1,
				Number(value.changeIp),
				'stun.change-request.change-ip',
				String(value.changeIp)
			),
			bitSpan(
				`${ctx.path}.changePort`,
				'B (Change Port)',
				start + 3,
				6,
				1,
				Number(value.changePort),
				'stun.change-request.change-port',
				String(value.changePort)
			)
		];
		const flags = [value.changeIp && 'change IP', value.changePort && 'change port'].filter(Boolean);
		return { value, display: flags.length ? flags.join(' + ') : 'no change', fields };
	},
	encode(value) {
		const word = (value.reserved ?? 0) | (value.changeIp ? 4 : 0) | (value.changePort ? 2 : 0);
		return new ByteWriter(4).u32(word >>> 0).finish();
	}
};
export default defineAttribute(changeRequest);
