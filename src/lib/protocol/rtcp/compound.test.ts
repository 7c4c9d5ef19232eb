import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hex, toHex } from '../bytes/hex';
import { DecodeError } from '../bytes/span';
import { fixture, rtcpFixtures } from '../../../../test/fixtures/rtp/load';
import { decodeRtcp, encodeRtcp, validateCompound, type RtcpPacket } from './index';

function decodeOne(file: string) {
	return decodeRtcp(fixture(file).bytes);
}

describe('pion/rtcp realPacket (a packet dump): RR, SDES, BYE, PLI, RRR, APP', () => {
	const { value, spans } = decodeOne('pion-real-compound.hex');
	it('finds six packets, each a span at its offset', () => {
		expect(value.map((p) => p.kind)).toEqual(['RR', 'SDES', 'BYE', 'PLI', 'unknown', 'APP']);
		expect(spans.map((s) => [s.offset, s.length])).toEqual([
			[0, 32],
			[32, 52],
			[84, 8],
			[92, 12],
			[104, 12],
			[116, 16]
		]);
	});
	it('reads the RR report block as pion documents it', () => {
		expect(value[0]).toMatchObject({
			kind: 'RR',
			ssrc: 0x902f9e2e,
			reports: [
				{
					ssrc: 0xbc5e9a40,
					fractionLost: 0,
					cumulativeLost: 0,
					extendedHighestSequence: 0x46e1,
					jitter: 273,
					lastSr: 0x9f36432,
					delaySinceLastSr: 150137
				}
			]
		});
	});
	it('reads the CNAME, BYE source, PLI, raw RRR and APP', () => {
		expect(value[1]).toMatchObject({
			kind: 'SDES',
			chunks: [
				{
					ssrc: 0x902f9e2e,
					items: [{ type: 1, name: 'CNAME', text: '{9c00eb92-1afb-9d49-a47d-91f64eee69f5}' }]
				}
			]
		});
		expect(value[2]).toMatchObject({ kind: 'BYE', sources: [0x902f9e2e] });
		expect(value[3]).toMatchObject({ kind: 'PLI', senderSsrc: 0x902f9e2e, mediaSsrc: 0x902f9e2e });
		expect(value[4]).toMatchObject({ kind: 'unknown', packetType: 205, count: 5 });
		expect(value[5]).toMatchObject({
			kind: 'APP',
			subtype: 0,
			ssrc: 0x4baae1ab,
			name: 'NAME',
			data: hex('41 42 43 44')
		});
	});
	it('is a valid compound (RR first, CNAME present) except that BYE is not last', () => {
		expect(validateCompound(value)).toMatchObject({
			valid: false,
			reducedSize: false,
			problems: [{ code: 'bye-not-last', packetIndex: 2 }]
		});
	});
});

