// RFC 8489 §14.2 XOR-MAPPED-ADDRESS
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |0 0 0 0 0 0 0 0|    Family     |         X-Port                |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                X-Address (Variable)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// X-Port = port XOR the top 16 bits of the magic cookie; X-Address = address XOR the magic cookie (IPv4) or
// XOR the magic cookie followed by the transaction id (IPv6). The XOR hides the address from NATs that
// rewrite any 32-bit word that looks like their public address.
import { addressCodec } from './address';
import { defineAttribute } from './codec';

export const xorMappedAddress = addressCodec(
	0x0020,
	'XOR-MAPPED-ADDRESS',
	'stun.attribute.xor-mapped-address',
	true
);
export default defineAttribute(xorMappedAddress);
