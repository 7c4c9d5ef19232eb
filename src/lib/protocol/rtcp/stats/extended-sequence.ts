// RFC 3550 Appendix A.1 RTP Data Header Validity Checks: extending the 16-bit sequence number with a count of
// wraps ("cycles"), without A.1's probation phase.

export const MAX_DROPOUT = 3000;
export const MAX_MISORDER = 100;
const RTP_SEQ_MOD = 1 << 16;

export interface SequenceState {
	/** Highest sequence number seen so far (16 bits). */
	maxSeq: number;
	/** Shifted count of wraps: a multiple of 65536. */
	cycles: number;
}

export interface SequenceUpdate extends SequenceState {
	/** cycles + maxSeq: the "extended highest sequence number received" of a report block. */
	extended: number;
	/** `in-order` (possibly with a gap below MAX_DROPOUT), `reordered` (old or duplicate) or `jump` (too far ahead). */
	verdict: 'in-order' | 'reordered' | 'jump';
}

/** A.1 update_seq: how one arriving sequence number changes the state; `null` state means first packet. */
export function updateSequence(state: SequenceState | null, seq: number): SequenceUpdate {
	if (state === null) return { maxSeq: seq, cycles: 0, extended: seq, verdict: 'in-order' };
	const udelta = (seq - state.maxSeq + RTP_SEQ_MOD) % RTP_SEQ_MOD;
	if (udelta < MAX_DROPOUT) {
		const cycles = seq < state.maxSeq ? state.cycles + RTP_SEQ_MOD : state.cycles;
		return { maxSeq: seq, cycles, extended: cycles + seq, verdict: 'in-order' };
	}
	const verdict = udelta <= RTP_SEQ_MOD - MAX_MISORDER ? 'jump' : 'reordered';
	return { ...state, extended: state.cycles + state.maxSeq, verdict };
}
