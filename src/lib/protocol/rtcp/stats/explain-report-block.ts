// A report block in plain units for the UI (RFC 3550 §6.4.1 field meanings, §6.4.1 RTT, Appendix A.8 jitter).
import type { ReportBlock } from '../types';
import { compactNtp, compactNtpToSeconds } from './ntp-time';
import { roundTripTime } from './round-trip-time';

export interface ExplainOptions {
	/** 64-bit NTP time at which the block arrived; enables the RTT. */
	arrivalNtp?: bigint;
	/** RTP clock rate of the reported stream (e.g. 48000 for Opus, 90000 for video); enables jitter in ms. */
	clockRate?: number;
}

export interface ReportBlockExplained {
	ssrc: number;
	/** Fraction lost since the previous report, in percent. */
	fractionLostPercent: number;
	cumulativeLost: number;
	/** Sequence number wraps (high 16 bits of the extended highest sequence number). */
	cycles: number;
	/** Highest sequence number received (low 16 bits). */
	highestSequence: number;
	jitterTimestampUnits: number;
	jitterMs?: number;
	/** LSR in seconds of compact NTP time, or null when no SR was received yet. */
	lastSrSeconds: number | null;
	delaySinceLastSrSeconds: number;
	roundTripMs?: number;
}

export function explainReportBlock(block: ReportBlock, options: ExplainOptions = {}): ReportBlockExplained {
	const out: ReportBlockExplained = {
		ssrc: block.ssrc,
		fractionLostPercent: (block.fractionLost / 256) * 100,
		cumulativeLost: block.cumulativeLost,
		cycles: block.extendedHighestSequence >>> 16,
		highestSequence: block.extendedHighestSequence & 0xffff,
		jitterTimestampUnits: block.jitter,
		lastSrSeconds: block.lastSr === 0 ? null : compactNtpToSeconds(block.lastSr),
		delaySinceLastSrSeconds: compactNtpToSeconds(block.delaySinceLastSr)
	};
	if (options.clockRate && options.clockRate > 0) out.jitterMs = (block.jitter / options.clockRate) * 1000;
	if (options.arrivalNtp !== undefined) {
		const rtt = roundTripTime(compactNtp(options.arrivalNtp), block.lastSr, block.delaySinceLastSr);
		if (rtt) out.roundTripMs = rtt.ms;
	}
	return out;
}
