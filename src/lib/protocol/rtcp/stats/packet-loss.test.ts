import { describe, expect, it } from 'vitest';
import { packetLoss } from './packet-loss';

describe('packets expected and lost (RFC 3550 A.3)', () => {
	it.each([
		// No loss.
		{
			args: { extendedMax: 1099, baseSeq: 1000, received: 100, expectedPrior: 0, receivedPrior: 0 },
			expected: { expected: 100, cumulativeLost: 0, lostInterval: 0, fractionLost: 0 }
		},
		// 10 of 100 lost → 25.6 → 25/256.
		{
			args: { extendedMax: 1099, baseSeq: 1000, received: 90, expectedPrior: 0, receivedPrior: 0 },
			expected: { expected: 100, cumulativeLost: 10, lostInterval: 10, fractionLost: 25 }
		},
		// Second interval: 100 more expected, 50 received → 128/256.
		{
			args: { extendedMax: 1199, baseSeq: 1000, received: 140, expectedPrior: 100, receivedPrior: 90 },
			expected: {
				expected: 200,
				cumulativeLost: 60,
				expectedInterval: 100,
				receivedInterval: 50,
				lostInterval: 50,
				fractionLost: 128
			}
		},
		// Duplicates: more received than expected → negative cumulative loss, fraction 0.
		{
			args: { extendedMax: 1009, baseSeq: 1000, received: 12, expectedPrior: 0, receivedPrior: 0 },
			expected: { cumulativeLost: -2, lostInterval: -2, fractionLost: 0 }
		},
		// Everything lost: A.3's (lost << 8) / expected gives 256, which the 8-bit field cannot hold → 255.
		{
			args: { extendedMax: 1099, baseSeq: 1000, received: 0, expectedPrior: 0, receivedPrior: 0 },
			expected: { fractionLost: 255 }
		},
		// Clamped to the 24-bit signed field.
		{
			args: { extendedMax: 0x1000000, baseSeq: 0, received: 0, expectedPrior: 0, receivedPrior: 0 },
			expected: { cumulativeLost: 0x7fffff }
		}
	])('$expected', ({ args, expected }) => {
		expect(packetLoss(args)).toMatchObject(expected);
	});
});
