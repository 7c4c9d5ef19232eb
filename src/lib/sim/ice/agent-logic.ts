// The ICE agent's rules (RFC 8445) as pure functions from (context, event) to the next context. The xstate
// machine (agent-machine.ts) names them as actions; side effects leave only as commands in `outbox`.
import {
	computeCandidatePriority,
	computeInitialStates,
	computePairPriority,
	foundationKey,
	formCandidatePairs,
	onRoleConflictResponse,
	pruneCandidatePairs,
	resolveRoleConflict,
	RECOMMENDED_TYPE_PREFERENCES,
	DEFAULT_PAIR_LIMIT,
	type CandidateType
} from '../../protocol/ice';
import { decodeStun, getAttribute, isStun, verifyStun, type StunMessage } from '../../protocol/stun';
import { decodeChannelData, isChannelData } from '../../protocol/turn';
import { nextRandom } from '../core/prng';
import { why } from '../core/reasons';
import { sameEndpoint, type Endpoint } from '../core/types';
import { afterSend, STUN_RETRANSMISSION } from '../stun/retransmission';
import { draft, randomBytes, send, setTimer, startTransaction, txKey } from './agent-io';
import {
	bindChannel,
	ensurePermissions,
	failed as relayFailed,
	onRelayResponse,
	onRelayTimer,
	permissionReady,
	startAllocate,
	type RelayOutcome
} from './relay';
import { checkKey, encodeCheck, encodeCheckError, encodeCheckSuccess, encodeServerBinding } from './checks';
import type { AgentCandidate, AgentContext, AgentEvent, AgentInput, AgentPair } from './types';

const COMPONENT = 1;
const LOCAL_PREFERENCE = 65535;
const BINDING = 0x001;

export function initialContext({ turnServer, ...input }: AgentInput): AgentContext {
	const ctx: AgentContext = {
		taMs: 50,
		pairLimit: DEFAULT_PAIR_LIMIT,
		consentIntervalMs: 5000,
		consentTimeoutMs: 30000,
		disconnectedAfterMs: 2500,
		nominationWaitMs: 1000,
		lite: false,
		...input,
		now: 0,
		gathering: 'new',
		local: [],
		remote: [],
		remoteReceived: false,
		remoteEnded: false,
		generation: 0,
		pairs: [],
		triggered: [],
		nextPairId: 1,
		nextCandidate: 1,
		foundations: {},
		tx: {},
		taArmed: false,
		checklist: 'idle',
		lastConsent: 0,
		consentLost: false,
		consentStale: false,
		outbox: []
	};
	// RFC 8445 §6.1.1: a lite agent is always controlled (its full peer controls).
	if (ctx.lite) ctx.role = 'controlled';
	if (turnServer && !ctx.lite) {
		ctx.relay = {
			transport: 'udp',
			...turnServer,
			state: 'new',
			permissions: {},
			channels: {},
			nextChannel: 0x4000
		};
	}
	return ctx;
}

const candidatePriority = (type: CandidateType): number =>
	computeCandidatePriority({
		typePreference: RECOMMENDED_TYPE_PREFERENCES[type],
		localPreference: LOCAL_PREFERENCE,
		componentId: COMPONENT
	});

function foundationFor(ctx: AgentContext, type: CandidateType, base: Endpoint, server?: Endpoint): string {
	const key = foundationKey({
		type,
		baseAddress: base.address,
		serverAddress: server?.address,
		transport: 'udp'
	});
	let f = ctx.foundations[key];
	if (f === undefined) {
		f = String(Object.keys(ctx.foundations).length + 1);
		ctx.foundations[key] = f;
	}
	return f;
}

function addLocal(
	ctx: AgentContext,
	type: CandidateType,
	at: Endpoint,
	base: Endpoint,
	server?: Endpoint,
	priority?: number
): AgentCandidate {
	const c: AgentCandidate = {
		id: `${ctx.name}-${type}-${ctx.nextCandidate++}`,
		foundation: foundationFor(ctx, type, base, server),
		component: COMPONENT,
		transport: 'udp',
		priority: priority ?? candidatePriority(type),
		address: at.address,
		port: at.port,
		type,
		base: { ...base }
	};
	if (type !== 'host') {
		c.raddr = base.address;
		c.rport = base.port;
	}
	ctx.local.push(c);
	if (type !== 'prflx') {
		c.ufrag = ctx.ufrag;
		// Trickle ICE (RFC 8838 §9): each candidate goes to the peer as soon as it is gathered, and is paired
		// with the remote candidates already known (§10).
		ctx.outbox.push({ type: 'signal', candidates: [c] });
		addPairs(ctx, [c], ctx.remote);
	}
	return c;
}

/** Sets a related address (a relayed candidate's is the mapped address, RFC 8445 §5.1.1.2) before signalling. */
function relatedOf(c: AgentCandidate, related: Endpoint): void {
	c.raddr = related.address;
	c.rport = related.port;
}

// ---- gathering (RFC 8445 §5.1.1) ----

