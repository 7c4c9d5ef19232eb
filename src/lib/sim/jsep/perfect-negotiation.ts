// W3C webrtc-pc §10.7 "Perfect negotiation example", played by two JsepModels on a virtual clock.
//
//   pc.onnegotiationneeded = async () => {
//     makingOffer = true; await pc.setLocalDescription(); signaling.send({description: pc.localDescription});
//     … finally { makingOffer = false; } };
//   signaling.onmessage = async ({data: {description}}) => {
//     const readyForOffer = !makingOffer && (pc.signalingState == "stable" || isSettingRemoteAnswerPending);
//     const offerCollision = description.type == "offer" && !readyForOffer;
//     ignoreOffer = !polite && offerCollision; if (ignoreOffer) return;
//     isSettingRemoteAnswerPending = description.type == "answer";
//     await pc.setRemoteDescription(description); // SRD rolls back as needed
//     isSettingRemoteAnswerPending = false;
//     if (description.type == "offer") { await pc.setLocalDescription(); signaling.send({description: pc.localDescription}); } };
//
// Each peer keeps an operations chain (webrtc-pc §4.4.1.2): SLD/SRD run one at a time, each taking a
// seeded "operation" delay; messages take a seeded "signaling" delay and arrive in order. The run is
// the list of entries the handlers produced; folding the first k entries (replayTo) gives step k.
import { JsepModel, type JsepSnapshot } from './jsep-model';
import { between, mulberry32, type Random } from './random';
import { isNegotiationNeeded } from './signaling-machine';
import type { ApiCall, ChainEmptyEvent, JsepError, SessionDescription } from './types';

export type PeerId = 'A' | 'B';

export interface NegotiationOptions {
	/** A is the polite peer (B is then impolite), else the other way round. */
	politeA: boolean;
	/** Virtual time (ms) at which each app adds a track and so needs negotiation; null = never. */
	startA?: number | null;
	startB?: number | null;
	delays?: {
		/** One-way signaling delay range [min, max] in ms. */
		signaling?: readonly [number, number];
		/** How long one SLD/SRD takes, [min, max] in ms. */
		operation?: readonly [number, number];
	};
	seed: number;
	/** Safety bound on scheduled tasks (a livelock shows up as not settled). */
	maxTasks?: number;
}

export interface PerfectNegotiationFlags {
	makingOffer: boolean;
	ignoreOffer: boolean;
	isSettingRemoteAnswerPending: boolean;
}

export interface SignalingMessage {
	id: number;
	from: PeerId;
	to: PeerId;
	description: SessionDescription;
	sentAt: number;
	deliverAt: number;
}

/** One entry of a run. `call` entries are fed to the peer's model; the others update the frame. */
export type NegotiationEntry = { time: number; peer: PeerId } & (
	| { kind: 'call'; call: ApiCall | ChainEmptyEvent; ok: boolean; error?: JsepError; events: string[] }
	| { kind: 'flags'; flags: Partial<PerfectNegotiationFlags> }
	| { kind: 'send'; message: SignalingMessage }
	| { kind: 'deliver'; messageId: number }
	| { kind: 'ignoreOffer'; messageId: number }
	| { kind: 'error'; error: JsepError }
);

export interface NegotiationRun {
	options: Required<Pick<NegotiationOptions, 'politeA' | 'seed'>> & NegotiationOptions;
	entries: NegotiationEntry[];
}

export interface PeerFrame {
	polite: boolean;
	flags: PerfectNegotiationFlags;
	state: JsepSnapshot;
	/** The model still needs negotiation (its changes are not all in a completed exchange). */
	negotiationPending: boolean;
}

/** The world after some steps of a run. */
export interface NegotiationFrame {
	step: number;
	time: number;
	peers: Record<PeerId, PeerFrame>;
	inFlight: SignalingMessage[];
}

export interface NegotiationResult {
	run: NegotiationRun;
	final: NegotiationFrame;
	/** Both peers stable, nothing left to negotiate, nothing in flight, and their descriptions match. */
	settled: boolean;
	/** Some offer was ignored by the impolite peer (an offer collision happened). */
	glare: boolean;
}

const DEFAULT_SIGNALING = [5, 50] as const;
const DEFAULT_OPERATION = [1, 10] as const;
const other = (p: PeerId): PeerId => (p === 'A' ? 'B' : 'A');

/** The mutable world the fold works on. */
interface World {
	time: number;
	models: Record<PeerId, JsepModel>;
	flags: Record<PeerId, PerfectNegotiationFlags>;
	inFlight: SignalingMessage[];
}

