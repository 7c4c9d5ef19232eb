// The spec queues many state changes as tasks (gathering starts "in parallel" after setLocalDescription, ICE
// and DTLS report later), so right after a call the browser can lag the model's prediction for a moment. A
// difference counts as a disagreement only once it has held, unchanged, for a grace period; before that it is
// "settling".
import type { Disagreement } from '$lib/sim/jsep';

export interface PendingDisagreement extends Disagreement {
	/** When this exact difference (same field, same two values) was first seen. */
	since: number;
}

export interface SettleResult {
	pending: PendingDisagreement[];
	/** Held for at least the grace period: flag these. */
	confirmed: Disagreement[];
	/** Seen, but not for long enough yet. */
	settling: Disagreement[];
}

export const DEFAULT_GRACE_MS = 1000;

export function settle(
	previous: readonly PendingDisagreement[],
	found: readonly Disagreement[],
	now: number,
	grace = DEFAULT_GRACE_MS
): SettleResult {
	const pending = found.map((d) => {
		const same = previous.find(
			(p) => p.field === d.field && p.predicted === d.predicted && p.reported === d.reported
		);
		return { ...d, since: same ? same.since : now };
	});
	const strip = ({ field, predicted, reported }: PendingDisagreement): Disagreement => ({
		field,
		predicted,
		reported
	});
	return {
		pending,
		confirmed: pending.filter((p) => now - p.since >= grace).map(strip),
		settling: pending.filter((p) => now - p.since < grace).map(strip)
	};
}
