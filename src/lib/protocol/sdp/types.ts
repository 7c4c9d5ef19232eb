// The shapes parseSdp returns. SDP is text, so every position here counts characters (UTF-16 code units) of the
// input string, 0-based; `end` is exclusive. Line numbers are 1-based, as an editor shows them.
import type { Candidate } from '../ice';

/** A problem the tolerant parser noticed on a line; it never stops parsing. */
export interface SdpProblem {
	/** Machine-readable code, e.g. `no-equals`, `stray-whitespace`, `bad-number`, `bad-candidate`. */
	code: string;
	/** Plain-language description in English (the lint findings carry both locales). */
	message: string;
	/** Character range in the input the problem points at, when narrower than the line. */
	start?: number;
	end?: number;
}

/** One field of a line: its name as the RFC grammar spells it and where it sits in the input. */
export interface SdpField {
	name: string;
	/** Absolute character offsets in the input, [start, end). */
	start: number;
	end: number;
	value: string;
	/** Key into src/lib/notes (sdpNotes) of the explanation for this field, when there is a specific one. */
	noteId?: string;
}

export interface SdpLine {
	/** 1-based line number. */
	number: number;
	/** The line as written, without its line terminator. */
	text: string;
	/** Absolute character offsets of the line in the input, [start, end), terminator excluded. */
	start: number;
	end: number;
	/** The type letter before `=` (`v`, `o`, `a`, `m`, …); `` when the line has no `<letter>=` form. */
	type: string;
	/** For `a=` lines: the attribute name (before the first `:`). */
	attribute?: string;
	/** For `a=` lines the attribute value (after the first `:`, `` for a property attribute); else all after `=`. */
	value: string;
	/** Every field with its absolute character range; the first field of an `a=` line is the attribute name. */
	fields: SdpField[];
	problems?: SdpProblem[];
	/** -1 for the session part, else the index of the media section the line belongs to. */
	section: number;
}

export interface SdpOrigin {
	username: string;
	sessId: string;
	sessVersion: string;
	nettype: string;
	addrtype: string;
	address: string;
	line: number;
}

export interface SdpConnection {
	nettype: string;
	addrtype: string;
	address: string;
	/** RFC 8866 §5.7 multicast suffixes, `/ttl` and `/number of addresses`, when present. */
	ttl?: number;
	numberOfAddresses?: number;
	line: number;
}

export interface SdpBandwidth {
	type: string;
	value: number;
	line: number;
}

export interface SdpGroup {
	/** `BUNDLE`, `LS`, `FID`, … (RFC 5888 semantics tag). */
	semantics: string;
	mids: string[];
	line: number;
}

export interface SdpFingerprint {
	hash: string;
	value: string;
	line: number;
}

export interface SdpExtmap {
	id: number;
	direction?: string;
	uri: string;
	attributes: string[];
	line: number;
}

export interface SdpCandidate {
	/** The value the ICE parser returned; undefined when it refused the line (see the line's problems). */
	candidate?: Candidate;
	/** The attribute value as written (after `a=candidate:`). */
	text: string;
	line: number;
}

export interface SdpIce {
	ufrag?: string;
	pwd?: string;
	options: string[];
	lite: boolean;
	candidates: SdpCandidate[];
	endOfCandidates: boolean;
}

export interface SdpFmtp {
	/** Everything after the payload type, as written (what sdp-transform calls `config`). */
	config: string;
	/** `key=value` pairs split on `;` (RFC 8866 §6.15 leaves the format to the codec; most use this one). */
	params: Record<string, string>;
	/** Parts without `=`: telephone-event ranges `0-15`, RED payload lists `111/111`. */
	values: string[];
	line: number;
}

export interface SdpRtcpFb {
	/** `nack`, `ccm`, `goog-remb`, `transport-cc`, `trr-int`, … */
	type: string;
	/** `pli`, `fir`, … */
	subtype?: string;
	line: number;
}

/** What a payload type is for, from its encoding name (RFC 4588 rtx, RFC 2198 red, RFC 5109 ulpfec, …). */
export type CodecRole = 'media' | 'rtx' | 'red' | 'fec' | 'cn' | 'dtmf';