export function startGathering(ctx0: AgentContext, event: AgentEvent): AgentContext {
	const ctx = draft(ctx0, event.now);
	ctx.gathering = 'gathering';
	addLocal(ctx, 'host', ctx.base, ctx.base);
	if (ctx.lite) {
		// RFC 8445 §5.2: a lite agent has host candidates only.
		maybeFinishGathering(ctx);
		return ctx;
	}
	if (ctx.stunServer) {
		const id = randomBytes(ctx, 12);
		startTransaction(ctx, id, {
			kind: 'gather',
			bytes: encodeServerBinding(id),
			from: ctx.base,
			to: ctx.stunServer,
			useCandidate: false,
			role: ctx.role,
			priority: 0,
			purpose: 'binding-request'
		});
	}
	if (ctx.relay) startAllocate(ctx);
	maybeFinishGathering(ctx);
	return ctx;
}

function maybeFinishGathering(ctx: AgentContext): void {
	if (ctx.gathering !== 'gathering') return;
	if (Object.values(ctx.tx).some((t) => t.kind === 'gather' || t.kind === 'allocate')) return;
	ctx.gathering = 'complete';
	// RFC 8838 §13: end-of-candidates tells the peer that no more candidates will come.
	ctx.outbox.push({ type: 'signal', candidates: [], endOfCandidates: true });
	settleChecklist(ctx);
}

// ---- checklist (RFC 8445 §6.1.2) ----

function pairPriority(ctx: AgentContext, local: AgentCandidate, remote: AgentCandidate): bigint {
	return ctx.role === 'controlling'
		? computePairPriority(local.priority, remote.priority)
		: computePairPriority(remote.priority, local.priority);
}

function findPair(ctx: AgentContext, base: Endpoint, remote: Endpoint): AgentPair | undefined {
	return ctx.pairs.find(
		(p) => p.inChecklist && sameEndpoint(p.localBase, base) && sameEndpoint(p.remote, remote)
	);
}

/**
 * Pairs new candidates (RFC 8445 §6.1.2.2–6.1.2.6; with trickle, RFC 8838 §10–11: as they arrive, on either
 * side): forms, prunes and orders the new pairs, skips those already in the checklist, and sets each new pair
 * Waiting when no pair in the checklist shares its foundation (or one with it has succeeded), else Frozen.
 */
function addPairs(ctx: AgentContext, locals: AgentCandidate[], remotes: AgentCandidate[]): void {
	if (ctx.lite || locals.length === 0 || remotes.length === 0) return;
	const mine = locals.filter((c) => c.type !== 'prflx');
	const formed = formCandidatePairs(mine, remotes, ctx.role);
	const { kept } = pruneCandidatePairs(formed, ctx.pairLimit);
	const [initial] = computeInitialStates([kept]);
	let added = false;
	let inList = ctx.pairs.filter((p) => p.inChecklist).length;
	for (const p of initial) {
		if (inList >= ctx.pairLimit) break;
		if (findPair(ctx, p.localBase, p.remote)) continue;
		const sameFoundation = ctx.pairs.filter((q) => q.inChecklist && q.foundation === p.foundation);
		const state = sameFoundation.some((q) => q.state === 'succeeded')
			? 'waiting'
			: sameFoundation.some((q) => q.state !== 'failed')
				? 'frozen'
				: p.state;
		ctx.pairs.push({ ...p, state, id: ctx.nextPairId++, valid: false, nominated: false, inChecklist: true });
		inList++;
		added = true;
	}
	if (!added) return;
	if (ctx.checklist === 'idle' || ctx.checklist === 'failed') ctx.checklist = 'running';
	askPermissions(ctx);
	armTa(ctx, 0);
}

const isRelayed = (ctx: AgentContext, base: Endpoint): boolean =>
	ctx.relay?.relayed !== undefined && sameEndpoint(base, ctx.relay.relayed);

/** Checks from the relayed candidate need a TURN permission for the remote address first (RFC 8656 §9). */
function askPermissions(ctx: AgentContext): void {
	const peers = ctx.pairs.filter((p) => isRelayed(ctx, p.localBase)).map((p) => p.remote.address);
	ensurePermissions(ctx, peers);
}

/** A pair may be checked now: a relayed pair only once its permission is installed. */
function ready(ctx: AgentContext, p: AgentPair): boolean {
	return !isRelayed(ctx, p.localBase) || permissionReady(ctx, p.remote.address);
}

function armTa(ctx: AgentContext, delayMs: number): void {
	if (ctx.taArmed || ctx.checklist !== 'running' || ctx.lite || !ctx.remotePwd) return;
	ctx.taArmed = true;
	setTimer(ctx, 'ta', delayMs);
}

const byPriority = (a: AgentPair, b: AgentPair): number =>
	a.priority > b.priority ? -1 : a.priority < b.priority ? 1 : 0;

