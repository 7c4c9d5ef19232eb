// What can be seen at a step, folded from the run's events alone: NAT mapping tables, each agent's states,
// candidates and checklist, and the packets in flight. The replay (replay.ts) and the views use only this, so
// "everything observable is derived from the run" holds by construction; a test checks that the fold agrees
// with the engine's own live state at the end of a run.
import type { CandidateView, DeviceAction, Endpoint, PacketPurpose, PairView, RunEvent } from '../core/types';
import type { MappingRow } from '../nat/nat-device';

export interface AgentObservation {
	iceGatheringState: string;
	iceConnectionState: string;
	role?: 'controlling' | 'controlled';
	localCandidates: CandidateView[];
	remoteCandidates: CandidateView[];
	/** Checklist and valid-list pairs by id order. */
	pairs: PairView[];
	selectedPairId?: number;
}

export interface InFlight {
	packetId: number;
	purpose: PacketPurpose;
	/** Addresses on the current hop (after any translation so far). */
	from: Endpoint;
	to: Endpoint;
	/** The device it left, when, and the device it will reach, when. */
	fromDevice: string;
	leftAt: number;
	toDevice: string;
	arriveAt: number;
}

export interface Observation {
	/** Index of the last event applied (−1: none yet). */
	step: number;
	time: number;
	natTables: Record<string, MappingRow[]>;
	agents: Record<string, AgentObservation>;
	inFlight: InFlight[];
	packetsSent: number;
	/** Final fates so far, counted. */
	fates: Partial<Record<DeviceAction, number>>;
	/** The TURN server's decisions so far (allocations, permissions, channels, expiries, drops). */
	turnLog: { t: number; change: string; detail: string; expiresAt?: number }[];
}

export function emptyObservation(): Observation {
	return {
		step: -1,
		time: 0,
		natTables: {},
		agents: {},
		inFlight: [],
		packetsSent: 0,
		fates: {},
		turnLog: []
	};
}

function agent(o: Observation, name: string): AgentObservation {
	return (o.agents[name] ??= {
		iceGatheringState: 'new',
		iceConnectionState: 'new',
		localCandidates: [],
		remoteCandidates: [],
		pairs: []
	});
}

const FINAL: ReadonlySet<DeviceAction> = new Set(['delivered', 'dropped', 'filtered', 'lost']);

function putMapping(o: Observation, device: string, m: MappingRow): void {
	const table = (o.natTables[device] ??= []);
	const i = table.findIndex((r) => r.id === m.id);
	if (i >= 0) table[i] = m;
	else {
		table.push(m);
		table.sort((a, b) => a.id - b.id);
	}
}

/** Applies one event to `o` in place. */
export function applyEvent(o: Observation, e: RunEvent, index: number): void {
	o.step = index;
	o.time = e.t;
	switch (e.kind) {
		case 'packet-sent':
			o.packetsSent++;
			o.inFlight.push({
				packetId: e.packetId,
				purpose: e.purpose,
				from: e.from,
				to: e.to,
				fromDevice: e.device,
				leftAt: e.t,
				toDevice: e.nextDevice,
				arriveAt: e.arriveAt
			});
			break;
		case 'device-action': {
			if (e.mapping) putMapping(o, e.device, e.mapping);
			const i = o.inFlight.findIndex((p) => p.packetId === e.packetId);
			if (FINAL.has(e.action)) {
				if (i >= 0) o.inFlight.splice(i, 1);
				o.fates[e.action] = (o.fates[e.action] ?? 0) + 1;
			} else if (i >= 0 && e.nextDevice !== undefined && e.arriveAt !== undefined) {
				o.inFlight[i] = {
					...o.inFlight[i],
					from: e.from,
					to: e.to,
					fromDevice: e.device,
					leftAt: e.t,
					toDevice: e.nextDevice,
					arriveAt: e.arriveAt
				};
			}
			break;
		}
		case 'mapping':
			if (e.change === 'expired') {
				const table = o.natTables[e.device] ?? [];
				o.natTables[e.device] = table.filter((r) => r.id !== e.mapping.id);
			} else putMapping(o, e.device, e.mapping);
			break;
		case 'state':
			agent(o, e.agent)[e.region] = e.to;
			break;
		case 'role':
			agent(o, e.agent).role = e.role;
			break;
		case 'candidate': {
			const a = agent(o, e.agent);
			(e.side === 'local' ? a.localCandidates : a.remoteCandidates)[e.index] = e.candidate;
			break;
		}
		case 'pair': {
			const pairs = agent(o, e.agent).pairs;
			const i = pairs.findIndex((p) => p.id === e.pair.id);
			if (i >= 0) pairs[i] = e.pair;
			else pairs.push(e.pair);
			break;
		}
		case 'selected':
			agent(o, e.agent).selectedPairId = e.pairId;
			break;
		case 'restart': {
			// RFC 8445 §9: the agent's candidates and checklist start over.
			const a = agent(o, e.agent);
			a.localCandidates = [];
			a.remoteCandidates = [];
			a.pairs = [];
			delete a.selectedPairId;
			break;
		}
		case 'turn': {
			const entry: Observation['turnLog'][number] = { t: e.t, change: e.change, detail: e.detail };
			if (e.expiresAt !== undefined) entry.expiresAt = e.expiresAt;
			o.turnLog.push(entry);
			break;
		}
		default:
			break;
	}
}

/** The observation after events[0..=last] (all of them by default), folded from the start. */
export function observe(events: readonly RunEvent[], last = events.length - 1): Observation {
	const o = emptyObservation();
	for (let i = 0; i <= last && i < events.length; i++) applyEvent(o, events[i], i);
	return o;
}
