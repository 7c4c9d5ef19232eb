// RFC 3550 Appendix A.3 Determining Number of Packets Expected and Lost

export interface LossInput {
	/** Extended highest sequence number received (A.1). */
	extendedMax: number;
	/** First sequence number received (base_seq). */
	baseSeq: number;
	/** Packets received, duplicates included. */
	received: number;
	/** expected and received at the previous report (0 for the first). */
	expectedPrior: number;
	receivedPrior: number;
}

export interface LossResult {
	expected: number;
	/** Cumulative lost, clamped to the 24-bit signed range of the report field. */
	cumulativeLost: number;
	expectedInterval: number;
	receivedInterval: number;
	lostInterval: number;
	/** Fraction lost in this interval as 8-bit fixed point (lost × 256 / expected, at most 255), 0 if none or negative. */
	fractionLost: number;
}

export function packetLoss(i: LossInput): LossResult {
	const expected = i.extendedMax - i.baseSeq + 1;
	const lost = expected - i.received;
	const cumulativeLost = Math.max(-0x800000, Math.min(0x7fffff, lost));
	const expectedInterval = expected - i.expectedPrior;
	const receivedInterval = i.received - i.receivedPrior;
	const lostInterval = expectedInterval - receivedInterval;
	// A.3 computes (lost_interval << 8) / expected_interval; 256 (everything lost) does not fit the 8-bit field.
	const fractionLost =
		expectedInterval === 0 || lostInterval <= 0
			? 0
			: Math.min(255, Math.floor((lostInterval * 256) / expectedInterval));
	return { expected, cumulativeLost, expectedInterval, receivedInterval, lostInterval, fractionLost };
}
