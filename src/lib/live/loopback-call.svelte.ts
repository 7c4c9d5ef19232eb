// The loopback call: two real RTCPeerConnections in this page (the caller sends synthetic video and audio and
// opens a data channel; the callee answers), a visible signaling channel with an adjustable delay between them,
// and beside each pc a JsepModel fed every API call the page makes and every event the transports report, so
// the model's predicted states can be compared with what the browser reports.
import { flushSync } from 'svelte';
import {
	compare,
	JsepModel,
	type ApiCall,
	type Disagreement,
	type FiredEvent,
	type Prediction
} from '$lib/sim/jsep';
import type { IceTransportState, DtlsTransportState, SessionDescription } from '$lib/sim/jsep';
import { createSyntheticMedia, type SyntheticMedia } from './synthetic-media';
import { iceUfrag } from './sdp-diff';
import { webrtcInternalsDump } from './dump';
import { settle, type PendingDisagreement } from './settle';
import { reportToRecord, type StatsObject, type StatsSample } from './stats';
import { DataChannelLab } from './data-channel.svelte';
import { capture, type SourceKind, type SourceProblem } from './media-sources';
import { acceptSimulcast, SIMULCAST_LAYERS } from './simulcast';

export type PcName = 'caller' | 'callee';
export const PC_NAMES: readonly PcName[] = ['caller', 'callee'];

export const STATE_FIELDS = [
	'signalingState',
	'iceGatheringState',
	'iceConnectionState',
	'connectionState'
] as const;
export type StateField = (typeof STATE_FIELDS)[number];
export type StateView = Record<StateField, string>;

export interface Transition {
	t: number;
	field: StateField;
	value: string;
}

export interface LocalCandidate {
	t: number;
	candidate: string;
	sdpMid: string | null;
}

export interface SignalMessage {
	seq: number;
	from: PcName;
	kind: 'offer' | 'answer' | 'candidate' | 'end-of-candidates';
	body: string;
	sentAt: number;
	deliverAt: number;
	deliveredAt: number | null;
}

export type LogKind = 'api' | 'result' | 'event' | 'model' | 'signal' | 'mismatch' | 'error' | 'info';

export interface LogEntry {
	seq: number;
	t: number;
	pc: PcName | 'channel';
	kind: LogKind;
	text: string;
}

export interface FlaggedDisagreement extends Disagreement {
	t: number;
	pc: PcName;
}

/** One offer/answer exchange: the first, and each renegotiation (codec change, ICE restart). */
export interface NegotiationRound {
	n: number;
	reason: 'initial' | 'codec' | 'ice-restart' | 'simulcast';
	offer: string;
	answer: string | null;
	/** Lines the lab added to the answer before the caller applied it (simulcast: see ./simulcast). */
	answerAdded?: string[];
}

/** What the last source switch did: replaceTrack only, so the number of offers stays the same. */
export interface SourceSwitch {
	to: SourceKind;
	offersBefore: number;
	offersAfter: number;
	negotiationNeededBefore: number;
	negotiationNeededAfter: number;
}

export type CallStatus = 'idle' | 'starting' | 'connected' | 'failed' | 'closed' | 'unsupported';

export interface PcView {
	browser: StateView;
	model: StateView;
	browserHistory: Transition[];
	modelHistory: Transition[];
	candidates: LocalCandidate[];
	/** Differences that held for the grace period (see ./settle). */
	disagreements: Disagreement[];
	/** Differences seen for less than the grace period: the browser may still be catching up. */
	settling: Disagreement[];
}

const NEW_STATES: StateView = {
	signalingState: 'stable',
	iceGatheringState: 'new',
	iceConnectionState: 'new',
	connectionState: 'new'
};

const EVENT_FIELD: Partial<Record<FiredEvent['name'], StateField>> = {
	signalingstatechange: 'signalingState',
	icegatheringstatechange: 'iceGatheringState',
	iceconnectionstatechange: 'iceConnectionState',
	connectionstatechange: 'connectionState'
};

/** The User Timing measure around each stats tick (see #sample). */
export const STATS_TICK_MEASURE = 'loopback:stats-tick';

/** Keeps this many stats samples (one a second). */
const MAX_SAMPLES = 180;
/** A comparison waits this long after the last event, so both sides have settled. */
const SETTLE_MS = 60;

const emptyView = (): PcView => ({
	browser: { ...NEW_STATES },
	model: { ...NEW_STATES },
	browserHistory: [],
	modelHistory: [],
	candidates: [],
	disagreements: [],
	settling: []
});

function describeEvent(e: FiredEvent): string {
	if (e.name === 'icecandidate')
		return e.candidate === null ? 'icecandidate (null: gathering done)' : 'icecandidate';
	return 'state' in e ? `${e.name} → ${e.state}` : e.name;
}

/** RTCSessionDescription as the model's type (a description is never 'rollback' once applied). */
function plainDescription(d: RTCSessionDescription | null): SessionDescription | null {
	if (!d || d.type === 'rollback') return null;
	return { type: d.type, sdp: d.sdp };
}

/**
 * pc.localDescription / remoteDescription as the model's type. Firefox (ESR 153) throws InvalidStateError from
 * these getters once the pc is closed, where the spec keeps returning the last descriptions; then undefined
 * (not compared).
 */
function readDescription(
	pc: RTCPeerConnection,
	which: 'localDescription' | 'remoteDescription'
): SessionDescription | null | undefined {
	try {
		return plainDescription(pc[which]);
	} catch {
		return undefined;
	}
}

export function webrtcSupported(): boolean {
	return (
		typeof RTCPeerConnection === 'function' && typeof HTMLCanvasElement.prototype.captureStream === 'function'
	);
}

