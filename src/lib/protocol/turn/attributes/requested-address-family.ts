// RFC 8656 §18.6 REQUESTED-ADDRESS-FAMILY
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |     Family    |            Reserved                           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Asks for a relayed address of this family (0x01 IPv4, 0x02 IPv6) instead of the default IPv4.
import { defineAttribute } from '../../stun/attributes/codec';
import { familyCodec } from './family';

export const requestedAddressFamily = familyCodec(
	0x0017,
	'REQUESTED-ADDRESS-FAMILY',
	'turn.attribute.requested-address-family'
);
export default defineAttribute(requestedAddressFamily);
