// RFC 5780 §7.5 RESPONSE-PORT
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |             Port              |           Reserved            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Asks the server to send the response to this port (same IP) instead of the request's source port.
import type { ByteReader } from '../../bytes/reader';
import { ByteWriter } from '../../bytes/writer';
import { span } from '../spans';
import { defineAttribute, type AttributeCodec, type AttributeContext } from './codec';
import { exactly } from './shapes';

export interface ResponsePortValue {
	port: number;
	/** The reserved 16 bits, kept only when not 0. */
	reserved?: number;
}

export const responsePort: AttributeCodec<ResponsePortValue> = {
	type: 0x0027,
	name: 'RESPONSE-PORT',
	noteId: 'stun.attribute.response-port',
	decode(r: ByteReader, ctx: AttributeContext) {
		exactly(r, 4, 'RESPONSE-PORT');
		const start = r.offset;
		const port = r.u16('port');
		const reserved = r.u16('reserved');
		const value: ResponsePortValue = { port };
		if (reserved !== 0) value.reserved = reserved;
		const fields = [
			span(`${ctx.path}.port`, 'Port', start, 2, port, 'stun.address.port', String(port)),
			span(`${ctx.path}.reserved`, 'Reserved', start + 2, 2, reserved, 'stun.reserved')
		];
		return { value, display: String(port), fields };
	},
	encode(value) {
		return new ByteWriter(4)
			.u16(value.port)
			.u16(value.reserved ?? 0)
			.finish();
	}
};
export default defineAttribute(responsePort);
