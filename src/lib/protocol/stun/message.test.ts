// Header layout, malformed input, encode options and builders.
import { describe, expect, it } from 'vitest';
import { hex, toHex } from '../bytes/hex';
import { DecodeError } from '../bytes/span';
import { RFC5769 } from '../../../../test/fixtures/stun/rfc5769';
import {
	attribute,
	buildBindingRequest,
	buildBindingSuccessResponse,
	buildErrorResponse,
	crc32,
	decodeStun,
	encodeStun,
	isStun,
	shortTermKey,
	splitMessageType,
	verifyStun
} from '.';

const sample = hex(RFC5769.sampleRequest.hex);
const txid = hex('b7e7a701bc34d686fa87dfae');

describe('STUN header', () => {
	it('spans show the class and method bits of the message type', () => {
		const bytes = hex(RFC5769.sampleIPv4Response.hex); // 0x0101 Binding Success Response
		const header = decodeStun(bytes).spans[0];
		expect(header).toMatchObject({ path: 'stun.header', offset: 0, length: 20 });
		const type = header.children![0];
		expect(type.display).toBe('0x0101 Binding Success Response');
		expect(type.children!.map((s) => [s.name, s.offset, s.bitOffset, s.bitLength, s.value])).toEqual([
			['Leading zero bits', 0, 0, 2, 0],
			['Method M11–M7', 0, 2, 5, 0],
			['Class C1', 0, 7, 1, 1],
			['Method M6–M4', 1, 0, 3, 0],
			['Class C0', 1, 3, 1, 0],
			['Method M3–M0', 1, 4, 4, 1]
		]);
		expect(header.children!.slice(1).map((s) => [s.name, s.offset, s.length])).toEqual([
			['Message Length', 2, 2],
			['Magic Cookie', 4, 4],
			['Transaction ID', 8, 12]
		]);
	});

	it.each([
		{ args: 0x0001, expected: { method: 0x001, cls: 'request' } },
		{ args: 0x0011, expected: { method: 0x001, cls: 'indication' } },
		{ args: 0x0101, expected: { method: 0x001, cls: 'success-response' } },
		{ args: 0x0111, expected: { method: 0x001, cls: 'error-response' } },
		{ args: 0x3fff, expected: { method: 0xfff, cls: 'error-response' } }
	])('splits message type $args', ({ args, expected }) => {
		expect(splitMessageType(args)).toEqual(expected);
	});

	it('spans cover every byte exactly once', () => {
		const { spans } = decodeStun(sample);
		const covered = new Array<number>(sample.length).fill(0);
		const walk = (list: typeof spans) => {
			for (const s of list) {
				if (s.children) walk(s.children);
				else if (s.bitLength === undefined) for (let i = 0; i < s.length; i++) covered[s.offset + i]++;
			}
		};
		walk(spans);
		// The message type's bits are bit spans; its two bytes are covered by the parent.
		covered[0]++;
		covered[1]++;
		expect(covered.every((c) => c === 1)).toBe(true);
	});
});