/** One Ta tick (RFC 8445 §6.1.4.2): a triggered check if queued, else the best Waiting pair, else unfreeze one. */
function onTa(ctx: AgentContext): void {
	ctx.taArmed = false;
	if (ctx.checklist !== 'running') return;
	let pair: AgentPair | undefined;
	while (!pair && ctx.triggered.length > 0) {
		const id = ctx.triggered.shift() as number;
		pair = ctx.pairs.find((p) => p.id === id && p.state !== 'in-progress');
		if (pair && !ready(ctx, pair)) {
			ctx.triggered.push(pair.id);
			pair = undefined;
			break;
		}
	}
	if (!pair) {
		const inList = ctx.pairs.filter((p) => p.inChecklist && ready(ctx, p));
		pair = inList.filter((p) => p.state === 'waiting').sort(byPriority)[0];
		if (!pair) pair = inList.filter((p) => p.state === 'frozen').sort(byPriority)[0];
	}
	if (pair) sendCheck(ctx, pair);
	const more =
		ctx.triggered.length > 0 ||
		ctx.pairs.some((p) => p.inChecklist && (p.state === 'waiting' || p.state === 'frozen'));
	if (more) armTa(ctx, ctx.taMs);
}

function sendCheck(ctx: AgentContext, pair: AgentPair, kind: 'check' | 'consent' = 'check'): void {
	const id = randomBytes(ctx, 12);
	const useCandidate = kind === 'check' && ctx.role === 'controlling' && pair.sendUseCandidate === true;
	const priority = computeCandidatePriority({
		typePreference: RECOMMENDED_TYPE_PREFERENCES.prflx,
		localPreference: LOCAL_PREFERENCE,
		componentId: COMPONENT
	});
	const bytes = encodeCheck({
		transactionId: id,
		username: `${ctx.remoteUfrag}:${ctx.ufrag}`,
		priority,
		role: ctx.role,
		tieBreaker: ctx.tieBreaker,
		useCandidate,
		remotePwd: ctx.remotePwd
	});
	// A nomination check on a pair that already succeeded leaves it Succeeded (it is in the valid list).
	if (kind === 'check' && pair.state !== 'succeeded') pair.state = 'in-progress';
	const key = startTransaction(
		ctx,
		id,
		{
			kind,
			pairId: pair.id,
			bytes,
			from: pair.localBase,
			to: pair.remote,
			useCandidate,
			role: ctx.role,
			priority,
			purpose: kind
		},
		kind === 'check' ? checkRto(ctx) : STUN_RETRANSMISSION.rtoMs
	);
	if (kind === 'consent') ctx.consentTx = key;
}

/**
 * RFC 8445 §14.3: RTO = MAX(500 ms, Ta × N × (Num-Waiting + Num-In-Progress)), N being the number of checks to
 * perform (the pairs in the checklist), counted as the check starts.
 */
export function checkRto(ctx: AgentContext): number {
	let n = 0;
	let pending = 0;
	for (const p of ctx.pairs) {
		if (!p.inChecklist) continue;
		n++;
		if (p.state === 'waiting' || p.state === 'in-progress') pending++;
	}
	return Math.max(STUN_RETRANSMISSION.rtoMs, ctx.taMs * n * pending);
}

function enqueueTriggered(ctx: AgentContext, pair: AgentPair): void {
	if (!ctx.triggered.includes(pair.id)) ctx.triggered.push(pair.id);
	armTa(ctx, 0);
}

// ---- signaling ----

export function addRemoteCandidates(ctx0: AgentContext, event: AgentEvent): AgentContext {
	if (event.type !== 'signal.candidates') return ctx0;
	const ctx = draft(ctx0, event.now);
	const fresh: AgentCandidate[] = [];
	for (const c of event.candidates) {
		// A candidate of an earlier ICE generation (before a restart) is ignored (RFC 8840 §… ufrag matching).
		if (c.ufrag !== undefined && c.ufrag !== ctx.remoteUfrag) continue;
		const known = ctx.remote.findIndex((r) => r.address === c.address && r.port === c.port);
		const copy: AgentCandidate = { ...c, base: { ...c.base } };
		if (known < 0) {
			ctx.remote.push(copy);
			fresh.push(copy);
		} else {
			// A peer-reflexive remote candidate later signaled: the signaled one replaces it (RFC 8445 §7.3.1.3).
			ctx.remote[known] = copy;
			for (const p of ctx.pairs) {
				if (sameEndpoint(p.remote, c)) {
					p.remote = copy;
					p.priority = pairPriority(ctx, p.local, copy);
				}
			}
		}
	}
	if (event.endOfCandidates) ctx.remoteEnded = true;
	ctx.remoteReceived = true;
	if (ctx.lite) {
		// A lite agent does not check; it waits for the full agent's checks (RFC 8445 §2.5).
		if (ctx.checklist === 'idle') ctx.checklist = 'running';
		return ctx;
	}
	addPairs(ctx, ctx.local, fresh);
	settleChecklist(ctx);
	return ctx;
}

/** The answer to our restart offer brings the peer's new credentials: checks may go now (RFC 8445 §9). */
export function setRemoteCredentials(ctx0: AgentContext, event: AgentEvent): AgentContext {
	if (event.type !== 'signal.credentials') return ctx0;
	const ctx = draft(ctx0, event.now);
	ctx.remoteUfrag = event.ufrag;
	ctx.remotePwd = event.pwd;
	armTa(ctx, 0);
	return ctx;
}

/**
 * ICE restart (RFC 8445 §9): new ufrag/pwd, the checklist and the candidates start over, gathering runs again.
 * An allocated TURN relay is kept (§9 allows reusing it); its relayed candidate is signalled again.
 */
