// The ICE agent's data (RFC 8445): candidates, pairs, transactions, and the commands it asks the world to carry
// out. Plain data, so snapshots of the xstate machine are plain too.
import type { CandidatePair, IceRole, PairableCandidate } from '../../protocol/ice';
import type { PrngState } from '../core/prng';
import type { Endpoint, PacketPurpose } from '../core/types';
import type { Why } from '../core/reasons';
import type { StunAttribute } from '../../protocol/stun';

export interface AgentCandidate extends PairableCandidate {
	id: string;
	/** The ufrag of the ICE generation the candidate belongs to (trickled candidates carry it, RFC 8840). */
	ufrag?: string;
	/** RFC 8445 §5.1.1: the transport address checks are sent from (a relayed candidate is its own base). */
	base: Endpoint;
}

export interface AgentPair extends CandidatePair<AgentCandidate, AgentCandidate> {
	id: number;
	/** In the valid list (RFC 8445 §7.2.5.3.2). */
	valid: boolean;
	nominated: boolean;
	/** False for a valid pair that was never in the checklist (its local candidate was peer reflexive). */
	inChecklist: boolean;
	/** The valid pair this pair's successful check produced. */
	validPairId?: number;
	/** Controlled agent: USE-CANDIDATE arrived while the pair's own check was not yet done (§7.3.1.5). */
	nominateOnSuccess?: boolean;
	/** Controlling agent: the next check on this pair carries USE-CANDIDATE (regular nomination, §8.1.1). */
	sendUseCandidate?: boolean;
	/** Why the pair failed, in plain words. */
	failure?: string;
}

export type TransactionKind =
	'gather' | 'check' | 'consent' | 'allocate' | 'refresh' | 'permission' | 'channel-bind';

export interface Transaction {
	kind: TransactionKind;
	pairId?: number;
	bytes: Uint8Array;
	from: Endpoint;
	to: Endpoint;
	/** Requests sent so far (1 = the first). */
	sent: number;
	/** The initial retransmission timeout of this transaction (RFC 8445 §14.3 for checks; doubled per RFC 8489). */
	rtoMs: number;
	/** What the pending timer will do (RFC 8489 §6.2.1). */
	then: 'retransmit' | 'timeout';
	useCandidate: boolean;
	role: IceRole;
	/** The PRIORITY the check carried: the priority a peer-reflexive candidate learned from it gets. */
	priority: number;
	purpose: PacketPurpose;
	/** TURN requests: what to rebuild when the server asks for (fresh) credentials (401, 438). */
	turn?: {
		method: number;
		attributes: StunAttribute[];
		retried: boolean;
		peers?: string[];
		peer?: Endpoint;
		channel?: number;
	};
}

/** The agent's TURN client state (RFC 8656). */
export interface RelayState {
	server: Endpoint;
	/** How the agent reaches the server (the relayed side is always UDP). */
	transport: 'udp' | 'tcp';
	username: string;
	password: string;
	realm?: string;
	nonce?: string;
	/** Long-term key MD5(username ":" realm ":" password) (RFC 8489 §9.2.2). */
	key?: Uint8Array;
	state: 'new' | 'allocating' | 'allocated' | 'failed';
	relayed?: Endpoint;
	mapped?: Endpoint;
	lifetimeS?: number;
	/** Peer IP → permission state. */
	permissions: Record<string, 'pending' | 'installed' | 'failed'>;
	/** Peer address:port → channel number. */
	channels: Record<string, number>;
	nextChannel: number;
}

export type AgentCommand =
	| {
			type: 'send';
			from: Endpoint;
			to: Endpoint;
			bytes: Uint8Array;
			purpose: PacketPurpose;
			/** TCP only toward a TURN server reached over TCP. */
			transport?: 'tcp';
	  }
	| { type: 'timer'; name: string; delayMs: number }
	| { type: 'cancel'; name: string }
	/** Trickle ICE (RFC 8838): candidates as they are gathered; `endOfCandidates` once gathering is done. */
	| { type: 'signal'; candidates: AgentCandidate[]; endOfCandidates?: boolean };

