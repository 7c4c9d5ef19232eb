import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { signalingMachine } from './signaling-machine';
import type { ApiCall, JsepErrorName, SdpType, SignalingState } from './types';

// How to reach each state from a new RTCPeerConnection (webrtc-pc §4.3.1, "An example set of transitions").
const PATHS: Record<SignalingState, ApiCall[]> = {
	stable: [],
	'have-local-offer': [{ type: 'api.setLocalDescription', description: { type: 'offer' } }],
	'have-remote-offer': [{ type: 'api.setRemoteDescription', description: { type: 'offer', sdp: 'o' } }],
	'have-local-pranswer': [
		{ type: 'api.setRemoteDescription', description: { type: 'offer', sdp: 'o' } },
		{ type: 'api.setLocalDescription', description: { type: 'pranswer' } }
	],
	'have-remote-pranswer': [
		{ type: 'api.setLocalDescription', description: { type: 'offer' } },
		{ type: 'api.setRemoteDescription', description: { type: 'pranswer', sdp: 'p' } }
	],
	closed: [{ type: 'api.close' }]
};

function reach(state: SignalingState) {
	let [snapshot] = initialTransition(signalingMachine, { name: 'T' });
	for (const call of PATHS[state]) [snapshot] = transition(signalingMachine, snapshot, call);
	expect(snapshot.value).toBe(state);
	return snapshot;
}

const SLD = (type?: SdpType, extra: { sdpModified?: boolean; sdp?: string } = {}): ApiCall => ({
	type: 'api.setLocalDescription',
	description: type === undefined ? undefined : { type, sdp: extra.sdp },
	sdpModified: extra.sdpModified
});
const SRD = (type: SdpType, extra: { applyFails?: boolean } = {}): ApiCall => ({
	type: 'api.setRemoteDescription',
	description: { type, sdp: type === 'rollback' ? '' : `remote ${type}` },
	applyFails: extra.applyFails
});

interface Row {
	/** Where the row's text comes from. */
	why: string;
	from: SignalingState;
	call: ApiCall;
	/** Resulting state, or the error the promise rejects with (state unchanged). */
	to?: SignalingState;
	error?: JsepErrorName;
	/** signalingstatechange events fired, in order. */
	changes?: SignalingState[];
}

const ISE = 'InvalidStateError' as const;
const IME = 'InvalidModificationError' as const;
const OE = 'OperationError' as const;

