// The façade the live lab and the NAT lab use: feed it the page's API calls and the transports' events,
// read predictions and a snapshot shaped like RTCPeerConnection's own attributes.
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { aggregateIceConnectionState } from './ice-connection-state';
import { aggregateIceGatheringState } from './ice-gathering-state';
import { aggregateConnectionState } from './peer-connection-state';
import { signalingMachine, type SignalingContext } from './signaling-machine';
import { applyTransportEvent, closeTransports, startGathering, type Transports } from './transports';
import type {
	ApiCall,
	CallResult,
	ChainEmptyEvent,
	FiredEvent,
	IceConnectionState,
	IceGatheringState,
	ModelDescription,
	PeerConnectionState,
	SessionDescription,
	SignalingState,
	TransportEvent
} from './types';

/** What the model predicts the pc's attributes are. Field names are RTCPeerConnection's. */
export interface JsepSnapshot {
	signalingState: SignalingState;
	iceGatheringState: IceGatheringState;
	iceConnectionState: IceConnectionState;
	connectionState: PeerConnectionState;
	localDescription: SessionDescription | null;
	remoteDescription: SessionDescription | null;
	pendingLocalDescription: SessionDescription | null;
	currentLocalDescription: SessionDescription | null;
	pendingRemoteDescription: SessionDescription | null;
	currentRemoteDescription: SessionDescription | null;
	/** [[NegotiationNeeded]] (not exposed by browsers; shown by the labs). */
	negotiationNeeded: boolean;
	transports: Transports;
}

/** A call's predicted outcome plus the state after it. */
export interface Prediction extends CallResult {
	state: JsepSnapshot;
}

export interface JsepModelOptions {
	/** Label used in model-generated SDP. */
	name?: string;
}

export interface CallOptions {
	/**
	 * The operations chain is empty once this call settles (default true). The perfect-negotiation
	 * runner, which keeps its own chain, passes false and sends 'internal.operationsChainEmpty' itself.
	 */
	chainEmptyAfter?: boolean;
}

/** Calls that run on the operations chain (webrtc-pc §4.4.1.2 "chain an operation"). */
const CHAINED = new Set<string>([
	'api.createOffer',
	'api.createAnswer',
	'api.setLocalDescription',
	'api.setRemoteDescription',
	'api.addIceCandidate'
]);

const visible = (d: ModelDescription | null): SessionDescription | null =>
	d === null ? null : { type: d.type, sdp: d.sdp };

export class JsepModel {
	#signaling: SnapshotFrom<typeof signalingMachine>;
	#transports: Transports = {};
	#iceGatheringState: IceGatheringState = 'new';
	#iceConnectionState: IceConnectionState = 'new';
	#connectionState: PeerConnectionState = 'new';

	constructor(options: JsepModelOptions = {}) {
		[this.#signaling] = initialTransition(signalingMachine, { name: options.name });
	}

	/** The machine's context (descriptions with the model's metadata, flags). */
	get context(): SignalingContext {
		return this.#signaling.context;
	}

	get isClosed(): boolean {
		return this.#signaling.value === 'closed';
	}

	/** Apply one API call; returns what the promise does and the events the spec fires. */
	call(call: ApiCall | ChainEmptyEvent, options: CallOptions = {}): Prediction {
		[this.#signaling] = transition(signalingMachine, this.#signaling, call);
		const result = this.#signaling.context.result ?? { ok: true, events: [], startsGathering: false };
		const events = [...result.events];
		if (call.type === 'api.close') {
			// "close the connection": transports closed; [[IceConnectionState]] and [[ConnectionState]]
			// become closed without events; [[IceGatheringState]] keeps its value.
			this.#transports = closeTransports(this.#transports);
			this.#iceConnectionState = 'closed';
			this.#connectionState = 'closed';
		} else if (result.ok && result.startsGathering) {
			this.#transports = startGathering(this.#transports);
			this.#refreshAggregates(events);
		}
		if (CHAINED.has(call.type) && options.chainEmptyAfter !== false && !this.isClosed) {
			[this.#signaling] = transition(signalingMachine, this.#signaling, {
				type: 'internal.operationsChainEmpty'
			});
			events.push(...(this.#signaling.context.result?.events ?? []));
		}
		return { ...result, events, state: this.snapshot() };
	}

	/** Apply one transport event (gathered candidate, gathering complete, ICE or DTLS transport state). */
	transport(event: TransportEvent): Prediction {
		const events: FiredEvent[] = [];
		// Every "update the … state" task aborts once [[IsClosed]] is true.
		if (!this.isClosed) {
			this.#transports = applyTransportEvent(this.#transports, event);
			this.#refreshAggregates(events);
			if (event.type === 'transport.iceCandidate') {
				events.push({ name: 'icecandidate', candidate: event.candidate });
			}
		}
		return { ok: true, events, startsGathering: false, state: this.snapshot() };
	}

	snapshot(): JsepSnapshot {
		const c = this.#signaling.context;
		return {
			signalingState: this.#signaling.value as SignalingState,
			iceGatheringState: this.#iceGatheringState,
			iceConnectionState: this.#iceConnectionState,
			connectionState: this.#connectionState,
			localDescription: visible(c.pendingLocalDescription ?? c.currentLocalDescription),
			remoteDescription: visible(c.pendingRemoteDescription ?? c.currentRemoteDescription),
			pendingLocalDescription: visible(c.pendingLocalDescription),
			currentLocalDescription: visible(c.currentLocalDescription),
			pendingRemoteDescription: visible(c.pendingRemoteDescription),
			currentRemoteDescription: visible(c.currentRemoteDescription),
			negotiationNeeded: c.negotiationNeeded,
			transports: this.#transports
		};
	}

	/** webrtc-pc §4.4.1.3–4.4.1.5: derive each aggregate; fire its change event when it changed. */
	#refreshAggregates(events: FiredEvent[]): void {
		const all = Object.values(this.#transports);
		const gathering = aggregateIceGatheringState(all.map((t) => t.gatherer));
		if (gathering !== this.#iceGatheringState) {
			this.#iceGatheringState = gathering;
			events.push({ name: 'icegatheringstatechange', state: gathering });
			// "If newState is complete, fire an event named icecandidate … with the candidate set to null."
			if (gathering === 'complete') events.push({ name: 'icecandidate', candidate: null });
		}
		const ice = aggregateIceConnectionState(
			false,
			all.map((t) => t.ice)
		);
		if (ice !== this.#iceConnectionState) {
			this.#iceConnectionState = ice;
			events.push({ name: 'iceconnectionstatechange', state: ice });
		}
		const connection = aggregateConnectionState({
			isClosed: false,
			iceTransports: all.map((t) => t.ice),
			dtlsTransports: all.map((t) => t.dtls)
		});
		if (connection !== this.#connectionState) {
			this.#connectionState = connection;
			events.push({ name: 'connectionstatechange', state: connection });
		}
	}
}
