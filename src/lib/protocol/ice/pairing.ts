// RFC 8445 §6.1.2.2 Forming Candidate Pairs: pair each local candidate with each remote candidate of the same
// component whose address has the same IP version. For TCP, RFC 6544 §6.2 pairs active with passive and
// so with so. Names (mDNS, FQDN) have no IP version until resolved, so they are not paired here.
import { addressFamily } from './address';
import type { CandidatePair, PairableCandidate } from './candidate-pair';
import { computePairPriority } from './pair-priority';

export type IceRole = 'controlling' | 'controlled';

const TCP_PARTNER = { active: 'passive', passive: 'active', so: 'so' } as const;

function transportsMatch(local: PairableCandidate, remote: PairableCandidate): boolean {
	const lt = local.transport.toLowerCase();
	if (lt !== remote.transport.toLowerCase()) return false;
	if (lt !== 'tcp') return true;
	return local.tcptype !== undefined && remote.tcptype === TCP_PARTNER[local.tcptype];
}

/** The base of a local candidate (RFC 8445 §5.1.1.1): a reflexive candidate's is its related address. */
export function baseOf(c: PairableCandidate): { address: string; port: number } {
	if ((c.type === 'srflx' || c.type === 'prflx') && c.raddr !== undefined && c.rport !== undefined) {
		return { address: c.raddr, port: c.rport };
	}
	return { address: c.address, port: c.port };
}

/** Every allowed (local, remote) pair, in local-then-remote input order, state 'frozen'. */
export function formCandidatePairs<L extends PairableCandidate, R extends PairableCandidate>(
	locals: readonly L[],
	remotes: readonly R[],
	role: IceRole
): CandidatePair<L, R>[] {
	const pairs: CandidatePair<L, R>[] = [];
	for (const local of locals) {
		const family = addressFamily(local.address);
		if (family === undefined) continue;
		for (const remote of remotes) {
			if (local.component !== remote.component) continue;
			if (addressFamily(remote.address) !== family) continue;
			if (!transportsMatch(local, remote)) continue;
			const [g, d] =
				role === 'controlling' ? [local.priority, remote.priority] : [remote.priority, local.priority];
			pairs.push({
				local,
				remote,
				localBase: baseOf(local),
				componentId: local.component,
				foundation: `${local.foundation}:${remote.foundation}`,
				priority: computePairPriority(g, d),
				state: 'frozen'
			});
		}
	}
	return pairs;
}
