// RFC 8489 §14.16 ALTERNATE-DOMAIN
//
// The domain name (up to 255 bytes of ASCII/UTF-8) the client should use to validate the TLS/DTLS certificate
// of the ALTERNATE-SERVER it is being redirected to with a 300 (Try Alternate).
import { defineAttribute } from './codec';
import { textCodec } from './shapes';

export const alternateDomain = textCodec(0x8003, 'ALTERNATE-DOMAIN', 'stun.attribute.alternate-domain', 255);
export default defineAttribute(alternateDomain);
