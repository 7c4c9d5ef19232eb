// RFC 8656 §18.10 RESERVATION-TOKEN
//
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                      Token (64 bits)                          |
// |                                                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Returned after EVEN-PORT with R = 1; a later Allocate presents it to get the reserved (odd) port.
import { defineAttribute } from '../../stun/attributes/codec';
import { bytesCodec } from '../../stun/attributes/shapes';

export const reservationToken = bytesCodec(
	0x0022,
	'RESERVATION-TOKEN',
	'turn.attribute.reservation-token',
	[8]
);
export default defineAttribute(reservationToken);
