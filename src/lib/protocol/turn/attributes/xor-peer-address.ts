// RFC 8656 §18.3 XOR-PEER-ADDRESS
//
// Same layout and XOR as XOR-MAPPED-ADDRESS (RFC 8489 §14.2): the peer as seen from the relay.
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |0 0 0 0 0 0 0 0|    Family     |         X-Port                |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                X-Address (Variable)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
import { addressCodec } from '../../stun/attributes/address';
import { defineAttribute } from '../../stun/attributes/codec';

export const xorPeerAddress = addressCodec(
	0x0012,
	'XOR-PEER-ADDRESS',
	'turn.attribute.xor-peer-address',
	true
);
export default defineAttribute(xorPeerAddress);
