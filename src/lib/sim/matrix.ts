// The 81 NAT combinations of the traversal matrix: every mapping × filtering behaviour (RFC 4787) on each side,
// each peer behind its own NAT, one STUN server, no TURN, UDP only.
import type { FilteringBehaviour, MappingBehaviour } from './nat/behaviour';
import { simulateTraversal, type TraversalResult } from './runner/simulate';

export interface NatCombination {
	mapping: MappingBehaviour;
	filtering: FilteringBehaviour;
}

const ALL: MappingBehaviour[] = ['endpoint-independent', 'address-dependent', 'address-and-port-dependent'];

/** EIM-EIF, EIM-ADF, EIM-APDF, ADM-EIF, … APDM-APDF: mapping-major order. */
export const NAT_COMBINATIONS: NatCombination[] = ALL.flatMap((mapping) =>
	ALL.map((filtering) => ({ mapping, filtering }))
);

export function runMatrix(seed = 1): { a: NatCombination; b: NatCombination; result: TraversalResult }[] {
	const out = [];
	for (const a of NAT_COMBINATIONS) {
		for (const b of NAT_COMBINATIONS) {
			out.push({ a, b, result: simulateTraversal({ natA: a, natB: b, seed }) });
		}
	}
	return out;
}