export function restart(ctx0: AgentContext, event: AgentEvent): AgentContext {
	if (event.type !== 'ice.restart') return ctx0;
	const ctx = draft(ctx0, event.now);
	for (const [key, t] of Object.entries(ctx.tx)) {
		if (t.turn) continue;
		delete ctx.tx[key];
		ctx.outbox.push({ type: 'cancel', name: `rtx:${key}` });
	}
	for (const name of ['ta', 'consent', 'consent-wait', 'consent-expiry', 'nominate'])
		ctx.outbox.push({ type: 'cancel', name });
	ctx.generation++;
	ctx.ufrag = event.ufrag;
	ctx.pwd = event.pwd;
	ctx.remoteUfrag = event.remoteUfrag ?? '';
	ctx.remotePwd = event.remotePwd ?? '';
	ctx.local = [];
	ctx.remote = [];
	ctx.pairs = [];
	ctx.triggered = [];
	ctx.foundations = {};
	ctx.remoteReceived = false;
	ctx.remoteEnded = false;
	ctx.taArmed = false;
	ctx.checklist = 'idle';
	ctx.selected = undefined;
	ctx.nominating = undefined;
	ctx.firstValidAt = undefined;
	ctx.consentLost = false;
	ctx.consentStale = false;
	ctx.consentTx = undefined;
	ctx.gathering = 'gathering';
	addLocal(ctx, 'host', ctx.base, ctx.base);
	if (ctx.lite) {
		maybeFinishGathering(ctx);
		return ctx;
	}
	if (ctx.stunServer) {
		const id = randomBytes(ctx, 12);
		startTransaction(ctx, id, {
			kind: 'gather',
			bytes: encodeServerBinding(id),
			from: ctx.base,
			to: ctx.stunServer,
			useCandidate: false,
			role: ctx.role,
			priority: 0,
			purpose: 'binding-request'
		});
	}
	const relay = ctx.relay;
	if (relay?.state === 'allocated' && relay.relayed) {
		if (relay.mapped) addLocal(ctx, 'srflx', relay.mapped, ctx.base, relay.server);
		const c = addLocal(ctx, 'relay', relay.relayed, relay.relayed, relay.server);
		if (relay.mapped) relatedOf(c, relay.mapped);
	} else if (relay && relay.state !== 'allocating') {
		relay.state = 'new';
		relay.permissions = {};
		relay.channels = {};
		startAllocate(ctx);
	}
	maybeFinishGathering(ctx);
	return ctx;
}

// ---- timers ----

export function fireTimer(ctx0: AgentContext, event: AgentEvent): AgentContext {
	if (event.type !== 'timer.fired') return ctx0;
	const ctx = draft(ctx0, event.now);
	if (event.name === 'ta') onTa(ctx);
	else if (event.name === 'consent') onConsentTick(ctx);
	else if (event.name === 'consent-wait') onConsentWait(ctx);
	else if (event.name === 'consent-expiry') onConsentExpiry(ctx);
	else if (event.name === 'nominate') considerNomination(ctx, true);
	else if (event.name.startsWith('rtx:')) onRetransmitTimer(ctx, event.name.slice(4));
	else if (event.name.startsWith('turn-')) onRelayTimer(ctx, event.name);
	return ctx;
}

function onRetransmitTimer(ctx: AgentContext, key: string): void {
	const t = ctx.tx[key];
	if (!t) return;
	if (t.then === 'retransmit') {
		// RFC 8489 §6.2.1: a retransmission is the same request, byte for byte, after double the last wait.
		const sent = t.sent + 1;
		const step = afterSend(sent, { ...STUN_RETRANSMISSION, rtoMs: t.rtoMs });
		ctx.tx[key] = { ...t, sent, then: step.next };
		send(ctx, t.from, t.to, t.bytes, t.purpose);
		setTimer(ctx, `rtx:${key}`, step.delayMs);
		return;
	}
	delete ctx.tx[key];
	if (t.kind === 'gather') maybeFinishGathering(ctx);
	else if (t.turn) applyRelay(ctx, relayFailed(ctx, t));
	else if (t.kind === 'check') {
		const pair = ctx.pairs.find((p) => p.id === t.pairId);
		if (pair && pair.state === 'in-progress') {
			pair.state = 'failed';
			pair.failure = `no response after ${t.sent} requests (transaction timed out)`;
		}
		if (pair && t.useCandidate && ctx.nominating === pair.id) {
			// The nomination got no answer: nominate afresh from the valid list.
			ctx.nominating = undefined;
			pair.sendUseCandidate = false;
		}
		settleChecklist(ctx);
		considerNomination(ctx);
	} else if (t.kind === 'consent' && ctx.consentTx === key) ctx.consentTx = undefined;
}

/** A consent check every 5 s × a random factor in [0.8, 1.2] from the seeded stream (RFC 7675 §5.1). */
function consentInterval(ctx: AgentContext): number {
	const [v, next] = nextRandom(ctx.rng);
	ctx.rng = next;
	return Math.round(ctx.consentIntervalMs * (0.8 + 0.4 * v));
}