function newWorld(): World {
	const flags = (): PerfectNegotiationFlags => ({
		makingOffer: false,
		ignoreOffer: false,
		isSettingRemoteAnswerPending: false
	});
	return {
		time: 0,
		models: { A: new JsepModel({ name: 'A' }), B: new JsepModel({ name: 'B' }) },
		flags: { A: flags(), B: flags() },
		inFlight: []
	};
}

/** Apply one entry to the world. The simulation and replayTo share this, so a replay is the run. */
function applyEntry(world: World, entry: NegotiationEntry) {
	world.time = entry.time;
	switch (entry.kind) {
		case 'call':
			return world.models[entry.peer].call(entry.call, { chainEmptyAfter: false });
		case 'flags':
			Object.assign(world.flags[entry.peer], entry.flags);
			return undefined;
		case 'send':
			world.inFlight.push(entry.message);
			return undefined;
		case 'deliver':
			world.inFlight = world.inFlight.filter((m) => m.id !== entry.messageId);
			return undefined;
		default:
			return undefined;
	}
}

function frameOf(world: World, step: number, politeA: boolean): NegotiationFrame {
	const peer = (p: PeerId): PeerFrame => ({
		polite: p === 'A' ? politeA : !politeA,
		flags: { ...world.flags[p] },
		state: world.models[p].snapshot(),
		negotiationPending: isNegotiationNeeded(world.models[p].context)
	});
	return { step, time: world.time, peers: { A: peer('A'), B: peer('B') }, inFlight: [...world.inFlight] };
}

/** The frame after the first k entries of a run (time travel: replay from the start). */
export function replayTo(run: NegotiationRun, k: number): NegotiationFrame {
	const world = newWorld();
	const steps = Math.max(0, Math.min(k, run.entries.length));
	for (let i = 0; i < steps; i++) applyEntry(world, run.entries[i]);
	return frameOf(world, steps, run.options.politeA);
}

interface Operation {
	call: ApiCall;
	then: (ok: boolean, error?: JsepError) => void;
}

interface Task {
	time: number;
	seq: number;
	run: () => void;
}

