// RFC 3550 §6.4.1 round-trip propagation delay: A − LSR − DLSR, all in compact NTP (1/65536 s) units.

export interface RoundTrip {
	/** A − LSR − DLSR as a signed 32-bit compact NTP value (negative only if clocks misbehave). */
	compact: number;
	seconds: number;
	ms: number;
}

/**
 * @param arrival compact NTP time the report block arrived (A)
 * @param lastSr the block's LSR; 0 means no SR has been received, so there is no RTT
 * @param delaySinceLastSr the block's DLSR
 */
export function roundTripTime(arrival: number, lastSr: number, delaySinceLastSr: number): RoundTrip | null {
	if (lastSr === 0) return null;
	const compact = (arrival - lastSr - delaySinceLastSr) | 0;
	const seconds = compact / 65536;
	return { compact, seconds, ms: seconds * 1000 };
}