function onConsentTick(ctx: AgentContext): void {
	const pair = ctx.pairs.find((p) => p.id === ctx.selected);
	if (!pair || ctx.consentLost || ctx.lite) return;
	// Each consent check is a new transaction; the previous one, if still unanswered, is abandoned.
	const previous = ctx.consentTx;
	if (previous !== undefined && ctx.tx[previous]) {
		delete ctx.tx[previous];
		ctx.outbox.push({ type: 'cancel', name: `rtx:${previous}` });
	}
	const checked = ctx.pairs.find((p) => p.validPairId === pair.id && p.inChecklist) ?? pair;
	sendCheck(ctx, checked, 'consent');
	setTimer(ctx, 'consent-wait', ctx.disconnectedAfterMs);
	setTimer(ctx, 'consent', consentInterval(ctx));
}

/** The consent check sent disconnectedAfterMs ago is still unanswered: the path looks broken (disconnected). */
function onConsentWait(ctx: AgentContext): void {
	if (ctx.consentLost || ctx.consentStale || ctx.consentTx === undefined || !ctx.tx[ctx.consentTx]) return;
	ctx.consentStale = true;
	ctx.explain = {
		reason: `no answer to a consent check for ${ctx.disconnectedAfterMs / 1000} s (last answer ${((ctx.now - ctx.lastConsent) / 1000).toFixed(1)} s ago)`,
		why: why('ice.consent.stale', { waitedMs: ctx.disconnectedAfterMs, sinceMs: ctx.now - ctx.lastConsent })
	};
}

/** RFC 7675 §5.1: consent expires 30 s after the last answered consent check; the agent stops sending. */
function onConsentExpiry(ctx: AgentContext): void {
	if (ctx.consentLost || ctx.selected === undefined || ctx.lite) return;
	ctx.consentLost = true;
	const pending = ctx.consentTx;
	if (pending !== undefined && ctx.tx[pending]) {
		delete ctx.tx[pending];
		ctx.outbox.push({ type: 'cancel', name: `rtx:${pending}` });
	}
	ctx.consentTx = undefined;
	ctx.outbox.push({ type: 'cancel', name: 'consent' }, { type: 'cancel', name: 'consent-wait' });
	ctx.explain = {
		reason: `consent expired: no consent check answered for ${ctx.consentTimeoutMs / 1000} s (RFC 7675 §5.1)`,
		why: why('ice.consent.lost', { timeoutMs: ctx.consentTimeoutMs, sinceMs: ctx.now - ctx.lastConsent })
	};
}

/**
 * The checklist fails when every pair in it has failed and nothing is left to try (RFC 8445 §7.2.5.3.3) — with
 * trickle, only once the local gathering is complete and the peer's end-of-candidates has arrived (RFC 8838 §8).
 */
function settleChecklist(ctx: AgentContext): void {
	if (ctx.checklist !== 'running' && ctx.checklist !== 'idle') return;
	if (ctx.gathering !== 'complete' || !ctx.remoteEnded || ctx.lite) return;
	const inList = ctx.pairs.filter((p) => p.inChecklist);
	const pending = ctx.triggered.length > 0 || Object.values(ctx.tx).some((t) => t.kind === 'check');
	if (!pending && inList.every((p) => p.state === 'failed')) {
		ctx.checklist = 'failed';
		ctx.explain = {
			reason:
				inList.length === 0
					? 'no candidate pair to check'
					: `all ${inList.length} candidate pairs failed and both sides have sent all their candidates`,
			why: why('ice.checklist.failed', { pairs: inList.length })
		};
	}
}

/**
 * Regular nomination (RFC 8445 §8.1.1), the rule this simulator uses: the controlling agent nominates the
 * highest-priority pair of the valid list as soon as no checklist pair of higher priority is still pending
 * (Frozen, Waiting or In-Progress), or at the latest nominationWaitMs after its first pair became valid. It
 * nominates by checking the pair that produced that valid pair again, with USE-CANDIDATE.
 */
function considerNomination(ctx: AgentContext, timeUp = false): void {
	if (ctx.role !== 'controlling' || ctx.lite || ctx.selected !== undefined || ctx.nominating !== undefined)
		return;
	const best = ctx.pairs.filter((p) => p.valid).sort(byPriority)[0];
	if (!best) return;
	const waited = timeUp || ctx.now - (ctx.firstValidAt ?? ctx.now) >= ctx.nominationWaitMs;
	const higherPending = ctx.pairs.some(
		(p) =>
			p.inChecklist &&
			p.priority > best.priority &&
			(p.state === 'frozen' || p.state === 'waiting' || p.state === 'in-progress')
	);
	if (higherPending && !waited) return;
	const producer =
		ctx.pairs
			.filter((p) => p.inChecklist && p.validPairId === best.id && p.state === 'succeeded')
			.sort(byPriority)[0] ?? best;
	ctx.nominating = producer.id;
	producer.sendUseCandidate = true;
	ctx.outbox.push({ type: 'cancel', name: 'nominate' });
	ctx.explain = {
		reason: higherPending
			? `nominates pair #${best.id}, the best valid pair after waiting ${ctx.nominationWaitMs} ms`
			: `nominates pair #${best.id}: no pair of higher priority is still being checked`,
		why: why('ice.nominate', {
			pairId: best.id,
			rule: higherPending ? 'waited' : 'best',
			waitMs: ctx.nominationWaitMs
		})
	};
	enqueueTriggered(ctx, producer);
}

