// Keys (RFC 8489 §9.1.1 short-term, §9.2.2 long-term) and checking MESSAGE-INTEGRITY (§14.5),
// MESSAGE-INTEGRITY-SHA256 (§14.6) and FINGERPRINT (§14.7) — reporting exactly which bytes each was computed
// over, so a learner can see the length-field rewrite.
import { toHex } from '../bytes/hex';
import { FINGERPRINT_XOR, HEADER_LENGTH } from './constants';
import { crc32 } from './crc32';
import { hmacSha1, hmacSha256, md5, sha256 } from './hash';
import { decodeStun } from './message';
import { preparePassword, StringPrepError, type PasswordPrep } from './password';
import { utf8Bytes } from './spans';

/** RFC 8489 §9.1.1: the short-term key is the (prepared) password itself. */
export function shortTermKey(password: string, prep: PasswordPrep = 'opaque-string'): Uint8Array {
	return utf8Bytes(preparePassword(password, prep));
}

export type LongTermAlgorithm = 'MD5' | 'SHA-256';

/**
 * RFC 8489 §9.2.2: key = MD5(username ":" OpaqueString(realm) ":" OpaqueString(password)), or SHA-256 of the same
 * when PASSWORD-ALGORITHM says SHA-256. With `prep: 'saslprep'` it is RFC 5389 §15.4's
 * MD5(username ":" realm ":" SASLprep(password)).
 */
export function longTermKey(
	username: string,
	realm: string,
	password: string,
	options: { algorithm?: LongTermAlgorithm; prep?: PasswordPrep } = {}
): Uint8Array {
	const prep = options.prep ?? 'opaque-string';
	const r = prep === 'opaque-string' ? preparePassword(realm, prep) : realm;
	const input = utf8Bytes(`${username}:${r}:${preparePassword(password, prep)}`);
	return options.algorithm === 'SHA-256' ? sha256(input) : md5(input);
}

/** RFC 8489 §14.4: USERHASH = SHA-256(OpaqueString(username) ":" OpaqueString(realm)). */
export function userhash(username: string, realm: string): Uint8Array {
	return sha256(utf8Bytes(`${preparePassword(username)}:${preparePassword(realm)}`));
}

export type Credentials =
	| { key: Uint8Array }
	| { password: string; prep?: PasswordPrep }
	| {
			username: string;
			realm: string;
			password: string;
			prep?: PasswordPrep;
			/** Overrides the algorithm the message's PASSWORD-ALGORITHM names (default MD5). */
			algorithm?: LongTermAlgorithm;
	  };

export type CheckedAttribute = 'MESSAGE-INTEGRITY' | 'MESSAGE-INTEGRITY-SHA256' | 'FINGERPRINT';

export interface IntegrityCheck {
	attribute: CheckedAttribute;
	algorithm: 'HMAC-SHA1' | 'HMAC-SHA256' | 'CRC-32';
	present: boolean;
	/** true / false once checked; undefined when absent or when there was no key to check with. */
	ok?: boolean;
	/** Offset of the attribute's type field. */
	attributeOffset?: number;
	/** The bytes the MAC/CRC covers: offset 0 up to (not including) the attribute. */
	range?: { offset: number; length: number };
	/** The header's message length as sent, and as rewritten for the computation. */
	lengthField?: { original: number; rewritten: number };
	/** Exactly the bytes the MAC/CRC was computed over (the length field already rewritten). */
	input?: Uint8Array;
	/** What the value should be (computed), and what the message carries. */
	expected?: Uint8Array;
	actual?: Uint8Array;
	/** The HMAC key in hex (MAC checks only). */
	key?: string;
	/** e.g. `computed over bytes 0–75 with length rewritten to 0x0050`. */
	summary?: string;
	/** Why it failed or could not be checked. */
	problem?: string;
}

export interface StunVerification {
	/** No present check failed (checks that could not run for lack of a key do not count as failures). */
	ok: boolean;
	/** The checks that failed, by attribute name. */
	failed: CheckedAttribute[];
	messageIntegrity: IntegrityCheck;
	messageIntegritySha256: IntegrityCheck;
	fingerprint: IntegrityCheck;
	/** The HMAC key in hex and how it was derived, when credentials were given. */
	key?: { hex: string; derivation: string };
}

interface Located {
	type: number;
	offset: number;
	length: number;
}

function locate(bytes: Uint8Array): Located[] {
	const out: Located[] = [];
	for (let at = HEADER_LENGTH; at + 4 <= bytes.length;) {
		const type = (bytes[at] << 8) | bytes[at + 1];
		const length = (bytes[at + 2] << 8) | bytes[at + 3];
		out.push({ type, offset: at, length });
		at += 4 + length + ((4 - (length % 4)) % 4);
	}
	return out;
}

