// The hash functions STUN names, from @noble/hashes (synchronous, audited): HMAC-SHA1 for MESSAGE-INTEGRITY
// (RFC 8489 §14.5), HMAC-SHA256 for MESSAGE-INTEGRITY-SHA256 (§14.6), MD5 / SHA-256 for long-term keys (§9.2.2)
// and SHA-256 for USERHASH (§14.4).
import { hmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';

export const hmacSha1 = (key: Uint8Array, data: Uint8Array): Uint8Array => hmac(sha1, key, data);
export const hmacSha256 = (key: Uint8Array, data: Uint8Array): Uint8Array => hmac(sha256, key, data);
export { md5, sha256 };