// ---- packets ----

export function receivePacket(ctx0: AgentContext, event: AgentEvent): AgentContext {
	if (event.type !== 'packet.received') return ctx0;
	const ctx = draft(ctx0, event.now);
	handleDatagram(ctx, event.bytes, event.from, event.to);
	return ctx;
}

function handleDatagram(ctx: AgentContext, bytes: Uint8Array, from: Endpoint, to: Endpoint): void {
	const relay = ctx.relay;
	const fromRelayServer = relay !== undefined && sameEndpoint(from, relay.server);
	if (fromRelayServer && relay.relayed && isChannelData(bytes)) {
		// RFC 8656 §12.6: ChannelData from the server carries a datagram from the peer bound to the channel.
		let inner;
		try {
			inner = decodeChannelData(bytes).value;
		} catch {
			return;
		}
		const peer = Object.entries(relay.channels).find(([, n]) => n === inner.channelNumber)?.[0];
		if (!peer) return;
		const [address, port] = peer.split(':');
		handleDatagram(ctx, inner.data, { address, port: Number(port) }, relay.relayed);
		return;
	}
	if (!isStun(bytes)) return;
	let message: StunMessage;
	try {
		message = decodeStun(bytes).value;
	} catch {
		return;
	}
	if (fromRelayServer && relay.relayed && message.method === 0x007 && message.class === 'indication') {
		// RFC 8656 §11.4: a Data indication carries a datagram a peer sent to our relayed address.
		const peer = getAttribute(message, 'XOR-PEER-ADDRESS');
		const data = getAttribute(message, 'DATA');
		if (peer && data) handleDatagram(ctx, data, { address: peer.address, port: peer.port }, relay.relayed);
		return;
	}
	if (message.class === 'request' && message.method === BINDING) onRequest(ctx, message, bytes, from, to);
	else if (message.class === 'success-response' || message.class === 'error-response') {
		onResponse(ctx, message, bytes, from, to);
	}
}

function applyRelay(ctx: AgentContext, outcome: RelayOutcome): void {
	if (outcome.allocated) {
		const { relayed, mapped } = outcome.allocated;
		const server = ctx.relay?.server;
		if (mapped && !ctx.local.some((c) => c.address === mapped.address && c.port === mapped.port)) {
			addLocal(ctx, 'srflx', mapped, ctx.base, server);
		}
		// RFC 8445 §5.1.1.2: a relayed candidate is its own base; its related address is the mapped address.
		const c = addLocal(ctx, 'relay', relayed, relayed, server);
		if (mapped) relatedOf(c, mapped);
	}
	if (outcome.gatheringStep) maybeFinishGathering(ctx);
	if (outcome.permissionsInstalled) armTa(ctx, 0);
	if (outcome.permissionsFailed?.length) {
		for (const p of ctx.pairs) {
			if (
				isRelayed(ctx, p.localBase) &&
				outcome.permissionsFailed.includes(p.remote.address) &&
				p.state !== 'succeeded'
			) {
				p.state = 'failed';
				p.failure = `the TURN server refused a permission for ${p.remote.address}`;
			}
		}
		ctx.triggered = ctx.triggered.filter((id) => ctx.pairs.find((p) => p.id === id)?.state !== 'failed');
		settleChecklist(ctx);
	}
}

function recomputePriorities(ctx: AgentContext): void {
	for (const p of ctx.pairs) p.priority = pairPriority(ctx, p.local, p.remote);
}

