// RFC 8445 §6.1.2 candidate pairs: the shape shared by pairing, pruning and the checklist.
import type { CandidateType, TcpType } from './candidate';

/** RFC 8445 §6.1.2.6 pair states, spelled as RTCStatsIceCandidatePairState spells them. */
export type PairState = 'frozen' | 'waiting' | 'in-progress' | 'succeeded' | 'failed';

/** The fields of a candidate the pairing rules read; a parsed `Candidate` satisfies it. */
export interface PairableCandidate {
	foundation: string;
	component: number;
	transport: string;
	priority: number;
	address: string;
	port: number;
	type: CandidateType;
	raddr?: string;
	rport?: number;
	tcptype?: TcpType;
}

export interface CandidatePair<
	L extends PairableCandidate = PairableCandidate,
	R extends PairableCandidate = PairableCandidate
> {
	local: L;
	remote: R;
	/** Where checks are sent from: the local candidate's base (§6.1.2.4 replaces a server-reflexive by its base). */
	localBase: { address: string; port: number };
	componentId: number;
	/** Local foundation and remote foundation joined with ":" (§6.1.2.6: a pair's foundation is the pair of them). */
	foundation: string;
	/** §6.1.2.3, exact. */
	priority: bigint;
	state: PairState;
}
