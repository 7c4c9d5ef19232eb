import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hex, toHex } from '../bytes/hex';
import { DecodeError } from '../bytes/span';
import { fixture, rtpFixtures } from '../../../../test/fixtures/rtp/load';
import { decodeRtp, encodeRtp, type RtpPacket } from './index';
import type { RtpExtensionItem } from './header-extension';

const TOFFSET = 'urn:ietf:params:rtp-hdrext:toffset';
const AUDIO_LEVEL = 'urn:ietf:params:rtp-hdrext:ssrc-audio-level';

function elements(p: RtpPacket) {
	return (p.headerExtension?.items ?? []).filter(
		(i): i is Extract<RtpExtensionItem, { kind: 'element' }> => i.kind === 'element'
	);
}

describe('decodeRtp fixed header (RFC 3550 §5.1)', () => {
	it.each([
		{
			args: hex(`
				80 64 12 34   # V=2, PT 100, seq 0x1234
				65 43 12 78   # timestamp
				12 34 56 78   # SSRC
			`),
			expected: {
				marker: false,
				payloadType: 100,
				sequenceNumber: 0x1234,
				timestamp: 0x65431278,
				ssrc: 0x12345678,
				csrcs: []
			}
		},
		{
			args: hex(`
				90 e0 69 8f   # X=1, M=1 PT 96, seq 27023
				d9 c2 93 da   # timestamp 3653407706
				1c 64 27 82   # SSRC 476325762
				00 01 00 01   # generic extension, profile 1, 1 word
				ff ff ff ff   # extension data
				98 36 be 88   # payload
				9e
			`),
			expected: {
				marker: true,
				payloadType: 96,
				sequenceNumber: 27023,
				timestamp: 3653407706,
				ssrc: 476325762,
				csrcs: []
			}
		}
	])('reads $expected.sequenceNumber', ({ args, expected }) => {
		expect(decodeRtp(args).value).toMatchObject(expected);
	});

	it('gives V/P/X/CC/M/PT as bit fields inside bytes 0 and 1', () => {
		const { spans } = decodeRtp(fixture('libwebrtc-csrc-padding.hex').bytes);
		const byPath = Object.fromEntries(spans.map((s) => [s.path, s]));
		expect(byPath['rtp.version']).toMatchObject({ offset: 0, bitOffset: 0, bitLength: 2, value: 2 });
		expect(byPath['rtp.padding']).toMatchObject({ offset: 0, bitOffset: 2, bitLength: 1, value: true });
		expect(byPath['rtp.extension']).toMatchObject({ offset: 0, bitOffset: 3, bitLength: 1, value: true });
		expect(byPath['rtp.csrcCount']).toMatchObject({ offset: 0, bitOffset: 4, bitLength: 4, value: 2 });
		expect(byPath['rtp.marker']).toMatchObject({ offset: 1, bitOffset: 0, bitLength: 1, value: false });
		expect(byPath['rtp.payloadType']).toMatchObject({ offset: 1, bitOffset: 1, bitLength: 7, value: 100 });
	});
});