// The W3C webrtc-pc signaling table: every (state × SLD/SRD × offer/answer/pranswer/rollback), plus
// implicit SLD, SDP modification and apply failures. "JSEP §5.5/§5.6" = RFC 8829 processing a
// local/remote description; "§4.4.1.6" = webrtc-pc "set the session description".
const ROWS: Row[] = [
	// ── stable ──
	{
		why: 'stable → have-local-offer: setLocalDescription(offer)',
		from: 'stable',
		call: SLD('offer'),
		to: 'have-local-offer',
		changes: ['have-local-offer']
	},
	{
		why: 'JSEP §5.5: local answer needs have-remote-offer/have-local-pranswer',
		from: 'stable',
		call: SLD('answer'),
		error: ISE
	},
	{
		why: 'JSEP §5.5: local pranswer needs have-remote-offer/have-local-pranswer',
		from: 'stable',
		call: SLD('pranswer'),
		error: ISE
	},
	{ why: '§4.4.1.6 step 2: rollback in stable rejects', from: 'stable', call: SLD('rollback'), error: ISE },
	{
		why: 'stable → have-remote-offer: setRemoteDescription(offer)',
		from: 'stable',
		call: SRD('offer'),
		to: 'have-remote-offer',
		changes: ['have-remote-offer']
	},
	{ why: 'JSEP §5.6: remote answer without a local offer', from: 'stable', call: SRD('answer'), error: ISE },
	{
		why: 'JSEP §5.6: remote pranswer without a local offer',
		from: 'stable',
		call: SRD('pranswer'),
		error: ISE
	},
	{ why: '§4.4.1.6 step 2: rollback in stable rejects', from: 'stable', call: SRD('rollback'), error: ISE },
	{
		why: 'setLocalDescription(): type offer in stable',
		from: 'stable',
		call: SLD(),
		to: 'have-local-offer',
		changes: ['have-local-offer']
	},
	{
		why: 'setLocalDescription: offer SDP ≠ [[LastCreatedOffer]]',
		from: 'stable',
		call: SLD('offer', { sdp: 'munged', sdpModified: true }),
		error: IME
	},
	{
		why: 'state checked before modification (WPT setLocalDescription-answer)',
		from: 'stable',
		call: SLD('answer', { sdp: 'x', sdpModified: true }),
		error: ISE
	},
	{
		why: '"for all other errors, reject with OperationError"',
		from: 'stable',
		call: SRD('offer', { applyFails: true }),
		error: OE
	},

	// ── have-local-offer ──
	{
		why: 'have-local-offer → have-local-offer: a new local offer, no event',
		from: 'have-local-offer',
		call: SLD('offer'),
		to: 'have-local-offer',
		changes: []
	},
	{
		why: 'JSEP §5.5: local answer while we are the offerer',
		from: 'have-local-offer',
		call: SLD('answer'),
		error: ISE
	},
	{
		why: 'JSEP §5.5: local pranswer while we are the offerer',
		from: 'have-local-offer',
		call: SLD('pranswer'),
		error: ISE
	},
	{
		why: 'rollback of the pending local offer',
		from: 'have-local-offer',
		call: SLD('rollback'),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'setRemoteDescription step 1: implicit rollback, then the remote offer',
		from: 'have-local-offer',
		call: SRD('offer'),
		to: 'have-remote-offer',
		changes: ['stable', 'have-remote-offer']
	},
	{
		why: 'have-local-offer → stable: setRemoteDescription(answer)',
		from: 'have-local-offer',
		call: SRD('answer'),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'have-local-offer → have-remote-pranswer: setRemoteDescription(pranswer)',
		from: 'have-local-offer',
		call: SRD('pranswer'),
		to: 'have-remote-pranswer',
		changes: ['have-remote-pranswer']
	},
	{
		why: 'rollback (pending description is the local one)',
		from: 'have-local-offer',
		call: SRD('rollback'),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'setLocalDescription(): type offer in have-local-offer',
		from: 'have-local-offer',
		call: SLD(),
		to: 'have-local-offer',
		changes: []
	},
	{
		why: 'munged offer',
		from: 'have-local-offer',
		call: SLD('offer', { sdp: 'munged', sdpModified: true }),
		error: IME
	},
	{
		why: 'answer that fails to apply',
		from: 'have-local-offer',
		call: SRD('answer', { applyFails: true }),
		error: OE
	},
	{
		why: 'implicit rollback happens, then the offer fails',
		from: 'have-local-offer',
		call: SRD('offer', { applyFails: true }),
		to: 'stable',
		error: OE,
		changes: ['stable']
	},

	// ── have-remote-offer ──
	{
		why: 'JSEP §5.5: local offer while answering',
		from: 'have-remote-offer',
		call: SLD('offer'),
		error: ISE
	},
	{
		why: 'have-remote-offer → stable: setLocalDescription(answer)',
		from: 'have-remote-offer',
		call: SLD('answer'),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'have-remote-offer → have-local-pranswer: setLocalDescription(pranswer)',
		from: 'have-remote-offer',
		call: SLD('pranswer'),
		to: 'have-local-pranswer',
		changes: ['have-local-pranswer']
	},
	{
		why: 'rollback (pending description is the remote one)',
		from: 'have-remote-offer',
		call: SLD('rollback'),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'have-remote-offer → have-remote-offer: a new remote offer, no event',
		from: 'have-remote-offer',
		call: SRD('offer'),
		to: 'have-remote-offer',
		changes: []
	},
	{
		why: 'JSEP §5.6: remote answer while answering',
		from: 'have-remote-offer',
		call: SRD('answer'),
		error: ISE
	},
	{
		why: 'JSEP §5.6: remote pranswer while answering',
		from: 'have-remote-offer',
		call: SRD('pranswer'),
		error: ISE
	},
	{
		why: 'rollback of the pending remote offer',
		from: 'have-remote-offer',
		call: SRD('rollback'),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'setLocalDescription(): type answer in have-remote-offer',
		from: 'have-remote-offer',
		call: SLD(),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'answer SDP ≠ [[LastCreatedAnswer]]',
		from: 'have-remote-offer',
		call: SLD('answer', { sdp: 'munged', sdpModified: true }),
		error: IME
	},
	{
		why: 'pranswer SDP ≠ [[LastCreatedAnswer]]',
		from: 'have-remote-offer',
		call: SLD('pranswer', { sdp: 'munged', sdpModified: true }),
		error: IME
	},
	{
		why: 'state checked before modification',
		from: 'have-remote-offer',
		call: SLD('offer', { sdp: 'x', sdpModified: true }),
		error: ISE
	},
	{
		why: 'new remote offer that fails to apply',
		from: 'have-remote-offer',
		call: SRD('offer', { applyFails: true }),
		error: OE
	},

	// ── have-local-pranswer ──
	{
		why: 'JSEP §5.5: local offer while answering',
		from: 'have-local-pranswer',
		call: SLD('offer'),
		error: ISE
	},
	{
		why: 'have-local-pranswer → stable: setLocalDescription(answer)',
		from: 'have-local-pranswer',
		call: SLD('answer'),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'have-local-pranswer → have-local-pranswer: a new pranswer, no event',
		from: 'have-local-pranswer',
		call: SLD('pranswer'),
		to: 'have-local-pranswer',
		changes: []
	},
	{
		why: '§4.4.1.6 step 2: rollback in have-local-pranswer rejects',
		from: 'have-local-pranswer',
		call: SLD('rollback'),
		error: ISE
	},
	{
		why: 'implicit rollback is itself invalid in have-local-pranswer',
		from: 'have-local-pranswer',
		call: SRD('offer'),
		error: ISE
	},
	{
		why: 'JSEP §5.6: remote answer while answering',
		from: 'have-local-pranswer',
		call: SRD('answer'),
		error: ISE
	},
	{
		why: 'JSEP §5.6: remote pranswer while answering',
		from: 'have-local-pranswer',
		call: SRD('pranswer'),
		error: ISE
	},
	{
		why: '§4.4.1.6 step 2: rollback in have-local-pranswer rejects',
		from: 'have-local-pranswer',
		call: SRD('rollback'),
		error: ISE
	},
	{
		why: 'setLocalDescription(): type answer in have-local-pranswer',
		from: 'have-local-pranswer',
		call: SLD(),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'answer SDP ≠ [[LastCreatedAnswer]]',
		from: 'have-local-pranswer',
		call: SLD('answer', { sdp: 'munged', sdpModified: true }),
		error: IME
	},

	// ── have-remote-pranswer ──
	{
		why: 'JSEP §5.5: local offer only in stable/have-local-offer',
		from: 'have-remote-pranswer',
		call: SLD('offer'),
		error: ISE
	},
	{
		why: 'JSEP §5.5: local answer while we are the offerer',
		from: 'have-remote-pranswer',
		call: SLD('answer'),
		error: ISE
	},
	{
		why: 'JSEP §5.5: local pranswer while we are the offerer',
		from: 'have-remote-pranswer',
		call: SLD('pranswer'),
		error: ISE
	},
	{
		why: '§4.4.1.6 step 2: rollback in have-remote-pranswer rejects',
		from: 'have-remote-pranswer',
		call: SLD('rollback'),
		error: ISE
	},
	{
		why: 'implicit rollback is itself invalid in have-remote-pranswer',
		from: 'have-remote-pranswer',
		call: SRD('offer'),
		error: ISE
	},
	{
		why: 'have-remote-pranswer → stable: setRemoteDescription(answer)',
		from: 'have-remote-pranswer',
		call: SRD('answer'),
		to: 'stable',
		changes: ['stable']
	},
	{
		why: 'have-remote-pranswer → have-remote-pranswer: a new pranswer, no event',
		from: 'have-remote-pranswer',
		call: SRD('pranswer'),
		to: 'have-remote-pranswer',
		changes: []
	},
	{
		why: '§4.4.1.6 step 2: rollback in have-remote-pranswer rejects',
		from: 'have-remote-pranswer',
		call: SRD('rollback'),
		error: ISE
	},
	{
		why: 'setLocalDescription(): type offer here; creating an offer needs stable/have-local-offer',
		from: 'have-remote-pranswer',
		call: SLD(),
		error: ISE
	},
	{
		why: 'final answer that fails to apply',
		from: 'have-remote-pranswer',
		call: SRD('answer', { applyFails: true }),
		error: OE
	},

	// ── closed: every chained method rejects with InvalidStateError ──
	...(['offer', 'answer', 'pranswer', 'rollback'] as const).flatMap((type): Row[] => [
		{
			why: 'chain an operation: [[IsClosed]] → InvalidStateError',
			from: 'closed',
			call: SLD(type),
			error: ISE
		},
		{
			why: 'chain an operation: [[IsClosed]] → InvalidStateError',
			from: 'closed',
			call: SRD(type),
			error: ISE
		}
	]),
	{ why: 'setLocalDescription() on a closed pc', from: 'closed', call: SLD(), error: ISE },

	// ── createOffer / createAnswer ──
	...(
		[
			['stable', undefined, ISE],
			['have-local-offer', undefined, ISE],
			['have-remote-offer', ISE, undefined],
			['have-local-pranswer', ISE, undefined],
			['have-remote-pranswer', ISE, ISE],
			['closed', ISE, ISE]
		] as const
	).flatMap(([from, offerError, answerError]): Row[] => [
		{
			why: 'create an offer: needs stable or have-local-offer',
			from,
			call: { type: 'api.createOffer' },
			to: offerError ? undefined : from,
			error: offerError,
			changes: []
		},
		{
			why: 'createAnswer: needs have-remote-offer or have-local-pranswer',
			from,
			call: { type: 'api.createAnswer' },
			to: answerError ? undefined : from,
			error: answerError,
			changes: []
		}
	]),

	// ── addIceCandidate, close ──
	{
		why: 'addIceCandidate: remoteDescription is null',
		from: 'stable',
		call: { type: 'api.addIceCandidate', candidate: 'c' },
		error: ISE
	},
	{
		why: 'addIceCandidate: with a remote offer',
		from: 'have-remote-offer',
		call: { type: 'api.addIceCandidate', candidate: 'c' },
		to: 'have-remote-offer',
		changes: []
	},
	{
		why: 'addIceCandidate: sdpMid matches no media description',
		from: 'have-remote-offer',
		call: { type: 'api.addIceCandidate', candidate: 'c', unknownMid: true },
		error: OE
	},
	{
		why: 'addIceCandidate on a closed pc',
		from: 'closed',
		call: { type: 'api.addIceCandidate', candidate: 'c' },
		error: ISE
	},
	...(
		[
			'stable',
			'have-local-offer',
			'have-remote-offer',
			'have-local-pranswer',
			'have-remote-pranswer'
		] as const
	).map((from): Row => ({
		why: 'close(): "This does not fire any event."',
		from,
		call: { type: 'api.close' },
		to: 'closed',
		changes: []
	})),
	{
		why: 'close() twice: "If [[IsClosed]] is true, abort these steps."',
		from: 'closed',
		call: { type: 'api.close' },
		to: 'closed',
		changes: []
	},
	{
		why: 'addTrack on a closed pc throws InvalidStateError',
		from: 'closed',
		call: { type: 'api.addTrack' },
		error: ISE
	},
	{
		why: 'createDataChannel on a closed pc throws InvalidStateError',
		from: 'closed',
		call: { type: 'api.createDataChannel' },
		error: ISE
	}
];

