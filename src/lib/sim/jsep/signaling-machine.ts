// The signaling half of RTCPeerConnection: W3C webrtc-pc §4.3.1 RTCSignalingState, §4.4.1.6 "set the
// session description", §4.4.3 createOffer/createAnswer/setLocalDescription/setRemoteDescription/
// addIceCandidate/restartIce/close, §4.7 the negotiation-needed flag; RFC 8829 (JSEP) §3.2, §5.5, §5.6.
//
// Valid transitions (JSEP §5.5 local, §5.6 remote; rollback per webrtc-pc §4.4.1.6 step 2):
//   stable               SLD(offer) → have-local-offer     SRD(offer) → have-remote-offer
//   have-local-offer     SLD(offer) → have-local-offer     SRD(answer) → stable
//                        SRD(pranswer) → have-remote-pranswer
//                        SLD/SRD(rollback) → stable         SRD(offer) → implicit rollback, have-remote-offer
//   have-remote-offer    SRD(offer) → have-remote-offer    SLD(answer) → stable
//                        SLD(pranswer) → have-local-pranswer   SLD/SRD(rollback) → stable
//   have-local-pranswer  SLD(pranswer) → have-local-pranswer   SLD(answer) → stable
//   have-remote-pranswer SRD(pranswer) → have-remote-pranswer  SRD(answer) → stable
//   any                  close() → closed (fires no event)
// Everything else rejects with InvalidStateError; a munged offer/answer with InvalidModificationError.
//
// Order of checks: closed, then the type's validity for the state, then SDP modification. The spec text
// checks modification first, but browsers and WPT (RTCPeerConnection-setLocalDescription-answer.html,
// "setLocalDescription(answer) from stable state should reject with InvalidStateError") check state
// first, and this model predicts what browsers do.
import { assign, setup } from 'xstate';
import type {
	ApiCall,
	CallResult,
	ChainEmptyEvent,
	FiredEvent,
	JsepError,
	JsepErrorName,
	ModelDescription,
	SdpType,
	SignalingState
} from './types';

export type SignalingEvent = ApiCall | ChainEmptyEvent;

export interface SignalingContext {
	/** Label for model-generated SDP ("A", "B"). */
	name: string;
	pendingLocalDescription: ModelDescription | null;
	currentLocalDescription: ModelDescription | null;
	pendingRemoteDescription: ModelDescription | null;
	currentRemoteDescription: ModelDescription | null;
	/** [[LastCreatedOffer]] / [[LastCreatedAnswer]] and what they were created from. */
	lastCreatedOffer: ModelDescription | null;
	lastCreatedAnswer: ModelDescription | null;
	descriptionCount: number;
	/** ICE credential generation the local agent uses now (1 = the first ufrag/pwd). */
	iceGeneration: number;
	/** Highest generation for which candidate gathering has begun. */
	gatheredIceGeneration: number;
	/** [[LocalIceCredentialsToReplace]] as credential generations. */
	localIceCredentialsToReplace: number[];
	/** The last applied remote offer restarted ICE, so our answer carries new credentials. */
	remoteIceRestartPending: boolean;
	/** Local changes that need negotiation (addTrack, addTransceiver, createDataChannel, removeTrack). */
	changeCount: number;
	/** How many of those a completed offer/answer exchange has covered. */
	negotiatedChangeCount: number;
	/** [[NegotiationNeeded]] */
	negotiationNeeded: boolean;
	/** [[UpdateNegotiationNeededFlagOnEmptyChain]] */
	updateNegotiationNeededOnEmptyChain: boolean;
	/** Outcome of the last event; null only before the first call. */
	result: CallResult | null;
}

const okResult = (): CallResult => ({ ok: true, events: [], startsGathering: false });

function withEvent(result: CallResult | null, event: FiredEvent): CallResult {
	const base = result ?? okResult();
	return { ...base, events: [...base.events, event] };
}

function sdpTypeOf(event: SignalingEvent): SdpType | undefined {
	if (event.type === 'api.setLocalDescription') return event.description?.type;
	if (event.type === 'api.setRemoteDescription') return event.description.type;
	return undefined;
}

function sdpOf(event: SignalingEvent): string {
	if (event.type === 'api.setLocalDescription' || event.type === 'api.setRemoteDescription') {
		return event.description?.sdp ?? '';
	}
	return '';
}

