// RFC 8489 §14.14 SOFTWARE
//
// Free UTF-8 text (less than 128 characters / 763 bytes) naming the agent's software and version.
import { defineAttribute } from './codec';
import { textCodec } from './shapes';

export const software = textCodec(0x8022, 'SOFTWARE', 'stun.attribute.software', 763);
export default defineAttribute(software);
