import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { computePairPriority } from './pair-priority';

describe('computePairPriority (RFC 8445 §6.1.2.3)', () => {
	// Expected values worked out independently in Python: (1 << 32) * min(g, d) + 2 * max(g, d) + (g > d).
	const table: { args: [number, number]; expected: bigint }[] = [
		// RFC 8839 §4.2.6 host (2130706431) and srflx (1694498815) priorities, each as the controlling side.
		{ args: [2130706431, 1694498815], expected: 7277816997797167103n },
		{ args: [1694498815, 2130706431], expected: 7277816997797167102n },
		// Two Chrome host candidates with equal priority (the Chromium 156 capture).
		{ args: [2122260223, 2122260223], expected: 9115038255631187454n },
		{ args: [0, 0], expected: 0n },
		{ args: [1, 0], expected: 3n },
		{ args: [4294967295, 4294967295], expected: 18446744078004518910n }
	];
	test.each(table)('G=$args.0 D=$args.1', ({ args, expected }) => {
		expect(computePairPriority(...args)).toBe(expected);
	});

	test('both agents compute the same value (G and D swap with the roles, not with the side)', () => {
		fc.assert(
			fc.property(fc.nat(2 ** 32 - 1), fc.nat(2 ** 32 - 1), (g, d) => {
				const p = computePairPriority(g, d);
				expect(p).toBe(computePairPriority(BigInt(g), BigInt(d)));
				// The smaller priority dominates, then the larger, then the controlling side breaks ties.
				if (g !== d) expect(p - computePairPriority(d, g)).toBe(g > d ? 1n : -1n);
			})
		);
	});

	test('out of range is a RangeError', () => {
		expect(() => computePairPriority(-1, 0)).toThrow(RangeError);
		expect(() => computePairPriority(0, 2 ** 32)).toThrow(RangeError);
		expect(() => computePairPriority(0.5, 0)).toThrow(RangeError);
	});
});
