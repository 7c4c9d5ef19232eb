// RFC 8445 §16.1 ICE-CONTROLLED
//
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                   Tie-breaker (64 bits)                       |
// |                                                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Sent by the agent that believes it is controlled; the 64-bit tie-breaker resolves role conflicts (§7.3.1.1).
import { defineAttribute } from './codec';
import { u64Codec } from './shapes';

export const iceControlled = u64Codec(0x8029, 'ICE-CONTROLLED', 'stun.attribute.ice-controlled');
export default defineAttribute(iceControlled);
