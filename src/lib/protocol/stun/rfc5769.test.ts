// RFC 5769's four published vectors: decode every field, verify MESSAGE-INTEGRITY and FINGERPRINT, re-encode
// byte for byte, and derive the keys.
import { describe, expect, it } from 'vitest';
import { hex, toHex } from '../bytes/hex';
import { RFC5769 } from '../../../../test/fixtures/stun/rfc5769';
import { plain } from '../../../../test/fixtures/stun/helpers';
import {
	decodeStun,
	encodeStun,
	longTermKey,
	shortTermKey,
	verifyStun,
	getAttribute,
	type StunMessage
} from '.';

const { sampleRequest, sampleIPv4Response, sampleIPv6Response, sampleRequestLongTerm } = RFC5769;

function summary(m: StunMessage) {
	return {
		method: m.method,
		class: m.class,
		transactionId: toHex(m.transactionId),
		attributes: m.attributes.map((a) => [a.name, plain(a.value), a.padding ? toHex(a.padding) : undefined])
	};
}

describe('RFC 5769 §2.1 sample request', () => {
	const bytes = hex(sampleRequest.hex);
	it('decodes every field', () => {
		const { value } = decodeStun(bytes);
		expect(summary(value)).toEqual({
			method: 0x001,
			class: 'request',
			transactionId: 'b7e7a701bc34d686fa87dfae',
			attributes: [
				['SOFTWARE', 'STUN test client', undefined],
				['PRIORITY', 0x6e0001ff, undefined],
				['ICE-CONTROLLED', 0x932ff9b151263b36n, undefined],
				['USERNAME', 'evtj:h6vY', '202020'],
				['MESSAGE-INTEGRITY', '9aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a2', undefined],
				['FINGERPRINT', 0xe57a3bcf, undefined]
			]
		});
	});
	it('MESSAGE-INTEGRITY and FINGERPRINT verify, over the documented bytes', () => {
		const v = verifyStun(bytes, { password: sampleRequest.password });
		expect(v.ok).toBe(true);
		expect(v.failed).toEqual([]);
		expect(v.messageIntegrity).toMatchObject({
			present: true,
			ok: true,
			attributeOffset: 76,
			range: { offset: 0, length: 76 },
			lengthField: { original: 0x58, rewritten: 0x50 },
			key: toHex(new TextEncoder().encode(sampleRequest.password)),
			summary: 'computed over bytes 0–75 with length rewritten to 0x0050'
		});
		expect(toHex(v.messageIntegrity.expected!)).toBe('9aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a2');
		expect(v.messageIntegrity.input![3]).toBe(0x50);
		expect(toHex(v.messageIntegrity.input!.slice(4))).toBe(toHex(bytes.slice(4, 76)));
		expect(v.fingerprint).toMatchObject({
			present: true,
			ok: true,
			range: { offset: 0, length: 100 },
			lengthField: { original: 0x58, rewritten: 0x58 }
		});
		expect(toHex(v.fingerprint.expected!)).toBe('e57a3bcf');
		expect(v.messageIntegritySha256.present).toBe(false);
	});
	it('a wrong password fails MESSAGE-INTEGRITY only', () => {
		const v = verifyStun(bytes, { password: 'wrong' });
		expect(v.ok).toBe(false);
		expect(v.failed).toEqual(['MESSAGE-INTEGRITY']);
		expect(v.messageIntegrity.problem).toMatch(/does not match/);
		expect(v.fingerprint.ok).toBe(true);
	});
	it('without credentials only FINGERPRINT is checked', () => {
		const v = verifyStun(bytes);
		expect(v.messageIntegrity.ok).toBeUndefined();
		expect(v.messageIntegrity.problem).toMatch(/no credentials/);
		expect(v.ok).toBe(true);
	});
	it('re-encodes byte for byte, and recomputes the same MAC and CRC', () => {
		const { value } = decodeStun(bytes);
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
		const again = encodeStun(value, {
			integrity: { key: shortTermKey(sampleRequest.password) },
			fingerprint: true
		});
		expect(toHex(again)).toBe(toHex(bytes));
	});
});

