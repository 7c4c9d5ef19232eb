import { describe, expect, it } from 'vitest';
import { aggregateIceGatheringState } from './ice-gathering-state';
import type { IceGathererState, IceGatheringState } from './types';

// W3C webrtc-pc §4.3.2 RTCIceGatheringState, row by row.
const ROWS: { rule: string; args: IceGathererState[]; expected: IceGatheringState }[] = [
	{ rule: 'new: there are no transports', args: [], expected: 'new' },
	{ rule: 'new: any new and none gathering', args: ['new'], expected: 'new' },
	{ rule: 'new: any new and none gathering (others complete)', args: ['new', 'complete'], expected: 'new' },
	{ rule: 'gathering: any gathering', args: ['gathering'], expected: 'gathering' },
	{ rule: 'gathering: any gathering (beside new)', args: ['new', 'gathering'], expected: 'gathering' },
	{
		rule: 'gathering: any gathering (beside complete)',
		args: ['complete', 'gathering'],
		expected: 'gathering'
	},
	{ rule: 'complete: at least one exists and all complete', args: ['complete'], expected: 'complete' },
	{ rule: 'complete: all complete', args: ['complete', 'complete'], expected: 'complete' }
];

describe('aggregateIceGatheringState', () => {
	it.each(ROWS)('$rule', ({ args, expected }) => {
		expect(aggregateIceGatheringState(args)).toBe(expected);
	});
});