describe('libwebrtc rtp_packet_unittest.cc vectors', () => {
	it('kPacket: CSRCs, toffset, payload "payload" and 8 padding bytes', () => {
		const { value } = decodeRtp(fixture('libwebrtc-csrc-padding.hex').bytes, { extmap: { 1: TOFFSET } });
		expect(value.csrcs).toEqual([0x34567890, 0x32435465]);
		expect(new TextDecoder().decode(value.payload)).toBe('payload');
		expect(value.padding.length).toBe(8);
		expect(elements(value)).toMatchObject([{ id: 1, name: 'toffset', value: { offset: 0x56ce } }]);
	});
	it('kPacketWithTOAndAL: toffset 22222 and audio level V=1 level 90', () => {
		const f = fixture('libwebrtc-toffset-audio-level.hex');
		const { value } = decodeRtp(f.bytes, { extmap: f.extmap });
		expect(value.headerExtension).toMatchObject({ profile: 0xbede, form: 'one-byte' });
		expect(elements(value)).toMatchObject([
			{ id: 1, name: 'toffset', value: { offset: 22222 } },
			{ id: 9, name: 'ssrc-audio-level', value: { voiceActivity: true, level: 0x5a } }
		]);
		expect(value.headerExtension!.items.at(-1)).toEqual({ kind: 'padding', length: 2 });
	});
	it('kPacketWithTwoByteExtensionIdFirst: playout delay 30/340 ms in the two-byte form', () => {
		const f = fixture('libwebrtc-two-byte-first.hex');
		const { value } = decodeRtp(f.bytes, { extmap: f.extmap });
		expect(value.headerExtension).toMatchObject({ profile: 0x1000, form: 'two-byte', appBits: 0 });
		expect(elements(value)).toMatchObject([
			{ id: 240, name: 'playout-delay', value: { minMs: 30, maxMs: 340 } },
			{ id: 1, value: { offset: 22222 } },
			{ id: 9, value: { voiceActivity: true, level: 90 } }
		]);
	});
	it('kPacketWithRsid and kPacketWithMid: strings', () => {
		const rid = fixture('libwebrtc-rtp-stream-id.hex');
		const mid = fixture('libwebrtc-mid.hex');
		expect(elements(decodeRtp(rid.bytes, { extmap: rid.extmap }).value)[0]).toMatchObject({
			id: 10,
			name: 'sdes:rtp-stream-id',
			value: 'streamid'
		});
		expect(elements(decodeRtp(mid.bytes, { extmap: mid.extmap }).value)[0]).toMatchObject({
			id: 11,
			name: 'sdes:mid',
			value: 'mid'
		});
	});
	it('kPacketWithTOAndALReservedExtensionId: ID 15 stops parsing, the audio level after it is not read', () => {
		const f = fixture('libwebrtc-reserved-id.hex');
		const { value, spans } = decodeRtp(f.bytes, { extmap: f.extmap });
		expect(elements(value).map((e) => e.id)).toEqual([1]);
		expect(toHex(value.headerExtension!.unparsed)).toBe('f0000090da0000');
		const ext = spans.find((s) => s.path === 'rtp.headerExtension')!;
		expect(ext.children!.find((c) => c.noteId === 'rtp.ext.unparsed')).toMatchObject({
			offset: 21,
			length: 7
		});
	});
	it('kPacketWithTwoByteHeaderExtensionWithPadding: padding between two-byte elements; unnamed without extmap', () => {
		const { value } = decodeRtp(fixture('libwebrtc-two-byte-padding.hex').bytes);
		expect(value.headerExtension!.items).toEqual([
			{ kind: 'element', id: 240, data: hex('00 56 ce') },
			{ kind: 'padding', length: 3 },
			{ kind: 'element', id: 9, data: hex('da') },
			{ kind: 'padding', length: 1 }
		]);
	});
});