describe.each([
	['§2.2 IPv4', sampleIPv4Response, 0x3c, '2b91f599fd9e90c38c7489f92af9ba53f06be7d7', 'c07d4c96'],
	['§2.3 IPv6', sampleIPv6Response, 0x48, 'a382954e4be67bf11784c97c8292c275bfe3ed41', 'c8fb0b4c']
] as const)('RFC 5769 %s response', (_, vector, length, mac, crc) => {
	const bytes = hex(vector.hex);
	it('decodes every field', () => {
		const { value, spans } = decodeStun(bytes);
		expect(value.method).toBe(0x001);
		expect(value.class).toBe('success-response');
		expect(spans[0].display).toBe('Binding Success Response');
		expect(spans[0].children![1].value).toBe(length);
		expect(getAttribute(value, 'SOFTWARE')).toBe('test vector');
		expect(value.attributes[0].padding).toEqual(new Uint8Array([0x20]));
		expect(getAttribute(value, 'XOR-MAPPED-ADDRESS')).toEqual(vector.mapped);
		expect(toHex(getAttribute(value, 'MESSAGE-INTEGRITY')!)).toBe(mac);
		expect(getAttribute(value, 'FINGERPRINT')).toBe(parseInt(crc, 16));
		expect(value.attributes.map((a) => a.name)).toEqual([
			'SOFTWARE',
			'XOR-MAPPED-ADDRESS',
			'MESSAGE-INTEGRITY',
			'FINGERPRINT'
		]);
	});
	it('verifies and re-encodes', () => {
		const v = verifyStun(bytes, { password: vector.password });
		expect([v.ok, v.messageIntegrity.ok, v.fingerprint.ok]).toEqual([true, true, true]);
		expect(v.messageIntegrity.lengthField).toEqual({ original: length, rewritten: length - 8 });
		const { value } = decodeStun(bytes);
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
		const recomputed = encodeStun(value, {
			integrity: { key: shortTermKey(vector.password) },
			fingerprint: true
		});
		expect(toHex(recomputed)).toBe(toHex(bytes));
	});
});

describe('RFC 5769 §2.4 request with long-term authentication', () => {
	const bytes = hex(sampleRequestLongTerm.hex);
	const v = sampleRequestLongTerm;
	it('decodes every field', () => {
		const { value } = decodeStun(bytes);
		expect(summary(value)).toEqual({
			method: 0x001,
			class: 'request',
			transactionId: '78ad3433c6ad72c029da412e',
			attributes: [
				['USERNAME', 'マトリックス', undefined],
				['NONCE', 'f//499k954d6OL34oL9FSTvy64sA', undefined],
				['REALM', 'example.org', undefined],
				['MESSAGE-INTEGRITY', 'f67024656dd64a3e02b8e0712e85c9a28ca89666', undefined]
			]
		});
	});
	it('the long-term key is MD5("マトリックス:example.org:TheMatrIX")', () => {
		const expected = 'e8ca7ad59d5eb0518e312911d2dab2a9';
		expect(toHex(longTermKey(v.username, v.realm, v.password))).toBe(expected);
		expect(toHex(longTermKey(v.username, v.realm, v.passwordBeforePrep, { prep: 'saslprep' }))).toBe(
			expected
		);
	});
	it('verifies under SASLprep from the unprepared password', () => {
		const r = verifyStun(bytes, {
			username: v.username,
			realm: v.realm,
			password: v.passwordBeforePrep,
			prep: 'saslprep'
		});
		expect(r.ok).toBe(true);
		expect(r.messageIntegrity).toMatchObject({ ok: true, key: 'e8ca7ad59d5eb0518e312911d2dab2a9' });
		expect(r.messageIntegrity.summary).toBe('computed over bytes 0–91 with length rewritten to 0x0060');
		expect(r.key?.derivation).toBe('long-term: key = MD5(username ":" realm ":" SASLprep(password))');
		expect(r.fingerprint.present).toBe(false);
	});
	it('does not verify under OpaqueString: U+00AD is disallowed there', () => {
		const r = verifyStun(bytes, {
			username: v.username,
			realm: v.realm,
			password: v.passwordBeforePrep,
			prep: 'opaque-string'
		});
		expect(r.messageIntegrity.ok).toBeUndefined();
		expect(r.messageIntegrity.problem).toMatch(/OpaqueString: U\+00AD is not allowed/);
		// Unprepared (no SASLprep mapping), the password differs and the MAC fails.
		const raw = verifyStun(bytes, {
			username: v.username,
			realm: v.realm,
			password: v.passwordBeforePrep,
			prep: 'none'
		});
		expect(raw.failed).toEqual(['MESSAGE-INTEGRITY']);
	});
	it('re-encodes byte for byte, recomputing the MAC', () => {
		const { value } = decodeStun(bytes);
		const key = longTermKey(v.username, v.realm, v.password);
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
		expect(toHex(encodeStun(value, { integrity: { key } }))).toBe(toHex(bytes));
	});
});