function inputWithLength(bytes: Uint8Array, upTo: number, rewritten: number): Uint8Array {
	const input = bytes.slice(0, upTo);
	input[2] = rewritten >> 8;
	input[3] = rewritten & 0xff;
	return input;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

function deriveKey(
	creds: Credentials,
	algorithmInMessage: number | undefined
): { key: Uint8Array; derivation: string } {
	if ('key' in creds) return { key: creds.key, derivation: 'key given directly' };
	if (!('username' in creds)) {
		const prep = creds.prep ?? 'opaque-string';
		return {
			key: shortTermKey(creds.password, prep),
			derivation: `short-term: key = ${prep === 'none' ? 'password' : `${prep === 'saslprep' ? 'SASLprep' : 'OpaqueString'}(password)`}`
		};
	}
	const prep = creds.prep ?? 'opaque-string';
	const algorithm: LongTermAlgorithm = creds.algorithm ?? (algorithmInMessage === 0x0002 ? 'SHA-256' : 'MD5');
	const p = prep === 'saslprep' ? 'SASLprep' : prep === 'opaque-string' ? 'OpaqueString' : '';
	return {
		key: longTermKey(creds.username, creds.realm, creds.password, { algorithm, prep }),
		derivation: `long-term: key = ${algorithm}(username ":" ${prep === 'opaque-string' ? 'OpaqueString(realm)' : 'realm'} ":" ${p ? `${p}(password)` : 'password'})`
	};
}

/**
 * Decodes `bytes` (throws DecodeError if it is not STUN) and checks each of MESSAGE-INTEGRITY,
 * MESSAGE-INTEGRITY-SHA256 and FINGERPRINT that is present. Without credentials only FINGERPRINT is checked.
 */
export function verifyStun(bytes: Uint8Array, credentials?: Credentials): StunVerification {
	const message = decodeStun(bytes).value;
	const attrs = locate(bytes);
	const originalLength = (bytes[2] << 8) | bytes[3];
	const pa = message.attributes.find((a) => a.name === 'PASSWORD-ALGORITHM' && !a.raw);
	const algorithmInMessage =
		pa && !pa.raw && pa.name === 'PASSWORD-ALGORITHM' ? pa.value.algorithm : undefined;

	let key: { key: Uint8Array; derivation: string } | undefined;
	let keyProblem: string | undefined;
	if (credentials) {
		try {
			key = deriveKey(credentials, algorithmInMessage);
		} catch (e) {
			keyProblem = e instanceof StringPrepError ? e.message : `could not derive the key: ${String(e)}`;
		}
	}

	const check = (
		attribute: CheckedAttribute,
		type: number,
		algorithm: IntegrityCheck['algorithm']
	): IntegrityCheck => {
		const found = attrs.find((a) => a.type === type);
		const result: IntegrityCheck = { attribute, algorithm, present: found !== undefined };
		if (!found) return result;
		const rewritten = found.offset - HEADER_LENGTH + 4 + found.length;
		const input = inputWithLength(bytes, found.offset, rewritten);
		const actual = bytes.slice(found.offset + 4, found.offset + 4 + found.length);
		Object.assign(result, {
			attributeOffset: found.offset,
			range: { offset: 0, length: found.offset },
			lengthField: { original: originalLength, rewritten },
			input,
			actual,
			summary: `computed over bytes 0–${found.offset - 1} with length rewritten to 0x${rewritten.toString(16).padStart(4, '0')}`
		});
		let expected: Uint8Array;
		if (algorithm === 'CRC-32') {
			const v = (crc32(input) ^ FINGERPRINT_XOR) >>> 0;
			expected = new Uint8Array([v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
		} else {
			if (!key) {
				result.problem = keyProblem ?? 'no credentials given, so the MAC cannot be checked';
				return result;
			}
			result.key = toHex(key.key);
			const mac = algorithm === 'HMAC-SHA1' ? hmacSha1(key.key, input) : hmacSha256(key.key, input);
			expected = mac.slice(0, actual.length);
		}
		result.expected = expected;
		result.ok = equal(expected, actual);
		if (!result.ok) {
			result.problem =
				algorithm === 'CRC-32'
					? `${attribute} does not match: the bytes before it were changed, or it was computed without the length rewrite`
					: `${attribute} does not match: wrong key (username, realm, password or preparation), or the message was altered`;
		}
		return result;
	};

	const messageIntegrity = check('MESSAGE-INTEGRITY', 0x0008, 'HMAC-SHA1');
	const messageIntegritySha256 = check('MESSAGE-INTEGRITY-SHA256', 0x001c, 'HMAC-SHA256');
	const fingerprint = check('FINGERPRINT', 0x8028, 'CRC-32');
	if (fingerprint.present && attrs[attrs.length - 1].type !== 0x8028) {
		fingerprint.ok = false;
		fingerprint.problem = 'FINGERPRINT must be the last attribute (RFC 8489 §14.7)';
	}
	const failed = [messageIntegrity, messageIntegritySha256, fingerprint]
		.filter((c) => c.ok === false)
		.map((c) => c.attribute);
	const out: StunVerification = {
		ok: failed.length === 0,
		failed,
		messageIntegrity,
		messageIntegritySha256,
		fingerprint
	};
	if (key) out.key = { hex: toHex(key.key), derivation: key.derivation };
	return out;
}
