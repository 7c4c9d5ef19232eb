import { describe, expect, it } from 'vitest';
import { roundTripTime } from './round-trip-time';

describe('round-trip time A − LSR − DLSR (RFC 3550 §6.4.1)', () => {
	it.each([
		// RFC 3550 §6.4.1 Fig. 2: A 0xb710:8000 (46864.500 s), DLSR 0x0005:4000 (5.250 s),
		// LSR 0xb705:2000 (46853.125 s) → delay 0x0006:2000 (6.125 s).
		{
			args: [0xb7108000, 0xb7052000, 0x00054000],
			expected: { compact: 0x00062000, seconds: 6.125, ms: 6125 }
		},
		// Across the 2^16 s wrap of compact NTP: A just after, LSR just before.
		{
			args: [0x00010000, 0xffff8000, 0x00004000],
			expected: { compact: 0x00014000, seconds: 1.25, ms: 1250 }
		},
		// No SR received yet (LSR = 0): no RTT.
		{ args: [0xb7108000, 0, 0], expected: null }
	])('$args → $expected', ({ args: [a, lsr, dlsr], expected }) => {
		expect(roundTripTime(a, lsr, dlsr)).toEqual(expected);
	});
});