/** webrtc-pc §4.7 "check if negotiation is needed", over the model's abstract changes. */
export function isNegotiationNeeded(context: SignalingContext): boolean {
	return (
		context.localIceCredentialsToReplace.length > 0 || context.changeCount > context.negotiatedChangeCount
	);
}

/** The [[LastCreatedOffer]] still describes the offerer's system state (webrtc-pc setLocalDescription). */
function isCurrent(created: ModelDescription | null, context: SignalingContext): boolean {
	return created !== null && created.changeCount === context.changeCount;
}

function makeOffer(context: SignalingContext, iceRestart: boolean, sdp?: string): ModelDescription {
	// webrtc-pc createOffer: new credentials when the current ones are in [[LocalIceCredentialsToReplace]].
	const restart = iceRestart || context.localIceCredentialsToReplace.includes(context.iceGeneration);
	const iceGeneration = restart ? context.iceGeneration + 1 : context.iceGeneration;
	const n = context.descriptionCount + 1;
	return {
		type: 'offer',
		sdp: sdp ?? `offer ${n} from ${context.name} (ice ${iceGeneration}, changes ${context.changeCount})`,
		iceGeneration,
		changeCount: context.changeCount
	};
}

function makeAnswer(context: SignalingContext, sdp?: string): ModelDescription {
	// RFC 8829 §5.3.1: an answer to an ICE-restarting offer carries new credentials.
	const iceGeneration = context.remoteIceRestartPending ? context.iceGeneration + 1 : context.iceGeneration;
	const n = context.descriptionCount + 1;
	return {
		type: 'answer',
		sdp: sdp ?? `answer ${n} from ${context.name} (ice ${iceGeneration})`,
		iceGeneration,
		changeCount: context.changeCount
	};
}

/** The description an SLD applies: the given SDP, else [[LastCreated…]] if still current, else a new one. */
function localDescriptionFor(
	context: SignalingContext,
	event: SignalingEvent,
	type: 'offer' | 'answer' | 'pranswer'
): { description: ModelDescription; created: boolean } {
	const sdp = sdpOf(event);
	const last = type === 'offer' ? context.lastCreatedOffer : context.lastCreatedAnswer;
	if (sdp !== '') {
		const meta = last ?? (type === 'offer' ? makeOffer(context, false) : makeAnswer(context));
		return { description: { ...meta, type, sdp }, created: false };
	}
	if (last && isCurrent(last, context)) return { description: { ...last, type }, created: false };
	const made = type === 'offer' ? makeOffer(context, false) : makeAnswer(context);
	return { description: { ...made, type }, created: true };
}

function remoteDescriptionFrom(event: SignalingEvent, type: 'offer' | 'answer' | 'pranswer') {
	return { type, sdp: sdpOf(event), iceGeneration: 0, changeCount: 0 } satisfies ModelDescription;
}

/** Applying a local description with credentials not yet gathered for starts gathering (RFC 8829 §5.10). */
function gatheringUpdate(context: SignalingContext, description: ModelDescription) {
	const starts = description.iceGeneration > context.gatheredIceGeneration;
	return {
		iceGeneration: description.iceGeneration,
		gatheredIceGeneration: Math.max(context.gatheredIceGeneration, description.iceGeneration),
		result: starts ? { ...(context.result ?? okResult()), startsGathering: true } : context.result
	};
}

/** Shared by both answers: "if none of [[LocalIceCredentialsToReplace]] are present … set to empty". */
function credentialsAfterAnswer(context: SignalingContext, local: ModelDescription | null) {
	const stillUsed = local !== null && context.localIceCredentialsToReplace.includes(local.iceGeneration);
	return stillUsed ? context.localIceCredentialsToReplace : [];
}

const err = (name: JsepErrorName, message: string): JsepError => ({ name, message });

