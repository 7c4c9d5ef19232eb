// RFC 8656 §18.4 DATA
//
// The application data (e.g. a DTLS or RTP packet) carried in a Send or Data indication.
import { defineAttribute } from '../../stun/attributes/codec';
import { bytesCodec } from '../../stun/attributes/shapes';

export const data = bytesCodec(0x0013, 'DATA', 'turn.attribute.data');
export default defineAttribute(data);
