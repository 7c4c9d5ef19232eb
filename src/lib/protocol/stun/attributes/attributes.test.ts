// One table row per registered STUN attribute (and unknown/malformed ones): decode the TLV inside a message,
// compare with the value the RFC layout gives, and re-encode byte for byte.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../bytes/hex';
import { decodeStun, encodeStun, getAttribute, userhash } from '..';
import { STUN_ATTRIBUTE_CASES, TRANSACTION_ID } from '../../../../../test/fixtures/stun/attributes';
import { plain, wrapInMessage } from '../../../../../test/fixtures/stun/helpers';
import { ipToText, textToIp } from './address';

describe('STUN attributes', () => {
	it.each(STUN_ATTRIBUTE_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
		const bytes = wrapInMessage(c.hex, TRANSACTION_ID);
		const { value, spans } = decodeStun(bytes);
		expect(value.attributes).toHaveLength(1);
		const a = value.attributes[0];
		expect({ type: a.type, name: a.name, value: plain(a.value) }).toEqual({
			type: c.expected.type,
			name: c.expected.name,
			value: c.expected.value
		});
		expect(a.raw === true).toBe(c.expected.raw === true);
		if (c.expected.padding) expect(Array.from(a.padding ?? [])).toEqual(c.expected.padding);
		// The attribute span covers the whole TLV.
		expect(spans[1]).toMatchObject({ offset: 20, length: bytes.length - 20 });
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
	});

	it('a malformed registered attribute says why', () => {
		const c = STUN_ATTRIBUTE_CASES.find((x) => x.name.startsWith('malformed'))!;
		const { value, spans } = decodeStun(wrapInMessage(c.hex, TRANSACTION_ID));
		const a = value.attributes[0];
		expect(a.raw && a.problem).toMatch(/family 0x03/);
		expect(spans[1].children![2].noteId).toBe('stun.attribute.malformed');
	});

	it('unknown attributes are marked comprehension-required or -optional', () => {
		const required = STUN_ATTRIBUTE_CASES.find((x) => x.name.includes('required'))!;
		const optional = STUN_ATTRIBUTE_CASES.find((x) => x.name.includes('optional'))!;
		const r = decodeStun(wrapInMessage(required.hex, TRANSACTION_ID)).spans[1];
		const o = decodeStun(wrapInMessage(optional.hex, TRANSACTION_ID)).spans[1];
		expect([r.noteId, r.children![0].display]).toEqual([
			'stun.attribute.unknown-required',
			'0x7f01 unknown (comprehension-required)'
		]);
		expect(o.noteId).toBe('stun.attribute.unknown-optional');
	});

	it('USERHASH of RFC 8489 Appendix B.1 is SHA-256("マトリックス:example.org")', () => {
		const c = STUN_ATTRIBUTE_CASES.find((x) => x.name.startsWith('USERHASH'))!;
		expect(toHex(userhash('\u30de\u30c8\u30ea\u30c3\u30af\u30b9', 'example.org'))).toBe(c.expected.value);
	});

	it('XOR address spans show the XOR', () => {
		const c = STUN_ATTRIBUTE_CASES.find((x) => x.name.startsWith('XOR-MAPPED-ADDRESS IPv4'))!;
		const { value, spans } = decodeStun(wrapInMessage(c.hex, TRANSACTION_ID));
		const fields = spans[1].children![2].children!;
		expect(fields.map((f) => [f.name, f.offset, f.length, f.display])).toEqual([
			['Reserved', 24, 1, undefined],
			['Family', 25, 1, 'IPv4'],
			['X-Port', 26, 2, '0xa147 XOR 0x2112 = 32853'],
			['X-Address', 28, 4, 'XOR magic cookie = 192.0.2.1']
		]);
		expect(getAttribute(value, 'XOR-MAPPED-ADDRESS')?.port).toBe(32853);
	});

	it.each([
		{ args: '::', expected: '::' },
		{ args: '2001:db8::1', expected: '2001:db8::1' },
		{ args: '2001:0db8:0:0:1:0:0:1', expected: '2001:db8::1:0:0:1' },
		{ args: '::ffff:192.0.2.1', expected: '::ffff:c000:201' },
		{ args: '1:2:3:4:5:6:7:8', expected: '1:2:3:4:5:6:7:8' },
		{ args: 'fe80::', expected: 'fe80::' }
	])('IPv6 text $args → $expected (RFC 5952)', ({ args, expected }) => {
		expect(ipToText(textToIp(args, 'IPv6'))).toBe(expected);
	});

	it.each(['1::2::3', '12345::', '1:2:3:4:5:6:7', 'x::'])('rejects IPv6 text %s', (t) => {
		expect(() => textToIp(t, 'IPv6')).toThrow(RangeError);
	});
});