export interface SdpCodec {
	payloadType: number;
	/** From a=rtpmap, or from the RFC 3551 static table for payload types 0–34 without one. */
	name?: string;
	clockRate?: number;
	channels?: number;
	/** True when name/clock came from the static table rather than an a=rtpmap line. */
	static?: boolean;
	role: CodecRole;
	fmtp?: SdpFmtp;
	rtcpFb: SdpRtcpFb[];
	/** For rtx (RFC 4588 §8.1) and flexfec: the payload type this one repairs (`apt=`). */
	apt?: number;
	/** The rtx payload types whose `apt` points here. */
	repairedBy: number[];
	/** For red (RFC 2198): the payload types carried inside, from the fmtp `111/111` list. */
	redundancy?: number[];
	rtpmapLine?: number;
}

export interface SdpSsrc {
	ssrc: number;
	cname?: string;
	/** `a=ssrc:<id> msid:<stream> <track>` (RFC 8830 appendix; the Plan B era form). */
	msid?: string;
	mslabel?: string;
	label?: string;
	attributes: { name: string; value?: string; line: number }[];
}

export interface SdpSsrcGroup {
	/** `FID` (RFC 5576 §4.1 with RFC 4588 rtx), `SIM` (simulcast, libwebrtc), `FEC-FR` (RFC 5956), `FEC`. */
	semantics: string;
	ssrcs: number[];
	line: number;
}

export interface SdpMsid {
	stream: string;
	track?: string;
	line: number;
}

export interface SdpRid {
	id: string;
	direction: string;
	/** `pt=` restriction (RFC 8851 §4). */
	payloadTypes?: number[];
	restrictions: Record<string, string>;
	line: number;
}

/** RFC 8853 §5.1: a list of streams, each a list of alternative rids; `~` marks a stream as paused. */
export interface SdpSimulcastList {
	streams: { rid: string; paused: boolean }[][];
}

export interface SdpSimulcast {
	send?: SdpSimulcastList;
	recv?: SdpSimulcastList;
	line: number;
}

export interface SdpCrypto {
	tag: number;
	suite: string;
	keyParams: string;
	sessionParams: string[];
	line: number;
}

export type SdpDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

/** Attributes that may sit at session level and in a media section (RFC 8866 §6, RFC 8859 categories). */
export interface SdpCommon {
	connection?: SdpConnection;
	bandwidths: SdpBandwidth[];
	direction?: SdpDirection;
	ice: SdpIce;
	fingerprints: SdpFingerprint[];
	setup?: string;
	extmaps: SdpExtmap[];
	extmapAllowMixed: boolean;
	/** Lines of this part, 1-based numbers. */
	lines: number[];
}

export interface SdpSession extends SdpCommon {
	version?: string;
	origin?: SdpOrigin;
	name?: string;
	timing?: { start: string; stop: string; line: number };
	groups: SdpGroup[];
	msidSemantic?: { semantic: string; streams: string[]; line: number };
	identity?: string;
}

export interface SdpRtcp {
	port: number;
	nettype?: string;
	addrtype?: string;
	address?: string;
	line: number;
}

export interface SdpMediaSection extends SdpCommon {
	index: number;
	/** 1-based number of the m= line. */
	line: number;
	media: string;
	port: number;
	numberOfPorts?: number;
	proto: string;
	formats: string[];
	mid?: string;
	rtcp?: SdpRtcp;
	rtcpMux: boolean;
	rtcpMuxOnly: boolean;
	rtcpRsize: boolean;
	bundleOnly: boolean;
	/** One entry per payload type in m= order (RTP media only). */
	codecs: SdpCodec[];
	/** `a=rtcp-fb:* …` lines that apply to every payload type (RFC 4585 §4.2). */
	rtcpFbWildcard: SdpRtcpFb[];
	/** fmtp and rtcp-fb lines whose payload type is not in m=, kept so lint can point at them. */
	strayFmtp: SdpFmtp[];
	ssrcs: SdpSsrc[];
	ssrcGroups: SdpSsrcGroup[];
	msids: SdpMsid[];
	rids: SdpRid[];
	simulcast?: SdpSimulcast;
	sctpPort?: number;
	maxMessageSize?: number;
	/** Pre-RFC 8841 form `a=sctpmap:5000 webrtc-datachannel 256`. */
	sctpmap?: { port: number; app: string; streams?: number; line: number };
	crypto: SdpCrypto[];
	ptime?: number;
	maxptime?: number;
	framerate?: number;
}

export interface SdpDocument {
	lines: SdpLine[];
	session: SdpSession;
	media: SdpMediaSection[];
}