describe('signalingMachine: the W3C signaling table', () => {
	it.each(ROWS.map((row) => [`${row.from} · ${describeCall(row.call)} — ${row.why}`, row] as const))(
		'%s',
		(_, row) => {
			const before = reach(row.from);
			const [after] = transition(signalingMachine, before, row.call);
			const result = after.context.result!;
			if (row.error) {
				expect(result.ok).toBe(false);
				expect(result.error?.name).toBe(row.error);
				expect(result.error?.message.length).toBeGreaterThan(10);
			} else {
				expect(result.ok).toBe(true);
				expect(result.error).toBeUndefined();
			}
			expect(after.value).toBe(row.to ?? row.from);
			const changes = result.events.flatMap((e) => (e.name === 'signalingstatechange' ? [e.state] : []));
			expect(changes).toEqual(row.changes ?? []);
		}
	);
});

function describeCall(call: ApiCall): string {
	if (call.type === 'api.setLocalDescription') {
		const t = call.description?.type ?? '';
		return `SLD(${t})${call.sdpModified ? ' modified' : ''}`;
	}
	if (call.type === 'api.setRemoteDescription') {
		return `SRD(${call.description.type})${call.applyFails ? ' fails' : ''}`;
	}
	return (
		call.type.replace('api.', '') +
		(call.type === 'api.addIceCandidate' && call.unknownMid ? ' unknown mid' : '')
	);
}