const E = {
	closed: err('InvalidStateError', 'The RTCPeerConnection is closed ([[IsClosed]] is true).'),
	rollbackInStable: err(
		'InvalidStateError',
		'Nothing to roll back: rollback is only valid in have-local-offer or have-remote-offer.'
	),
	rollbackPranswer: err(
		'InvalidStateError',
		'A provisional answer cannot be rolled back (webrtc-pc §4.4.1.6 step 2).'
	),
	localAnswerWithoutOffer: err(
		'InvalidStateError',
		'A local answer or pranswer needs a remote offer first (state must be have-remote-offer or have-local-pranswer).'
	),
	remoteAnswerWithoutOffer: err(
		'InvalidStateError',
		'A remote answer or pranswer needs a local offer first (state must be have-local-offer or have-remote-pranswer).'
	),
	localOfferNotAllowed: err(
		'InvalidStateError',
		'A local offer can only be set in stable or have-local-offer.'
	),
	remoteOfferNotAllowed: err(
		'InvalidStateError',
		'A remote offer cannot be applied here, and the implicit rollback is not allowed in a pranswer state.'
	),
	createOffer: err('InvalidStateError', 'createOffer needs stable or have-local-offer.'),
	createAnswer: err('InvalidStateError', 'createAnswer needs have-remote-offer or have-local-pranswer.'),
	modified: err(
		'InvalidModificationError',
		'The SDP was changed after createOffer/createAnswer (RFC 8829 §5.4: munging is not allowed).'
	),
	applyFailed: err('OperationError', 'The description could not be applied.'),
	noRemoteDescription: err('InvalidStateError', 'addIceCandidate needs a remote description first.'),
	unknownMid: err('OperationError', 'The candidate names no media description of the remote description.')
} as const;