describe('malformed input', () => {
	const cases: { args: string; expected: string }[] = [
		{ args: '00 01 00', expected: 'truncated' },
		{ args: '', expected: 'truncated' },
		{ args: `c0 01 00 00 21 12 a4 42 ${toHex(txid)}`, expected: 'not-stun' },
		{ args: `00 01 00 00 21 12 a4 43 ${toHex(txid)}`, expected: 'bad-magic-cookie' },
		{ args: `00 01 00 02 21 12 a4 42 ${toHex(txid)} 00 00`, expected: 'bad-length' },
		{ args: `00 01 00 04 21 12 a4 42 ${toHex(txid)}`, expected: 'truncated' },
		{ args: `00 01 00 00 21 12 a4 42 ${toHex(txid)} 00 00 00 00`, expected: 'trailing-bytes' },
		{ args: `00 01 00 04 21 12 a4 42 ${toHex(txid)} 80 22 00 05`, expected: 'attribute-overflow' }
	];
	it.each(cases)('$args → $expected', ({ args, expected }) => {
		expect.assertions(2);
		try {
			decodeStun(hex(args));
		} catch (e) {
			expect(e).toBeInstanceOf(DecodeError);
			expect((e as DecodeError).code).toBe(expected);
		}
	});

	it('isStun agrees on the quick checks', () => {
		expect(isStun(sample)).toBe(true);
		expect(isStun(sample.subarray(0, 40))).toBe(false);
		expect(isStun(hex('40000004deadbeef'))).toBe(false);
	});

	it('a FINGERPRINT that is not last fails', () => {
		const { value } = decodeStun(sample);
		value.attributes.push(attribute('SOFTWARE', 'x'));
		const v = verifyStun(encodeStun(value));
		expect(v.failed).toEqual(['FINGERPRINT']);
		expect(v.fingerprint.problem).toMatch(/last attribute/);
	});

	it('a flipped byte fails FINGERPRINT and MESSAGE-INTEGRITY', () => {
		const bytes = sample.slice();
		bytes[25] ^= 1; // inside SOFTWARE
		const v = verifyStun(bytes, { password: RFC5769.sampleRequest.password });
		expect(v.failed).toEqual(['MESSAGE-INTEGRITY', 'FINGERPRINT']);
	});
});

describe('encoding', () => {
	it('CRC-32 is the zlib/IEEE one', () => {
		expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
	});

	it('adds MESSAGE-INTEGRITY, MESSAGE-INTEGRITY-SHA256 and FINGERPRINT in RFC order', () => {
		const key = shortTermKey('pw');
		const m = buildBindingRequest({ transactionId: txid, attributes: [attribute('USERNAME', 'a:b')] });
		const bytes = encodeStun(m, {
			fingerprint: true,
			integritySha256: { key, length: 16 },
			integrity: { key }
		});
		const d = decodeStun(bytes).value;
		expect(
			d.attributes.map((a) => [
				a.name,
				a.name === 'USERNAME' ? a.value : (a.value as Uint8Array | number)?.constructor?.name
			])
		).toEqual([
			['USERNAME', 'a:b'],
			['MESSAGE-INTEGRITY', 'Uint8Array'],
			['MESSAGE-INTEGRITY-SHA256', 'Uint8Array'],
			['FINGERPRINT', 'Number']
		]);
		const v = verifyStun(bytes, { password: 'pw' });
		expect([v.ok, v.messageIntegrity.ok, v.messageIntegritySha256.ok, v.fingerprint.ok]).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(v.messageIntegritySha256.actual).toHaveLength(16);
	});

	it('builders make the usual Binding exchange', () => {
		const req = buildBindingRequest({ transactionId: txid });
		expect(toHex(encodeStun(req))).toBe('000100002112a442' + toHex(txid));
		const res = buildBindingSuccessResponse(req, { family: 'IPv4', address: '192.0.2.1', port: 32853 });
		expect(toHex(encodeStun(res))).toBe('0101000c2112a442' + toHex(txid) + '00200008' + '0001a147e112a643');
		const err = buildErrorResponse(req, 420);
		expect(decodeStun(encodeStun(err)).value.attributes[0].value).toEqual({
			code: 420,
			reason: 'Unknown Attribute'
		});
		expect(buildBindingRequest().transactionId).toHaveLength(12);
	});

	it('refuses values it cannot write', () => {
		const m = buildBindingRequest({
			transactionId: txid,
			attributes: [attribute('XOR-MAPPED-ADDRESS', { family: 'IPv4', address: '300.1.1.1', port: 1 })]
		});
		expect(() => encodeStun(m)).toThrow(RangeError);
		expect(() => encodeStun({ ...m, transactionId: new Uint8Array(3) })).toThrow(RangeError);
	});
});