export class LoopbackCall {
	status = $state<CallStatus>('idle');
	error = $state<string | null>(null);
	/** Signaling channel one-way delay, milliseconds. */
	delay = $state(0);
	views = $state<Record<PcName, PcView>>({ caller: emptyView(), callee: emptyView() });
	messages = $state<SignalMessage[]>([]);
	log = $state<LogEntry[]>([]);
	flagged = $state<FlaggedDisagreement[]>([]);
	samples = $state.raw<StatsSample[]>([]);
	rounds = $state<NegotiationRound[]>([]);
	/** mimeType of the codec the caller's video sender uses now (outbound-rtp → codec). */
	videoCodec = $derived.by(() => {
		const record = this.samples.at(-1)?.caller;
		if (!record) return null;
		const out = Object.values(record).find(
			(s) => s.type === 'outbound-rtp' && s.kind === 'video' && s.active !== false
		);
		const codec = typeof out?.codecId === 'string' ? record[out.codecId] : undefined;
		return typeof codec?.mimeType === 'string' ? codec.mimeType : null;
	});
	muted = $state<Record<'audio' | 'video', boolean>>({ audio: false, video: false });
	maxBitrate = $state<number | null>(null);
	/**
	 * Ask for microphone permission before the call. Chromium hides a host candidate's private IP address behind
	 * a random .local (mDNS) name unless the page may capture media; with permission it offers the address.
	 */
	askPermission = $state(false);
	/** True while a renegotiation is under way (the controls wait for it). */
	negotiating = $state(false);
	dataChannelState = $state<string>('—');
	dataMessages = $state(0);
	/** Current time since the call started, updated a few times a second for in-flight messages. */
	now = $state(0);
	/** The synthetic video, to show what is sent. */
	canvas = $state.raw<HTMLCanvasElement | null>(null);
	/** The remote stream the callee receives. */
	remoteStream = $state.raw<MediaStream | null>(null);
	/** ICE servers and transport policy for both pcs (e.g. relay-only through a TURN server); read at start. */
	rtcConfiguration = $state.raw<Pick<RTCConfiguration, 'iceServers' | 'iceTransportPolicy'>>({});

