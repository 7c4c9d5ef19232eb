// RFC 8656 §18.5 XOR-RELAYED-ADDRESS
//
// Same layout and XOR as XOR-MAPPED-ADDRESS: the relayed transport address the server allocated.
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |0 0 0 0 0 0 0 0|    Family     |         X-Port                |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                X-Address (Variable)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
import { addressCodec } from '../../stun/attributes/address';
import { defineAttribute } from '../../stun/attributes/codec';

export const xorRelayedAddress = addressCodec(
	0x0016,
	'XOR-RELAYED-ADDRESS',
	'turn.attribute.xor-relayed-address',
	true
);
export default defineAttribute(xorRelayedAddress);