describe('Chrome packets dissected by Wireshark (olivermichel/webrtc-analysis)', () => {
	it('rtp_pkt2: one-byte elements 2, 4, 9, 3, 6, 7, 13 with the lengths Wireshark shows', () => {
		const f = fixture('chrome-one-byte.hex');
		const { value } = decodeRtp(f.bytes, { extmap: f.extmap });
		expect(value).toMatchObject({
			marker: true,
			payloadType: 45,
			sequenceNumber: 6612,
			timestamp: 3557156759,
			ssrc: 0xf7b16e83
		});
		expect(elements(value).map((e) => [e.id, toHex(e.data)])).toEqual([
			[2, 'ea432b'],
			[4, '0004'],
			[9, '30'],
			[3, '00'],
			[6, '02'],
			[7, '0100030009000a002300000000'],
			[13, '400001']
		]);
		const byName = Object.fromEntries(elements(value).map((e) => [e.name ?? e.id, e.value]));
		expect(byName['abs-send-time']).toEqual({ raw: 0xea432b, seconds: 0xea432b / 262144 });
		expect(byName['transport-wide-cc']).toEqual({ sequenceNumber: 4 });
		expect(byName['sdes:mid']).toBe('0');
		expect(byName['video-orientation']).toEqual({ camera: 'front', flip: false, rotation: 0 });
		expect(byName['video-content-type']).toEqual({ raw: 2, screenshare: false });
		expect(value.payload.length).toBe(0);
	});
	it('rtp_pkt3: the same extensions in the two-byte form, ID 13 with 33 bytes', () => {
		const f = fixture('chrome-two-byte.hex');
		const { value } = decodeRtp(f.bytes, { extmap: f.extmap });
		expect(value).toMatchObject({ sequenceNumber: 25029, timestamp: 2500464622, ssrc: 0x8d3814e5 });
		expect(elements(value).map((e) => [e.id, e.data.length])).toEqual([
			[2, 3],
			[4, 2],
			[9, 1],
			[3, 1],
			[6, 1],
			[7, 13],
			[13, 33]
		]);
		expect(elements(value)[1].value).toEqual({ sequenceNumber: 2 });
	});
});

describe('padding and errors', () => {
	it.each([
		{ args: '80 64 12 34  65 43 12 78  12 34 56', expected: 'truncated' }, // 11 bytes
		{ args: '40 64 12 34  65 43 12 78  12 34 56 78', expected: 'bad-version' }, // V=1
		{ args: 'a0 64 12 34  65 43 12 78  12 34 56 78', expected: 'bad-padding' }, // P=1, no room for the count
		{ args: 'a0 64 12 34  65 43 12 78  12 34 56 78  00 00 00 00', expected: 'bad-padding' }, // count 0
		{ args: 'a0 64 12 34  65 43 12 78  12 34 56 78  00 00 00 05', expected: 'bad-padding' }, // count > 4
		{ args: '81 64 12 34  65 43 12 78  12 34 56 78', expected: 'truncated' }, // CC=1, no CSRC
		{ args: '90 64 12 34  65 43 12 78  12 34 56 78  be de 00 02  12 00 56 ce', expected: 'truncated' }, // extension length too big
		{ args: '90 64 12 34  65 43 12 78  12 34 56 78  be de 00 01  13 00 56 ce', expected: 'truncated' } // element overruns
	])('$expected: $args', ({ args, expected }) => {
		const err = (() => {
			try {
				decodeRtp(hex(args));
			} catch (e) {
				return e;
			}
		})();
		expect(err).toBeInstanceOf(DecodeError);
		expect((err as DecodeError).code).toBe(expected);
	});
});

describe('encodeRtp', () => {
	it.each(rtpFixtures.map((f) => ({ args: f, expected: toHex(f.bytes) })))(
		'reproduces $args.file byte for byte',
		({ args, expected }) => {
			expect(toHex(encodeRtp(decodeRtp(args.bytes, { extmap: args.extmap }).value))).toBe(expected);
		}
	);
	it('writes the libwebrtc kPacketWithTOAndAL bytes from a value', () => {
		const packet: RtpPacket = {
			marker: false,
			payloadType: 100,
			sequenceNumber: 0x1234,
			timestamp: 0x65431278,
			ssrc: 0x12345678,
			csrcs: [],
			headerExtension: {
				profile: 0xbede,
				form: 'one-byte',
				items: [
					{ kind: 'element', id: 1, data: hex('00 56 ce') },
					{ kind: 'element', id: 9, data: hex('da') }
				],
				unparsed: new Uint8Array(0)
			},
			payload: new Uint8Array(0),
			padding: new Uint8Array(0)
		};
		expect(toHex(encodeRtp(packet))).toBe(toHex(fixture('libwebrtc-toffset-audio-level.hex').bytes));
	});
});

