// RFC 8445 §6.1.2.3 Computing Pair Priority and Ordering Pairs:
//
//   pair priority = 2^32*MIN(G,D) + 2*MAX(G,D) + (G>D?1:0)
//
// G is the priority of the controlling agent's candidate, D the controlled agent's. The result needs up to 64 bits,
// more than a JavaScript number holds exactly, so it is a bigint.

function checkPriority(p: number | bigint, what: string): bigint {
	const v = typeof p === 'bigint' ? p : Number.isInteger(p) ? BigInt(p) : -1n;
	if (v < 0n || v > 0xffffffffn)
		throw new RangeError(`${what} must be an integer from 0 to 2^32-1, not ${p}`);
	return v;
}

/** Pair priority from the controlling agent's candidate priority G and the controlled agent's D. */
export function computePairPriority(controlling: number | bigint, controlled: number | bigint): bigint {
	const g = checkPriority(controlling, 'controlling priority (G)');
	const d = checkPriority(controlled, 'controlled priority (D)');
	const min = g < d ? g : d;
	const max = g < d ? d : g;
	return (min << 32n) + 2n * max + (g > d ? 1n : 0n);
}
