// The simulator's hot path for STUN: each datagram is decoded once (cached by its bytes, which retransmissions
// share), and MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 §14.5) and FINGERPRINT (CRC-32, §14.7) are checked with the
// protocol library's own primitives — real HMAC and CRC on every packet — without the teaching report that
// verifyStun builds (spans, hex keys). The HMAC for a key is prepared once (its padded key blocks hashed) and
// cloned per message: a cache of computed keys, never of results.
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { crc32, decodeStun, FINGERPRINT_XOR, HEADER_LENGTH, type StunMessage } from '../../protocol/stun';

const decoded = new WeakMap<Uint8Array, StunMessage>();

/** decodeStun(bytes).value, once per bytes object (throws DecodeError like decodeStun). Do not mutate it. */
export function decodeOnce(bytes: Uint8Array): StunMessage {
	let m = decoded.get(bytes);
	if (!m) {
		m = decodeStun(bytes).value;
		decoded.set(bytes, m);
	}
	return m;
}

type Mac = ReturnType<typeof hmac.create>;
const prepared = new WeakMap<Uint8Array, Mac>();

function macOf(key: Uint8Array, input: Uint8Array): Uint8Array {
	let base = prepared.get(key);
	if (!base) {
		base = hmac.create(sha1, key);
		prepared.set(key, base);
	}
	return base.clone().update(input).digest();
}

const MESSAGE_INTEGRITY = 0x0008;
const FINGERPRINT = 0x8028;

/**
 * True when the message carries MESSAGE-INTEGRITY that matches `key`, and its FINGERPRINT (if any) is correct
 * and last — what `verifyStun(bytes, { key })` reports as ok with messageIntegrity.ok for these messages.
 */
export function integrityOk(bytes: Uint8Array, key: Uint8Array): boolean {
	let mi = -1;
	let miLength = 0;
	let fp = -1;
	let fpLength = 0;
	let lastType = -1;
	for (let at = HEADER_LENGTH; at + 4 <= bytes.length;) {
		const type = (bytes[at] << 8) | bytes[at + 1];
		const length = (bytes[at + 2] << 8) | bytes[at + 3];
		if (type === MESSAGE_INTEGRITY && mi < 0) [mi, miLength] = [at, length];
		if (type === FINGERPRINT && fp < 0) [fp, fpLength] = [at, length];
		lastType = type;
		at += 4 + length + ((4 - (length % 4)) % 4);
	}
	if (mi < 0 || mi + 4 + miLength > bytes.length) return false;
	// §14.5: the HMAC covers the message up to MESSAGE-INTEGRITY, with the length field as if it ended there.
	const input = bytes.slice(0, mi);
	const length = mi - HEADER_LENGTH + 4 + miLength;
	input[2] = length >> 8;
	input[3] = length & 0xff;
	const mac = macOf(key, input);
	if (miLength > mac.length) return false;
	for (let i = 0; i < miLength; i++) if (mac[i] !== bytes[mi + 4 + i]) return false;
	if (fp < 0) return true;
	// §14.7: FINGERPRINT is last and 4 bytes: CRC-32 of the message up to it (length rewritten) XOR 0x5354554e.
	if (lastType !== FINGERPRINT || fpLength !== 4 || fp + 8 > bytes.length) return false;
	const before = bytes.slice(0, fp);
	const rewritten = fp - HEADER_LENGTH + 8;
	before[2] = rewritten >> 8;
	before[3] = rewritten & 0xff;
	const v = (crc32(before) ^ FINGERPRINT_XOR) >>> 0;
	return (
		bytes[fp + 4] === v >>> 24 &&
		bytes[fp + 5] === ((v >>> 16) & 0xff) &&
		bytes[fp + 6] === ((v >>> 8) & 0xff) &&
		bytes[fp + 7] === (v & 0xff)
	);
}
