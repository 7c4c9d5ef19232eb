// The NAT lab's state: settings → one deterministic run; a step (index into the run's events) and a virtual time
// → what is on the stage. Only `time` changes per animation frame, and only the packet positions derive from it
// (NatStage: one transform per packet); everything else derives from the step, so a frame re-renders nothing else.
import {
	MODEL_VERSION,
	replayTo,
	simulateTraversal,
	type NatCombination,
	type TraversalResult
} from '$lib/sim';
import type { Locale } from '$lib/notes';
import { flightPaths, stageLayout, type StageTopology } from '$lib/charts/nat-stage';
import {
	CUSTOM,
	DEFAULT_SCENARIO,
	optionsFor,
	settingsFor,
	withoutHandFaults,
	type LabSettings
} from './lab-settings';
import { narrateRun } from './narrate';
import { explainOutcome, faultLines } from './explain';
import { outcomeReason } from './reasons';
import { dropNthFor, playFrame, recentDrops, recordsById, retransmissions, timeOfStep } from './playback';
import { decodeFragment, encodeFragment } from './nat-fragment';

/** Virtual milliseconds per real millisecond at speed 1 (a 20 ms internet hop takes 400 ms to watch). */
export const TIME_SCALE = 0.05;
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

export function topologyOf(run: TraversalResult): StageTopology {
	const o = run.options;
	return {
		sameNat: o.sameNat,
		natA: o.natA !== 'none',
		natB: o.sameNat || o.natB !== 'none',
		stun: o.stunServer,
		turn: o.turnServer
	};
}

export class NatLab {
	readonly locale: Locale = 'en';
	settings = $state<LabSettings>(settingsFor(DEFAULT_SCENARIO));
	step = $state(-1);
	time = $state(0);
	playing = $state(false);
	speed = $state(1);
	/** The packet whose bytes are open. */
	selectedPacket = $state<number | undefined>(undefined);
	/** A link's model version, when it differs from ours. */
	staleVersion = $state<string | undefined>(undefined);

	readonly run: TraversalResult = $derived(simulateTraversal(optionsFor($state.snapshot(this.settings))));
	readonly view = $derived(replayTo(this.run, this.step));
	readonly events = $derived(this.run.events);
	readonly last = $derived(this.run.events.length - 1);
	readonly layout = $derived(stageLayout(topologyOf(this.run)));
	readonly records = $derived(recordsById(this.run.trace));
	readonly resent = $derived(retransmissions(this.run.trace));
	readonly drops = $derived(recentDrops(this.run.events, this.step));
	/** The virtual time of the current step's event (what the step label shows; it changes per step, not per frame). */
	readonly stepTime = $derived(timeOfStep(this.run.events, this.step));
	/** Per step: the route and lane of each packet in flight (the stage places them at `time`, per frame). */
	readonly paths = $derived(flightPaths(this.layout, this.view.inFlight));

	constructor(locale: Locale) {
		this.locale = locale;
	}

	readonly narration = $derived(narrateRun(this.run.events, this.locale, this.resent));
	readonly explanation = $derived(
		explainOutcome(this.run.outcome, this.settings, this.run.events, this.locale)
	);
	/** The engine's verdict in the reader's language. */
	readonly verdict = $derived(outcomeReason(this.run, this.locale));
	/** The faults injected by hand, in words. */
	readonly faults = $derived(faultLines(this.settings, this.locale));
	/** What the live region says: the current step in words. */
	readonly sentence = $derived(this.step >= 0 ? (this.narration[this.step] ?? '') : '');

	goTo(step: number): void {
		const s = Math.min(Math.max(Math.trunc(step), -1), this.last);
		this.step = s;
		this.time = timeOfStep(this.run.events, s);
	}
	forward(): void {
		this.playing = false;
		this.goTo(this.step + 1);
	}
	back(): void {
		this.playing = false;
		this.goTo(this.step - 1);
	}
	toggle(): void {
		if (!this.playing && this.step >= this.last) this.goTo(-1);
		this.playing = !this.playing;
	}
	/** One animation frame of `realMs` real milliseconds. */
	frame(realMs: number): void {
		const f = playFrame(
			this.run.events,
			this.step,
			this.time,
			realMs * TIME_SCALE * this.speed,
			this.view.inFlight.length === 0
		);
		this.step = f.step;
		this.time = f.time;
		if (f.done) this.playing = false;
	}
	/** Reduced motion: one whole step at a time. */
	tick(): void {
		if (this.step >= this.last) this.playing = false;
		else this.goTo(this.step + 1);
	}

