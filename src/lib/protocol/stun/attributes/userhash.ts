// RFC 8489 §14.4 USERHASH
//
// 32 bytes: userhash = SHA-256(OpaqueString(username) ":" OpaqueString(realm)), sent instead of USERNAME
// when the server offered anonymity (bit "U" of the NONCE security feature set).
import { defineAttribute } from './codec';
import { bytesCodec } from './shapes';

export const userhash = bytesCodec(0x001e, 'USERHASH', 'stun.attribute.userhash', [32]);
export default defineAttribute(userhash);