	constructor(
		options: { rtcConfiguration?: Pick<RTCConfiguration, 'iceServers' | 'iceTransportPolicy'> } = {}
	) {
		if (options.rtcConfiguration) this.rtcConfiguration = options.rtcConfiguration;
	}
	/** The chat and the throughput test on the data channels. */
	data = new DataChannelLab(() => this.#time());
	/** What the caller sends: the synthetic media, or a camera or screen swapped in with replaceTrack. */
	source = $state<SourceKind>('synthetic');
	/** The captured camera or screen, for the local preview (null while the synthetic media is sent). */
	localStream = $state.raw<MediaStream | null>(null);
	/** The label of the video track the caller sends now. */
	sourceLabel = $state('');
	/** Why the last camera/screen request failed; the call kept (or went back to) the synthetic media. */
	sourceProblem = $state<{ kind: SourceKind; problem: SourceProblem; detail: string } | null>(null);
	lastSwitch = $state<SourceSwitch | null>(null);
	switchingSource = $state(false);
	/** negotiationneeded events the caller fired in this call. */
	negotiationNeeded = $state(0);
	/** True while the caller's video goes out as three simulcast layers (rids q, h, f). */
	simulcast = $state(false);
	/** scaleResolutionDownBy of the caller's single video encoding (simulcast layers have their own). */
	scaleDown = $state(1);

	#pcs: Partial<Record<PcName, RTCPeerConnection>> = {};
	#models: Partial<Record<PcName, JsepModel>> = {};
	#media: SyntheticMedia | null = null;
	#channel: RTCDataChannel | null = null;
	#captured: MediaStream | null = null;
	#rtcConfiguration = '{}';
	#t0 = 0;
	#startedAt = 0;
	#seq = 0;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#timers = new Set<ReturnType<typeof setTimeout>>();
	#lastDeliver: Record<PcName, number> = { caller: 0, callee: 0 };
	#checkTimer: ReturnType<typeof setTimeout> | null = null;
	#sampler: ReturnType<typeof setInterval> | null = null;
	#clock: ReturnType<typeof setInterval> | null = null;
	#pending: Record<PcName, PendingDisagreement[]> = { caller: [], callee: [] };
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	#attached = new Map<PcName, RTCDtlsTransport>();
	/** Closed by hang-up: every late callback checks it. */
	#ended = false;
	/**
	 * While the first exchange runs with no signaling delay, what the page observes (log, model, views) is queued
	 * here and replayed once the first remote frame is shown: see #observe. null: observed at once.
	 */
	#deferred: { at: number; fn: () => void }[] | null = null;
	/** What `deferring` shows: set with Start's other state (see #startUi), cleared by the replay. */
	#deferringShown = $state(false);
	/**
	 * Start's own state writes (status, preview, data channel state…). With no signaling delay they are made when
	 * both peers are connected (or one fails or closes), or 100 ms after the click, whichever comes first: 100 ms
	 * is the budget within which a response to a click still feels immediate, and a loopback call is usually up
	 * before it. Any redraw before that lands between two steps of the exchange and holds the next one up
	 * (`npm run bench` measures it). Anything else that comes first (a failure, a control, the replay, the
	 * permission prompt) makes them at once. null once made.
	 */
	#startUi: (() => void) | null = null;
	#startUiTimer: ReturnType<typeof setTimeout> | null = null;
	/** During a replay, the moment the replayed observation was made (so its timestamps stay exact). */
	#replayAt: number | null = null;
	#releaseTimer: ReturnType<typeof setTimeout> | null = null;
	/** False until the first Start: the reactive state is still as constructed. */
	#used = false;
	/**
	 * True while the page defers its panels during the first, undelayed exchange (see #observe); the call itself
	 * runs as usual.
	 */
	get deferring(): boolean {
		return this.#deferringShown;
	}

	get running(): boolean {
		return this.#startUi !== null || this.status === 'starting' || this.status === 'connected';
	}

	/** Makes Start's state writes now, if they are still to be made (see #startUi). */
	#applyStartUi(): void {
		if (this.#startUiTimer) clearTimeout(this.#startUiTimer);
		this.#startUiTimer = null;
		const apply = this.#startUi;
		this.#startUi = null;
		apply?.();
	}

	#time(): number {
		return Math.round((this.#replayAt ?? performance.now()) - this.#t0);
	}

	/**
	 * Runs `fn`, the page's bookkeeping of something it saw (log, model, views), now — or, while the first
	 * exchange runs with no signaling delay, later: each step of the call would otherwise wait behind the
	 * rendering of what the step before it changed, and the lab would connect several times slower than a bare
	 * page (`npm run bench` compares them). Queued observations are replayed in order, each with the time it
	 * was made, once the first remote frame is shown (#flushObserved); the call's own steps never wait for them.
	 */
	#observe(fn: () => void): void {
		if (this.#deferred) this.#deferred.push({ at: performance.now(), fn });
		else fn();
	}

	/** Replays every deferred observation, then observes at once from here on. */
	#flushObserved(): void {
		this.#applyStartUi();
		const queue = this.#deferred;
		if (this.#releaseTimer) clearTimeout(this.#releaseTimer);
		this.#releaseTimer = null;
		if (!queue) return;
		this.#deferred = null;
		this.#deferringShown = false;
		for (const { at, fn } of queue) {
			this.#replayAt = at;
			try {
				fn();
			} finally {
				this.#replayAt = null;
			}
		}
		if (!this.#ended) this.#scheduleCheck();
	}

	/**
	 * The page shows the remote video: replay what was deferred at the next idle moment, after the frame is
	 * painted. Called by the page (its video element's loadeddata); a timer does it anyway 2 s after Start.
	 */
	remoteFrameShown(): void {
		if (!this.#deferred) return;
		if (typeof requestIdleCallback === 'function')
			requestIdleCallback(() => this.#flushObserved(), { timeout: 300 });
		else setTimeout(() => this.#flushObserved(), 0);
	}

	#addLog(pc: LogEntry['pc'], kind: LogKind, text: string): void {
		const seq = this.#seq++;
		this.#observe(() => this.log.push({ seq, t: this.#time(), pc, kind, text }));
	}

	#later(ms: number, fn: () => void): void {
		const id = setTimeout(() => {
			this.#timers.delete(id);
			if (!this.#ended) fn();
		}, ms);
		this.#timers.add(id);
	}

	// ---- the model side ---------------------------------------------------------------------------------

	#recordPrediction(pc: PcName, p: Prediction, source: string): void {
		const events = p.events.map(describeEvent);
		if (events.length) this.#addLog(pc, 'model', `${source}: ${events.join(', ')}`);
		for (const e of p.events) {
			const field = EVENT_FIELD[e.name];
			if (field && 'state' in e) this.views[pc].modelHistory.push({ t: this.#time(), field, value: e.state });
		}
		const s = p.state;
		this.views[pc].model = {
			signalingState: s.signalingState,
			iceGatheringState: s.iceGatheringState,
			iceConnectionState: s.iceConnectionState,
			connectionState: s.connectionState
		};
	}

	#feed(pc: PcName, call: ApiCall): Prediction | undefined {
		const model = this.#models[pc];
		if (!model) return undefined;
		const p = model.call(call);
		this.#recordPrediction(pc, p, call.type.replace('api.', ''));
		return p;
	}

	#feedTransport(
		pc: PcName,
		event:
			| { type: 'transport.iceState'; state: IceTransportState }
			| { type: 'transport.dtlsState'; state: DtlsTransportState }
			| { type: 'transport.gatheringComplete' }
			| { type: 'transport.iceCandidate'; candidate: string }
	): void {
		const model = this.#models[pc];
		if (!model) return;
		const label =
			event.type === 'transport.iceState'
				? `RTCIceTransport ${event.state}`
				: event.type === 'transport.dtlsState'
					? `RTCDtlsTransport ${event.state}`
					: event.type === 'transport.gatheringComplete'
						? 'RTCIceTransport gathering complete'
						: 'candidate gathered';
		this.#recordPrediction(pc, model.transport(event), label);
		this.#scheduleCheck();
	}

	/** Deliberately feeds one pc's model a call the page never made, to show how a disagreement is flagged. */
	injectMismatch(pc: PcName = 'caller'): void {
		this.#flushObserved();
		if (!this.#models[pc]) return;
		this.#addLog(pc, 'info', 'injected into the model only: setRemoteDescription(offer)');
		this.#feed(pc, { type: 'api.setRemoteDescription', description: { type: 'offer', sdp: '' } });
		this.#scheduleCheck();
	}

	#scheduleCheck(): void {
		if (this.#checkTimer) clearTimeout(this.#checkTimer);
		this.#checkTimer = setTimeout(() => {
			this.#checkTimer = null;
			this.#check();
		}, SETTLE_MS);
	}

	#check(): void {
		// The model lags behind the browser while observations are deferred: compare after the replay.
		if (this.#deferred) return;
		for (const name of PC_NAMES) {
			const pc = this.#pcs[name];
			const model = this.#models[name];
			if (!pc || !model) continue;
			this.#readBrowser(name);
			const found = compare(model.snapshot(), {
				signalingState: pc.signalingState,
				iceGatheringState: pc.iceGatheringState,
				iceConnectionState: pc.iceConnectionState,
				connectionState: pc.connectionState,
				localDescription: readDescription(pc, 'localDescription'),
				remoteDescription: readDescription(pc, 'remoteDescription')
			});
			const settled = settle(this.#pending[name], found, this.#time());
			this.#pending[name] = settled.pending;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never rendered
			const before = new Set(this.views[name].disagreements.map((d) => d.field));
			for (const d of settled.confirmed) {
				if (!before.has(d.field)) {
					this.flagged.push({ ...d, t: this.#time(), pc: name });
					this.#addLog(name, 'mismatch', `${d.field}: model ${d.predicted}, browser ${d.reported}`);
				}
			}
			this.views[name].disagreements = settled.confirmed;
			this.views[name].settling = settled.settling;
		}
	}

	// ---- the browser side -------------------------------------------------------------------------------

	#readBrowser(name: PcName): void {
		const pc = this.#pcs[name];
		if (!pc) return;
		this.views[name].browser = {
			signalingState: pc.signalingState,
			iceGatheringState: pc.iceGatheringState,
			iceConnectionState: pc.iceConnectionState,
			connectionState: pc.connectionState
		};
	}

	/** Runs one API call on a real pc with the model's prediction beside it. */
	async #api<T>(name: PcName, call: ApiCall | null, label: string, run: () => Promise<T> | T): Promise<T> {
		// The browser starts the call first; the model is fed the same call right after, in the same task, before
		// any event the call causes can be dispatched (the model's order of inputs is the page's).
		let pending: Promise<T> | T | undefined;
		let thrown: { error: unknown } | null = null;
		try {
			pending = run();
		} catch (error) {
			thrown = { error };
		}
		const prediction = this.#called(name, call, label);
		try {
			if (thrown) throw thrown.error;
			const result = await (pending as Promise<T> | T);
			this.#resolved(name, label, prediction);
			return result;
		} catch (e) {
			this.#rejected(name, label, prediction, e);
			throw e;
		} finally {
			this.#attachTransport(name);
			this.#scheduleCheck();
		}
	}

	/**
	 * #api for a call that returns at once (addTrack, createDataChannel), without an await: what the page does
	 * next — at Start, createOffer — then starts in the same task, not after the page has redrawn.
	 */
	#apiSync<T>(name: PcName, call: ApiCall | null, label: string, run: () => T): T {
		try {
			const result = run();
			this.#resolved(name, label, this.#called(name, call, label));
			return result;
		} catch (e) {
			this.#rejected(name, label, this.#called(name, call, label), e);
			throw e;
		} finally {
			this.#attachTransport(name);
			this.#scheduleCheck();
		}
	}

	/** The model is fed the call (its prediction comes back in the holder, once observed) and the log shows it. */
	#called(name: PcName, call: ApiCall | null, label: string): { prediction?: Prediction } {
		const holder: { prediction?: Prediction } = {};
		this.#observe(() => {
			holder.prediction = call ? this.#feed(name, call) : undefined;
		});
		this.#addLog(name, 'api', label);
		return holder;
	}

