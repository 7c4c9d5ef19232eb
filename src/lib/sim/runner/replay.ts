// Time travel: a step is an index into a run's events; replayTo(run, k) is what can be seen after event k.
// Checkpoints (an observation every CHECKPOINT_INTERVAL events, made once per run and cached) make any step cheap:
// copy the nearest checkpoint at or before k and fold the few events after it.
import type { RunEvent } from '../core/types';
import { applyEvent, emptyObservation, type Observation } from './observe';

export const CHECKPOINT_INTERVAL = 64;

export interface Replayable {
	modelVersion: string;
	events: readonly RunEvent[];
}

export interface ReplayView extends Observation {
	modelVersion: string;
	/** The run's events up to and including step k (the trace so far). */
	events: readonly RunEvent[];
}

const cache = new WeakMap<Replayable, Observation[]>();

/** Observation snapshots: checkpoints[i] is the state after events [0, i × interval). */
export function checkpointsOf(run: Replayable): Observation[] {
	let cps = cache.get(run);
	if (cps) return cps;
	cps = [structuredClone(emptyObservation())];
	const o = emptyObservation();
	for (let i = 0; i < run.events.length; i++) {
		applyEvent(o, run.events[i], i);
		if ((i + 1) % CHECKPOINT_INTERVAL === 0) cps.push(structuredClone(o));
	}
	cache.set(run, cps);
	return cps;
}

/** What can be observed at step k (−1 = before the first event; k past the end = the end). */
export function replayTo(run: Replayable, k: number): ReplayView {
	const last = Math.min(Math.max(Math.trunc(k), -1), run.events.length - 1);
	const cps = checkpointsOf(run);
	const c = Math.min(Math.floor((last + 1) / CHECKPOINT_INTERVAL), cps.length - 1);
	const o = structuredClone(cps[c]);
	for (let i = c * CHECKPOINT_INTERVAL; i <= last; i++) applyEvent(o, run.events[i], i);
	return { ...o, modelVersion: run.modelVersion, events: run.events.slice(0, last + 1) };
}
