// RFC 8489 §14.3 USERNAME
//
// A UTF-8 string of less than 513 bytes, processed with OpaqueString (RFC 8265) by the sender.
// For ICE (RFC 8445 §7.2.2) it is "remote ufrag:local ufrag".
import { defineAttribute } from './codec';
import { textCodec } from './shapes';

export const username = textCodec(0x0006, 'USERNAME', 'stun.attribute.username', 512);
export default defineAttribute(username);
