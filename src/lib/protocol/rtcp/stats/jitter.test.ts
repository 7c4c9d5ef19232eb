import { describe, expect, it } from 'vitest';
import { jitterOf, transitTime, updateJitter } from './jitter';

describe('interarrival jitter (RFC 3550 A.8: J += (|D| − J)/16)', () => {
	it.each([
		{ args: [0, 100, 100], expected: 0 }, // steady transit
		{ args: [0, 100, 260], expected: 10 }, // |D| = 160 → 160/16
		{ args: [10, 260, 100], expected: 19.375 }, // 10 + (160 − 10)/16
		{ args: [16, 0, 0], expected: 15 } // decays by 1/16 when D = 0
	])('updateJitter($args) = $expected', ({ args: [j, prev, now], expected }) => {
		expect(updateJitter(j, prev, now)).toBe(expected);
	});
	it('transit is arrival minus RTP timestamp', () => {
		expect(transitTime(48960, 48000)).toBe(960);
	});
	it('a 20 ms audio stream (960 units at 48 kHz) arriving 2 ms late once', () => {
		const packets = [
			{ arrival: 0, rtpTimestamp: 0 },
			{ arrival: 960, rtpTimestamp: 960 },
			{ arrival: 2016, rtpTimestamp: 1920 }, // 96 units (2 ms) late
			{ arrival: 2880, rtpTimestamp: 2880 }
		];
		// D: 0, 96, −96 → J: 0, 6, 6 + (96 − 6)/16 = 11.625
		expect(jitterOf(packets)).toBe(11.625);
	});
});
