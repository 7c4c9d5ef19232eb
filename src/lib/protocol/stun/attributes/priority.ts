// RFC 8445 §16.1 PRIORITY (ICE)
//
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                           Priority                            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// The priority a peer-reflexive candidate learned from this check would get (RFC 8445 §7.1.1):
// 2^24 × type preference + 2^8 × local preference + (256 − component id).
import { defineAttribute } from './codec';
import { u32Codec } from './shapes';

export const priority = u32Codec(
	0x0024,
	'PRIORITY',
	'stun.attribute.priority',
	(v) =>
		`${v} (type preference ${v >>> 24}, local preference ${(v >>> 8) & 0xffff}, component ${256 - (v & 0xff)})`
);
export default defineAttribute(priority);
