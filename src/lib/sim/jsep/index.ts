// The JSEP / RTCPeerConnection model: signaling state machine, aggregate states, perfect negotiation.
export type * from './types';
export { SIGNALING_STATES, SDP_TYPES } from './types';
export {
	signalingMachine,
	isNegotiationNeeded,
	type SignalingContext,
	type SignalingEvent
} from './signaling-machine';
export { aggregateIceGatheringState } from './ice-gathering-state';
export { aggregateIceConnectionState } from './ice-connection-state';
export { aggregateConnectionState, type ConnectionStateInput } from './peer-connection-state';
export {
	applyTransportEvent,
	closeTransports,
	startGathering,
	DEFAULT_TRANSPORT_ID,
	type TransportState,
	type Transports
} from './transports';
export {
	JsepModel,
	type CallOptions,
	type JsepModelOptions,
	type JsepSnapshot,
	type Prediction
} from './jsep-model';
export { compare, type BrowserReported, type CompareOptions, type Disagreement } from './compare';
export {
	simulateNegotiation,
	replayTo,
	type NegotiationEntry,
	type NegotiationFrame,
	type NegotiationOptions,
	type NegotiationResult,
	type NegotiationRun,
	type PeerFrame,
	type PeerId,
	type PerfectNegotiationFlags,
	type SignalingMessage
} from './perfect-negotiation';
export { mulberry32, between, type Random } from './random';
