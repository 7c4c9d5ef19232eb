// RFC 5780 §7.3 RESPONSE-ORIGIN
//
// MAPPED-ADDRESS layout (not XOR-ed): the address and port the response was sent from.
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |0 0 0 0 0 0 0 0|    Family     |           Port                |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                 Address (32 bits or 128 bits)                 |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
import { addressCodec } from './address';
import { defineAttribute } from './codec';

export const responseOrigin = addressCodec(
	0x802b,
	'RESPONSE-ORIGIN',
	'stun.attribute.response-origin',
	false
);
export default defineAttribute(responseOrigin);
