// RFC 5780 §7.6 PADDING
//
// Any number of bytes (the content is ignored) that make the request, and the response when RESPONSE-PORT is
// absent, bigger — to test how a NAT handles fragmented packets or a path's MTU.
import { defineAttribute } from './codec';
import { bytesCodec } from './shapes';

export const padding = bytesCodec(0x0026, 'PADDING', 'stun.attribute.padding');
export default defineAttribute(padding);