describe('pion/rtcp vectors', () => {
	it('SR + SDES (issue #447): sender info and CNAME', () => {
		const { value } = decodeOne('pion-sr-sdes.hex');
		expect(value[0]).toMatchObject({
			kind: 'SR',
			ssrc: 0x2b7ec0c5,
			ntpTimestamp: 0xe020a2a952a53fc0n,
			rtpTimestamp: 0x2e48a552,
			packetCount: 70,
			octetCount: 4637,
			reports: []
		});
		expect(value[1]).toMatchObject({
			kind: 'SDES',
			chunks: [{ ssrc: 0x2b7ec0c5, items: [{ name: 'CNAME', text: 'LcIfzXonDordSeW6' }] }]
		});
		expect(validateCompound(value)).toEqual({ valid: true, reducedSize: false, problems: [] });
	});
	it('Generic NACK: PID 0xaaaa BLP 0x5555 expands to the lost sequence numbers', () => {
		const { value } = decodeOne('pion-nack.hex');
		expect(value[0]).toMatchObject({
			kind: 'NACK',
			senderSsrc: 0x902f9e2e,
			mediaSsrc: 0x902f9e2e,
			pairs: [{ pid: 0xaaaa, blp: 0x5555 }]
		});
		const lost = (value[0] as Extract<RtcpPacket, { kind: 'NACK' }>).lost;
		expect(lost).toEqual([0xaaaa, ...[1, 3, 5, 7, 9, 11, 13, 15].map((i) => 0xaaaa + i)]);
		expect(validateCompound(value)).toMatchObject({ valid: true, reducedSize: true });
	});
	it('REMB from Chrome: exp 6, mantissa 139487 → 8927168 bit/s', () => {
		const { value } = decodeOne('pion-remb.hex');
		expect(value[0]).toEqual({
			kind: 'REMB',
			senderSsrc: 1,
			mediaSsrc: 0,
			exponent: 6,
			mantissa: 139487,
			bitrate: 8927168,
			ssrcs: [1215622422],
			padding: new Uint8Array(0)
		});
	});
	it('FIR with two entries', () => {
		const { value } = decodeOne('pion-fir.hex');
		expect(value[0]).toMatchObject({
			kind: 'FIR',
			senderSsrc: 0,
			mediaSsrc: 0x4bc4fcb4,
			entries: [
				{ ssrc: 0x12345678, sequenceNumber: 0x42, reserved: 0 },
				{ ssrc: 0x98765432, sequenceNumber: 0x57, reserved: 0 }
			]
		});
	});
	it('XR (PT 207) is kept raw, all 204 body bytes', () => {
		const { value } = decodeOne('pion-xr.hex');
		expect(value[0]).toMatchObject({ kind: 'unknown', packetType: 207, count: 0 });
		expect((value[0] as Extract<RtcpPacket, { kind: 'unknown' }>).body.length).toBe(204);
	});
});

describe('hand-assembled RR + SDES + BYE (RFC 3550 §6.4.2, §6.5, §6.6)', () => {
	const { value } = decodeOne('constructed-rr-sdes-bye.hex');
	it('reads negative cumulative loss, the profile extension, two chunks and the BYE reason', () => {
		expect(value[0]).toMatchObject({
			kind: 'RR',
			reports: [{ fractionLost: 25, cumulativeLost: -2, extendedHighestSequence: 0x10005 }],
			profileExtension: hex('de ad be ef')
		});
		expect(value[1]).toMatchObject({
			kind: 'SDES',
			chunks: [
				{ ssrc: 1, items: [{ name: 'CNAME', text: 'abc' }] },
				{ ssrc: 2, items: [{ name: 'TOOL', text: 'test' }] }
			]
		});
		expect(value[2]).toMatchObject({
			kind: 'BYE',
			sources: [1],
			reason: 'done',
			reasonData: hex('64 6f 6e 65'),
			reasonPadding: hex('00 00 00')
		});
		expect(validateCompound(value).valid).toBe(true);
	});
});

describe('validateCompound (RFC 3550 §6.1, RFC 5506)', () => {
	const rr: RtcpPacket = {
		kind: 'RR',
		ssrc: 1,
		reports: [],
		profileExtension: new Uint8Array(0),
		padding: new Uint8Array(0)
	};
	const sdes: RtcpPacket = {
		kind: 'SDES',
		chunks: [{ ssrc: 1, items: [{ type: 1, name: 'CNAME', text: 'x', data: hex('78') }] }],
		padding: new Uint8Array(0)
	};
	const pli: RtcpPacket = { kind: 'PLI', senderSsrc: 1, mediaSsrc: 2, padding: new Uint8Array(0) };
	const padded = (p: RtcpPacket): RtcpPacket => ({ ...p, padding: hex('00 00 00 04') });
	it.each([
		{ args: [rr, sdes], expected: [] },
		{ args: [rr, sdes, pli], expected: [] },
		{ args: [pli], expected: [] },
		{ args: [rr], expected: ['no-cname'] },
		{ args: [pli, sdes], expected: ['first-not-report'] },
		{ args: [padded(rr), sdes], expected: ['padding-not-last'] },
		{ args: [rr, sdes, padded(pli)], expected: [] }
	])('$args.length packets → $expected', ({ args, expected }) => {
		expect(validateCompound(args).problems.map((p) => p.code)).toEqual(expected);
	});
});

