// Public face of the simulator: deterministic NAT traversal runs (network, RFC 4787 NATs, STUN, an RFC 8445 ICE
// agent as an xstate machine) on a virtual clock, and their replay. Pure TypeScript; runs in bare node.
export { simulateTraversal, runSimulation } from './runner/simulate';
export type { TraversalResult, Outcome, SelectedPair, AgentSummary, Simulation } from './runner/simulate';
export { resolveOptions, type TraversalOptions, type ResolvedOptions } from './runner/options';
export {
	replayTo,
	checkpointsOf,
	CHECKPOINT_INTERVAL,
	type Replayable,
	type ReplayView
} from './runner/replay';
export {
	observe,
	applyEvent,
	emptyObservation,
	type Observation,
	type AgentObservation,
	type InFlight
} from './runner/observe';
export { packetRecords, type PacketRecord, type PacketHop } from './runner/trace';
export { MODEL_VERSION } from './runner/version';
export { STUN_SERVER, TURN_SERVER } from './runner/topology';
export { SCENARIOS, scenario, type Scenario } from './scenarios';
export { runMatrix, NAT_COMBINATIONS, type NatCombination } from './matrix';
export {
	CLASSIC_NATS,
	DEFAULT_NAT,
	BEHAVIOURS,
	resolveNat,
	abbreviate,
	type NatBehaviour,
	type NatSetting,
	type MappingBehaviour,
	type FilteringBehaviour,
	type PortAllocation,
	type ClassicNatName
} from './nat/behaviour';
export { NatDevice, type MappingRow, type NatDecision } from './nat/nat-device';
export { iceAgentMachine, type IceAgentMachine } from './ice/agent-machine';
export type {
	AgentContext,
	AgentEvent,
	AgentInput,
	AgentCommand,
	AgentCandidate,
	AgentPair
} from './ice/types';
export { Scheduler } from './core/scheduler';
export { Prng, seedPrng, nextRandom, type PrngState } from './core/prng';
export {
	afterSend,
	retransmissionSchedule,
	STUN_RETRANSMISSION,
	type RetransmissionSettings
} from './stun/retransmission';
export type {
	Endpoint,
	Packet,
	PacketPurpose,
	RunEvent,
	DeviceAction,
	CandidateView,
	PairView,
	AgentRegion,
	Transport
} from './core/types';
export { TurnServer, DEFAULT_TURN_CONFIG, type TurnServerConfig, type TurnOutput } from './turn/turn-server';
export { answerBinding, otherAddressOf, type StunReply, type StunServerAddresses } from './stun/stun-server';
export { addStunServer, STUN_ADDRESSES, STUN_PORTS } from './stun/stun-service';
export { discoverNatBehaviour, type NatDiscovery, type DiscoveryTest } from './stun/nat-discovery';

// The JSEP / RTCPeerConnection model (signalingState table, state aggregation, perfect negotiation).
export * as jsep from './jsep';