describe('signalingMachine: descriptions', () => {
	it('offer → answer moves pending to current on both sides (webrtc-pc §4.4.1.6)', () => {
		let [a] = initialTransition(signalingMachine, { name: 'A' });
		[a] = transition(signalingMachine, a, { type: 'api.setLocalDescription' });
		expect(a.context.pendingLocalDescription?.type).toBe('offer');
		expect(a.context.currentLocalDescription).toBeNull();
		const offer = a.context.pendingLocalDescription!;
		[a] = transition(signalingMachine, a, {
			type: 'api.setRemoteDescription',
			description: { type: 'answer', sdp: 'the answer' }
		});
		expect(a.context.pendingLocalDescription).toBeNull();
		expect(a.context.pendingRemoteDescription).toBeNull();
		expect(a.context.currentLocalDescription?.sdp).toBe(offer.sdp);
		expect(a.context.currentRemoteDescription).toMatchObject({ type: 'answer', sdp: 'the answer' });
	});

	it('implicit SLD reuses [[LastCreatedOffer]] when nothing changed since createOffer', () => {
		let [a] = initialTransition(signalingMachine, { name: 'A' });
		[a] = transition(signalingMachine, a, { type: 'api.createOffer' });
		const created = a.context.result!.description!;
		[a] = transition(signalingMachine, a, { type: 'api.setLocalDescription' });
		expect(a.context.pendingLocalDescription?.sdp).toBe(created.sdp);
	});

	it('rollback restores the previous stable descriptions (null before any negotiation)', () => {
		let [a] = initialTransition(signalingMachine, { name: 'A' });
		[a] = transition(signalingMachine, a, { type: 'api.setLocalDescription' });
		[a] = transition(signalingMachine, a, {
			type: 'api.setLocalDescription',
			description: { type: 'rollback' }
		});
		expect(a.context.pendingLocalDescription).toBeNull();
		expect(a.context.currentLocalDescription).toBeNull();
	});

	it('first local offer starts gathering; a re-offer with the same credentials does not', () => {
		let [a] = initialTransition(signalingMachine, { name: 'A' });
		[a] = transition(signalingMachine, a, { type: 'api.setLocalDescription' });
		expect(a.context.result!.startsGathering).toBe(true);
		[a] = transition(signalingMachine, a, { type: 'api.setLocalDescription' });
		expect(a.context.result!.startsGathering).toBe(false);
	});
});