export const signalingMachine = setup({
	types: {
		context: {} as SignalingContext,
		events: {} as SignalingEvent,
		input: {} as { name?: string } | undefined
	},
	guards: {
		isRollback: ({ event }) => sdpTypeOf(event) === 'rollback',
		isOffer: ({ event }) => sdpTypeOf(event) === 'offer',
		isAnswer: ({ event }) => sdpTypeOf(event) === 'answer',
		isPranswer: ({ event }) => sdpTypeOf(event) === 'pranswer',
		isSdpModified: ({ event }) => event.type === 'api.setLocalDescription' && event.sdpModified === true,
		isApplyFailing: ({ event }) => event.type === 'api.setRemoteDescription' && event.applyFails === true,
		hasNoRemoteDescription: ({ context }) =>
			context.pendingRemoteDescription === null && context.currentRemoteDescription === null,
		isUnknownMid: ({ event }) => event.type === 'api.addIceCandidate' && event.unknownMid === true,
		isChainBusy: ({ event }) => 'chainBusy' in event && event.chainBusy === true,
		isUpdateDeferred: ({ context }) => context.updateNegotiationNeededOnEmptyChain
	},
	actions: {
		beginCall: assign({ result: () => okResult() }),
		reject: assign(({ context }, params: JsepError) => ({
			result: { ...(context.result ?? okResult()), ok: false, error: params }
		})),
		fireSignalingStateChange: assign(({ context }, params: { state: SignalingState }) =>
			// No event at construction: result is null until the first call.
			context.result === null
				? {}
				: { result: withEvent(context.result, { name: 'signalingstatechange', state: params.state }) }
		),
		createOffer: assign(({ context, event }) => {
			const e = event.type === 'api.createOffer' ? event : undefined;
			const offer = makeOffer(context, e?.iceRestart === true, e?.sdp);
			return {
				lastCreatedOffer: offer,
				descriptionCount: context.descriptionCount + 1,
				result: {
					...(context.result ?? okResult()),
					description: { type: offer.type, sdp: offer.sdp }
				}
			};
		}),
		createAnswer: assign(({ context, event }) => {
			const answer = makeAnswer(context, event.type === 'api.createAnswer' ? event.sdp : undefined);
			return {
				lastCreatedAnswer: answer,
				descriptionCount: context.descriptionCount + 1,
				result: {
					...(context.result ?? okResult()),
					description: { type: answer.type, sdp: answer.sdp }
				}
			};
		}),
		// webrtc-pc §4.4.1.6: "If description is of type offer, set [[PendingLocalDescription]] …"
		recordLocalOffer: assign(({ context, event }) => {
			const { description, created } = localDescriptionFor(context, event, 'offer');
			return {
				pendingLocalDescription: description,
				lastCreatedOffer: created ? description : context.lastCreatedOffer,
				descriptionCount: context.descriptionCount + (created ? 1 : 0),
				...gatheringUpdate(context, description)
			};
		}),
		recordLocalPranswer: assign(({ context, event }) => {
			const { description, created } = localDescriptionFor(context, event, 'pranswer');
			return {
				pendingLocalDescription: description,
				lastCreatedAnswer: created ? { ...description, type: 'answer' as const } : context.lastCreatedAnswer,
				descriptionCount: context.descriptionCount + (created ? 1 : 0),
				...gatheringUpdate(context, description)
			};
		}),
		// "If description is of type answer, then this completes an offer answer negotiation."
		recordLocalAnswer: assign(({ context, event }) => {
			const { description, created } = localDescriptionFor(context, event, 'answer');
			return {
				currentLocalDescription: description,
				currentRemoteDescription: context.pendingRemoteDescription,
				pendingLocalDescription: null,
				pendingRemoteDescription: null,
				lastCreatedOffer: null,
				lastCreatedAnswer: null,
				remoteIceRestartPending: false,
				descriptionCount: context.descriptionCount + (created ? 1 : 0),
				localIceCredentialsToReplace: credentialsAfterAnswer(context, description),
				...gatheringUpdate(context, description)
			};
		}),
		recordRemoteOffer: assign(({ event }) => ({
			pendingRemoteDescription: remoteDescriptionFrom(event, 'offer'),
			remoteIceRestartPending: event.type === 'api.setRemoteDescription' && event.iceRestart === true
		})),
		recordRemotePranswer: assign(({ event }) => ({
			pendingRemoteDescription: remoteDescriptionFrom(event, 'pranswer')
		})),
		recordRemoteAnswer: assign(({ context, event }) => {
			const local = context.pendingLocalDescription;
			return {
				currentRemoteDescription: remoteDescriptionFrom(event, 'answer'),
				currentLocalDescription: local,
				pendingLocalDescription: null,
				pendingRemoteDescription: null,
				lastCreatedOffer: null,
				lastCreatedAnswer: null,
				// The offer's changes are now negotiated (the model's "check if negotiation is needed").
				negotiatedChangeCount: Math.max(context.negotiatedChangeCount, local?.changeCount ?? 0),
				localIceCredentialsToReplace: credentialsAfterAnswer(context, local)
			};
		}),
		// "Otherwise, (if description is of type rollback) …": pending descriptions go, state is stable.
		rollback: assign(({ context }) => ({
			pendingLocalDescription: null,
			pendingRemoteDescription: null,
			remoteIceRestartPending: false,
			iceGeneration: context.currentLocalDescription?.iceGeneration ?? context.iceGeneration
		})),
		// "If [[SignalingState]] is now stable: clear the negotiation-needed flag and update it" — the
		// operation is still on the chain, so the update waits for the chain to empty.
		clearAndDeferNegotiationNeeded: assign({
			negotiationNeeded: false,
			updateNegotiationNeededOnEmptyChain: true
		}),
		deferNegotiationNeeded: assign({ updateNegotiationNeededOnEmptyChain: true }),
		// "Update the negotiation-needed flag" (webrtc-pc §4.7), run where the state is stable.
		updateNegotiationNeeded: assign(({ context }) => {
			if (!isNegotiationNeeded(context)) return { negotiationNeeded: false };
			if (context.negotiationNeeded) return {};
			return {
				negotiationNeeded: true,
				result: withEvent(context.result, { name: 'negotiationneeded' })
			};
		}),
		// Outside stable the update aborts; it runs again when an answer or rollback reaches stable.
		abortNegotiationNeededUpdate: assign({ updateNegotiationNeededOnEmptyChain: false }),
		recordLocalChange: assign(({ context }) => ({ changeCount: context.changeCount + 1 })),
		// restartIce(): [[LocalIceCredentialsToReplace]] := credentials of current and pending local descriptions.
		recordIceCredentialsToReplace: assign(({ context }) => ({
			localIceCredentialsToReplace: [
				...new Set(
					[context.currentLocalDescription, context.pendingLocalDescription]
						.filter((d): d is ModelDescription => d !== null)
						.map((d) => d.iceGeneration)
				)
			]
		}))
	}
}).createMachine({
	id: 'signaling',
	initial: 'stable',
	context: ({ input }) => ({
		name: input?.name ?? 'pc',
		pendingLocalDescription: null,
		currentLocalDescription: null,
		pendingRemoteDescription: null,
		currentRemoteDescription: null,
		lastCreatedOffer: null,
		lastCreatedAnswer: null,
		descriptionCount: 0,
		iceGeneration: 1,
		gatheredIceGeneration: 0,
		localIceCredentialsToReplace: [],
		remoteIceRestartPending: false,
		changeCount: 0,
		negotiatedChangeCount: 0,
		negotiationNeeded: false,
		updateNegotiationNeededOnEmptyChain: false,
		result: null
	}),
	// Calls whose handling does not depend on the signaling state (closed overrides them all).
	on: {
		'api.addIceCandidate': [
			{
				guard: 'hasNoRemoteDescription',
				actions: ['beginCall', { type: 'reject', params: E.noRemoteDescription }]
			},
			{ guard: 'isUnknownMid', actions: ['beginCall', { type: 'reject', params: E.unknownMid }] },
			{ actions: 'beginCall' }
		],
		'api.close': { target: '#signaling.closed', actions: 'beginCall' }
	},
	states: {
		stable: {
			entry: { type: 'fireSignalingStateChange', params: { state: 'stable' } },
			on: {
				'api.createOffer': { actions: ['beginCall', 'createOffer'] },
				'api.createAnswer': { actions: ['beginCall', { type: 'reject', params: E.createAnswer }] },
				'api.setLocalDescription': [
					{ guard: 'isRollback', actions: ['beginCall', { type: 'reject', params: E.rollbackInStable }] },
					{
						guard: 'isAnswer',
						actions: ['beginCall', { type: 'reject', params: E.localAnswerWithoutOffer }]
					},
					{
						guard: 'isPranswer',
						actions: ['beginCall', { type: 'reject', params: E.localAnswerWithoutOffer }]
					},
					{ guard: 'isSdpModified', actions: ['beginCall', { type: 'reject', params: E.modified }] },
					{ target: 'have-local-offer', actions: ['beginCall', 'recordLocalOffer'] }
				],
				'api.setRemoteDescription': [
					{ guard: 'isRollback', actions: ['beginCall', { type: 'reject', params: E.rollbackInStable }] },
					{
						guard: 'isAnswer',
						actions: ['beginCall', { type: 'reject', params: E.remoteAnswerWithoutOffer }]
					},
					{
						guard: 'isPranswer',
						actions: ['beginCall', { type: 'reject', params: E.remoteAnswerWithoutOffer }]
					},
					{ guard: 'isApplyFailing', actions: ['beginCall', { type: 'reject', params: E.applyFailed }] },
					{ target: 'have-remote-offer', actions: ['beginCall', 'recordRemoteOffer'] }
				],
				...changeHandlers('updateNegotiationNeeded'),
				'internal.operationsChainEmpty': [
					{
						guard: 'isUpdateDeferred',
						actions: ['beginCall', 'abortNegotiationNeededUpdate', 'updateNegotiationNeeded']
					},
					{ actions: 'beginCall' }
				]
			}
		},
		'have-local-offer': {
			entry: { type: 'fireSignalingStateChange', params: { state: 'have-local-offer' } },
			on: {
				'api.createOffer': { actions: ['beginCall', 'createOffer'] },
				'api.createAnswer': { actions: ['beginCall', { type: 'reject', params: E.createAnswer }] },
				'api.setLocalDescription': [
					{
						guard: 'isRollback',
						target: 'stable',
						actions: ['beginCall', 'rollback', 'clearAndDeferNegotiationNeeded']
					},
					{
						guard: 'isAnswer',
						actions: ['beginCall', { type: 'reject', params: E.localAnswerWithoutOffer }]
					},
					{
						guard: 'isPranswer',
						actions: ['beginCall', { type: 'reject', params: E.localAnswerWithoutOffer }]
					},
					{ guard: 'isSdpModified', actions: ['beginCall', { type: 'reject', params: E.modified }] },
					{ actions: ['beginCall', 'recordLocalOffer'] }
				],
				'api.setRemoteDescription': [
					{
						guard: 'isRollback',
						target: 'stable',
						actions: ['beginCall', 'rollback', 'clearAndDeferNegotiationNeeded']
					},
					// webrtc-pc setRemoteDescription step 1: an offer that is invalid here first rolls back.
					{
						guard: ({ event }) =>
							sdpTypeOf(event) === 'offer' &&
							event.type === 'api.setRemoteDescription' &&
							event.applyFails === true,
						target: 'stable',
						actions: [
							'beginCall',
							'rollback',
							'clearAndDeferNegotiationNeeded',
							{ type: 'reject', params: E.applyFailed }
						]
					},
					{
						guard: 'isOffer',
						target: 'have-remote-offer',
						actions: [
							'beginCall',
							'rollback',
							'clearAndDeferNegotiationNeeded',
							{ type: 'fireSignalingStateChange', params: { state: 'stable' } },
							'recordRemoteOffer'
						]
					},
					{ guard: 'isApplyFailing', actions: ['beginCall', { type: 'reject', params: E.applyFailed }] },
					{
						guard: 'isPranswer',
						target: 'have-remote-pranswer',
						actions: ['beginCall', 'recordRemotePranswer']
					},
					{ target: 'stable', actions: ['beginCall', 'recordRemoteAnswer', 'clearAndDeferNegotiationNeeded'] }
				],
				...changeHandlers('abortNegotiationNeededUpdate'),
				'internal.operationsChainEmpty': { actions: ['beginCall', 'abortNegotiationNeededUpdate'] }
			}
		},
		'have-remote-offer': {
			entry: { type: 'fireSignalingStateChange', params: { state: 'have-remote-offer' } },
			on: {
				'api.createOffer': { actions: ['beginCall', { type: 'reject', params: E.createOffer }] },
				'api.createAnswer': { actions: ['beginCall', 'createAnswer'] },
				'api.setLocalDescription': [
					{
						guard: 'isRollback',
						target: 'stable',
						actions: ['beginCall', 'rollback', 'clearAndDeferNegotiationNeeded']
					},
					{ guard: 'isOffer', actions: ['beginCall', { type: 'reject', params: E.localOfferNotAllowed }] },
					{ guard: 'isSdpModified', actions: ['beginCall', { type: 'reject', params: E.modified }] },
					{
						guard: 'isPranswer',
						target: 'have-local-pranswer',
						actions: ['beginCall', 'recordLocalPranswer']
					},
					{ target: 'stable', actions: ['beginCall', 'recordLocalAnswer', 'clearAndDeferNegotiationNeeded'] }
				],
				'api.setRemoteDescription': [
					{
						guard: 'isRollback',
						target: 'stable',
						actions: ['beginCall', 'rollback', 'clearAndDeferNegotiationNeeded']
					},
					{
						guard: 'isAnswer',
						actions: ['beginCall', { type: 'reject', params: E.remoteAnswerWithoutOffer }]
					},
					{
						guard: 'isPranswer',
						actions: ['beginCall', { type: 'reject', params: E.remoteAnswerWithoutOffer }]
					},
					{ guard: 'isApplyFailing', actions: ['beginCall', { type: 'reject', params: E.applyFailed }] },
					{ actions: ['beginCall', 'recordRemoteOffer'] }
				],
				...changeHandlers('abortNegotiationNeededUpdate'),
				'internal.operationsChainEmpty': { actions: ['beginCall', 'abortNegotiationNeededUpdate'] }
			}
		},
		'have-local-pranswer': {
			entry: { type: 'fireSignalingStateChange', params: { state: 'have-local-pranswer' } },
			on: {
				'api.createOffer': { actions: ['beginCall', { type: 'reject', params: E.createOffer }] },
				'api.createAnswer': { actions: ['beginCall', 'createAnswer'] },
				'api.setLocalDescription': [
					{ guard: 'isRollback', actions: ['beginCall', { type: 'reject', params: E.rollbackPranswer }] },
					{ guard: 'isOffer', actions: ['beginCall', { type: 'reject', params: E.localOfferNotAllowed }] },
					{ guard: 'isSdpModified', actions: ['beginCall', { type: 'reject', params: E.modified }] },
					{ guard: 'isPranswer', actions: ['beginCall', 'recordLocalPranswer'] },
					{ target: 'stable', actions: ['beginCall', 'recordLocalAnswer', 'clearAndDeferNegotiationNeeded'] }
				],
				'api.setRemoteDescription': [
					{ guard: 'isRollback', actions: ['beginCall', { type: 'reject', params: E.rollbackPranswer }] },
					{ guard: 'isOffer', actions: ['beginCall', { type: 'reject', params: E.remoteOfferNotAllowed }] },
					{ actions: ['beginCall', { type: 'reject', params: E.remoteAnswerWithoutOffer }] }
				],
				...changeHandlers('abortNegotiationNeededUpdate'),
				'internal.operationsChainEmpty': { actions: ['beginCall', 'abortNegotiationNeededUpdate'] }
			}
		},
		'have-remote-pranswer': {
			entry: { type: 'fireSignalingStateChange', params: { state: 'have-remote-pranswer' } },
			on: {
				'api.createOffer': { actions: ['beginCall', { type: 'reject', params: E.createOffer }] },
				'api.createAnswer': { actions: ['beginCall', { type: 'reject', params: E.createAnswer }] },
				'api.setLocalDescription': [
					{ guard: 'isRollback', actions: ['beginCall', { type: 'reject', params: E.rollbackPranswer }] },
					{
						guard: 'isAnswer',
						actions: ['beginCall', { type: 'reject', params: E.localAnswerWithoutOffer }]
					},
					{
						guard: 'isPranswer',
						actions: ['beginCall', { type: 'reject', params: E.localAnswerWithoutOffer }]
					},
					// An explicit or implicit offer: "creating an offer" needs stable or have-local-offer.
					{ actions: ['beginCall', { type: 'reject', params: E.localOfferNotAllowed }] }
				],
				'api.setRemoteDescription': [
					{ guard: 'isRollback', actions: ['beginCall', { type: 'reject', params: E.rollbackPranswer }] },
					{ guard: 'isOffer', actions: ['beginCall', { type: 'reject', params: E.remoteOfferNotAllowed }] },
					{ guard: 'isApplyFailing', actions: ['beginCall', { type: 'reject', params: E.applyFailed }] },
					{ guard: 'isPranswer', actions: ['beginCall', 'recordRemotePranswer'] },
					{ target: 'stable', actions: ['beginCall', 'recordRemoteAnswer', 'clearAndDeferNegotiationNeeded'] }
				],
				...changeHandlers('abortNegotiationNeededUpdate'),
				'internal.operationsChainEmpty': { actions: ['beginCall', 'abortNegotiationNeededUpdate'] }
			}
		},
		// close(): "Set [[SignalingState]] to closed. This does not fire any event." Every method that
		// chains an operation then rejects with InvalidStateError; restartIce() has no closed check.
		closed: {
			on: {
				'api.createOffer': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.createAnswer': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.setLocalDescription': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.setRemoteDescription': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.addIceCandidate': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.addTrack': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.addTransceiver': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.removeTrack': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.createDataChannel': { actions: ['beginCall', { type: 'reject', params: E.closed }] },
				'api.restartIce': { actions: 'beginCall' },
				'api.close': { actions: 'beginCall' },
				'internal.operationsChainEmpty': { actions: 'beginCall' }
			}
		}
	}
});

/**
 * addTrack / addTransceiver / removeTrack / createDataChannel / restartIce: record the change, then
 * "update the negotiation-needed flag" — deferred while the operations chain is busy; `update` is what
 * the update does in this state (fire in stable, abort elsewhere).
 */
function changeHandlers(update: 'updateNegotiationNeeded' | 'abortNegotiationNeededUpdate') {
	const onChange = (record: 'recordLocalChange' | 'recordIceCredentialsToReplace') => [
		{
			guard: 'isChainBusy' as const,
			actions: ['beginCall' as const, record, 'deferNegotiationNeeded' as const]
		},
		{ actions: ['beginCall' as const, record, update] }
	];
	return {
		'api.addTrack': onChange('recordLocalChange'),
		'api.addTransceiver': onChange('recordLocalChange'),
		'api.removeTrack': onChange('recordLocalChange'),
		'api.createDataChannel': onChange('recordLocalChange'),
		'api.restartIce': onChange('recordIceCredentialsToReplace')
	};
}
