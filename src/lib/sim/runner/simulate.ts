// simulateTraversal: build the network for a scenario, run two ICE agents (and STUN/TURN servers) on the virtual
// clock until both connect or give up, and return the run — every event, with the verdict derived from it.
import { Prng } from '../core/prng';
import { Scheduler } from '../core/scheduler';
import { endpointText, type CandidateView, type Endpoint, type PairView, type RunEvent } from '../core/types';
import type { AgentCommand } from '../ice/types';
import { Network } from '../net/network';
import { AgentDriver, candidateView, pairView } from './agent-driver';
import { resolveOptions, type ResolvedOptions, type TraversalOptions } from './options';
import { AGENT_PORT, buildTopology, STUN_SERVER, TURN_SERVER, type Topology } from './topology';
import { DEFAULT_TURN_CONFIG, TurnServer } from '../turn/turn-server';
import { packetRecords, type PacketRecord } from './trace';
import { MODEL_VERSION } from './version';

export type Outcome = 'direct' | 'relayed' | 'failed';

export interface SelectedPair {
	local: { type: CandidateView['type']; address: string; port: number };
	remote: { type: CandidateView['type']; address: string; port: number };
}

export interface AgentSummary {
	role: 'controlling' | 'controlled';
	gatheringState: string;
	connectionState: string;
	localCandidates: CandidateView[];
	remoteCandidates: CandidateView[];
	/** The checklist and valid list as they ended. */
	pairs: PairView[];
	/** Every change of a pair, in order (the checklist's history). */
	pairHistory: (RunEvent & { kind: 'pair' })[];
	/** Every state change of the machine's regions. */
	stateHistory: (RunEvent & { kind: 'state' })[];
	selectedPairId?: number;
}

export interface TraversalResult {
	modelVersion: string;
	options: ResolvedOptions;
	outcome: Outcome;
	/** Plain words: why it connected the way it did, or why it failed. */
	reason: string;
	/** A's selected pair (A is the controlling agent unless a role conflict changed it). */
	selectedPair?: SelectedPair;
	/** The run: the step number of an event is its index. */
	events: RunEvent[];
	/** One record per packet, derived from `events`. */
	trace: PacketRecord[];
	agents: Record<'A' | 'B', AgentSummary>;
	/** Virtual time at the end of the run, ms. */
	endTime: number;
}

/** The live objects of a run, for tests that compare the event log with the engine's own state. */
export interface Simulation {
	clock: Scheduler;
	turn?: TurnServer;
	network: Network;
	topology: Topology;
	agents: Record<'A' | 'B', AgentDriver>;
	events: RunEvent[];
	options: ResolvedOptions;
}

export function runSimulation(input: TraversalOptions = {}): Simulation {
	const o = resolveOptions(input);
	const events: RunEvent[] = [];
	const log = (e: RunEvent) => events.push(e);
	const clock = new Scheduler();
	const rng = Prng.fromSeed(o.seed);
	const network = new Network(clock, rng.fork(), log, {
		latencyMs: o.latencyMs,
		lanLatencyMs: 1,
		loss: o.loss,
		dropNth: o.dropNth
	});
	const topology = buildTopology(network, o, rng.fork());
	const agentRng = rng.fork();
	const creds = {
		A: { ufrag: agentRng.iceChars(4), pwd: agentRng.iceChars(22) },
		B: { ufrag: agentRng.iceChars(4), pwd: agentRng.iceChars(22) }
	};
	const tieBreakers = { A: agentRng.u64(), B: agentRng.u64() };
	const agents = {} as Record<'A' | 'B', AgentDriver>;

	const carryOut = (agent: AgentDriver, c: AgentCommand): void => {
		if (c.type === 'send') network.send(agent.name, c.from, c.to, c.bytes, c.purpose, c.transport);
		else if (c.type === 'timer') agent.setTimer(c.name, c.delayMs);
		else if (c.type === 'cancel') agent.cancelTimer(c.name);
		else if (c.type === 'signal') {
			const peer = agent.name === 'A' ? agents.B : agents.A;
			const candidates = c.candidates;
			clock.schedule(o.signalingDelayMs, () => {
				log({ kind: 'signal', t: clock.now, from: agent.name, to: peer.name, candidates: candidates.length });
				peer.send({ type: 'signal.candidates', now: clock.now, candidates });
			});
		}
	};

	for (const name of ['A', 'B'] as const) {
		const other = name === 'A' ? 'B' : 'A';
		const host = topology.peers[name];
		const base: Endpoint = { address: host.address, port: AGENT_PORT };
		agents[name] = new AgentDriver(
			name,
			{
				name,
				role: name === 'A' || o.bothControlling ? 'controlling' : 'controlled',
				tieBreaker: tieBreakers[name],
				ufrag: creds[name].ufrag,
				pwd: creds[name].pwd,
				remoteUfrag: creds[other].ufrag,
				remotePwd: creds[other].pwd,
				base,
				stunServer: o.stunServer ? STUN_SERVER : undefined,
				turnServer: o.turnServer
					? {
							server: TURN_SERVER,
							username: 'learner',
							password: DEFAULT_TURN_CONFIG.users.learner,
							transport: o.turnTransport
						}
					: undefined,
				rng: agentRng.fork().state,
				pairLimit: o.pairLimit
			},
			clock,
			log,
			carryOut
		);
		host.receive = (p) =>
			agents[name].send({ type: 'packet.received', now: clock.now, from: p.src, to: p.dst, bytes: p.bytes });
	}
	let turn: TurnServer | undefined;
	if (topology.turn) {
		const server = new TurnServer(TURN_SERVER, rng.fork(), {
			now: () => clock.now,
			schedule: (delayMs, run, key) => clock.schedule(delayMs, run, key),
			log: (change, detail, expiresAt) => {
				const e: RunEvent = { kind: 'turn', t: clock.now, device: 'TURN', change, detail };
				if (expiresAt !== undefined) e.expiresAt = expiresAt;
				log(e);
			}
		});
		turn = server;
		topology.turn.receive = (p) => {
			for (const out of server.receive(p))
				network.send('TURN', out.from, out.to, out.bytes, out.purpose, out.transport);
		};
	}
	clock.schedule(0, () => agents.A.send({ type: 'gather.start', now: clock.now }));
	clock.schedule(0, () => agents.B.send({ type: 'gather.start', now: clock.now }));

	let bothConnectedAt: number | undefined;
	const limit = o.stopAtStep;
	for (;;) {
		if (limit !== undefined && events.length > limit) {
			events.length = limit + 1;
			break;
		}
		const a = agents.A.state('iceConnectionState');
		const b = agents.B.state('iceConnectionState');
		if (a === 'connected' && b === 'connected') {
			bothConnectedAt ??= clock.now;
			if (clock.now >= bothConnectedAt + o.holdMs) break;
		} else bothConnectedAt = undefined;
		if (a === 'failed' && b === 'failed') break;
		const next = clock.peekTime();
		if (next === undefined) break;
		const until =
			bothConnectedAt !== undefined ? Math.min(o.maxDurationMs, bothConnectedAt + o.holdMs) : o.maxDurationMs;
		if (next > until) {
			clock.now = Math.max(clock.now, until);
			break;
		}
		clock.step();
	}
	const sim: Simulation = { clock, network, topology, agents, events, options: o };
	if (turn) sim.turn = turn;
	return sim;
}

