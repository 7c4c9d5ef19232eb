// The plain data a run is made of. Everything a view shows is derived from a run's list of RunEvents.
import type { PairState } from '../../protocol/ice';
import type { MappingRow } from '../nat/nat-device';
import type { Why } from './reasons';

/** An IPv4 transport address (the simulator's network is IPv4 only). */
export interface Endpoint {
	address: string;
	port: number;
}

export const endpointText = (e: Endpoint): string => `${e.address}:${e.port}`;
export const sameEndpoint = (a: Endpoint, b: Endpoint): boolean =>
	a.address === b.address && a.port === b.port;

/** What a packet is for, as the trace labels it. */
export type PacketPurpose =
	| 'binding-request'
	| 'binding-response'
	| 'check'
	| 'check-response'
	| 'consent'
	| 'allocate'
	| 'allocate-response'
	| 'refresh'
	| 'refresh-response'
	| 'create-permission'
	| 'create-permission-response'
	| 'channel-bind'
	| 'channel-bind-response'
	| 'send-indication'
	| 'data-indication'
	| 'channel-data'
	| 'relayed-data';

/**
 * UDP datagrams, or TCP segments of a connection whose setup is not drawn (each segment carries whole messages
 * and is never lost: TCP's own retransmissions are not modelled).
 */
export type Transport = 'udp' | 'tcp';

export interface Packet {
	id: number;
	transport: Transport;
	/** Source and destination as they are now (a NAT rewrites them on the way). */
	src: Endpoint;
	dst: Endpoint;
	bytes: Uint8Array;
	purpose: PacketPurpose;
}

export type DeviceAction = 'translated' | 'filtered' | 'delivered' | 'dropped' | 'lost' | 'relayed';

export type AgentRegion = 'iceGatheringState' | 'iceConnectionState';

/** A candidate as the trace shows it. */
export interface CandidateView {
	id: string;
	type: 'host' | 'srflx' | 'prflx' | 'relay';
	address: string;
	port: number;
	priority: number;
	foundation: string;
	base: Endpoint;
}

export interface PairView {
	id: number;
	localId: string;
	remoteId: string;
	local: Endpoint;
	remote: Endpoint;
	localType: CandidateView['type'];
	remoteType: CandidateView['type'];
	priority: string;
	state: PairState;
	valid: boolean;
	nominated: boolean;
	/** False for a valid pair that is only in the valid list (RFC 8445 §7.2.5.3.2), not the checklist. */
	inChecklist: boolean;
	/** Why it failed (or was cancelled), in plain words. */
	failure?: string;
}

/** One entry of a run. `t` is virtual milliseconds; the index in the run's list is the step number. */
export type RunEvent =
	| {
			kind: 'packet-sent';
			t: number;
			packetId: number;
			device: string;
			transport: Transport;
			from: Endpoint;
			to: Endpoint;
			purpose: PacketPurpose;
			bytes: Uint8Array;
			/** The device the first hop carries it to ('internet' when it is dropped there), and when. */
			nextDevice: string;
			arriveAt: number;
	  }
	| {
			kind: 'device-action';
			t: number;
			packetId: number;
			device: string;
			action: DeviceAction;
			/** Plain words, e.g. `translated 10.0.0.2:5000 → 198.51.100.1:62000 (new mapping, endpoint-independent)`. */
			reason: string;
			/** The reason as data (code and parameters), for wording it in another language. */
			why: Why;
			from: Endpoint;
			to: Endpoint;
			/** Set when the packet goes on to another device. */
			nextDevice?: string;
			arriveAt?: number;
			/** The NAT mapping the decision used, as it is after the decision. */
			mapping?: MappingRow;
	  }
	| {
			kind: 'mapping';
			t: number;
			device: string;
			change: 'created' | 'refreshed' | 'expired';
			mapping: MappingRow;
			/** Why it expired: idle past its lifetime, or forgotten by a scripted fault (`expireMappings`). */
			reason?: string;
			why?: Why;
	  }
	| { kind: 'timer'; t: number; owner: string; name: string }
	| {
			kind: 'state';
			t: number;
			agent: string;
			region: AgentRegion;
			from: string;
			to: string;
			/** Set for the changes consent freshness and restarts cause (disconnected, failed, back to connected). */
			reason?: string;
			why?: Why;
	  }
	| { kind: 'role'; t: number; agent: string; role: 'controlling' | 'controlled'; reason: string; why: Why }
	| {
			kind: 'candidate';
			t: number;
			agent: string;
			side: 'local' | 'remote';
			/** Position in the agent's list (a signalled candidate replaces a peer-reflexive one in place). */
			index: number;
			candidate: CandidateView;
	  }
	| { kind: 'pair'; t: number; agent: string; pair: PairView; previous?: PairState }
	| { kind: 'selected'; t: number; agent: string; pairId: number }
	| {
			kind: 'signal';
			t: number;
			from: string;
			to: string;
			/** How many candidates this message carries (trickle ICE: usually one). */
			candidates: number;
			/** The candidates' addresses as "type ip:port", in order. */
			carried?: string[];
			/** RFC 8838 end-of-candidates: the sender has finished gathering. */
			endOfCandidates?: boolean;
			/** An offer or answer with new ICE credentials (an ICE restart, RFC 8445 §9). */
			restart?: 'offer' | 'answer';
	  }
	| {
			kind: 'turn';
			t: number;
			device: string;
			change: string;
			/** Plain words (English). */
			detail: string;
			why: Why;
			expiresAt?: number;
	  }
	| {
			/** An ICE restart (RFC 8445 §9): new ufrag/pwd; the agent's candidates and checklist start over. */
			kind: 'restart';
			t: number;
			agent: string;
			ufrag: string;
			reason: string;
			why: Why;
	  }
	| { kind: 'note'; t: number; device: string; text: string; why?: Why };
