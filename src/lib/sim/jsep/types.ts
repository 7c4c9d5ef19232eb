// Types of the JSEP / RTCPeerConnection model. Strings are the W3C webrtc-pc enum values, so a model
// snapshot compares field by field with what a browser's RTCPeerConnection reports.

// W3C webrtc-pc §4.3.1 RTCSignalingState
export const SIGNALING_STATES = [
	'stable',
	'have-local-offer',
	'have-remote-offer',
	'have-local-pranswer',
	'have-remote-pranswer',
	'closed'
] as const;
export type SignalingState = (typeof SIGNALING_STATES)[number];

// W3C webrtc-pc §4.6.1 RTCSdpType
export const SDP_TYPES = ['offer', 'pranswer', 'answer', 'rollback'] as const;
export type SdpType = (typeof SDP_TYPES)[number];

// W3C webrtc-pc §4.3.2 RTCIceGatheringState and §5.6 RTCIceGathererState (same three strings)
export type IceGatheringState = 'new' | 'gathering' | 'complete';
export type IceGathererState = IceGatheringState;

// W3C webrtc-pc §5.6 RTCIceTransportState
export type IceTransportState =
	'new' | 'checking' | 'connected' | 'completed' | 'disconnected' | 'failed' | 'closed';

// W3C webrtc-pc §4.3.4 RTCIceConnectionState (same strings as the transport state)
export type IceConnectionState = IceTransportState;

// W3C webrtc-pc §5.5 RTCDtlsTransportState
export type DtlsTransportState = 'new' | 'connecting' | 'connected' | 'closed' | 'failed';

// W3C webrtc-pc §4.3.3 RTCPeerConnectionState
export type PeerConnectionState = 'new' | 'connecting' | 'connected' | 'disconnected' | 'failed' | 'closed';

/** What `pc.localDescription` and friends expose: RTCSessionDescription { type, sdp }. */
export interface SessionDescription {
	type: Exclude<SdpType, 'rollback'>;
	sdp: string;
}

/** A description as the model keeps it: the public part plus what the model needs to reason about it. */
export interface ModelDescription extends SessionDescription {
	/** ICE credential generation (ice-ufrag/ice-pwd) the description carries; a new one means an ICE restart. */
	iceGeneration: number;
	/** For local descriptions: how many local changes (addTrack, …) the description covers. */
	changeCount: number;
}

/** The DOMException names a JSEP call can reject with in this model. */
export type JsepErrorName = 'InvalidStateError' | 'InvalidModificationError' | 'OperationError';

export interface JsepError {
	name: JsepErrorName;
	message: string;
}

/** Events the spec fires at the RTCPeerConnection, in the order the model predicts them. */
export type FiredEvent =
	| { name: 'signalingstatechange'; state: SignalingState }
	| { name: 'negotiationneeded' }
	| { name: 'icegatheringstatechange'; state: IceGatheringState }
	| { name: 'iceconnectionstatechange'; state: IceConnectionState }
	| { name: 'connectionstatechange'; state: PeerConnectionState }
	| { name: 'icecandidate'; candidate: string | null };

/** The init dictionary of setLocalDescription (RTCLocalSessionDescriptionInit): both members optional. */
export interface LocalDescriptionInit {
	type?: SdpType;
	sdp?: string;
}

/** RTCSessionDescriptionInit: type required. */
export interface RemoteDescriptionInit {
	type: SdpType;
	sdp?: string;
}

/**
 * The API calls the page makes, as events. `chainBusy` tells the model that the operations chain
 * (W3C webrtc-pc §4.4.1.2) still holds other operations, which defers the negotiation-needed update.
 */
export type ApiCall =
	| { type: 'api.createOffer'; iceRestart?: boolean; sdp?: string }
	| { type: 'api.createAnswer'; sdp?: string }
	| {
			type: 'api.setLocalDescription';
			description?: LocalDescriptionInit;
			/** The page changed the SDP between createOffer/createAnswer and this call (SDP munging). */
			sdpModified?: boolean;
	  }
	| {
			type: 'api.setRemoteDescription';
			description: RemoteDescriptionInit;
			/** The remote offer restarts ICE (new ice-ufrag and ice-pwd, RFC 8839 §4.4.1.1.1). */
			iceRestart?: boolean;
			/** Applying the description fails for a reason other than state (e.g. unsupported content). */
			applyFails?: boolean;
	  }
	| {
			type: 'api.addIceCandidate';
			candidate?: string;
			/** sdpMid / sdpMLineIndex / usernameFragment name no media description of the remote description. */
			unknownMid?: boolean;
	  }
	| { type: 'api.restartIce'; chainBusy?: boolean }
	| { type: 'api.addTrack'; chainBusy?: boolean }
	| { type: 'api.addTransceiver'; chainBusy?: boolean }
	| { type: 'api.removeTrack'; chainBusy?: boolean }
	| { type: 'api.createDataChannel'; chainBusy?: boolean }
	| { type: 'api.close' };

/** Sent when the operations chain becomes empty: runs a deferred "update the negotiation-needed flag". */
export interface ChainEmptyEvent {
	type: 'internal.operationsChainEmpty';
}

/** Events from the transports (what RTCIceTransport / RTCDtlsTransport report), never the pc's own states. */
export type TransportEvent =
	| { type: 'transport.iceCandidate'; transportId?: string; candidate: string }
	| { type: 'transport.gatheringComplete'; transportId?: string }
	| { type: 'transport.iceState'; transportId?: string; state: IceTransportState }
	| { type: 'transport.dtlsState'; transportId?: string; state: DtlsTransportState };

/** The outcome of one call: what the promise does, the events the spec fires, and any created description. */
export interface CallResult {
	ok: boolean;
	error?: JsepError;
	events: FiredEvent[];
	/** createOffer / createAnswer resolve with a description. */
	description?: SessionDescription;
	/** Applying this local description starts ICE candidate gathering (RFC 8829 §5.10). */
	startsGathering: boolean;
}
