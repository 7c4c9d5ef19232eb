// RFC 8489 §14.15 ALTERNATE-SERVER
//
// Same layout as MAPPED-ADDRESS (not XOR-ed): the server a 300 (Try Alternate) response redirects to.
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |0 0 0 0 0 0 0 0|    Family     |           Port                |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                 Address (32 bits or 128 bits)                 |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
import { addressCodec } from './address';
import { defineAttribute } from './codec';

export const alternateServer = addressCodec(
	0x8023,
	'ALTERNATE-SERVER',
	'stun.attribute.alternate-server',
	false
);
export default defineAttribute(alternateServer);
