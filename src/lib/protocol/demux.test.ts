import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { demux, DEMUX_RANGES, type DemuxKind } from './demux';
import { hex } from './bytes/hex';
import { iceNotes } from '../notes/ice';

const b = (...xs: number[]) => Uint8Array.from(xs);

describe('demux: every boundary of RFC 7983 §7 / RFC 9443', () => {
	const table: { args: Uint8Array; expected: DemuxKind }[] = [
		{ args: b(0, 1), expected: 'stun' },
		{ args: b(3, 0), expected: 'stun' },
		{ args: b(4), expected: 'unknown' },
		{ args: b(15), expected: 'unknown' },
		{ args: b(16), expected: 'zrtp' },
		{ args: b(19), expected: 'zrtp' },
		{ args: b(20), expected: 'dtls' },
		{ args: b(63), expected: 'dtls' },
		{ args: b(64), expected: 'turn-channel' },
		{ args: b(79), expected: 'turn-channel' },
		{ args: b(80), expected: 'quic' },
		{ args: b(127), expected: 'quic' },
		{ args: b(128, 0), expected: 'rtp' },
		{ args: b(191, 0), expected: 'rtp' },
		{ args: b(192), expected: 'quic' },
		{ args: b(255), expected: 'quic' },
		// RFC 5761 §4: second byte 192..223 (RTCP packet types) = payload type 64..95 with the marker bit set.
		{ args: b(0x80, 63 + 128), expected: 'rtp' },
		{ args: b(0x80, 192), expected: 'rtcp' },
		{ args: b(0x81, 200), expected: 'rtcp' }, // Sender Report
		{ args: b(0x80, 201), expected: 'rtcp' }, // Receiver Report
		{ args: b(0x8f, 206), expected: 'rtcp' }, // PSFB
		{ args: b(0x80, 223), expected: 'rtcp' },
		{ args: b(0x80, 224), expected: 'rtp' },
		{ args: b(0x80, 96), expected: 'rtp' }, // PT 96, marker clear
		{ args: b(0x80, 96 + 128), expected: 'rtp' }, // PT 96, marker set
		{ args: b(0x80, 64), expected: 'rtcp' }, // PT 64 masked: in the reserved RTCP-conflict range
		{ args: b(0x80, 95), expected: 'rtcp' },
		{ args: b(0x80), expected: 'rtp' },
		{ args: b(), expected: 'unknown' }
	];
	test.each(table)('$args → $expected', ({ args, expected }) => {
		const r = demux(args);
		expect(r.kind).toBe(expected);
		expect(r.firstByte).toBe(args[0]);
		expect(r.noteId).toBe(`demux.${expected}`);
		expect(r.reason.length).toBeGreaterThan(10);
	});

	test('the ranges cover 0..255 exactly once', () => {
		let next = 0;
		for (const r of DEMUX_RANGES) {
			expect(r.from).toBe(next);
			next = r.to + 1;
		}
		expect(next).toBe(256);
	});

	test('never throws and always names a note in iceNotes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 4 }), (bytes) => {
				expect(demux(bytes).noteId in iceNotes).toBe(true);
			})
		);
	});
});

describe('demux on real captures', () => {
	const read = (name: string) =>
		readFileSync(`test/fixtures/dtls/${name}.udp.txt`, 'utf8')
			.trim()
			.split('\n')
			.map((l) => l.split('\t')[3]);

	test('Chromium 156 loopback call: 4 STUN checks, then only DTLS', () => {
		const kinds = read('dtls13-chromium').map((p) => demux(hex(p)).kind);
		expect(kinds.slice(0, 4)).toEqual(['stun', 'stun', 'stun', 'stun']);
		expect(kinds.slice(4).every((k) => k === 'dtls')).toBe(true);
	});

	test('OpenSSL DTLS 1.2: every datagram is DTLS', () => {
		expect(read('dtls12-openssl').every((p) => demux(hex(p)).kind === 'dtls')).toBe(true);
	});
});