export type ChecklistState = 'idle' | 'running' | 'completed' | 'failed';

export interface AgentInput {
	name: string;
	role: IceRole;
	tieBreaker: bigint;
	ufrag: string;
	pwd: string;
	remoteUfrag: string;
	remotePwd: string;
	/** The host's only interface address and the port the agent binds. */
	base: Endpoint;
	stunServer?: Endpoint;
	/** A TURN server and long-term credentials for it: gather a relayed candidate too. */
	turnServer?: { server: Endpoint; username: string; password: string; transport?: 'udp' | 'tcp' };
	/** Ta, the pacing interval for checks (RFC 8445 §14.2; 50 ms default). */
	taMs?: number;
	rng: PrngState;
	/**
	 * The most pairs the checklist may hold (RFC 8445 §6.1.2.5: implementations SHOULD limit it; its default is
	 * 100). Peer-reflexive pairs beyond it are not added.
	 */
	pairLimit?: number;
	/** Consent freshness (RFC 7675) once connected: basic interval (randomized ×0.8–1.2) and expiry. */
	consentIntervalMs?: number;
	consentTimeoutMs?: number;
	/** A consent check still unanswered this long after it was sent: iceConnectionState `disconnected`. */
	disconnectedAfterMs?: number;
	/** Regular nomination (RFC 8445 §8.1.1): the longest the controlling agent waits after its first valid pair. */
	nominationWaitMs?: number;
	/** An ICE-lite agent (RFC 8445 §2.5): host candidates only, never checks, always controlled. */
	lite?: boolean;
}

export interface AgentContext extends Required<Omit<AgentInput, 'stunServer' | 'turnServer'>> {
	stunServer?: Endpoint;
	relay?: RelayState;
	now: number;
	gathering: 'new' | 'gathering' | 'complete';
	local: AgentCandidate[];
	remote: AgentCandidate[];
	remoteReceived: boolean;
	/** RFC 8838 end-of-candidates received from the peer. */
	remoteEnded: boolean;
	/** ICE restarts so far (RFC 8445 §9). */
	generation: number;
	/** When the first pair became valid (regular nomination waits at most nominationWaitMs from here). */
	firstValidAt?: number;
	pairs: AgentPair[];
	triggered: number[];
	nextPairId: number;
	nextCandidate: number;
	foundations: Record<string, string>;
	tx: Record<string, Transaction>;
	taArmed: boolean;
	checklist: ChecklistState;
	selected?: number;
	nominating?: number;
	lastConsent: number;
	consentLost: boolean;
	/** The last consent check went unanswered for disconnectedAfterMs (iceConnectionState `disconnected`). */
	consentStale: boolean;
	/** The key of the consent transaction in flight. */
	consentTx?: string;
	/** Why the last event changed the agent's state, when it is worth saying (reset by every event). */
	explain?: { reason: string; why: Why };
	/** The commands produced by the last event (replaced, never appended across events). */
	outbox: AgentCommand[];
}

export type AgentEvent =
	| { type: 'gather.start'; now: number }
	| { type: 'packet.received'; now: number; from: Endpoint; to: Endpoint; bytes: Uint8Array }
	| { type: 'timer.fired'; now: number; name: string }
	| { type: 'signal.candidates'; now: number; candidates: AgentCandidate[]; endOfCandidates?: boolean }
	/**
	 * ICE restart (RFC 8445 §9): new local ufrag/pwd. The peer's new credentials come with it (the agent that
	 * answers a restart offer) or later in 'signal.credentials' (the agent that made the offer).
	 */
	| {
			type: 'ice.restart';
			now: number;
			ufrag: string;
			pwd: string;
			remoteUfrag?: string;
			remotePwd?: string;
	  }
	| { type: 'signal.credentials'; now: number; ufrag: string; pwd: string };
