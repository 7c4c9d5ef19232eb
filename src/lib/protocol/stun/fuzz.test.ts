// Properties: arbitrary or mutated bytes only ever raise DecodeError; generated messages round-trip byte for byte;
// integrity computed by the encoder always verifies.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hex, toHex } from '../bytes/hex';
import { DecodeError } from '../bytes/span';
import { RFC5769 } from '../../../../test/fixtures/stun/rfc5769';
import { turnMessages } from '../../../../test/fixtures/stun/turn-messages';
import { chromeCoturnAllocate } from '../../../../test/fixtures/stun/captures';
import {
	ATTRIBUTES,
	CLASSES,
	decodeStun,
	encodeStun,
	shortTermKey,
	verifyStun,
	type StunAttribute,
	type StunMessage
} from '.';
import { decodeChannelData, encodeChannelData } from '../turn';

const onlyDecodeError = (f: () => unknown) => {
	try {
		f();
	} catch (e) {
		if (!(e instanceof DecodeError)) throw e;
	}
};

const vectors = [
	...Object.values(RFC5769).map((v) => hex(v.hex)),
	...Object.values(turnMessages).map((h) => hex(h)),
	...Object.values(chromeCoturnAllocate).map((h) => hex(h))
];

/** A vector with a few bytes changed, inserted or removed. */
const mutated = fc
	.tuple(
		fc.constantFrom(...vectors),
		fc.array(
			fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete')),
			{
				minLength: 1,
				maxLength: 4
			}
		)
	)
	.map(([v, edits]) => {
		const b = Array.from(v);
		for (const [at, byte, op] of edits) {
			const i = at % (b.length + 1);
			if (op === 'set' && i < b.length) b[i] = byte;
			else if (op === 'insert') b.splice(i, 0, byte);
			else b.splice(i, 1);
		}
		return new Uint8Array(b);
	});

/** A mutated vector whose header length is fixed up, so mutations reach the attribute decoders. */
const mutatedBody = mutated.map((b) => {
	if (b.length >= 4) {
		const len = Math.max(0, b.length - 20);
		b[2] = len >> 8;
		b[3] = len & 0xff;
	}
	return b;
});

const bytesArb = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });

/** Attribute values of the right shape for their type, or raw bytes of any (unregistered) type. */
const attributeArb: fc.Arbitrary<StunAttribute> = fc
	.oneof(
		fc
			.record({
				type: fc.integer({ min: 0, max: 0xffff }).filter((t) => !ATTRIBUTES.some((a) => a.type === t)),
				value: bytesArb(0, 40),
				padding: fc.option(bytesArb(4, 4), { nil: undefined })
			})
			.map(({ type, value, padding }) => {
				const a: StunAttribute = { type, name: `0x${type.toString(16).padStart(4, '0')}`, value, raw: true };
				const p = (4 - (value.length % 4)) % 4;
				if (padding && p > 0 && padding.subarray(0, p).some((x) => x !== 0)) a.padding = padding.slice(0, p);
				return a;
			}),
		fc.record({ name: fc.constant('SOFTWARE' as const), value: fc.string({ maxLength: 30 }) }),
		fc.record({ name: fc.constant('USERNAME' as const), value: fc.string({ maxLength: 30 }) }),
		fc.record({ name: fc.constant('PRIORITY' as const), value: fc.nat({ max: 0xffffffff }) }),
		fc.record({
			name: fc.constant('ICE-CONTROLLING' as const),
			value: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n })
		}),
		fc.record({ name: fc.constant('USE-CANDIDATE' as const), value: fc.constant(true as const) }),
		fc.record({ name: fc.constant('LIFETIME' as const), value: fc.nat({ max: 0xffffffff }) }),
		fc.record({ name: fc.constant('DATA' as const), value: bytesArb(0, 50) }),
		fc.record({
			name: fc.constantFrom(
				'XOR-MAPPED-ADDRESS' as const,
				'XOR-PEER-ADDRESS' as const,
				'MAPPED-ADDRESS' as const
			),
			value: fc.oneof(
				fc.record({ family: fc.constant('IPv4' as const), address: fc.ipV4(), port: fc.nat({ max: 65535 }) }),
				fc.record({
					family: fc.constant('IPv6' as const),
					address: bytesArb(16, 16).map((b) => {
						const g = [];
						for (let i = 0; i < 16; i += 2) g.push(((b[i] << 8) | b[i + 1]).toString(16));
						return g.join(':');
					}),
					port: fc.nat({ max: 65535 })
				})
			)
		}),
		fc.record({
			name: fc.constant('ERROR-CODE' as const),
			value: fc.record({ code: fc.integer({ min: 300, max: 699 }), reason: fc.string({ maxLength: 20 }) })
		}),
		fc.record({
			name: fc.constant('UNKNOWN-ATTRIBUTES' as const),
			value: fc.array(fc.nat({ max: 0xffff }), { maxLength: 5 })
		})
	)
	.map((a) => {
		if ('type' in a) return a as StunAttribute;
		return { ...a, type: ATTRIBUTES.find((c) => c.name === a.name)!.type } as StunAttribute;
	});

