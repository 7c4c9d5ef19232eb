// RFC 8489 §14.6 MESSAGE-INTEGRITY-SHA256
//
// HMAC-SHA256 over the message up to this attribute (length field rewritten as for MESSAGE-INTEGRITY),
// possibly truncated: 16 to 32 bytes, a multiple of 4.
import { defineAttribute } from './codec';
import { bytesCodec } from './shapes';

export const messageIntegritySha256 = bytesCodec(
	0x001c,
	'MESSAGE-INTEGRITY-SHA256',
	'stun.attribute.message-integrity-sha256',
	[16, 20, 24, 28, 32]
);
export default defineAttribute(messageIntegritySha256);
