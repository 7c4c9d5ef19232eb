// RFC 8489 §14.10 NONCE
//
// Quoted-text of less than 128 characters / 763 bytes chosen by the server. RFC 8489 §9.2 adds a
// "nonce cookie" ("obMatJos2" + 4 base64 characters of security feature bits) at its start.
import { defineAttribute } from './codec';
import { textCodec } from './shapes';

export const nonce = textCodec(0x0015, 'NONCE', 'stun.attribute.nonce', 763);
export default defineAttribute(nonce);