describe('signalingMachine: negotiation-needed (webrtc-pc §4.7)', () => {
	const names = (s: ReturnType<typeof reach>) => s.context.result!.events.map((e) => e.name);

	it('addTrack in stable with an empty chain fires negotiationneeded once', () => {
		let s = reach('stable');
		[s] = transition(signalingMachine, s, { type: 'api.addTrack' });
		expect(names(s)).toEqual(['negotiationneeded']);
		[s] = transition(signalingMachine, s, { type: 'api.addTrack' });
		expect(names(s)).toEqual([]); // flag already true
	});

	it('addTrack outside stable fires nothing; the answer back to stable fires it when the chain empties', () => {
		let s = reach('have-remote-offer');
		[s] = transition(signalingMachine, s, { type: 'api.addTrack' });
		expect(names(s)).toEqual([]);
		[s] = transition(signalingMachine, s, { type: 'api.setLocalDescription' });
		expect(names(s)).toEqual(['signalingstatechange']);
		[s] = transition(signalingMachine, s, { type: 'internal.operationsChainEmpty' });
		expect(names(s)).toEqual(['negotiationneeded']);
	});

	it('a completed offer/answer clears the need; no event after the answer', () => {
		let s = reach('stable');
		[s] = transition(signalingMachine, s, { type: 'api.addTrack' });
		[s] = transition(signalingMachine, s, { type: 'api.setLocalDescription' });
		[s] = transition(signalingMachine, s, SRD('answer'));
		[s] = transition(signalingMachine, s, { type: 'internal.operationsChainEmpty' });
		expect(names(s)).toEqual([]);
		expect(s.context.negotiationNeeded).toBe(false);
	});

	it('restartIce in stable after a negotiation fires negotiationneeded; the next offer has new credentials', () => {
		let s = reach('stable');
		[s] = transition(signalingMachine, s, { type: 'api.setLocalDescription' });
		[s] = transition(signalingMachine, s, SRD('answer'));
		[s] = transition(signalingMachine, s, { type: 'api.restartIce' });
		expect(names(s)).toEqual(['negotiationneeded']);
		[s] = transition(signalingMachine, s, { type: 'api.setLocalDescription' });
		expect(s.context.pendingLocalDescription!.iceGeneration).toBe(2);
		expect(s.context.result!.startsGathering).toBe(true);
		[s] = transition(signalingMachine, s, SRD('answer'));
		expect(s.context.localIceCredentialsToReplace).toEqual([]);
	});

	it('a busy chain defers the update until it empties', () => {
		let s = reach('stable');
		[s] = transition(signalingMachine, s, { type: 'api.addTrack', chainBusy: true });
		expect(names(s)).toEqual([]);
		[s] = transition(signalingMachine, s, { type: 'internal.operationsChainEmpty' });
		expect(names(s)).toEqual(['negotiationneeded']);
	});
});