export function simulateTraversal(options: TraversalOptions = {}): TraversalResult {
	const sim = runSimulation(options);
	const summary = (name: 'A' | 'B'): AgentSummary => {
		const d = sim.agents[name];
		const ctx = d.context;
		const s: AgentSummary = {
			role: ctx.role,
			gatheringState: d.state('iceGatheringState'),
			connectionState: d.state('iceConnectionState'),
			localCandidates: ctx.local.map(candidateView),
			remoteCandidates: ctx.remote.map(candidateView),
			pairs: ctx.pairs.map(pairView),
			pairHistory: sim.events.filter(
				(e): e is RunEvent & { kind: 'pair' } => e.kind === 'pair' && e.agent === name
			),
			stateHistory: sim.events.filter(
				(e): e is RunEvent & { kind: 'state' } => e.kind === 'state' && e.agent === name
			)
		};
		if (ctx.selected !== undefined) s.selectedPairId = ctx.selected;
		return s;
	};
	const agents = { A: summary('A'), B: summary('B') };
	const trace = packetRecords(sim.events);
	const verdict = judge(sim, agents, trace);
	const result: TraversalResult = {
		modelVersion: MODEL_VERSION,
		options: sim.options,
		outcome: verdict.outcome,
		reason: verdict.reason,
		events: sim.events,
		trace,
		agents,
		endTime: sim.clock.now
	};
	if (verdict.selectedPair) result.selectedPair = verdict.selectedPair;
	return result;
}

function judge(
	sim: Simulation,
	agents: Record<'A' | 'B', AgentSummary>,
	trace: PacketRecord[]
): { outcome: Outcome; reason: string; selectedPair?: SelectedPair } {
	const connected = agents.A.connectionState === 'connected' && agents.B.connectionState === 'connected';
	const selA = agents.A.pairs.find((p) => p.id === agents.A.selectedPairId);
	if (connected && selA) {
		const selectedPair: SelectedPair = {
			local: { type: selA.localType, address: selA.local.address, port: selA.local.port },
			remote: { type: selA.remoteType, address: selA.remote.address, port: selA.remote.port }
		};
		const relayed = selA.localType === 'relay' || selA.remoteType === 'relay';
		const describe = (c: SelectedPair['local']) => `${c.type} ${endpointText(c)}`;
		return {
			outcome: relayed ? 'relayed' : 'direct',
			reason: `${relayed ? 'Connected through the TURN relay' : 'Connected directly'}: A's ${describe(selectedPair.local)} ↔ B's ${describe(selectedPair.remote)}.`,
			selectedPair
		};
	}
	const expired = sim.events.some((e) => e.kind === 'mapping' && e.change === 'expired');
	if (sim.events.some((e) => e.kind === 'selected')) {
		return {
			outcome: 'failed',
			reason: expired
				? 'Connected, then lost the connection: a NAT mapping expired between consent checks, so later checks were dropped and consent ran out (RFC 7675).'
				: 'Connected, then lost consent to send (RFC 7675): checks on the selected pair stopped getting answers.'
		};
	}
	const stopped = trace.filter(
		(p) => (p.purpose === 'check' || p.purpose === 'check-response') && p.fate && p.fate !== 'delivered'
	);
	const counts = new Map<string, number>();
	for (const p of stopped) {
		const last = p.actions[p.actions.length - 1];
		const why =
			last.device === 'internet'
				? last.reason.replace(/^dropped: \S+ is/, 'dropped: a check went to')
				: `${last.device} ${last.action}`;
		const key =
			last.action === 'filtered'
				? `${last.device} filtered`
				: last.device === 'internet' && last.action === 'dropped'
					? 'private address not routed'
					: why;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const parts = [...counts.entries()].map(([k, n]) => `${k}: ${n}`);
	const blocked = sim.options.udpBlocked !== false;
	const lead = blocked
		? 'UDP is blocked and there is no TURN server reachable over TCP, so no check could get through.'
		: 'Every candidate pair failed: no check got an answer from where it was sent.';
	return { outcome: 'failed', reason: parts.length ? `${lead} Checks stopped — ${parts.join('; ')}.` : lead };
}