	/** New settings → a new run, watched from the start. */
	apply(settings: LabSettings, step = -1): void {
		this.playing = false;
		this.settings = settings;
		this.selectedPacket = undefined;
		this.goTo(step);
	}
	loadScenario(id: string): void {
		this.apply(settingsFor(id, this.settings.seed));
	}
	loadCombination(a: NatCombination, b: NatCombination): void {
		const base = settingsFor(CUSTOM);
		this.apply({
			...base,
			a: { ...base.a, nat: true, ...a },
			b: { ...base.b, nat: true, ...b }
		});
	}
	/**
	 * When a fault injected "now" strikes: just after the current step (so the re-run is the same up to it) and no
	 * earlier than the virtual time on the stage.
	 */
	get faultTime(): number {
		return Math.floor(Math.max(this.time, this.stepTime)) + 1;
	}
	/** Re-run with these faults added, keeping the step (the run is the same up to it). */
	private inject(change: (s: LabSettings) => void): void {
		const next = $state.snapshot(this.settings) as LabSettings;
		change(next);
		const step = this.step;
		const selected = this.selectedPacket;
		this.apply(next, step);
		if (selected !== undefined && this.records.has(selected)) this.selectedPacket = selected;
	}
	/** Fault injection: this NAT forgets this mapping now (`expireMappings`). */
	expireMapping(device: string, external: string): void {
		const nat = device === 'NAT-B' ? 'B' : 'A';
		const atMs = this.faultTime;
		this.inject((s) => (s.expire = [...(s.expire ?? []), { nat, atMs, external }]));
	}
	/** Fault injection: the TURN server stops now (`turnStopAtMs`). */
	stopTurn(): void {
		const atMs = this.faultTime;
		this.inject((s) => (s.turnStopAtMs = Math.min(atMs, s.turnStopAtMs ?? Infinity)));
	}
	/** The step at which the TURN server stops (−1: never), found once per run rather than per step. */
	private readonly turnStopStep = $derived(
		this.run.events.findIndex((e) => e.kind === 'turn' && e.why.code === 'turn.stopped')
	);
	/** Whether the TURN server is still running at the current step (so there is something to stop). */
	readonly turnRunning = $derived(
		this.run.options.turnServer && (this.turnStopStep < 0 || this.step < this.turnStopStep)
	);
	/** Removes every fault injected by hand (the scenario's own stay). */
	clearFaults(): void {
		this.apply(withoutHandFaults($state.snapshot(this.settings) as LabSettings), this.step);
	}
	/** Fault injection: re-run with a scripted loss of this packet, and show the moment it is lost. */
	dropPacket(packetId: number): boolean {
		const drop = dropNthFor(this.run.events, packetId);
		if (!drop) return false;
		const s = $state.snapshot(this.settings) as LabSettings;
		this.apply({ ...s, drops: [...(s.drops ?? []), drop] });
		const lost = this.run.events.findIndex(
			(e) => e.kind === 'device-action' && e.packetId === packetId && e.action === 'lost'
		);
		this.goTo(lost);
		this.selectedPacket = packetId;
		return true;
	}
	canDrop(packetId: number): boolean {
		return dropNthFor(this.run.events, packetId) !== undefined;
	}

	get fragment(): string {
		return encodeFragment({
			settings: $state.snapshot(this.settings),
			step: this.step,
			version: MODEL_VERSION
		});
	}
	/** Opens a link's state; returns false when the fragment names none. */
	openFragment(hash: string): boolean {
		const state = decodeFragment(hash);
		if (!state) return false;
		this.staleVersion = state.version && state.version !== MODEL_VERSION ? state.version : undefined;
		this.apply(state.settings, state.step);
		return true;
	}
}