	#resolved(name: PcName, label: string, holder: { prediction?: Prediction }): void {
		this.#addLog(name, 'result', `${label} ✓`);
		this.#observe(() => {
			const p = holder.prediction;
			if (p && !p.ok) this.#flagPromise(name, label, `rejects (${p.error?.name})`, 'resolves');
		});
	}

	#rejected(name: PcName, label: string, holder: { prediction?: Prediction }, e: unknown): void {
		const err = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
		this.#addLog(name, 'error', `${label} ✗ ${err}`);
		this.#observe(() => {
			if (holder.prediction?.ok) this.#flagPromise(name, label, 'resolves', `rejects (${(e as Error).name})`);
		});
	}

	#flagPromise(pc: PcName, label: string, predicted: string, reported: string): void {
		this.flagged.push({ field: `${label} promise`, predicted, reported, t: this.#time(), pc });
		this.#addLog(pc, 'mismatch', `${label}: model ${predicted}, browser ${reported}`);
	}

	/** Listens to the pc's RTCDtlsTransport and its RTCIceTransport (one with max-bundle) once they exist. */
	#attachTransport(name: PcName): void {
		const pc = this.#pcs[name];
		if (!pc || pc.signalingState === 'closed') return;
		const dtls =
			pc.getSenders().find((s) => s.transport)?.transport ??
			pc.getReceivers().find((r) => r.transport)?.transport ??
			pc.sctp?.transport ??
			null;
		if (!dtls || this.#attached.get(name) === dtls) return;
		this.#attached.set(name, dtls);
		const ice = dtls.iceTransport;
		const onIce = () => {
			const state = ice.state;
			if (!this.#ended) this.#observe(() => this.#feedTransport(name, { type: 'transport.iceState', state }));
		};
		const onDtls = () => {
			const state = dtls.state;
			if (!this.#ended)
				this.#observe(() => this.#feedTransport(name, { type: 'transport.dtlsState', state }));
		};
		// Chromium fires the RTCIceTransport's gatheringstatechange (complete) before the pc has delivered that
		// transport's last icecandidate events; the model is told "gathering complete" by the pc's own
		// end-of-candidates event instead (see the icecandidate listener), so it sees them in the pc's order.
		const onGathering = () => {
			if (!this.#ended)
				this.#addLog(name, 'event', `RTCIceTransport gatheringstatechange → ${ice.gatheringState}`);
		};
		ice.addEventListener('statechange', onIce);
		ice.addEventListener('gatheringstatechange', onGathering);
		dtls.addEventListener('statechange', onDtls);
		// States reached before we could listen.
		if (ice.state !== 'new') onIce();
		if (dtls.state !== 'new') onDtls();
	}

	#wire(name: PcName, pc: RTCPeerConnection): void {
		const stateEvent = (event: string, field: StateField) => {
			pc.addEventListener(event, () => {
				if (this.#ended) return;
				const value = pc[field];
				this.#addLog(name, 'event', `${event} → ${value}`);
				this.#observe(() => {
					this.views[name].browserHistory.push({ t: this.#time(), field, value });
					this.#readBrowser(name);
				});
				this.#attachTransport(name);
				this.#scheduleCheck();
				if (field === 'connectionState') this.#onConnectionState();
			});
		};
		stateEvent('signalingstatechange', 'signalingState');
		stateEvent('icegatheringstatechange', 'iceGatheringState');
		stateEvent('iceconnectionstatechange', 'iceConnectionState');
		stateEvent('connectionstatechange', 'connectionState');
		pc.addEventListener('negotiationneeded', () => {
			if (this.#ended) return;
			this.#addLog(name, 'event', 'negotiationneeded');
			if (name === 'caller') this.negotiationNeeded++;
		});
		pc.addEventListener('icecandidate', (e) => {
			if (this.#ended) return;
			this.#attachTransport(name);
			if (e.candidate && e.candidate.candidate) {
				const { candidate, sdpMid } = e.candidate;
				this.#addLog(name, 'event', `icecandidate ${candidate}`);
				this.#observe(() => {
					this.views[name].candidates.push({ t: this.#time(), candidate, sdpMid });
					this.#feedTransport(name, { type: 'transport.iceCandidate', candidate });
				});
				this.#send(name, 'candidate', JSON.stringify(e.candidate.toJSON()));
			} else if (!e.candidate) {
				this.#addLog(name, 'event', 'icecandidate null (end of candidates)');
				this.#observe(() => this.#feedTransport(name, { type: 'transport.gatheringComplete' }));
				this.#send(name, 'end-of-candidates', '');
			}
		});
		pc.addEventListener('icecandidateerror', (e) => {
			const ev = e as RTCPeerConnectionIceErrorEvent;
			if (!this.#ended)
				this.#addLog(name, 'error', `icecandidateerror ${ev.errorCode} ${ev.errorText} ${ev.url}`);
		});
		if (name === 'callee') {
			pc.addEventListener('track', (e) => {
				if (this.#ended) return;
				this.#addLog(name, 'event', `track ${e.track.kind}`);
				this.remoteStream = e.streams[0] ?? new MediaStream([e.track]);
			});
			pc.addEventListener('datachannel', (e) => {
				if (this.#ended) return;
				this.#addLog(name, 'event', `datachannel "${e.channel.label}"`);
				this.data.attach('callee', e.channel);
				e.channel.addEventListener('message', (m) => {
					if (this.#ended) return;
					this.dataMessages++;
					this.#addLog(name, 'event', `data channel message: ${String(m.data)}`);
				});
			});
		}
	}

	#onConnectionState(): void {
		const states = PC_NAMES.map((n) => this.#pcs[n]?.connectionState);
		const up = states.every((s) => s === 'connected');
		// Start's writes wait for the call to be up (see #startUi); "connecting" is not yet. A failure makes them
		// below, through #flushObserved (close() fires no connectionstatechange: hang-up makes them itself).
		if (up) this.#applyStartUi();
		// Shown with the rest of the first exchange (see #observe): redrawing the controls would delay the picture.
		if (up && this.status === 'starting')
			this.#observe(() => {
				if (this.status === 'starting') this.status = 'connected';
			});
		if (states.some((s) => s === 'failed') && this.running) {
			this.#flushObserved();
			this.status = 'failed';
			this.error = 'ice-failed';
		}
	}

	// ---- the signaling channel --------------------------------------------------------------------------

	#send(from: PcName, kind: SignalMessage['kind'], body: string): void {
		const to: PcName = from === 'caller' ? 'callee' : 'caller';
		const sentAt = this.#time();
		// The channel keeps order, like a WebSocket: a message never overtakes the one before it.
		const deliverAt = Math.max(sentAt + this.delay, this.#lastDeliver[from]);
		this.#lastDeliver[from] = deliverAt;
		const message: SignalMessage = {
			seq: this.#seq++,
			from,
			kind,
			body,
			sentAt,
			deliverAt,
			deliveredAt: null
		};
		this.#observe(() => this.messages.push(message));
		this.#addLog('channel', 'signal', `${from} → ${to}: ${kind}`);
		const deliver = () => {
			this.#observe(() => {
				const m = this.messages.find((x) => x.seq === message.seq);
				if (m) m.deliveredAt = this.#time();
			});
			// Handled as it arrives, as a page's onmessage would: #receive makes its first call to the pc at once,
			// so a candidate that arrives while the offer is still being applied is chained after it by the pc's
			// own operations chain (webrtc-pc §4.4.1.2), not held back until the answer has been sent.
			this.#receive(to, kind, body).catch((e) => this.#fail(e));
		};
		// With no delay and nothing still in flight, deliver in a microtask: a timer task would wait behind the
		// page's rendering and slow the call down for nothing. Otherwise a timer, which keeps the order.
		if (deliverAt === sentAt && this.#timers.size === 0)
			queueMicrotask(() => {
				if (!this.#ended) deliver();
			});
		else this.#later(deliverAt - sentAt, deliver);
	}

	async #receive(to: PcName, kind: SignalMessage['kind'], body: string): Promise<void> {
		const pc = this.#pcs[to];
		if (!pc) return;
		if (kind === 'offer') {
			const previous = iceUfrag(pc.remoteDescription?.sdp);
			const iceRestart = previous !== null && previous !== iceUfrag(body);
			await this.#api(
				to,
				{ type: 'api.setRemoteDescription', description: { type: 'offer', sdp: body }, iceRestart },
				'setRemoteDescription(offer)',
				() => pc.setRemoteDescription({ type: 'offer', sdp: body })
			);
			const answer = await this.#api(to, null, 'createAnswer()', () => pc.createAnswer());
			this.#observe(() => this.#feed(to, { type: 'api.createAnswer', sdp: answer.sdp }));
			await this.#api(
				to,
				{ type: 'api.setLocalDescription', description: { type: 'answer', sdp: answer.sdp } },
				'setLocalDescription(answer)',
				() => pc.setLocalDescription(answer)
			);
			const sdp = pc.localDescription?.sdp ?? answer.sdp ?? '';
			this.#send(to, 'answer', sdp);
			this.#observe(() => {
				const round = this.rounds.at(-1);
				if (round) round.answer = sdp;
			});
		} else if (kind === 'answer') {
			// Simulcast: the lab answers for the caller as an SFU would (see ./simulcast); otherwise unchanged.
			const { sdp, added } = acceptSimulcast(pc.localDescription?.sdp ?? '', body);
			if (added.length) {
				this.#addLog('channel', 'info', `answer rewritten as an SFU would answer: ${added.join(' ')}`);
				this.#observe(() => {
					const round = this.rounds.at(-1);
					if (round) round.answerAdded = added;
				});
			}
			await this.#api(
				to,
				{ type: 'api.setRemoteDescription', description: { type: 'answer', sdp } },
				'setRemoteDescription(answer)',
				() => pc.setRemoteDescription({ type: 'answer', sdp })
			);
			// Shown with the rest of the first exchange (see #observe), after Start's own writes.
			this.#observe(() => (this.negotiating = false));
		} else if (kind === 'candidate') {
			const init = JSON.parse(body) as RTCIceCandidateInit;
			await this.#api(
				to,
				{ type: 'api.addIceCandidate', candidate: init.candidate },
				'addIceCandidate()',
				() => pc.addIceCandidate(init)
			);
		}
	}

	// ---- start, sample, hang up -------------------------------------------------------------------------

	async start(): Promise<void> {
		if (this.running) return;
		if (!webrtcSupported()) {
			this.status = 'unsupported';
			return;
		}
		// A failed call is still open: close it before its pcs are forgotten.
		if (this.#pcs.caller) this.hangUp();
		this.#reset();
		this.#t0 = performance.now();
		// With no delay, what Start changes on the page is written once the call is up (see #startUi), else at once.
		const writes: (() => void)[] = [];
		const apply = () => writes.forEach((w) => w());
		const ui = (w: () => void) => (this.#startUi === apply ? writes.push(w) : w());
		if (this.delay === 0) {
			this.#startUi = apply;
			// Not one of #timers: those would make the channel deliver by timer (see #send).
			this.#startUiTimer = setTimeout(() => this.#applyStartUi(), 100);
		}
		ui(() => (this.status = 'starting'));
		// With no signaling delay the first exchange is over in a fraction of a second, too fast to watch step by
		// step: the panels fill in once the first remote frame is shown (see #observe). With a delay, live.
		if (this.delay === 0) {
			this.#deferred = [];
			ui(() => (this.#deferringShown = this.#deferred !== null));
			this.#releaseTimer = setTimeout(() => this.#flushObserved(), 2000);
		}
		this.#startedAt = Date.now();
		let ticks = 0;
		this.#clock = setInterval(() => {
			// Nothing in flight is drawn while the bookkeeping is held back: no need to redraw the page for it.
			if (this.#deferred) return;
			this.now = this.#time();
			// Re-compare now and then even when nothing fires, so a settling difference gets confirmed or cleared.
			if (++ticks % 3 === 0) this.#check();
		}, 100);
		try {
			if (this.askPermission) {
				this.#applyStartUi();
				await this.#askPermission();
			}
			const media = (this.#media = createSyntheticMedia());
			ui(() => (this.canvas = media.canvas));
			for (const name of PC_NAMES) {
				// max-bundle: one transport from the first offer on, as browsers negotiate in practice.
				const pc = new RTCPeerConnection({ ...this.rtcConfiguration, bundlePolicy: 'max-bundle' });
				this.#pcs[name] = pc;
				this.#observe(() => (this.#models[name] = new JsepModel({ name })));
				this.#wire(name, pc);
			}
			this.#rtcConfiguration = JSON.stringify(this.#pcs.caller!.getConfiguration());
			const label = media.stream.getVideoTracks()[0]?.label ?? '';
			ui(() => (this.sourceLabel = label));
			const caller = this.#pcs.caller!;
			const stream = this.#media.stream;
			for (const track of stream.getTracks()) {
				this.#apiSync('caller', { type: 'api.addTrack' }, `addTrack(${track.kind})`, () =>
					caller.addTrack(track, stream)
				);
			}
			this.#channel = this.#apiSync(
				'caller',
				{ type: 'api.createDataChannel' },
				'createDataChannel("lab")',
				() => caller.createDataChannel('lab')
			);
			const channel = this.#channel;
			const onDc = () => {
				if (this.#ended) return;
				const state = channel.readyState;
				this.#addLog('caller', 'event', `data channel ${state}`);
				this.#observe(() => {
					this.dataChannelState = state;
					if (state === 'open') this.sendData();
				});
			};
			channel.addEventListener('open', onDc);
			channel.addEventListener('close', onDc);
			this.data.attach('caller', channel);
			ui(() => (this.dataChannelState = channel.readyState));
			ui(() => (this.negotiating = true));
			await this.#negotiate('initial');
			this.#sampler = setInterval(() => void this.#sample(), 1000);
		} catch (e) {
			this.#fail(e);
		}
	}

	/** The caller makes an offer and sends it; the callee's answer comes back through the channel. */
	async #negotiate(reason: NegotiationRound['reason']): Promise<void> {
		const caller = this.#pcs.caller;
		if (!caller) return;
		// The first round's is one of Start's writes (see start()).
		if (reason !== 'initial') this.negotiating = true;
		const offer = await this.#api('caller', null, 'createOffer()', () => caller.createOffer());
		this.#observe(() => this.#feed('caller', { type: 'api.createOffer', sdp: offer.sdp }));
		await this.#api(
			'caller',
			{ type: 'api.setLocalDescription', description: { type: 'offer', sdp: offer.sdp } },
			'setLocalDescription(offer)',
			() => caller.setLocalDescription(offer)
		);
		const sdp = caller.localDescription?.sdp ?? offer.sdp ?? '';
		this.#send('caller', 'offer', sdp);
		this.#observe(() => this.rounds.push({ n: this.rounds.length + 1, reason, offer: sdp, answer: null }));
	}

	#videoTransceiver(): RTCRtpTransceiver | undefined {
		return this.#pcs.caller
			?.getTransceivers()
			.find(
				(t) =>
					t.sender.track?.kind === 'video' && t.currentDirection !== 'stopped' && t.direction !== 'stopped'
			);
	}

	/** Video codecs this browser can send (without the repair formats rtx, red, ulpfec, flexfec). */
	videoCodecs(): string[] {
		const caps =
			typeof RTCRtpSender !== 'undefined' && typeof RTCRtpSender.getCapabilities === 'function'
				? RTCRtpSender.getCapabilities('video')
				: null;
		const names = (caps?.codecs ?? [])
			.map((c) => c.mimeType)
			.filter((n) => !/\/(rtx|red|ulpfec|flexfec-03)$/i.test(n));
		return names.filter((n, i) => names.indexOf(n) === i);
	}

	/** setCodecPreferences on the caller's video transceiver, then renegotiate so the new order takes effect. */
	async preferCodec(mimeType: string): Promise<void> {
		this.#flushObserved();
		const transceiver = this.#videoTransceiver();
		const caps = RTCRtpSender.getCapabilities('video')?.codecs ?? [];
		if (!transceiver || !this.running || this.negotiating) return;
		const first = caps.filter((c) => c.mimeType === mimeType);
		const rest = caps.filter((c) => c.mimeType !== mimeType);
		try {
			// The model has no state for codec preferences; only the renegotiation that follows is fed to it.
			await this.#api('caller', null, `videoTransceiver.setCodecPreferences([${mimeType}, …])`, () =>
				transceiver.setCodecPreferences([...first, ...rest])
			);
			await this.#negotiate('codec');
		} catch (e) {
			this.negotiating = false;
			this.#addLog('caller', 'error', String(e));
		}
	}

	/** RTCRtpSender.setParameters: a ceiling for the video encoder, no renegotiation needed. */
	async setMaxBitrate(kbps: number | null): Promise<void> {
		this.#flushObserved();
		const sender = this.#videoTransceiver()?.sender;
		if (!sender || !this.running) return;
		const params = sender.getParameters();
		for (const encoding of params.encodings ?? []) {
			if (kbps === null) delete encoding.maxBitrate;
			else encoding.maxBitrate = kbps * 1000;
		}
		try {
			const label = kbps === null ? 'none' : `${kbps} kbit/s`;
			await this.#api('caller', null, `videoSender.setParameters(maxBitrate: ${label})`, () =>
				sender.setParameters(params)
			);
			this.maxBitrate = kbps;
		} catch {
			// #api logged it
		}
	}

	/** track.enabled = false: the sender keeps sending, but black frames and silence. */
	toggleMute(kind: 'audio' | 'video'): void {
		this.#flushObserved();
		const track = this.#pcs.caller?.getSenders().find((s) => s.track?.kind === kind)?.track;
		if (!track || !this.running) return;
		track.enabled = !track.enabled;
		this.muted[kind] = !track.enabled;
		this.#addLog('caller', 'api', `${kind}Track.enabled = ${track.enabled}`);
	}

	/** restartIce() marks the next offer to carry new ICE credentials; the offer/answer exchange does the rest. */
	async restartIce(): Promise<void> {
		this.#flushObserved();
		const caller = this.#pcs.caller;
		if (!caller || !this.running || this.negotiating) return;
		try {
			await this.#api('caller', { type: 'api.restartIce' }, 'restartIce()', () => caller.restartIce());
			await this.#negotiate('ice-restart');
		} catch (e) {
			this.negotiating = false;
			this.#fail(e);
		}
	}

	// ---- media sources, simulcast, resolution, data channel ----------------------------------------------

	/** The caller's senders of one kind that still send (a stopped transceiver's sender is left out). */
	#senders(kind: 'audio' | 'video'): RTCRtpSender[] {
		return (this.#pcs.caller?.getTransceivers() ?? [])
			.filter((t) => t.currentDirection !== 'stopped' && t.direction !== 'stopped')
			.map((t) => t.sender)
			.filter((s) => s.track?.kind === kind);
	}

	/**
	 * Sends the synthetic media, the camera and microphone, or a screen. RTCRtpSender.replaceTrack swaps the
	 * track under the running encoder: no negotiationneeded, no new offer (the count of offers stays the same).
	 * A denied permission or a missing device leaves (or puts back) the synthetic media and says why.
	 */
	async useSource(kind: SourceKind): Promise<void> {
		this.#flushObserved();
		const synthetic = this.#media?.stream;
		if (!this.#pcs.caller || !synthetic || !this.running || this.switchingSource) return;
		this.switchingSource = true;
		this.sourceProblem = null;
		const before = { offers: this.rounds.length, needed: this.negotiationNeeded };
		let captured: MediaStream | null = null;
		let target = kind;
		try {
			if (kind !== 'synthetic') {
				this.#addLog(
					'caller',
					'api',
					kind === 'camera'
						? 'navigator.mediaDevices.getUserMedia({ video: true, audio: true })'
						: 'navigator.mediaDevices.getDisplayMedia({ video: true })'
				);
				const got = await capture(kind);
				if (this.#ended) {
					if (got.ok) got.stream.getTracks().forEach((t) => t.stop());
					return;
				}
				if (got.ok) {
					captured = got.stream;
					this.#addLog(
						'caller',
						'result',
						`${kind} ✓ ${captured
							.getTracks()
							.map((t) => t.label)
							.join(', ')}`
					);
				} else {
					this.#addLog('caller', 'error', `${kind} ✗ ${got.detail}`);
					this.sourceProblem = { kind, problem: got.problem, detail: got.detail };
					target = 'synthetic';
				}
			}
			const from = captured ?? synthetic;
			const video = from.getVideoTracks()[0] ?? synthetic.getVideoTracks()[0];
			const audio = from.getAudioTracks()[0] ?? synthetic.getAudioTracks()[0];
			for (const [k, track] of [
				['video', video],
				['audio', audio]
			] as const) {
				track.enabled = !this.muted[k];
				for (const sender of this.#senders(k)) {
					if (sender.track === track) continue;
					await this.#api('caller', null, `${k}Sender.replaceTrack(${track.label || k})`, () =>
						sender.replaceTrack(track)
					);
				}
			}
			if (this.#captured !== captured) this.#captured?.getTracks().forEach((t) => t.stop());
			this.#captured = captured;
			this.localStream = captured;
			this.source = target;
			this.sourceLabel = video.label;
			// The user can end a screen share from the browser's own UI: go back to the synthetic media then.
			captured
				?.getVideoTracks()[0]
				?.addEventListener('ended', () => this.#captured === captured && void this.useSource('synthetic'));
			this.lastSwitch = {
				to: target,
				offersBefore: before.offers,
				offersAfter: this.rounds.length,
				negotiationNeededBefore: before.needed,
				negotiationNeededAfter: this.negotiationNeeded
			};
			this.#addLog(
				'caller',
				'info',
				`replaceTrack: still ${this.rounds.length} offer(s), ${this.negotiationNeeded - before.needed} negotiationneeded — no renegotiation`
			);
		} catch (e) {
			captured?.getTracks().forEach((t) => t.stop());
			this.#addLog('caller', 'error', `replaceTrack ✗ ${e instanceof Error ? e.message : String(e)}`);
		} finally {
			this.switchingSource = false;
		}
	}

	/**
	 * Simulcast on or off. A transceiver's encodings are fixed when it is created, so the lab stops the video
	 * transceiver and adds a new one (with three rids, or one plain encoding) sending the same track, then
	 * renegotiates: the offer's old video section is rejected (port 0) and a new one carries a=rid and a=simulcast.
	 */
	async setSimulcast(on: boolean): Promise<void> {
		this.#flushObserved();
		const caller = this.#pcs.caller;
		const old = this.#videoTransceiver();
		if (!caller || !old || !this.running || this.negotiating || on === this.simulcast) return;
		const track = old.sender.track;
		const stream = this.#media?.stream;
		this.negotiating = true;
		try {
			await this.#api('caller', null, 'videoTransceiver.stop()', () => old.stop());
			const init: RTCRtpTransceiverInit = {
				direction: 'sendonly',
				streams: stream ? [stream] : [],
				...(on ? { sendEncodings: SIMULCAST_LAYERS.map((l) => ({ ...l })) } : {})
			};
			const label = on
				? `addTransceiver(video, { sendEncodings: ${SIMULCAST_LAYERS.map((l) => `${l.rid} ÷${l.scaleResolutionDownBy}`).join(', ')} })`
				: 'addTransceiver(video)';
			await this.#api('caller', { type: 'api.addTransceiver' }, label, () =>
				caller.addTransceiver(track ?? 'video', init)
			);
			this.simulcast = on;
			this.scaleDown = 1;
			this.maxBitrate = null;
			await this.#negotiate('simulcast');
		} catch (e) {
			this.negotiating = false;
			this.#addLog('caller', 'error', String(e));
		}
	}

	/** RTCRtpSender.setParameters scaleResolutionDownBy: the encoder scales its input, no renegotiation. */
	async setScale(factor: number): Promise<void> {
		this.#flushObserved();
		const sender = this.#videoTransceiver()?.sender;
		if (!sender || !this.running || this.simulcast || !(factor >= 1)) return;
		const params = sender.getParameters();
		for (const encoding of params.encodings ?? []) encoding.scaleResolutionDownBy = factor;
		try {
			await this.#api('caller', null, `videoSender.setParameters(scaleResolutionDownBy: ${factor})`, () =>
				sender.setParameters(params)
			);
			this.scaleDown = factor;
		} catch {
			// #api logged it
		}
	}

	/** One chat line from either side over the "lab" data channel. */
	say(from: PcName, text: string): boolean {
		this.#flushObserved();
		const sent = this.data.say(from, text);
		if (sent) this.#addLog(from, 'api', `dataChannel.send(${JSON.stringify(text.trim().slice(0, 80))})`);
		return sent;
	}

	/** The throughput test: `megabytes` MiB from caller to callee over a negotiated data channel. */
	async throughputTest(megabytes: number): Promise<void> {
		this.#flushObserved();
		const { caller, callee } = this.#pcs;
		if (!caller || !callee || this.status !== 'connected') return;
		this.#addLog(
			'caller',
			'api',
			`createDataChannel("throughput", { negotiated: true }) × 2, send ${megabytes} MiB`
		);
		await this.data.throughput(caller, callee, megabytes * 1024 * 1024);
		if (this.data.result)
			this.#addLog(
				'callee',
				'result',
				`throughput ✓ ${this.data.result.bytes} bytes in ${this.data.result.ms} ms (${this.data.result.mbps.toFixed(1)} MB/s)`
			);
		else if (this.data.error) this.#addLog('caller', 'error', `throughput ✗ ${this.data.error}`);
	}

	/** The recorded call in chrome://webrtc-internals' dump format, as JSON text. */
	exportDump(): string {
		this.#flushObserved();
		const dump = webrtcInternalsDump({
			samples: this.samples,
			log: this.log,
			rounds: this.rounds,
			startedAt: this.#startedAt,
			userAgent: navigator.userAgent,
			url: location.href,
			rtcConfiguration: this.#rtcConfiguration
		});
		return JSON.stringify(dump, null, 1);
	}

	async #askPermission(): Promise<void> {
		this.#addLog('caller', 'api', 'navigator.mediaDevices.getUserMedia({ audio: true })');
		try {
			const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
			// Only the permission matters: the call still sends the synthetic media.
			stream.getTracks().forEach((t) => t.stop());
			this.#addLog('caller', 'result', 'getUserMedia ✓ (tracks stopped at once)');
		} catch (e) {
			this.#addLog('caller', 'error', `getUserMedia ✗ ${e instanceof Error ? e.name : String(e)}`);
		}
	}

	#fail(e: unknown): void {
		// The first failure is the cause: calls already chained behind a rejected one reject too, later.
		if (this.#ended || this.status === 'failed') return;
		this.#flushObserved();
		this.status = 'failed';
		this.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
	}

	/** Sends a short text from caller to callee over the data channel. */
	sendData(): void {
		if (this.#channel?.readyState !== 'open') return;
		// The time it is sent, even when a replay of the first exchange sends it (see #observe).
		const text = `hello at ${((performance.now() - this.#t0) / 1000).toFixed(1)} s`;
		this.#channel.send(text);
		this.#addLog('caller', 'api', `dataChannel.send("${text}")`);
	}

	async #sample(): Promise<void> {
		const { caller, callee } = this.#pcs;
		if (!caller || !callee || this.#ended) return;
		const t = this.#time();
		const [a, b] = await Promise.all([caller.getStats(), callee.getStats()]);
		if (this.#ended) return;
		// The tick's main-thread work, from the reports' arrival through the DOM updates the new sample causes
		// (flushSync renders them now rather than in a later microtask); `npm run bench` reads this measure.
		const tickStart = performance.now();
		const sample: StatsSample = {
			t,
			caller: reportToRecord(a as unknown as { forEach(cb: (v: StatsObject) => void): void }),
			callee: reportToRecord(b as unknown as { forEach(cb: (v: StatsObject) => void): void })
		};
		this.samples = [...this.samples, sample].slice(-MAX_SAMPLES);
		flushSync();
		performance.measure(STATS_TICK_MEASURE, { start: tickStart });
		// PerformanceObservers have the entry already; the timeline buffer would otherwise grow by one a second.
		performance.clearMeasures(STATS_TICK_MEASURE);
	}

	hangUp(): void {
		if (!this.#pcs.caller) return;
		this.#flushObserved();
		this.#channel?.close();
		for (const name of PC_NAMES) {
			const pc = this.#pcs[name];
			if (!pc) continue;
			this.#feed(name, { type: 'api.close' });
			this.#addLog(name, 'api', 'close()');
			pc.close();
			this.#readBrowser(name);
			// close() fires no state events; the attributes change at once.
			for (const field of STATE_FIELDS) {
				const last = this.views[name].browserHistory.findLast((h) => h.field === field);
				if (last?.value !== pc[field])
					this.views[name].browserHistory.push({ t: this.#time(), field, value: pc[field] });
			}
			for (const field of STATE_FIELDS) {
				const last = this.views[name].modelHistory.findLast((h) => h.field === field);
				const value = this.views[name].model[field];
				if (last?.value !== value) this.views[name].modelHistory.push({ t: this.#time(), field, value });
			}
		}
		this.#check();
		this.#stopTimers();
		this.#media?.stop();
		this.#media = null;
		this.remoteStream = null;
		this.dataChannelState = 'closed';
		this.status = 'closed';
		this.#ended = true;
		this.#release();
	}

	/** Drops every reference to the closed call, so nothing of it outlives the hang-up (e2e counts the pcs). */
	#release(): void {
		this.data.stop();
		this.#captured?.getTracks().forEach((t) => t.stop());
		this.#captured = null;
		this.localStream = null;
		this.#channel = null;
		this.#pcs = {};
		this.#models = {};
		this.#attached.clear();
	}

	#stopTimers(): void {
		for (const id of this.#timers) clearTimeout(id);
		this.#timers.clear();
		if (this.#checkTimer) clearTimeout(this.#checkTimer);
		this.#checkTimer = null;
		if (this.#sampler) clearInterval(this.#sampler);
		this.#sampler = null;
		if (this.#clock) clearInterval(this.#clock);
		this.#clock = null;
		if (this.#releaseTimer) clearTimeout(this.#releaseTimer);
		this.#releaseTimer = null;
	}

	#reset(): void {
		this.#stopTimers();
		this.#deferred = null;
		this.#deferringShown = false;
		this.#ended = false;
		this.#pcs = {};
		this.#models = {};
		this.#attached.clear();
		this.#lastDeliver = { caller: 0, callee: 0 };
		this.#pending = { caller: [], callee: [] };
		// Fresh arrays and objects re-render every panel, even when empty: only after a call has filled them.
		if (this.#used) {
			this.views = { caller: emptyView(), callee: emptyView() };
			this.messages = [];
			this.log = [];
			this.flagged = [];
			this.samples = [];
			this.rounds = [];
			this.muted = { audio: false, video: false };
			this.data.reset();
		}
		this.#used = true;
		this.maxBitrate = null;
		this.negotiating = false;
		this.error = null;
		this.dataChannelState = '—';
		this.dataMessages = 0;
		this.now = 0;
		this.source = 'synthetic';
		this.sourceProblem = null;
		this.lastSwitch = null;
		this.negotiationNeeded = 0;
		this.simulcast = false;
		this.scaleDown = 1;
	}

	/** Leaving the page: release everything without touching state. */
	dispose(): void {
		if (this.#pcs.caller) this.hangUp();
		this.#stopTimers();
		this.#media?.stop();
	}

	/** The pcs, for the export (chrome://webrtc-internals-like dump). */
	get peerConnections(): Partial<Record<PcName, RTCPeerConnection>> {
		return this.#pcs;
	}
}
