// RFC 8656 §18.11 ADDITIONAL-ADDRESS-FAMILY
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |     Family    |            Reserved                           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Asks for an IPv6 relayed address in addition to the IPv4 one (dual allocation); only 0x02 is meaningful.
import { defineAttribute } from '../../stun/attributes/codec';
import { familyCodec } from './family';

export const additionalAddressFamily = familyCodec(
	0x8000,
	'ADDITIONAL-ADDRESS-FAMILY',
	'turn.attribute.additional-address-family'
);
export default defineAttribute(additionalAddressFamily);