describe('properties', () => {
	const element1 = fc.record({
		kind: fc.constant('element' as const),
		id: fc.integer({ min: 1, max: 14 }),
		data: fc.uint8Array({ minLength: 1, maxLength: 16 })
	});
	const element2 = fc.record({
		kind: fc.constant('element' as const),
		id: fc.integer({ min: 1, max: 255 }),
		data: fc.uint8Array({ minLength: 0, maxLength: 40 })
	});
	const paddingItem = fc.record({
		kind: fc.constant('padding' as const),
		length: fc.integer({ min: 1, max: 3 })
	});
	// Wire-faithful item lists: padding runs never touch each other, and trailing zeros end as padding.
	const normalise = (items: RtpExtensionItem[]): RtpExtensionItem[] => {
		const out: RtpExtensionItem[] = [];
		for (const it of items) {
			const last = out.at(-1);
			if (it.kind === 'padding' && last?.kind === 'padding') last.length += it.length;
			else out.push({ ...it });
		}
		return out;
	};
	const extension = fc.oneof(
		fc.array(fc.oneof(element1, paddingItem), { maxLength: 6 }).map((items) => ({
			profile: 0xbede,
			form: 'one-byte' as const,
			items: normalise(items),
			unparsed: new Uint8Array(0)
		})),
		fc
			.tuple(fc.integer({ min: 0, max: 15 }), fc.array(fc.oneof(element2, paddingItem), { maxLength: 6 }))
			.map(([app, items]) => ({
				profile: 0x1000 | app,
				form: 'two-byte' as const,
				appBits: app,
				items: normalise(items),
				unparsed: new Uint8Array(0)
			})),
		fc
			.tuple(
				fc.integer({ min: 0, max: 0xffff }).filter((p) => p !== 0xbede && (p & 0xfff0) !== 0x1000),
				fc.integer({ min: 0, max: 4 })
			)
			.chain(([profile, words]) =>
				fc
					.uint8Array({ minLength: words * 4, maxLength: words * 4 })
					.map((unparsed) => ({ profile, form: 'generic' as const, items: [], unparsed }))
			)
	);
	const packet = fc.record({
		marker: fc.boolean(),
		payloadType: fc.integer({ min: 0, max: 127 }),
		sequenceNumber: fc.integer({ min: 0, max: 0xffff }),
		timestamp: fc.integer({ min: 0, max: 0xffffffff }),
		ssrc: fc.integer({ min: 0, max: 0xffffffff }),
		csrcs: fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 15 }),
		headerExtension: fc.option(extension, { nil: null }),
		payload: fc.uint8Array({ maxLength: 64 }),
		padding: fc
			.integer({ min: 0, max: 20 })
			.chain((n) =>
				n === 0
					? fc.constant(new Uint8Array(0))
					: fc.uint8Array({ minLength: n - 1, maxLength: n - 1 }).map((b) => Uint8Array.from([...b, n]))
			)
	});

	it('encode → decode → encode is byte-exact for generated packets', () => {
		fc.assert(
			fc.property(packet, (p) => {
				const bytes = encodeRtp(p as RtpPacket);
				expect(toHex(encodeRtp(decodeRtp(bytes).value))).toBe(toHex(bytes));
			})
		);
	});

	it('random bytes only ever throw DecodeError', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 80 }), (b) => {
				try {
					decodeRtp(b, { extmap: { 1: TOFFSET, 9: AUDIO_LEVEL } });
				} catch (e) {
					if (!(e instanceof DecodeError)) throw e;
				}
			})
		);
	});

	it('mutated fixtures only ever throw DecodeError, and whatever decodes re-encodes exactly', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...rtpFixtures),
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
				fc.nat(),
				(f, edits, cut) => {
					const b = f.bytes.slice(0, f.bytes.length - (cut % 3));
					for (const [i, v] of edits) if (b.length) b[i % b.length] = v;
					let decoded;
					try {
						decoded = decodeRtp(b, { extmap: f.extmap });
					} catch (e) {
						if (!(e instanceof DecodeError)) throw e;
						return;
					}
					expect(toHex(encodeRtp(decoded.value))).toBe(toHex(b));
				}
			)
		);
	});
});
