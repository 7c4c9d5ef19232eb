import { describe, expect, it } from 'vitest';
import { settle } from './settle';

const gathering = { field: 'iceGatheringState', predicted: 'gathering', reported: 'new' };

describe('settle', () => {
	it('a new difference is settling, not a disagreement', () => {
		const r = settle([], [gathering], 100);
		expect(r.settling).toEqual([gathering]);
		expect(r.confirmed).toEqual([]);
		expect(r.pending[0].since).toBe(100);
	});

	it('the same difference held for the grace period is confirmed', () => {
		const first = settle([], [gathering], 100);
		expect(settle(first.pending, [gathering], 1099).confirmed).toEqual([]);
		expect(settle(first.pending, [gathering], 1100).confirmed).toEqual([gathering]);
	});

	it('a difference that went away is forgotten; a changed one starts over', () => {
		const first = settle([], [gathering], 0);
		expect(settle(first.pending, [], 5000)).toEqual({ pending: [], confirmed: [], settling: [] });
		const changed = { ...gathering, reported: 'complete' };
		const r = settle(first.pending, [changed], 5000);
		expect(r.pending[0].since).toBe(5000);
		expect(r.settling).toEqual([changed]);
	});

	it('takes a custom grace period', () => {
		expect(settle([], [gathering], 0, 0).confirmed).toEqual([gathering]);
	});
});