/** RFC 8445 §7.3: answer a check, learn a peer-reflexive remote candidate, queue a triggered check. */
function onRequest(
	ctx: AgentContext,
	message: StunMessage,
	bytes: Uint8Array,
	from: Endpoint,
	to: Endpoint
): void {
	const username = getAttribute(message, 'USERNAME');
	const verified = verifyStun(bytes, { key: checkKey(ctx.pwd) });
	if (
		!username ||
		!username.startsWith(`${ctx.ufrag}:`) ||
		!verified.ok ||
		verified.messageIntegrity.ok !== true
	) {
		send(ctx, to, from, encodeCheckError(message, 401, ctx.pwd), 'check-response');
		return;
	}
	const controlling = getAttribute(message, 'ICE-CONTROLLING');
	const controlled = getAttribute(message, 'ICE-CONTROLLED');
	const theirs = controlling !== undefined ? controlling : controlled;
	if (theirs !== undefined) {
		const r = resolveRoleConflict({
			myRole: ctx.role,
			myTieBreaker: ctx.tieBreaker,
			theirRole: controlling !== undefined ? 'controlling' : 'controlled',
			theirTieBreaker: theirs
		});
		if (r.action === 'send-487') {
			send(ctx, to, from, encodeCheckError(message, 487, ctx.pwd), 'check-response');
			return;
		}
		if (r.action === 'switch-role') {
			ctx.role = r.newRole;
			recomputePriorities(ctx);
		}
	}
	send(ctx, to, from, encodeCheckSuccess(message, from, ctx.pwd), 'check-response');

	let remote = ctx.remote.find((r) => r.address === from.address && r.port === from.port);
	if (!remote) {
		// RFC 8445 §7.3.1.3: an unknown source is a peer-reflexive candidate with the request's PRIORITY.
		remote = {
			id: `${ctx.name}-remote-prflx-${ctx.nextCandidate++}`,
			foundation: `p${ctx.nextCandidate}`,
			component: COMPONENT,
			transport: 'udp',
			priority: getAttribute(message, 'PRIORITY') ?? candidatePriority('prflx'),
			address: from.address,
			port: from.port,
			type: 'prflx',
			base: { ...from }
		};
		ctx.remote.push(remote);
	}
	const local = ctx.local.find((c) => (c.type === 'host' || c.type === 'relay') && sameEndpoint(c.base, to));
	if (!local) return;
	if (local.type === 'relay') ensurePermissions(ctx, [from.address]);
	let pair = findPair(ctx, to, from);
	if (!pair) {
		if (ctx.pairs.filter((p) => p.inChecklist).length >= ctx.pairLimit) return;
		pair = {
			local,
			remote,
			localBase: { ...local.base },
			componentId: COMPONENT,
			foundation: `${local.foundation}:${remote.foundation}`,
			priority: pairPriority(ctx, local, remote),
			state: 'waiting',
			id: ctx.nextPairId++,
			valid: false,
			nominated: false,
			inChecklist: true
		};
		ctx.pairs.push(pair);
		if (ctx.checklist === 'idle') ctx.checklist = 'running';
	}
	const useCandidate = getAttribute(message, 'USE-CANDIDATE') === true;
	if (ctx.lite) {
		// RFC 8445 §7.3.1.4–7.3.1.5 for a lite agent: no triggered check; the pair is valid because the full
		// agent's check reached it, and USE-CANDIDATE nominates it.
		if (ctx.checklist === 'idle') ctx.checklist = 'running';
		if (pair.state !== 'succeeded') {
			pair.state = 'succeeded';
			pair.valid = true;
			pair.validPairId = pair.id;
		}
		if (useCandidate) nominate(ctx, pair.id);
		return;
	}
	if (useCandidate && ctx.role === 'controlled') {
		// RFC 8445 §7.3.1.5: nominate now if the pair already succeeded, else when its check does.
		if (pair.state === 'succeeded' && pair.validPairId !== undefined) nominate(ctx, pair.validPairId);
		else pair.nominateOnSuccess = true;
	}
	if (ctx.checklist === 'idle' || ctx.checklist === 'completed') return;
	// RFC 8445 §7.3.1.4 triggered checks.
	if (pair.state === 'frozen' || pair.state === 'waiting' || pair.state === 'failed') {
		pair.state = 'waiting';
		delete pair.failure;
		if (ctx.checklist === 'failed') ctx.checklist = 'running';
		enqueueTriggered(ctx, pair);
	}
}

