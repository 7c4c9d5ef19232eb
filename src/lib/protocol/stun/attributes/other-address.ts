// RFC 5780 §7.4 OTHER-ADDRESS
//
// MAPPED-ADDRESS layout (not XOR-ed): the server's alternate IP and port, used for CHANGE-REQUEST tests.
//  0                   1                   2                   3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |0 0 0 0 0 0 0 0|    Family     |           Port                |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                 Address (32 bits or 128 bits)                 |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
import { addressCodec } from './address';
import { defineAttribute } from './codec';

export const otherAddress = addressCodec(0x802c, 'OTHER-ADDRESS', 'stun.attribute.other-address', false);
export default defineAttribute(otherAddress);