describe('errors', () => {
	it.each([
		{ args: '', expected: 'truncated' },
		{ args: '81 c9', expected: 'truncated' },
		{ args: '41 c9 00 01  00 00 00 01', expected: 'bad-version' },
		{ args: '81 c9 00 64', expected: 'truncated' }, // pion TestInvalidHeaderLength: length 100
		{ args: '81 c9 00 01  00 00 00 01', expected: 'truncated' }, // RC=1 but no report block
		{ args: 'a1 c9 00 01  00 00 00 00', expected: 'bad-padding' }, // padding count 0
		{ args: 'a1 c9 00 01  00 00 00 09', expected: 'bad-padding' }, // padding count larger than the body
		{ args: '81 ce 00 03  00 00 00 01  00 00 00 02  00 00 00 00', expected: 'bad-length' }, // PLI with FCI
		{ args: '81 cd 00 02  00 00 00 01  00 00 00 02', expected: 'bad-length' }, // NACK without entries
		// pion sender_report_test "valid": a 52-byte SR whose length field says 7 (32 bytes)
		{
			args: '81 c8 00 07  902f9e2e da8bd1fc dddda05a aaf4edd5 00000001 00000002 bc5e9a40 00000000 000046e1 00000111 09f36432 00024a79',
			expected: 'truncated'
		}
	])('$expected: $args', ({ args, expected }) => {
		let err: unknown;
		try {
			decodeRtcp(hex(args));
		} catch (e) {
			err = e;
		}
		expect(err).toBeInstanceOf(DecodeError);
		expect((err as DecodeError).code).toBe(expected);
	});
});

describe('encodeRtcp', () => {
	it.each(rtcpFixtures.map((f) => ({ args: f, expected: toHex(f.bytes) })))(
		'reproduces $args.file byte for byte',
		({ args, expected }) => {
			expect(toHex(encodeRtcp(decodeRtcp(args.bytes).value))).toBe(expected);
		}
	);
	it('writes pion’s REMB marshal vector from a value', () => {
		const remb: RtcpPacket = {
			kind: 'REMB',
			senderSsrc: 1,
			mediaSsrc: 0,
			exponent: 6,
			mantissa: 139487,
			bitrate: 8927168,
			ssrcs: [1215622422],
			padding: new Uint8Array(0)
		};
		expect(Array.from(encodeRtcp([remb]))).toEqual([
			143, 206, 0, 5, 0, 0, 0, 1, 0, 0, 0, 0, 82, 69, 77, 66, 1, 26, 32, 223, 72, 116, 237, 22
		]);
	});
});

