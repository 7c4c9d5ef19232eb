import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { JsepModel } from './jsep-model';

describe('compare', () => {
	it('agrees with a browser that reports the same attributes', () => {
		const pc = new JsepModel();
		pc.call({ type: 'api.setLocalDescription' });
		const predicted = pc.snapshot();
		expect(
			compare(predicted, {
				signalingState: 'have-local-offer',
				iceGatheringState: 'gathering',
				iceConnectionState: 'new',
				connectionState: 'new',
				pendingLocalDescription: { type: 'offer', sdp: 'v=0 (real SDP differs)' },
				currentLocalDescription: null,
				remoteDescription: null
			})
		).toEqual([]);
	});

	it('lists each injected mismatch as { field, predicted, reported }', () => {
		const pc = new JsepModel();
		pc.call({ type: 'api.setLocalDescription' });
		const disagreements = compare(pc.snapshot(), {
			signalingState: 'stable', // injected: the browser "rolled back"
			iceGatheringState: 'gathering',
			pendingLocalDescription: null, // injected
			connectionState: 'new'
		});
		expect(disagreements).toEqual([
			{ field: 'signalingState', predicted: 'have-local-offer', reported: 'stable' },
			{ field: 'pendingLocalDescription', predicted: 'offer', reported: null }
		]);
	});

	it('compares SDP text only when asked', () => {
		const pc = new JsepModel();
		pc.call({ type: 'api.setLocalDescription', description: { type: 'offer', sdp: 'v=0 mine' } });
		const reported = { localDescription: { type: 'offer' as const, sdp: 'v=0 theirs' } };
		expect(compare(pc.snapshot(), reported)).toEqual([]);
		expect(compare(pc.snapshot(), reported, { compareSdp: true })).toEqual([
			{ field: 'localDescription.sdp', predicted: 'v=0 mine', reported: 'v=0 theirs' }
		]);
	});
});
