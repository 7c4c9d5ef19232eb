// RFC 8445 §6.1.2.3 orders a checklist by pair priority, highest first; §6.1.2.6 Computing Candidate Pair States:
//   1. set every pair in every checklist to Frozen;
//   2. (every checklist is Running);
//   3. for each foundation, set exactly one pair to Waiting: the first pair (lowest component ID, then highest
//      priority) with that foundation in the first checklist (in the usage's checklist order) that has it.
import type { CandidatePair, PairableCandidate } from './candidate-pair';

/** A copy sorted by pair priority, highest first (stable for equal priorities). */
export function orderChecklist<P extends { priority: bigint }>(pairs: readonly P[]): P[] {
	return [...pairs].sort((a, b) => (a.priority > b.priority ? -1 : a.priority < b.priority ? 1 : 0));
}

/** Initial states for a set of checklists (one per data stream, in order); returns copies, each list ordered. */
export function computeInitialStates<L extends PairableCandidate, R extends PairableCandidate>(
	checklists: readonly (readonly CandidatePair<L, R>[])[]
): CandidatePair<L, R>[][] {
	const out = checklists.map((list) => orderChecklist(list).map((p) => ({ ...p, state: 'frozen' as const })));
	const unfrozen = new Set<string>();
	for (const list of out) {
		const byComponentThenPriority = [...list].sort(
			(a, b) =>
				a.componentId - b.componentId || (a.priority > b.priority ? -1 : a.priority < b.priority ? 1 : 0)
		);
		for (const pair of byComponentThenPriority) {
			if (unfrozen.has(pair.foundation)) continue;
			unfrozen.add(pair.foundation);
			(pair as CandidatePair<L, R>).state = 'waiting';
		}
	}
	return out;
}