describe('properties', () => {
	const u32 = fc.integer({ min: 0, max: 0xffffffff });
	const none = fc.constant(new Uint8Array(0));
	const padding = fc
		.integer({ min: 0, max: 3 })
		.map((k) => (k === 0 ? new Uint8Array(0) : Uint8Array.from([...new Array(k * 4 - 1).fill(0), k * 4])));
	const words = (max: number) =>
		fc.integer({ min: 0, max }).chain((n) => fc.uint8Array({ minLength: n * 4, maxLength: n * 4 }));
	const block = fc.record({
		ssrc: u32,
		fractionLost: fc.integer({ min: 0, max: 255 }),
		cumulativeLost: fc.integer({ min: -0x800000, max: 0x7fffff }),
		extendedHighestSequence: u32,
		jitter: u32,
		lastSr: u32,
		delaySinceLastSr: u32
	});
	const text = fc.string({ maxLength: 20 }).filter((s) => new TextEncoder().encode(s).length <= 255);
	const packet: fc.Arbitrary<RtcpPacket> = fc.oneof(
		fc.record({
			kind: fc.constant('SR' as const),
			ssrc: u32,
			ntpTimestamp: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
			rtpTimestamp: u32,
			packetCount: u32,
			octetCount: u32,
			reports: fc.array(block, { maxLength: 3 }),
			profileExtension: words(2),
			padding
		}),
		fc.record({
			kind: fc.constant('RR' as const),
			ssrc: u32,
			reports: fc.array(block, { maxLength: 3 }),
			profileExtension: words(2),
			padding
		}),
		fc.record({
			kind: fc.constant('SDES' as const),
			chunks: fc.array(
				fc.record({
					ssrc: u32,
					items: fc.array(
						fc
							.tuple(fc.integer({ min: 1, max: 15 }), text)
							.map(([type, t]) => ({ type, name: '', text: t, data: new TextEncoder().encode(t) })),
						{ maxLength: 3 }
					)
				}),
				{ maxLength: 3 }
			),
			padding
		}),
		fc.record({
			kind: fc.constant('BYE' as const),
			sources: fc.array(u32, { maxLength: 3 }),
			reason: fc.option(text, { nil: undefined }),
			reasonPadding: none,
			padding
		}),
		fc.record({
			kind: fc.constant('APP' as const),
			subtype: fc.integer({ min: 0, max: 31 }),
			ssrc: u32,
			name: fc.constantFrom('NAME', 'abcd', 'qosm'),
			data: words(3),
			padding
		}),
		fc.record({
			kind: fc.constant('NACK' as const),
			senderSsrc: u32,
			mediaSsrc: u32,
			pairs: fc.array(
				fc.record({ pid: fc.integer({ min: 0, max: 0xffff }), blp: fc.integer({ min: 0, max: 0xffff }) }),
				{ minLength: 1, maxLength: 4 }
			),
			lost: fc.constant([]),
			padding
		}),
		fc.record({ kind: fc.constant('PLI' as const), senderSsrc: u32, mediaSsrc: u32, padding }),
		fc.record({
			kind: fc.constant('FIR' as const),
			senderSsrc: u32,
			mediaSsrc: u32,
			entries: fc.array(
				fc.record({
					ssrc: u32,
					sequenceNumber: fc.integer({ min: 0, max: 255 }),
					reserved: fc.integer({ min: 0, max: 0xffffff })
				}),
				{ minLength: 1, maxLength: 3 }
			),
			padding
		}),
		fc.record({
			kind: fc.constant('REMB' as const),
			senderSsrc: u32,
			mediaSsrc: u32,
			exponent: fc.integer({ min: 0, max: 63 }),
			mantissa: fc.integer({ min: 0, max: 0x3ffff }),
			bitrate: fc.constant(0),
			ssrcs: fc.array(u32, { maxLength: 4 }),
			padding
		}),
		fc.record({
			kind: fc.constant('unknown' as const),
			packetType: fc.constantFrom(207, 208, 195),
			count: fc.integer({ min: 0, max: 31 }),
			body: words(4),
			padding
		})
	) as fc.Arbitrary<RtcpPacket>;

	it('encode → decode → encode is byte-exact for generated compounds', () => {
		fc.assert(
			fc.property(fc.array(packet, { minLength: 1, maxLength: 4 }), (packets) => {
				const bytes = encodeRtcp(packets);
				expect(toHex(encodeRtcp(decodeRtcp(bytes).value))).toBe(toHex(bytes));
			})
		);
	});

	it('random bytes only ever throw DecodeError', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 120 }), (b) => {
				try {
					decodeRtcp(b);
				} catch (e) {
					if (!(e instanceof DecodeError)) throw e;
				}
			})
		);
	});

	it('random bodies behind valid headers only ever throw DecodeError', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 31 }),
				fc.integer({ min: 200, max: 207 }),
				fc.boolean(),
				words(12),
				(count, pt, p, body) => {
					const bytes = Uint8Array.from([0x80 | (p ? 0x20 : 0) | count, pt, 0, body.length / 4, ...body]);
					try {
						const d = decodeRtcp(bytes);
						expect(toHex(encodeRtcp(d.value))).toBe(toHex(bytes));
					} catch (e) {
						if (!(e instanceof DecodeError)) throw e;
					}
				}
			)
		);
	});

	it('mutated fixtures only ever throw DecodeError, and whatever decodes re-encodes exactly', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...rtcpFixtures),
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
				(f, edits) => {
					const b = f.bytes.slice();
					for (const [i, v] of edits) b[i % b.length] = v;
					let decoded;
					try {
						decoded = decodeRtcp(b);
					} catch (e) {
						if (!(e instanceof DecodeError)) throw e;
						return;
					}
					expect(toHex(encodeRtcp(decoded.value))).toBe(toHex(b));
				}
			)
		);
	});
});