/** Play the perfect-negotiation pattern between two model peers; deterministic for given options. */
export function simulateNegotiation(options: NegotiationOptions): NegotiationResult {
	const random: Random = mulberry32(options.seed);
	const signalingDelay = options.delays?.signaling ?? DEFAULT_SIGNALING;
	const operationDelay = options.delays?.operation ?? DEFAULT_OPERATION;
	const maxTasks = options.maxTasks ?? 10_000;
	const polite: Record<PeerId, boolean> = { A: options.politeA, B: !options.politeA };

	const world = newWorld();
	const entries: NegotiationEntry[] = [];
	const chains: Record<PeerId, Operation[]> = { A: [], B: [] };
	const lastDelivery: Record<PeerId, number> = { A: 0, B: 0 };
	const tasks: Task[] = [];
	let seq = 0;
	let messageId = 0;
	let glare = false;

	const schedule = (time: number, run: () => void) => {
		tasks.push({ time, seq: seq++, run });
	};
	const record = (entry: NegotiationEntry) => {
		entries.push(entry);
		return applyEntry(world, entry);
	};
	const call = (peer: PeerId, c: ApiCall | ChainEmptyEvent) => {
		const model = world.models[peer];
		const prediction = model.call(c, { chainEmptyAfter: false });
		entries.push({
			time: world.time,
			peer,
			kind: 'call',
			call: c,
			ok: prediction.ok,
			...(prediction.error ? { error: prediction.error } : {}),
			events: prediction.events.map((e) => e.name)
		});
		return prediction;
	};
	const setFlags = (peer: PeerId, flags: Partial<PerfectNegotiationFlags>) => {
		const current = world.flags[peer];
		const changed = Object.fromEntries(
			Object.entries(flags).filter(([k, v]) => current[k as keyof PerfectNegotiationFlags] !== v)
		);
		if (Object.keys(changed).length > 0) record({ time: world.time, peer, kind: 'flags', flags: changed });
	};

	// ── the operations chain ──
	const enqueue = (peer: PeerId, op: Operation) => {
		chains[peer].push(op);
		if (chains[peer].length === 1) startHead(peer);
	};
	const startHead = (peer: PeerId) => {
		schedule(world.time + between(random, operationDelay), () => completeHead(peer));
	};
	const completeHead = (peer: PeerId) => {
		const op = chains[peer][0];
		const prediction = call(peer, op.call);
		chains[peer].shift();
		if (chains[peer].length > 0) startHead(peer);
		else if (world.models[peer].context.updateNegotiationNeededOnEmptyChain) {
			// "Update the negotiation-needed flag" queues a task that re-checks the chain.
			schedule(world.time, () => updateNegotiationNeeded(peer));
		}
		op.then(prediction.ok, prediction.error);
	};
	const updateNegotiationNeeded = (peer: PeerId) => {
		if (chains[peer].length > 0) return; // still busy: the flag stays deferred to the next empty chain
		if (!world.models[peer].context.updateNegotiationNeededOnEmptyChain) return;
		const prediction = call(peer, { type: 'internal.operationsChainEmpty' });
		if (prediction.events.some((e) => e.name === 'negotiationneeded')) onNegotiationNeeded(peer);
	};

	// ── the application: the spec example's handlers ──
	const start = (peer: PeerId) => {
		// addTrack → "update the negotiation-needed flag", which runs in a queued task.
		call(peer, { type: 'api.addTrack', chainBusy: true });
		schedule(world.time, () => updateNegotiationNeeded(peer));
	};
	const send = (from: PeerId) => {
		const description = world.models[from].snapshot().localDescription;
		if (!description) return;
		const to = other(from);
		const deliverAt = Math.max(world.time + between(random, signalingDelay), lastDelivery[to]);
		lastDelivery[to] = deliverAt;
		const message: SignalingMessage = {
			id: ++messageId,
			from,
			to,
			description,
			sentAt: world.time,
			deliverAt
		};
		record({ time: world.time, peer: from, kind: 'send', message });
		schedule(deliverAt, () => onMessage(to, message));
	};
	const fail = (peer: PeerId, error?: JsepError) => {
		if (error) record({ time: world.time, peer, kind: 'error', error });
	};
	const onNegotiationNeeded = (peer: PeerId) => {
		setFlags(peer, { makingOffer: true });
		enqueue(peer, {
			call: { type: 'api.setLocalDescription' },
			then: (ok, error) => {
				if (ok) send(peer);
				else fail(peer, error);
				setFlags(peer, { makingOffer: false });
			}
		});
	};
	const onMessage = (peer: PeerId, message: SignalingMessage) => {
		record({ time: world.time, peer, kind: 'deliver', messageId: message.id });
		const { description } = message;
		const flags = world.flags[peer];
		const state = world.models[peer].snapshot().signalingState;
		const readyForOffer = !flags.makingOffer && (state === 'stable' || flags.isSettingRemoteAnswerPending);
		const offerCollision = description.type === 'offer' && !readyForOffer;
		const ignoreOffer = !polite[peer] && offerCollision;
		setFlags(peer, { ignoreOffer });
		if (ignoreOffer) {
			glare = true;
			record({ time: world.time, peer, kind: 'ignoreOffer', messageId: message.id });
			return;
		}
		setFlags(peer, { isSettingRemoteAnswerPending: description.type === 'answer' });
		enqueue(peer, {
			call: { type: 'api.setRemoteDescription', description },
			then: (ok, error) => {
				if (!ok) return fail(peer, error);
				setFlags(peer, { isSettingRemoteAnswerPending: false });
				if (description.type !== 'offer') return;
				enqueue(peer, {
					call: { type: 'api.setLocalDescription' },
					then: (ok2, error2) => (ok2 ? send(peer) : fail(peer, error2))
				});
			}
		});
	};

	if (options.startA != null) schedule(options.startA, () => start('A'));
	if (options.startB != null) schedule(options.startB, () => start('B'));

	let ran = 0;
	while (tasks.length > 0 && ran < maxTasks) {
		tasks.sort((x, y) => x.time - y.time || x.seq - y.seq);
		const task = tasks.shift()!;
		world.time = task.time;
		task.run();
		ran++;
	}

	const run: NegotiationRun = { options: { ...options }, entries };
	const final = frameOf(world, entries.length, options.politeA);
	return { run, final, settled: tasks.length === 0 && isSettled(final), glare };
}

function isSettled(frame: NegotiationFrame): boolean {
	const { A, B } = frame.peers;
	const quiet = (p: PeerFrame) =>
		p.state.signalingState === 'stable' &&
		!p.negotiationPending &&
		!p.flags.makingOffer &&
		!p.flags.isSettingRemoteAnswerPending;
	return (
		quiet(A) &&
		quiet(B) &&
		frame.inFlight.length === 0 &&
		A.state.currentLocalDescription?.sdp === B.state.currentRemoteDescription?.sdp &&
		B.state.currentLocalDescription?.sdp === A.state.currentRemoteDescription?.sdp
	);
}