function onResponse(
	ctx: AgentContext,
	message: StunMessage,
	bytes: Uint8Array,
	from: Endpoint,
	to: Endpoint
): void {
	const key = txKey(message.transactionId);
	const t = ctx.tx[key];
	if (!t) return;
	if (t.turn) {
		if (ctx.relay && !sameEndpoint(from, ctx.relay.server)) return;
		delete ctx.tx[key];
		ctx.outbox.push({ type: 'cancel', name: `rtx:${key}` });
		applyRelay(ctx, onRelayResponse(ctx, t, message, bytes));
		return;
	}
	if (message.method !== BINDING) return;
	if (t.kind === 'gather') {
		delete ctx.tx[key];
		ctx.outbox.push({ type: 'cancel', name: `rtx:${key}` });
		const mapped =
			message.class === 'success-response' ? getAttribute(message, 'XOR-MAPPED-ADDRESS') : undefined;
		if (mapped && !ctx.local.some((c) => c.address === mapped.address && c.port === mapped.port)) {
			addLocal(ctx, 'srflx', mapped, t.from, t.to);
		}
		maybeFinishGathering(ctx);
		return;
	}
	// Responses to checks are signed with the remote password (RFC 8445 §7.2.5.1).
	const verified = verifyStun(bytes, { key: checkKey(ctx.remotePwd) });
	if (!verified.ok || verified.messageIntegrity.ok !== true) return;
	delete ctx.tx[key];
	ctx.outbox.push({ type: 'cancel', name: `rtx:${key}` });
	if (t.kind === 'consent') {
		if (ctx.consentTx === key) ctx.consentTx = undefined;
		if (message.class !== 'success-response' || ctx.consentLost) return;
		ctx.lastConsent = ctx.now;
		// RFC 7675 §5.1: every answered consent check renews consent for another 30 s.
		setTimer(ctx, 'consent-expiry', ctx.consentTimeoutMs);
		if (ctx.consentStale) {
			ctx.consentStale = false;
			ctx.explain = {
				reason: 'a consent check was answered again',
				why: why('ice.consent.fresh', {})
			};
		}
		return;
	}
	const pair = ctx.pairs.find((p) => p.id === t.pairId);
	if (!pair) return;
	if (message.class === 'error-response') {
		const code = getAttribute(message, 'ERROR-CODE')?.code;
		if (code === 487) {
			// RFC 8445 §7.2.5.1: switch role (if still the one the request claimed) and retry as a triggered check.
			if (ctx.role === t.role) {
				ctx.role = onRoleConflictResponse(t.role).newRole;
				recomputePriorities(ctx);
			}
			pair.state = 'waiting';
			enqueueTriggered(ctx, pair);
			return;
		}
		pair.state = 'failed';
		pair.failure = `error response ${code ?? '?'}`;
		settleChecklist(ctx);
		considerNomination(ctx);
		return;
	}
	// RFC 8445 §7.2.5.2.1: the response must come from where the request went, to where it came from.
	if (!sameEndpoint(from, t.to) || !sameEndpoint(to, t.from)) {
		pair.state = 'failed';
		pair.failure = `non-symmetric: response came from ${from.address}:${from.port}, the check went to ${t.to.address}:${t.to.port}`;
		settleChecklist(ctx);
		considerNomination(ctx);
		return;
	}
	const mapped = getAttribute(message, 'XOR-MAPPED-ADDRESS');
	if (!mapped) return;
	let local = ctx.local.find((c) => c.address === mapped.address && c.port === mapped.port);
	// RFC 8445 §7.2.5.3.1: a mapped address we do not know is a local peer-reflexive candidate.
	if (!local) local = addLocal(ctx, 'prflx', mapped, t.from, undefined, t.priority);
	pair.state = 'succeeded';
	delete pair.failure;
	let valid = pair;
	if (local.id !== pair.local.id && !sameEndpoint(local, pair.local)) {
		const existing = ctx.pairs.find(
			(p) =>
				p.local.address === local.address &&
				p.local.port === local.port &&
				sameEndpoint(p.remote, pair.remote)
		);
		valid = existing ?? {
			local,
			remote: pair.remote,
			localBase: { ...t.from },
			componentId: COMPONENT,
			foundation: `${local.foundation}:${pair.remote.foundation}`,
			priority: pairPriority(ctx, local, pair.remote),
			state: 'succeeded',
			id: ctx.nextPairId++,
			valid: true,
			nominated: false,
			inChecklist: false
		};
		if (!existing) ctx.pairs.push(valid);
	}
	valid.valid = true;
	if (valid !== pair && valid.inChecklist && valid.state !== 'succeeded') valid.state = 'succeeded';
	pair.validPairId = valid.id;
	// RFC 8445 §7.2.5.3.3: unfreeze the pairs sharing the foundation.
	for (const p of ctx.pairs)
		if (p.foundation === pair.foundation && p.state === 'frozen') p.state = 'waiting';
	if (t.useCandidate || (ctx.role === 'controlled' && pair.nominateOnSuccess)) nominate(ctx, valid.id);
	else if (ctx.role === 'controlling' && ctx.selected === undefined) {
		if (ctx.firstValidAt === undefined) {
			ctx.firstValidAt = ctx.now;
			setTimer(ctx, 'nominate', ctx.nominationWaitMs);
		}
		considerNomination(ctx);
	}
	armTa(ctx, ctx.taMs);
}

function nominate(ctx: AgentContext, validPairId: number): void {
	const valid = ctx.pairs.find((p) => p.id === validPairId);
	if (!valid || ctx.selected !== undefined) return;
	valid.nominated = true;
	ctx.selected = valid.id;
	ctx.checklist = 'completed';
	ctx.lastConsent = ctx.now;
	ctx.outbox.push({ type: 'cancel', name: 'nominate' });
	// RFC 8445 §8.1.2: once a pair is nominated, Waiting and Frozen pairs leave the checklist and In-Progress
	// pairs of lower priority stop retransmitting; checks on pairs of higher priority go on until they end.
	const cancelled = `cancelled: pair #${valid.id} was nominated (RFC 8445 §8.1.2)`;
	for (const [key, t] of Object.entries(ctx.tx)) {
		if (t.kind !== 'check') continue;
		const p = ctx.pairs.find((q) => q.id === t.pairId);
		if (p && p.priority > valid.priority && p.state === 'in-progress') continue;
		delete ctx.tx[key];
		ctx.outbox.push({ type: 'cancel', name: `rtx:${key}` });
		if (p && p.state === 'in-progress') {
			p.state = 'failed';
			p.failure = cancelled;
		}
	}
	for (const p of ctx.pairs) {
		if (p.inChecklist && (p.state === 'waiting' || p.state === 'frozen')) {
			p.state = 'failed';
			p.failure = cancelled;
		}
	}
	ctx.triggered = [];
	ctx.outbox.push({ type: 'cancel', name: 'ta' });
	ctx.taArmed = false;
	if (!ctx.lite) {
		// Consent freshness (RFC 7675) keeps the line open: checks every ~5 s, expiry after 30 s unanswered.
		setTimer(ctx, 'consent', consentInterval(ctx));
		setTimer(ctx, 'consent-expiry', ctx.consentTimeoutMs);
	}
	if (isRelayed(ctx, valid.localBase)) bindChannel(ctx, valid.remote);
}
