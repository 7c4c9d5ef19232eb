// Time travel: a step is an index into a run's events; replayTo(run, k) is what can be seen after event k.
// Checkpoints (an observation every CHECKPOINT_INTERVAL events, made once per run and cached) make any step cheap:
// copy the nearest checkpoint at or before k and fold the few events after it.
// The copy is of the containers only (tables, lists, records): applyEvent never changes a row (a mapping, pair,
// candidate, packet in flight or log entry) in place, it puts a new one in its slot, so rows can be shared. A row
// that did not change between two steps is then the same object in both views, and a keyed view of it (the NAT
// lab's tables) re-renders only the rows a step changed.
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

/** A copy of an observation's containers, sharing its (never mutated) rows. */
export function copyObservation(o: Observation): Observation {
	const agents: Observation['agents'] = {};
	for (const [name, a] of Object.entries(o.agents))
		agents[name] = {
			...a,
			localCandidates: a.localCandidates.slice(),
			remoteCandidates: a.remoteCandidates.slice(),
			pairs: a.pairs.slice()
		};
	const natTables: Observation['natTables'] = {};
	for (const [device, rows] of Object.entries(o.natTables)) natTables[device] = rows.slice();
	return {
		...o,
		natTables,
		agents,
		inFlight: o.inFlight.slice(),
		fates: { ...o.fates },
		turnLog: o.turnLog.slice()
	};
}

/** Observation snapshots: checkpoints[i] is the state after events [0, i × interval). */
export function checkpointsOf(run: Replayable): Observation[] {
	let cps = cache.get(run);
	if (cps) return cps;
	cps = [emptyObservation()];
	const o = emptyObservation();
	for (let i = 0; i < run.events.length; i++) {
		applyEvent(o, run.events[i], i);
		if ((i + 1) % CHECKPOINT_INTERVAL === 0) cps.push(copyObservation(o));
	}
	cache.set(run, cps);
	return cps;
}

/** What can be observed at step k (−1 = before the first event; k past the end = the end). */
export function replayTo(run: Replayable, k: number): ReplayView {
	const last = Math.min(Math.max(Math.trunc(k), -1), run.events.length - 1);
	const cps = checkpointsOf(run);
	const c = Math.min(Math.floor((last + 1) / CHECKPOINT_INTERVAL), cps.length - 1);
	const o = copyObservation(cps[c]);
	for (let i = c * CHECKPOINT_INTERVAL; i <= last; i++) applyEvent(o, run.events[i], i);
	return { ...o, modelVersion: run.modelVersion, events: run.events.slice(0, last + 1) };
}
