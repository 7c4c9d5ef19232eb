// RFC 8445 §6.1.2.4 Pruning the Pairs: a pair whose local candidate is server-reflexive is replaced by its base,
// then a pair is removed when a higher-priority pair has the same local base and the identical remote candidate.
// §6.1.2.5 Removing Lower-Priority Pairs: keep at most a limit (default 100) of the highest-priority pairs.
import type { CandidatePair, PairableCandidate } from './candidate-pair';
import { orderChecklist } from './checklist';

export const DEFAULT_PAIR_LIMIT = 100;

export interface PruneResult<L extends PairableCandidate, R extends PairableCandidate> {
	kept: CandidatePair<L, R>[];
	/** Pairs removed as redundant with a higher-priority pair (§6.1.2.4). */
	redundant: CandidatePair<L, R>[];
	/** Pairs cut by the limit (§6.1.2.5). */
	overLimit: CandidatePair<L, R>[];
}

function remoteKey(r: PairableCandidate): string {
	return `${r.transport.toLowerCase()} ${r.address} ${r.port}`;
}

/** Orders by priority, removes redundant pairs, then applies the limit. */
export function pruneCandidatePairs<L extends PairableCandidate, R extends PairableCandidate>(
	pairs: readonly CandidatePair<L, R>[],
	limit = DEFAULT_PAIR_LIMIT
): PruneResult<L, R> {
	const seen = new Set<string>();
	const kept: CandidatePair<L, R>[] = [];
	const redundant: CandidatePair<L, R>[] = [];
	for (const pair of orderChecklist(pairs)) {
		const key = `${pair.componentId} ${pair.localBase.address} ${pair.localBase.port} ${remoteKey(pair.remote)}`;
		if (seen.has(key)) redundant.push(pair);
		else {
			seen.add(key);
			kept.push(pair);
		}
	}
	return { kept: kept.slice(0, limit), redundant, overLimit: kept.slice(limit) };
}
