import { describe, expect, it } from 'vitest';
import { ByteReader } from './reader';
import { ByteWriter } from './writer';
import { hex, toHex } from './hex';
import { DecodeError } from './span';

describe('ByteReader / ByteWriter', () => {
	it('reads big-endian integers', () => {
		const r = new ByteReader(hex('01 0203 040506 ffffffff 0000000100000002'));
		expect([r.u8(), r.u16(), r.u24(), r.u32(), r.u64()]).toEqual([
			1,
			0x0203,
			0x040506,
			0xffffffff,
			(1n << 32n) | 2n
		]);
		expect(r.remaining).toBe(0);
	});
	it('reports truncation with the offset and what was being read', () => {
		const r = new ByteReader(hex('0001'));
		r.u8();
		expect(() => r.u32('Magic Cookie')).toThrowError(DecodeError);
		try {
			r.u32('Magic Cookie');
		} catch (e) {
			expect((e as DecodeError).offset).toBe(1);
			expect((e as DecodeError).message).toMatch(/Magic Cookie needs 4 bytes but only 1 remain/);
		}
	});
	it('writes what it reads', () => {
		const w = new ByteWriter(2)
			.u8(1)
			.u16(0x0203)
			.u24(0x040506)
			.u32(0xffffffff)
			.u64(5n)
			.bytes(hex('aa'))
			.pad(4); // 19 bytes written, one zero pads to 20
		w.setU16(1, 0xbeef);
		expect(toHex(w.finish())).toBe('01beef040506ffffffff0000000000000005aa00');
	});
	it('hex() ignores comments and whitespace', () => {
		expect(toHex(hex('00 01 // type\n 00 58 # length'))).toBe('00010058');
		expect(() => hex('abc')).toThrow();
	});
});
