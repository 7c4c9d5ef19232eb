// Value shapes of every RTCP packet this library decodes. `padding` holds the packet's padding octets (the last
// one is their count, RFC 3550 §6.4.1 "padding (P)"); it is empty when the P bit is clear.

/** RFC 3550 §6.4.1 report block. */
export interface ReportBlock {
	ssrc: number;
	/** 8-bit fixed point: lost / expected × 256 since the previous report (Appendix A.3). */
	fractionLost: number;
	/** 24-bit signed: can be negative when duplicates arrive. */
	cumulativeLost: number;
	/** High 16 bits: sequence number cycles; low 16 bits: highest sequence number received. */
	extendedHighestSequence: number;
	/** Interarrival jitter in RTP timestamp units (Appendix A.8). */
	jitter: number;
	/** Middle 32 bits of the NTP timestamp of the last SR received (compact NTP), 0 if none. */
	lastSr: number;
	/** Delay since that SR in 1/65536 s. */
	delaySinceLastSr: number;
}

export interface SenderReport {
	kind: 'SR';
	ssrc: number;
	/** 64-bit NTP timestamp: seconds since 1900 in the high 32 bits, fraction in the low 32. */
	ntpTimestamp: bigint;
	rtpTimestamp: number;
	packetCount: number;
	octetCount: number;
	reports: ReportBlock[];
	profileExtension: Uint8Array;
	padding: Uint8Array;
}

export interface ReceiverReport {
	kind: 'RR';
	ssrc: number;
	reports: ReportBlock[];
	profileExtension: Uint8Array;
	padding: Uint8Array;
}

export interface SdesItem {
	/** 1 CNAME, 2 NAME, 3 EMAIL, 4 PHONE, 5 LOC, 6 TOOL, 7 NOTE, 8 PRIV, … (IANA RTCP SDES item types). */
	type: number;
	name: string;
	text: string;
	/** The item's octets as sent (kept so that encoding reproduces non-UTF-8 text exactly); the encoder uses
	 *  `text` when absent. */
	data?: Uint8Array;
}

export interface SdesChunk {
	ssrc: number;
	items: SdesItem[];
}

export interface SourceDescription {
	kind: 'SDES';
	chunks: SdesChunk[];
	padding: Uint8Array;
}

export interface Goodbye {
	kind: 'BYE';
	sources: number[];
	/** Optional "reason for leaving" text. */
	reason?: string;
	/** The reason's octets as sent (kept so that encoding reproduces non-UTF-8 text exactly). */
	reasonData?: Uint8Array;
	/** Octets after the reason up to the end of the packet (normally zero padding to 32 bits). */
	reasonPadding: Uint8Array;
	padding: Uint8Array;
}

export interface ApplicationDefined {
	kind: 'APP';
	subtype: number;
	ssrc: number;
	/** Four ASCII characters. */
	name: string;
	data: Uint8Array;
	padding: Uint8Array;
}

export interface NackPair {
	/** Packet ID: a lost RTP sequence number. */
	pid: number;
	/** Bitmask of following lost packets: bit i (LSB = 0) set ⇒ pid + i + 1 lost. */
	blp: number;
}

export interface GenericNack {
	kind: 'NACK';
	senderSsrc: number;
	mediaSsrc: number;
	pairs: NackPair[];
	/** Every lost sequence number the pairs describe, in order (derived; ignored by the encoder). */
	lost: number[];
	padding: Uint8Array;
}

export type TwccStatus = 'not-received' | 'small-delta' | 'large-delta' | 'reserved';

export type TwccChunk =
	| { type: 'run-length'; symbol: number; runLength: number }
	| { type: 'status-vector'; symbolSize: 1 | 2; symbols: number[] };

export interface TwccPacketResult {
	sequenceNumber: number;
	status: TwccStatus;
	/** Receive delta in µs (multiples of 250 µs) for received packets. */
	deltaUs?: number;
	/** Reference time + running sum of deltas, in µs, for received packets. */
	arrivalUs?: number;
}

export interface TransportWideCc {
	kind: 'TWCC';
	senderSsrc: number;
	mediaSsrc: number;
	baseSequenceNumber: number;
	packetStatusCount: number;
	/** 24-bit, in multiples of 64 ms. */
	referenceTime: number;
	feedbackPacketCount: number;
	chunks: TwccChunk[];
	/** Raw receive deltas in 250 µs ticks, one per received packet, in order. */
	deltas: number[];
	/** Per-packet status and arrival time (derived from chunks and deltas; ignored by the encoder). */
	packets: TwccPacketResult[];
	/** Octets after the last delta that are not RTCP padding (zero fill without the P bit). */
	trailing: Uint8Array;
	padding: Uint8Array;
}

export interface PictureLossIndication {
	kind: 'PLI';
	senderSsrc: number;
	mediaSsrc: number;
	padding: Uint8Array;
}

export interface FirEntry {
	ssrc: number;
	sequenceNumber: number;
	/** 24 reserved bits (sent as 0). */
	reserved: number;
}

export interface FullIntraRequest {
	kind: 'FIR';
	senderSsrc: number;
	mediaSsrc: number;
	entries: FirEntry[];
	padding: Uint8Array;
}

export interface Remb {
	kind: 'REMB';
	senderSsrc: number;
	mediaSsrc: number;
	exponent: number;
	mantissa: number;
	/** mantissa × 2^exponent, in bits per second (derived; the encoder writes exponent and mantissa). */
	bitrate: number;
	ssrcs: number[];
	padding: Uint8Array;
}

/** A packet type (or feedback FMT) this library does not decode, kept byte for byte. */
export interface UnknownRtcp {
	kind: 'unknown';
	packetType: number;
	/** The 5-bit count / FMT / subtype field. */
	count: number;
	body: Uint8Array;
	padding: Uint8Array;
}

export type RtcpPacket =
	| SenderReport
	| ReceiverReport
	| SourceDescription
	| Goodbye
	| ApplicationDefined
	| GenericNack
	| TransportWideCc
	| PictureLossIndication
	| FullIntraRequest
	| Remb
	| UnknownRtcp;
