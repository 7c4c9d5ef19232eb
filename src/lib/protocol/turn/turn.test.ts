// TURN messages: hand-built from RFC 8656 layouts and a real Chrome ⇄ coturn capture.
import { describe, expect, it } from 'vitest';
import { hex, toHex } from '../bytes/hex';
import {
	decodeStun,
	encodeStun,
	getAttribute,
	longTermKey,
	verifyStun,
	messageTypeName,
	composeMessageType
} from '../stun';
import { turnMessages } from '../../../../test/fixtures/stun/turn-messages';
import { chromeCoturnAllocate } from '../../../../test/fixtures/stun/captures';
import { plain } from '../../../../test/fixtures/stun/helpers';

describe('TURN messages built from RFC 8656', () => {
	it.each([
		{
			args: 'allocateRequest',
			expected: ['Allocate Request', ['REQUESTED-TRANSPORT', 'DONT-FRAGMENT', 'LIFETIME']]
		},
		{
			args: 'allocateError401',
			expected: [
				'Allocate Error Response',
				['ERROR-CODE', 'REALM', 'NONCE', 'PASSWORD-ALGORITHMS', 'SOFTWARE']
			]
		},
		{
			args: 'allocateSuccess',
			expected: ['Allocate Success Response', ['XOR-RELAYED-ADDRESS', 'XOR-MAPPED-ADDRESS', 'LIFETIME']]
		},
		{ args: 'refreshDelete', expected: ['Refresh Request', ['LIFETIME']] },
		{ args: 'createPermission', expected: ['CreatePermission Request', ['XOR-PEER-ADDRESS']] },
		{ args: 'channelBind', expected: ['ChannelBind Request', ['CHANNEL-NUMBER', 'XOR-PEER-ADDRESS']] },
		{ args: 'sendIndication', expected: ['Send Indication', ['XOR-PEER-ADDRESS', 'DATA']] },
		{ args: 'dataIndication', expected: ['Data Indication', ['XOR-PEER-ADDRESS', 'DATA']] }
	] as const)('$args', ({ args, expected }) => {
		const bytes = hex(turnMessages[args]);
		const { value, spans } = decodeStun(bytes);
		expect([spans[0].display, value.attributes.map((a) => a.name)]).toEqual(expected);
		expect(value.attributes.every((a) => !a.raw)).toBe(true);
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
	});

	it('reads the values', () => {
		const ok = decodeStun(hex(turnMessages.allocateSuccess)).value;
		expect(getAttribute(ok, 'XOR-RELAYED-ADDRESS')).toEqual({
			family: 'IPv4',
			address: '203.0.113.5',
			port: 50000
		});
		expect(getAttribute(ok, 'LIFETIME')).toBe(3600);
		const err = decodeStun(hex(turnMessages.allocateError401)).value;
		expect(getAttribute(err, 'ERROR-CODE')).toEqual({ code: 401, reason: 'Unauthorized' });
		expect(getAttribute(err, 'NONCE')).toBe('obMatJos2AAACf//499k');
		expect(plain(getAttribute(err, 'PASSWORD-ALGORITHMS'))).toEqual([
			{ algorithm: 2, parameters: '' },
			{ algorithm: 1, parameters: '' }
		]);
		const data = decodeStun(hex(turnMessages.dataIndication)).value;
		expect(getAttribute(data, 'XOR-PEER-ADDRESS')).toEqual({
			family: 'IPv6',
			address: '2001:db8::15',
			port: 49152
		});
		expect(toHex(getAttribute(data, 'DATA')!)).toBe('deadbeef');
	});

	it('message types interleave method and class bits (RFC 8489 §5)', () => {
		expect(composeMessageType(0x003, 'request')).toBe(0x0003);
		expect(composeMessageType(0x003, 'success-response')).toBe(0x0103);
		expect(composeMessageType(0x003, 'error-response')).toBe(0x0113);
		expect(composeMessageType(0x006, 'indication')).toBe(0x0016);
		expect(composeMessageType(0x007, 'indication')).toBe(0x0017);
		expect(composeMessageType(0x009, 'success-response')).toBe(0x0109);
		expect(messageTypeName(0x008, 'error-response')).toBe('CreatePermission Error Response');
	});

	it('an authenticated ChannelBind with SHA-256 long-term credentials round-trips and verifies', () => {
		const { value } = decodeStun(hex(turnMessages.channelBind));
		value.attributes.push(
			{ type: 0x0006, name: 'USERNAME', value: 'alice' },
			{ type: 0x0014, name: 'REALM', value: 'example.org' },
			{ type: 0x0015, name: 'NONCE', value: 'obMatJos2AAACf//499k' },
			{ type: 0x001d, name: 'PASSWORD-ALGORITHM', value: { algorithm: 2, parameters: new Uint8Array() } }
		);
		const key = longTermKey('alice', 'example.org', 'secret', { algorithm: 'SHA-256' });
		const bytes = encodeStun(value, { integrity: { key }, integritySha256: { key }, fingerprint: true });
		const v = verifyStun(bytes, { username: 'alice', realm: 'example.org', password: 'secret' });
		expect(v.key?.derivation).toBe(
			'long-term: key = SHA-256(username ":" OpaqueString(realm) ":" OpaqueString(password))'
		);
		expect([v.ok, v.messageIntegrity.ok, v.messageIntegritySha256.ok, v.fingerprint.ok]).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(
			decodeStun(bytes)
				.value.attributes.slice(-3)
				.map((a) => a.name)
		).toEqual(['MESSAGE-INTEGRITY', 'MESSAGE-INTEGRITY-SHA256', 'FINGERPRINT']);
		expect(
			verifyStun(bytes, { username: 'alice', realm: 'example.org', password: 'secret', algorithm: 'MD5' })
				.failed
		).toEqual(['MESSAGE-INTEGRITY', 'MESSAGE-INTEGRITY-SHA256']);
	});
});

