// Public face of the RTCP library: decode/encode of compound and reduced-size RTCP, and the receiver-side
// arithmetic of RFC 3550 Appendix A.
export { decodeRtcp, encodeRtcp, validateCompound } from './compound';
export type { CompoundCheck, CompoundProblem } from './compound';
export { RTCP_PACKET_TYPES, RTCP_TYPE_NAMES } from './packet-types';
export { SDES_ITEM_NAMES } from './source-description';
export { nackPairLost } from './generic-nack';
export { rembFromBitrate } from './remb';
export { TWCC_STATUS } from './transport-wide-cc';
export type * from './types';
export {
	ntpToUnixMs,
	unixMsToNtp,
	compactNtp,
	compactNtpToSeconds,
	secondsToCompactNtp,
	NTP_UNIX_OFFSET_SECONDS
} from './stats/ntp-time';
export { updateSequence, MAX_DROPOUT, MAX_MISORDER } from './stats/extended-sequence';
export type { SequenceState, SequenceUpdate } from './stats/extended-sequence';
export { packetLoss } from './stats/packet-loss';
export type { LossInput, LossResult } from './stats/packet-loss';
export { transitTime, updateJitter, jitterOf } from './stats/jitter';
export { roundTripTime } from './stats/round-trip-time';
export type { RoundTrip } from './stats/round-trip-time';
export { explainReportBlock } from './stats/explain-report-block';
export type { ExplainOptions, ReportBlockExplained } from './stats/explain-report-block';
