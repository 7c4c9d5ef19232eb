import { describe, expect, it } from 'vitest';
import { updateSequence, type SequenceState } from './extended-sequence';

describe('extended highest sequence number (RFC 3550 A.1)', () => {
	it.each([
		{ args: [null, 1000], expected: { maxSeq: 1000, cycles: 0, extended: 1000, verdict: 'in-order' } },
		{
			args: [{ maxSeq: 1000, cycles: 0 }, 1001],
			expected: { maxSeq: 1001, cycles: 0, extended: 1001, verdict: 'in-order' }
		},
		{
			args: [{ maxSeq: 1000, cycles: 0 }, 1500],
			expected: { maxSeq: 1500, cycles: 0, extended: 1500, verdict: 'in-order' }
		}, // gap < MAX_DROPOUT
		{
			args: [{ maxSeq: 65535, cycles: 0 }, 0],
			expected: { maxSeq: 0, cycles: 65536, extended: 65536, verdict: 'in-order' }
		}, // wrap
		{
			args: [{ maxSeq: 65530, cycles: 65536 }, 3],
			expected: { maxSeq: 3, cycles: 131072, extended: 131075, verdict: 'in-order' }
		},
		{
			args: [{ maxSeq: 1000, cycles: 0 }, 998],
			expected: { maxSeq: 1000, cycles: 0, extended: 1000, verdict: 'reordered' }
		},
		{
			args: [{ maxSeq: 1000, cycles: 0 }, 1000],
			expected: { maxSeq: 1000, cycles: 0, extended: 1000, verdict: 'in-order' }
		}, // duplicate: udelta 0 < MAX_DROPOUT, A.1 accepts it and nothing changes
		{
			args: [{ maxSeq: 5, cycles: 65536 }, 65533],
			expected: { maxSeq: 5, cycles: 65536, extended: 65541, verdict: 'reordered' }
		}, // late packet from before the wrap
		{
			args: [{ maxSeq: 1000, cycles: 0 }, 40000],
			expected: { maxSeq: 1000, cycles: 0, extended: 1000, verdict: 'jump' }
		}
	] as { args: [SequenceState | null, number]; expected: object }[])(
		'$args → $expected.extended ($expected.verdict)',
		({ args, expected }) => {
			expect(updateSequence(...args)).toEqual(expected);
		}
	);
});
