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
import { why } from '../core/reasons';

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
	/** ICE restarts during the run (only with `iceRestart`). */
	restarts: number;
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
	/** ICE restarts the run made (`iceRestart`). */
	restarts: number;
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
		drops: o.dropNth ? [o.dropNth, ...o.dropPackets] : o.dropPackets
	});
	const topology = buildTopology(network, o, rng.fork());
	const agentRng = rng.fork();
	const creds = {
		A: { ufrag: agentRng.iceChars(4), pwd: agentRng.iceChars(22) },
		B: { ufrag: agentRng.iceChars(4), pwd: agentRng.iceChars(22) }
	};
	const tieBreakers = { A: agentRng.u64(), B: agentRng.u64() };
	// Its own stream, so that runs without a restart draw exactly what they drew before restarts existed.
	const restartRng = rng.fork();
	const agents = {} as Record<'A' | 'B', AgentDriver>;

	// The signaling channel: in order, each message `signalingDelayMs` after it was sent (trickle ICE, RFC 8838).
	const signal = (
		from: AgentDriver,
		deliver: () => void,
		what: Omit<RunEvent & { kind: 'signal' }, 'kind' | 't' | 'from' | 'to'>
	) => {
		const to = from.name === 'A' ? 'B' : 'A';
		clock.schedule(o.signalingDelayMs, () => {
			log({ kind: 'signal', t: clock.now, from: from.name, to, ...what });
			deliver();
		});
	};
	const carryOut = (agent: AgentDriver, c: AgentCommand): void => {
		if (c.type === 'send') network.send(agent.name, c.from, c.to, c.bytes, c.purpose, c.transport);
		else if (c.type === 'timer') agent.setTimer(c.name, c.delayMs);
		else if (c.type === 'cancel') agent.cancelTimer(c.name);
		else if (c.type === 'signal') {
			const peer = agent.name === 'A' ? agents.B : agents.A;
			const { candidates, endOfCandidates } = c;
			const what: Omit<RunEvent & { kind: 'signal' }, 'kind' | 't' | 'from' | 'to'> = {
				candidates: candidates.length,
				carried: candidates.map((x) => `${x.type} ${x.address}:${x.port}`)
			};
			if (endOfCandidates) what.endOfCandidates = true;
			signal(
				agent,
				() =>
					peer.send({
						type: 'signal.candidates',
						now: clock.now,
						candidates,
						...(endOfCandidates ? { endOfCandidates } : {})
					}),
				what
			);
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
				role:
					o.iceLite !== undefined
						? o.iceLite === name
							? 'controlled'
							: 'controlling'
						: name === 'A' || o.bothControlling
							? 'controlling'
							: 'controlled',
				lite: o.iceLite === name,
				tieBreaker: tieBreakers[name],
				ufrag: creds[name].ufrag,
				pwd: creds[name].pwd,
				remoteUfrag: creds[other].ufrag,
				remotePwd: creds[other].pwd,
				base,
				stunServer: o.stunServer && o.iceLite !== name ? STUN_SERVER : undefined,
				turnServer:
					o.turnServer && o.iceLite !== name
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
			log: (change, detail, because, expiresAt) => {
				const e: RunEvent = { kind: 'turn', t: clock.now, device: 'TURN', change, detail, why: because };
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
	scheduleFaults(o, clock, network, topology, log, () => turn);

	// ICE restart (RFC 8445 §9) as an application does it: the side whose ICE failed calls restartIce() and sends
	// an offer with new credentials; the peer restarts when the offer arrives and answers with its own; the
	// offerer learns them from the answer. Candidates trickle as usual, tagged with the new ufrag.
	let restarts = 0;
	const restartIce = (offerer: AgentDriver) => {
		restarts++;
		const answerer = offerer === agents.A ? agents.B : agents.A;
		const mine = { ufrag: restartRng.iceChars(4), pwd: restartRng.iceChars(22) };
		const theirs = { ufrag: restartRng.iceChars(4), pwd: restartRng.iceChars(22) };
		// The offer is queued before the offerer's own trickled candidates, so it arrives first.
		signal(
			offerer,
			() => {
				log({
					kind: 'restart',
					t: clock.now,
					agent: answerer.name,
					ufrag: theirs.ufrag,
					reason: `the offer carries new ICE credentials (ufrag ${mine.ufrag}): ${answerer.name} restarts ICE and answers with its own`,
					why: why('ice.restart', { role: 'answerer', ufrag: theirs.ufrag, remoteUfrag: mine.ufrag })
				});
				answerer.send({
					type: 'ice.restart',
					now: clock.now,
					ufrag: theirs.ufrag,
					pwd: theirs.pwd,
					remoteUfrag: mine.ufrag,
					remotePwd: mine.pwd
				});
				signal(
					answerer,
					() =>
						offerer.send({
							type: 'signal.credentials',
							now: clock.now,
							ufrag: theirs.ufrag,
							pwd: theirs.pwd
						}),
					{ candidates: 0, restart: 'answer' }
				);
			},
			{ candidates: 0, restart: 'offer' }
		);
		log({
			kind: 'restart',
			t: clock.now,
			agent: offerer.name,
			ufrag: mine.ufrag,
			reason: `iceConnectionState is failed: the application calls restartIce() and sends an offer with a new ufrag/pwd (RFC 8445 §9)`,
			why: why('ice.restart', { role: 'offerer', ufrag: mine.ufrag })
		});
		offerer.send({ type: 'ice.restart', now: clock.now, ufrag: mine.ufrag, pwd: mine.pwd });
	};

	const up = (s: string) => s === 'connected' || s === 'completed';
	let bothConnectedAt: number | undefined;
	const limit = o.stopAtStep;
	for (;;) {
		if (limit !== undefined && events.length > limit) {
			events.length = limit + 1;
			break;
		}
		const a = agents.A.state('iceConnectionState');
		const b = agents.B.state('iceConnectionState');
		if (o.iceRestart && restarts === 0 && (a === 'failed' || b === 'failed')) {
			restartIce(a === 'failed' ? agents.A : agents.B);
			continue;
		}
		if (up(a) && up(b)) {
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
	const sim: Simulation = { clock, network, topology, agents, events, options: o, restarts };
	if (turn) sim.turn = turn;
	return sim;
}

/** The scripted faults of a run (`expireMappings`, `turnStopAtMs`), each logged with its reason when it strikes. */
function scheduleFaults(
	o: ResolvedOptions,
	clock: Scheduler,
	network: Network,
	topology: Topology,
	log: (e: RunEvent) => void,
	turn: () => TurnServer | undefined
): void {
	for (const f of o.expireMappings) {
		const natName = o.sameNat ? 'NAT' : `NAT-${f.nat}`;
		clock.schedule(Math.max(0, f.atMs), () => {
			const nat = topology.nats.find((n) => n.name === natName);
			if (!nat) {
				log({
					kind: 'note',
					t: clock.now,
					device: f.nat,
					text: `no mapping to expire: peer ${f.nat} has no NAT (it has a public address)`,
					why: why('fault.noNat', { peer: f.nat })
				});
				return;
			}
			if (network.flushMappings(nat, f.external) === 0) {
				log({
					kind: 'note',
					t: clock.now,
					device: nat.name,
					text:
						f.external === undefined
							? `${nat.name} has no mapping to expire`
							: `${nat.name} has no mapping for ${f.external} to expire`,
					why: why('fault.nothingToExpire', { nat: nat.name, external: f.external ?? '' })
				});
			}
		});
	}
	const stopAt = o.turnStopAtMs;
	if (stopAt !== undefined) {
		clock.schedule(Math.max(0, stopAt), () => {
			const server = turn();
			if (server) server.stop();
			else
				log({
					kind: 'note',
					t: clock.now,
					device: 'TURN',
					text: 'no TURN server to stop (turnServer is off)',
					why: why('fault.noTurn', {})
				});
		});
	}
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
		endTime: sim.clock.now,
		restarts: sim.restarts
	};
	if (verdict.selectedPair) result.selectedPair = verdict.selectedPair;
	return result;
}

function judge(
	sim: Simulation,
	agents: Record<'A' | 'B', AgentSummary>,
	trace: PacketRecord[]
): { outcome: Outcome; reason: string; selectedPair?: SelectedPair } {
	const up = (s: string) => s === 'connected' || s === 'completed';
	const connected = up(agents.A.connectionState) && up(agents.B.connectionState);
	const selA = agents.A.pairs.find((p) => p.id === agents.A.selectedPairId);
	if (connected && selA) {
		const selectedPair: SelectedPair = {
			local: { type: selA.localType, address: selA.local.address, port: selA.local.port },
			remote: { type: selA.remoteType, address: selA.remote.address, port: selA.remote.port }
		};
		const relayed = selA.localType === 'relay' || selA.remoteType === 'relay';
		const describe = (c: SelectedPair['local']) => `${c.type} ${endpointText(c)}`;
		const again = sim.restarts > 0 ? ' after an ICE restart' : '';
		return {
			outcome: relayed ? 'relayed' : 'direct',
			reason: `${relayed ? 'Connected through the TURN relay' : 'Connected directly'}${again}: A's ${describe(selectedPair.local)} ↔ B's ${describe(selectedPair.remote)}.`,
			selectedPair
		};
	}
	const expired = sim.events.some((e) => e.kind === 'mapping' && e.change === 'expired');
	const flushed = sim.events.some((e) => e.kind === 'mapping' && e.why?.code === 'nat.mapping.flushed');
	const turnStopped = sim.events.some((e) => e.kind === 'turn' && e.why.code === 'turn.stopped');
	if (sim.events.some((e) => e.kind === 'selected')) {
		const cause = turnStopped
			? 'the TURN server stopped, so nothing was relayed any more'
			: flushed
				? 'a NAT forgot its mappings (scripted fault), so later checks were dropped'
				: expired
					? 'a NAT mapping expired between consent checks, so later checks were dropped'
					: 'checks on the selected pair stopped getting answers';
		const restarted = sim.restarts > 0 ? ' An ICE restart did not find a new path either.' : '';
		return {
			outcome: 'failed',
			reason: `Connected, then lost the connection: ${cause}, and consent ran out (RFC 7675).${restarted}`
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
