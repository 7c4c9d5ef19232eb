// WebRTC Lab's protocol library: the public face. Each area is a namespace (`stun.decodeStun`, `rtcp.roundTripTime`);
// the functions used most are also exported by name. Pure TypeScript with relative imports and one dependency
// (@noble/hashes): it runs in node through vitest or after bundling, and in the browser.
//
//   import { decodeStun, verifyStun, rtcp } from '$lib/protocol';
//
// Decoders take bytes and return { value, spans } or throw DecodeError (with the byte offset); encoders turn the
// value back into the same bytes. Text parsers (SDP, ICE candidates) never throw DecodeError: SDP never throws,
// candidates throw ice.ParseError.
import { decodeFrame } from './bytes/frame';
import { hex, toHex } from './bytes/hex';
import { InputError, parseInput } from './bytes/input';
import { readCapture } from './bytes/pcap';
import { DecodeError, shiftSpans } from './bytes/span';

export * as stun from './stun';
export * as turn from './turn';
export * as ice from './ice';
export * as rtp from './rtp';
export * as rtcp from './rtcp';
export * as dtls from './dtls';
export * as sdp from './sdp';
/** RFC 7983 / RFC 9443 first-byte demultiplexing: `demux.demux(bytes)`, `demux.DEMUX_RANGES`. */
export * as demux from './demux';

/** Bytes in and out: pasted text, capture files, link/IP/UDP frames, hex, and the one error decoders throw. */
export const bytes = Object.freeze({
	parseInput,
	InputError,
	decodeFrame,
	readCapture,
	hex,
	toHex,
	DecodeError,
	shiftSpans
});

// The shared contracts.
export { DecodeError, shiftSpans, hex, toHex, parseInput, InputError, decodeFrame, readCapture };
export type { FieldSpan, Decoded } from './bytes/span';
export type { ParsedInput, ParseInputOptions, InputFormat } from './bytes/input';
export type { Capture, CapturePacket, CaptureUdp, ReadCaptureOptions } from './bytes/pcap';
export type { UdpFrame, LinkType, Endpoint } from './bytes/frame';
export type { DemuxKind, DemuxResult } from './demux';

// The most used functions, by name (no name here clashes with another area's).
export {
	decodeStun,
	encodeStun,
	verifyStun,
	isStun,
	buildMessage,
	buildBindingRequest,
	buildBindingSuccessResponse,
	buildErrorResponse,
	randomTransactionId,
	getAttribute,
	attribute,
	shortTermKey,
	longTermKey,
	type StunMessage,
	type StunAttribute,
	type StunVerification,
	type Credentials
} from './stun';
export { decodeChannelData, encodeChannelData, isChannelData, type ChannelData } from './turn';
export { decodeRtp, encodeRtp, type RtpPacket } from './rtp';
export {
	decodeRtcp,
	encodeRtcp,
	validateCompound,
	roundTripTime,
	compactNtp,
	ntpToUnixMs,
	unixMsToNtp,
	type RtcpPacket,
	type ReportBlock,
	type RoundTrip
} from './rtcp';
export { decodeDtls, encodeDtls, reassembleHandshake, type DtlsRecord } from './dtls';
export { parseSdp, explainSdp, lintSdp, compareOfferAnswer, redactSdp } from './sdp';
export {
	parseCandidate,
	serializeCandidate,
	computeCandidatePriority,
	computePairPriority,
	type Candidate
} from './ice';