const messageArb: fc.Arbitrary<StunMessage> = fc.record({
	method: fc.nat({ max: 0xfff }),
	class: fc.constantFrom(...CLASSES),
	transactionId: bytesArb(12, 12),
	attributes: fc.array(attributeArb, { maxLength: 8 })
});

describe('STUN properties', () => {
	it('random bytes → only DecodeError', () => {
		fc.assert(
			fc.property(bytesArb(0, 200), (b) => onlyDecodeError(() => decodeStun(b))),
			{ numRuns: 2000 }
		);
	});
	it('random bytes with a STUN header → only DecodeError', () => {
		const withHeader = fc
			.tuple(bytesArb(12, 12), fc.array(bytesArb(0, 12), { maxLength: 10 }))
			.map(([id, parts]) => {
				const body = parts.flatMap((p) => Array.from(p));
				while (body.length % 4) body.push(0);
				return new Uint8Array([
					0,
					1,
					body.length >> 8,
					body.length & 0xff,
					0x21,
					0x12,
					0xa4,
					0x42,
					...id,
					...body
				]);
			});
		fc.assert(
			fc.property(withHeader, (b) => onlyDecodeError(() => decodeStun(b))),
			{ numRuns: 2000 }
		);
	});
	it('mutated vectors → only DecodeError, and whatever decodes re-encodes exactly', () => {
		fc.assert(
			fc.property(fc.oneof(mutated, mutatedBody), (b) => {
				let decoded;
				try {
					decoded = decodeStun(b);
				} catch (e) {
					if (e instanceof DecodeError) return;
					throw e;
				}
				expect(toHex(encodeStun(decoded.value))).toBe(toHex(b));
				onlyDecodeError(() => verifyStun(b, { password: 'x' }));
			}),
			{ numRuns: 2000 }
		);
	});
	it('generated messages → encode/decode/encode byte-exact', () => {
		fc.assert(
			fc.property(messageArb, (m) => {
				const bytes = encodeStun(m);
				const d = decodeStun(bytes).value;
				expect(d.attributes.every((a) => !a.raw || a.problem === undefined)).toBe(true);
				expect(toHex(encodeStun(d))).toBe(toHex(bytes));
			}),
			{ numRuns: 500 }
		);
	});
	it('integrity round trip verifies', () => {
		fc.assert(
			fc.property(
				messageArb,
				fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /^[\x21-\x7e]+$/.test(s)),
				(m, pw) => {
					const key = shortTermKey(pw);
					const bytes = encodeStun(m, { integrity: { key }, integritySha256: { key }, fingerprint: true });
					const v = verifyStun(bytes, { password: pw });
					expect([v.messageIntegrity.ok, v.messageIntegritySha256.ok, v.fingerprint.ok]).toEqual([
						true,
						true,
						true
					]);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('ChannelData properties', () => {
	it('random bytes → only DecodeError; what decodes re-encodes exactly', () => {
		fc.assert(
			fc.property(bytesArb(0, 40), (b) => {
				try {
					const d = decodeChannelData(b);
					expect(toHex(encodeChannelData(d.value))).toBe(toHex(b));
				} catch (e) {
					if (!(e instanceof DecodeError)) throw e;
				}
			}),
			{ numRuns: 2000 }
		);
	});
	it('generated ChannelData round-trips', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0x4000, max: 0x7fff }),
				bytesArb(0, 64),
				fc.boolean(),
				(channelNumber, data, pad) => {
					const bytes = encodeChannelData({ channelNumber, data }, { pad });
					const d = decodeChannelData(bytes).value;
					expect([d.channelNumber, toHex(d.data)]).toEqual([channelNumber, toHex(data)]);
					expect(toHex(encodeChannelData(d))).toBe(toHex(bytes));
				}
			)
		);
	});
});
