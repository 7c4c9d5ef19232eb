// RFC 8656 §18.8 REQUESTED-TRANSPORT
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |    Protocol   |                    RFFU                       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// The IP protocol number of the relayed transport: 17 (UDP) in RFC 8656; 6 (TCP) with RFC 6062.
import type { ByteReader } from '../../bytes/reader';
import { ByteWriter } from '../../bytes/writer';
import { defineAttribute, type AttributeCodec, type AttributeContext } from '../../stun/attributes/codec';
import { exactly } from '../../stun/attributes/shapes';
import { span } from '../../stun/spans';

export interface RequestedTransportValue {
	/** IANA protocol number: 17 = UDP, 6 = TCP. */
	protocol: number;
	/** The 24 RFFU bits, kept only when not 0. */
	reserved?: number;
}

const PROTOCOLS: Record<number, string> = { 6: 'TCP', 17: 'UDP' };

export const requestedTransport: AttributeCodec<RequestedTransportValue> = {
	type: 0x0019,
	name: 'REQUESTED-TRANSPORT',
	noteId: 'turn.attribute.requested-transport',
	decode(r: ByteReader, ctx: AttributeContext) {
		exactly(r, 4, 'REQUESTED-TRANSPORT');
		const start = r.offset;
		const protocol = r.u8('protocol');
		const reserved = r.u24('RFFU');
		const value: RequestedTransportValue = { protocol };
		if (reserved !== 0) value.reserved = reserved;
		const shown = `${protocol} (${PROTOCOLS[protocol] ?? 'unknown protocol'})`;
		const fields = [
			span(
				`${ctx.path}.protocol`,
				'Protocol',
				start,
				1,
				protocol,
				'turn.requested-transport.protocol',
				shown
			),
			span(`${ctx.path}.reserved`, 'RFFU', start + 1, 3, reserved, 'stun.reserved')
		];
		return { value, display: shown, fields };
	},
	encode(value) {
		return new ByteWriter(4)
			.u8(value.protocol)
			.u24(value.reserved ?? 0)
			.finish();
	}
};
export default defineAttribute(requestedTransport);
