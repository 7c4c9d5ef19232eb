// RFC 8489 §14.9 REALM
//
// Quoted-string text (RFC 3261), less than 128 characters / 763 bytes, processed with OpaqueString. Its
// presence in a request or response means long-term credentials are in use.
import { defineAttribute } from './codec';
import { textCodec } from './shapes';

export const realm = textCodec(0x0014, 'REALM', 'stun.attribute.realm', 763);
export default defineAttribute(realm);
