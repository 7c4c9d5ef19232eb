import { describe, expect, it } from 'vitest';
import { hex, toHex } from '../bytes/hex';
import { fixture } from '../../../../test/fixtures/rtp/load';
import { decodeRtcp, encodeRtcp, type TransportWideCc } from './index';

function twcc(bytes: Uint8Array): TransportWideCc {
	const p = decodeRtcp(bytes).value[0];
	if (p.kind !== 'TWCC') throw new Error(`expected TWCC, got ${p.kind}`);
	return p;
}

describe('transport-cc feedback (draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1)', () => {
	it('pion example1: one small delta of 37 ms', () => {
		const p = twcc(fixture('pion-twcc-example1.hex').bytes);
		expect(p).toMatchObject({
			senderSsrc: 4195875351,
			mediaSsrc: 1124282272,
			baseSequenceNumber: 153,
			packetStatusCount: 1,
			referenceTime: 4057090,
			feedbackPacketCount: 23
		});
		expect(p.chunks).toEqual([{ type: 'run-length', symbol: 1, runLength: 1 }]);
		expect(p.packets).toEqual([
			{ sequenceNumber: 153, status: 'small-delta', deltaUs: 37000, arrivalUs: 4057090 * 64000 + 37000 }
		]);
		expect(p.padding).toEqual(hex('01'));
	});

	it('pion example4: run of 7 small deltas 19, 9, 9, 4, 3, 3, 4 ms', () => {
		const p = twcc(fixture('pion-twcc-example4.hex').bytes);
		expect(p).toMatchObject({
			baseSequenceNumber: 4,
			packetStatusCount: 7,
			referenceTime: 1074030,
			feedbackPacketCount: 1
		});
		expect(p.packets.map((x) => x.deltaUs)).toEqual([19000, 9000, 9000, 4000, 3000, 3000, 4000]);
		expect(p.packets.map((x) => x.sequenceNumber)).toEqual([4, 5, 6, 7, 8, 9, 10]);
		expect(p.padding).toEqual(hex('00 00 03'));
	});

	it('pion example6: a 2-bit status vector then a run; count 9 uses 2 symbols of the 48-long run', () => {
		const p = twcc(fixture('pion-twcc-example6.hex').bytes);
		expect(p).toMatchObject({
			senderSsrc: 2608133663,
			mediaSsrc: 2473712828,
			baseSequenceNumber: 34108,
			packetStatusCount: 9,
			referenceTime: 6551830,
			feedbackPacketCount: 179
		});
		expect(p.chunks).toEqual([
			{ type: 'status-vector', symbolSize: 2, symbols: [1, 1, 1, 1, 1, 0, 2] },
			{ type: 'run-length', symbol: 0, runLength: 48 }
		]);
		expect(p.packets.map((x) => x.status)).toEqual([
			'small-delta',
			'small-delta',
			'small-delta',
			'small-delta',
			'small-delta',
			'not-received',
			'large-delta',
			'not-received',
			'not-received'
		]);
		expect(p.packets.filter((x) => x.deltaUs !== undefined).map((x) => x.deltaUs)).toEqual([
			38750, 42500, 26500, 42500, 30750, 66250
		]);
	});

	it('Wireshark dissection of twcc_pkt1: deltas 7, 3, 11, 14, 0, 1, 0, 2, 6 ms for seq 1–9', () => {
		const p = twcc(fixture('wireshark-twcc.hex').bytes);
		expect(p).toMatchObject({
			senderSsrc: 1,
			mediaSsrc: 0xdd586eb6,
			baseSequenceNumber: 1,
			packetStatusCount: 9,
			referenceTime: 6197520,
			feedbackPacketCount: 0
		});
		expect(p.packets.map((x) => [x.sequenceNumber, (x.deltaUs ?? NaN) / 1000])).toEqual([
			[1, 7],
			[2, 3],
			[3, 11],
			[4, 14],
			[5, 0],
			[6, 1],
			[7, 0],
			[8, 2],
			[9, 6]
		]);
		expect(p.packets.at(-1)!.arrivalUs).toBe(6197520 * 64000 + 44000);
	});

	it.each([
		// draft §3.1.3 and §3.1.4 examples, as in pion's chunk tests
		{ args: '00 dd', expected: { type: 'run-length', symbol: 0, runLength: 221 } },
		{ args: '60 18', expected: { type: 'run-length', symbol: 3, runLength: 24 } },
		{
			args: '9f 1c',
			expected: { type: 'status-vector', symbolSize: 1, symbols: [0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0] }
		},
		{ args: 'cd 50', expected: { type: 'status-vector', symbolSize: 2, symbols: [0, 3, 1, 1, 1, 0, 0] } }
	])('chunk $args', ({ args, expected }) => {
		// Wrap the chunk in a feedback packet whose status count covers it and whose deltas are all zero.
		const chunk = hex(args);
		const symbols =
			expected.type === 'run-length'
				? new Array(expected.runLength).fill(expected.symbol)
				: expected.symbols!;
		const deltaBytes = symbols.reduce((n: number, s: number) => n + (s === 1 ? 1 : s === 2 ? 2 : 0), 0);
		const body = [
			...hex('00000001 00000002 0000'),
			0,
			symbols.length,
			...hex('000000 00'),
			...chunk,
			...new Array(deltaBytes).fill(0)
		];
		while ((body.length + 4) % 4) body.push(0);
		const bytes = Uint8Array.from([0x8f, 205, 0, body.length / 4, ...body]);
		const p = twcc(bytes);
		expect(p.chunks).toEqual([expected]);
		expect(toHex(encodeRtcp([p]))).toBe(toHex(bytes));
	});

	it('a large negative delta (−8192 ms) and zero fill without the P bit', () => {
		const bytes = hex(`
			8f cd 00 05   # RTPFB FMT=15, length 5
			00 00 00 01   # sender
			00 00 00 02   # media
			00 0a 00 01   # base 10, count 1
			00 00 01 00   # reference time 1, fb count 0
			40 01 80 00   # run: large delta × 1 | delta 0x8000 = −32768 × 250 µs
		`);
		const p = twcc(bytes);
		expect(p.packets).toEqual([
			{ sequenceNumber: 10, status: 'large-delta', deltaUs: -8192000, arrivalUs: 64000 - 8192000 }
		]);
		expect(p.trailing.length).toBe(0);
		expect(twcc(fixture('constructed-twcc-unpadded.hex').bytes).trailing).toEqual(hex('00'));
	});
});