describe('Chrome ⇄ coturn 4.5.0.3 Allocate capture (pion/turn testdata)', () => {
	it('Allocate Request keeps the unregistered ORIGIN attribute raw', () => {
		const bytes = hex(chromeCoturnAllocate.allocateRequest);
		const { value, spans } = decodeStun(bytes);
		expect(spans[0].display).toBe('Allocate Request');
		expect(value.attributes.map((a) => [a.name, a.raw === true])).toEqual([
			['0x802f', true],
			['REQUESTED-TRANSPORT', false]
		]);
		expect(new TextDecoder().decode(value.attributes[0].value as Uint8Array)).toBe('http://localhost:3000/');
		expect(getAttribute(value, 'REQUESTED-TRANSPORT')).toEqual({ protocol: 17 });
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
	});
	it("401 keeps coturn's non-zero SOFTWARE padding", () => {
		const bytes = hex(chromeCoturnAllocate.allocateError401);
		const { value, spans } = decodeStun(bytes);
		expect(spans[0].display).toBe('Allocate Error Response');
		expect(getAttribute(value, 'ERROR-CODE')).toEqual({ code: 401, reason: 'Unauthorized' });
		expect(getAttribute(value, 'NONCE')).toBe('5a0209b5cb806106');
		expect(getAttribute(value, 'REALM')).toBe('a1.cydev.ru');
		expect(getAttribute(value, 'SOFTWARE')).toBe("Coturn-4.5.0.3 'dan Eider'");
		expect(toHex(value.attributes[3].padding!)).toBe('2300');
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
	});
	it('authenticated Allocate Request and Success Response', () => {
		const req = hex(chromeCoturnAllocate.allocateRequestAuthenticated);
		const res = hex(chromeCoturnAllocate.allocateSuccess);
		const r = decodeStun(req).value;
		expect(getAttribute(r, 'USERNAME')).toBe('ernado');
		expect(verifyStun(req).messageIntegrity).toMatchObject({ present: true, attributeOffset: 104 });
		const s = decodeStun(res).value;
		expect(s.class).toBe('success-response');
		expect(toHex(s.transactionId)).toBe(toHex(r.transactionId));
		expect(getAttribute(s, 'LIFETIME')).toBe(600);
		expect(getAttribute(s, 'XOR-RELAYED-ADDRESS')?.family).toBe('IPv4');
		expect(getAttribute(s, 'XOR-MAPPED-ADDRESS')?.family).toBe('IPv4');
		expect(toHex(encodeStun(r))).toBe(toHex(req));
		expect(toHex(encodeStun(s))).toBe(toHex(res));
	});
});
