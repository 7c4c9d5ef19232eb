// RFC 8445 §16.1 ICE-CONTROLLING
//
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                   Tie-breaker (64 bits)                       |
// |                                                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Sent by the agent that believes it is controlling; the larger tie-breaker wins a role conflict (§7.3.1.1).
import { defineAttribute } from './codec';
import { u64Codec } from './shapes';

export const iceControlling = u64Codec(0x802a, 'ICE-CONTROLLING', 'stun.attribute.ice-controlling');
export default defineAttribute(iceControlling);
