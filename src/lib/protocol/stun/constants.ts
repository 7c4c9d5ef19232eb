// Fixed numbers of the STUN header and trailer.

// RFC 8489 §5: the magic cookie, in network byte order, sits in bytes 4–7 of every STUN message.
export const MAGIC_COOKIE = 0x2112a442;
export const MAGIC_COOKIE_BYTES = new Uint8Array([0x21, 0x12, 0xa4, 0x42]);
// RFC 8489 §5: 20-byte header (type, length, cookie, 96-bit transaction id).
export const HEADER_LENGTH = 20;
export const TRANSACTION_ID_LENGTH = 12;
// RFC 8489 §14.7: FINGERPRINT is CRC-32 XOR 0x5354554e ("STUN" in ASCII).
export const FINGERPRINT_XOR = 0x5354554e;
