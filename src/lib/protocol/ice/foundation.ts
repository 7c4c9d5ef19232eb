// RFC 8445 §5.1.1.3 Computing Foundations: two candidates share a foundation when they have the same type, the
// same base IP address, were obtained from the same STUN or TURN server IP address, and use the same transport.
// The foundation's text is arbitrary (1–32 ice-chars); only equality matters, and it drives the Frozen algorithm.
import type { CandidateType } from './candidate';

export interface FoundationInput {
	type: CandidateType;
	/** IP address of the candidate's base (a host's own address; a server-reflexive's raddr). */
	baseAddress: string;
	/** IP address of the STUN or TURN server the candidate came from; none for host candidates. */
	serverAddress?: string;
	/** Transport protocol, compared case-insensitively. */
	transport: string;
}

/** The key that decides sharing: equal keys ⇔ the same foundation. Base port is deliberately not in it. */
export function foundationKey({ type, baseAddress, serverAddress, transport }: FoundationInput): string {
	return [type, transport.toLowerCase(), baseAddress.toLowerCase(), (serverAddress ?? '').toLowerCase()].join(
		'|'
	);
}

/** Foundations for a list of candidates: "1", "2", … numbered by the first appearance of each key. */
export function assignFoundations(candidates: readonly FoundationInput[]): string[] {
	const seen = new Map<string, string>();
	return candidates.map((c) => {
		const key = foundationKey(c);
		let f = seen.get(key);
		if (f === undefined) {
			f = String(seen.size + 1);
			seen.set(key, f);
		}
		return f;
	});
}

/** Items grouped by foundation, groups in order of first appearance, items in input order. */
export function groupByFoundation<T>(
	items: readonly T[],
	foundationOf: (item: T) => string
): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const f = foundationOf(item);
		const g = groups.get(f);
		if (g) g.push(item);
		else groups.set(f, [item]);
	}
	return groups;
}
