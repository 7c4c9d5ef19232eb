// RFC 8489 §14.7 FINGERPRINT
//
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |            CRC-32 of the message up to here XOR 0x5354554E    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Always the last attribute; lets a receiver tell STUN from other protocols sharing the port.
import { hex32 } from '../spans';
import { defineAttribute } from './codec';
import { u32Codec } from './shapes';

export const fingerprint = u32Codec(0x8028, 'FINGERPRINT', 'stun.attribute.fingerprint', hex32);
export default defineAttribute(fingerprint);
