import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../../test/fixtures/rtp/load';
import { decodeRtcp } from '../compound';
import { explainReportBlock } from './explain-report-block';
import type { ReportBlock } from '../types';

function block(file: string): ReportBlock {
	const p = decodeRtcp(fixture(file).bytes).value[0];
	if (p.kind !== 'RR') throw new Error('expected RR');
	return p.reports[0];
}

describe('explainReportBlock', () => {
	it.each([
		{
			// RFC 3550 §6.4.1 Fig. 2 numbers in the hand-assembled RR; arrival A = 0xb710:8000.
			args: {
				file: 'constructed-rr-sdes-bye.hex',
				options: { arrivalNtp: 0xb44db71080000000n, clockRate: 90000 }
			},
			expected: {
				ssrc: 2,
				fractionLostPercent: (25 / 256) * 100,
				cumulativeLost: -2,
				cycles: 1,
				highestSequence: 5,
				jitterTimestampUnits: 100,
				jitterMs: (100 / 90000) * 1000,
				lastSrSeconds: 46853.125,
				delaySinceLastSrSeconds: 5.25,
				roundTripMs: 6125
			}
		},
		{
			// pion realPacket RR: jitter 273 at 48 kHz, DLSR 150137/65536 s; no arrival time → no RTT.
			args: { file: 'pion-real-compound.hex', options: { clockRate: 48000 } },
			expected: {
				ssrc: 0xbc5e9a40,
				fractionLostPercent: 0,
				cumulativeLost: 0,
				cycles: 0,
				highestSequence: 0x46e1,
				jitterTimestampUnits: 273,
				jitterMs: 5.6875,
				lastSrSeconds: 0x09f36432 / 65536,
				delaySinceLastSrSeconds: 150137 / 65536
			}
		}
	])('$args.file', ({ args, expected }) => {
		expect(explainReportBlock(block(args.file), args.options)).toEqual(expected);
	});
});
