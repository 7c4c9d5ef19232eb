// RFC 8489 §14.5 MESSAGE-INTEGRITY
//
// 20 bytes: HMAC-SHA1 over the message up to (not including) this attribute, with the header's length field
// set as if the message ended right after this attribute. Computed in ../integrity.ts.
import { defineAttribute } from './codec';
import { bytesCodec } from './shapes';

export const messageIntegrity = bytesCodec(
	0x0008,
	'MESSAGE-INTEGRITY',
	'stun.attribute.message-integrity',
	[20]
);
export default defineAttribute(messageIntegrity);
