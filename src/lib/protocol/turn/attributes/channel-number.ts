// RFC 8656 §18.1 CHANNEL-NUMBER
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |        Channel Number         |         RFFU = 0              |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
import type { ByteReader } from '../../bytes/reader';
import { ByteWriter } from '../../bytes/writer';
import { defineAttribute, type AttributeCodec, type AttributeContext } from '../../stun/attributes/codec';
import { exactly } from '../../stun/attributes/shapes';
import { hex16, span } from '../../stun/spans';

export interface ChannelNumberValue {
	/** 0x4000–0x4FFF (RFC 8656; RFC 5766 allowed up to 0x7FFF). */
	channel: number;
	/** RFFU (reserved for future use) 16 bits, kept only when not 0. */
	reserved?: number;
}

export const channelNumber: AttributeCodec<ChannelNumberValue> = {
	type: 0x000c,
	name: 'CHANNEL-NUMBER',
	noteId: 'turn.attribute.channel-number',
	decode(r: ByteReader, ctx: AttributeContext) {
		exactly(r, 4, 'CHANNEL-NUMBER');
		const start = r.offset;
		const channel = r.u16('channel number');
		const reserved = r.u16('RFFU');
		const value: ChannelNumberValue = { channel };
		if (reserved !== 0) value.reserved = reserved;
		const fields = [
			span(`${ctx.path}.channel`, 'Channel Number', start, 2, channel, 'turn.channel-number', hex16(channel)),
			span(`${ctx.path}.reserved`, 'RFFU', start + 2, 2, reserved, 'stun.reserved')
		];
		return { value, display: hex16(channel), fields };
	},
	encode(value) {
		return new ByteWriter(4)
			.u16(value.channel)
			.u16(value.reserved ?? 0)
			.finish();
	}
};
export default defineAttribute(channelNumber);
