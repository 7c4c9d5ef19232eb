// RFC 8656 §18.2 LIFETIME
//
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                           Lifetime                            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Seconds until the allocation expires (default 600); a Refresh with 0 deletes the allocation.
import { defineAttribute } from '../../stun/attributes/codec';
import { u32Codec } from '../../stun/attributes/shapes';

export const lifetime = u32Codec(0x000d, 'LIFETIME', 'turn.attribute.lifetime', (v) => `${v} s`);
export default defineAttribute(lifetime);
