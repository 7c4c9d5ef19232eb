// The packet lab's glue: pasted text or raw bytes → (frame stripped) → RFC 7983 demux → the decoder for that
// kind, with every span relative to the whole input. Never throws: a problem comes back as `error` with the
// byte (or line and column) where it is and a few characters of context.
import { decodeFrame, type LinkType, type UdpFrame } from './bytes/frame';
import { parseInput, InputError, type InputFormat } from './bytes/input';
import { toHex } from './bytes/hex';
import { DecodeError, shiftSpans, type Decoded, type FieldSpan } from './bytes/span';
import { demux, type DemuxKind, type DemuxResult } from './demux';
import { decodeStun, type StunMessage } from './stun';
import { decodeChannelData, type ChannelData } from './turn';
import { decodeRtp, type DecodeRtpOptions, type RtpPacket } from './rtp';
import { decodeRtcp, type RtcpPacket } from './rtcp';
import { decodeDtls, type DtlsRecord } from './dtls';

/** The kinds this lab decodes, in the order of RFC 7983's first-byte table. */
export const PACKET_KINDS = ['stun', 'dtls', 'channel-data', 'rtp', 'rtcp'] as const;
export type PacketKind = (typeof PACKET_KINDS)[number];

export function isPacketKind(value: unknown): value is PacketKind {
	return typeof value === 'string' && (PACKET_KINDS as readonly string[]).includes(value);
}

export type PacketValue =
	| { kind: 'stun'; value: StunMessage }
	| { kind: 'channel-data'; value: ChannelData; inner?: PacketValue }
	| { kind: 'rtp'; value: RtpPacket }
	| { kind: 'rtcp'; value: RtcpPacket[] }
	| { kind: 'dtls'; value: DtlsRecord[] };

/** Where a problem is, with a little of what surrounds it (rendered as text, never as HTML). */
export interface PacketErrorContext {
	before: string;
	at: string;
	after: string;
}

export interface PacketError {
	/** Plain-language message, including where (`at byte 12` or `line 2, column 5`). */
	message: string;
	/** Machine-readable code from the decoder (`truncated`, `bad-character`, `not-udp`, `no-decoder`, …). */
	code: string;
	/** `input`: the text could not be read as bytes; `frame`: the Ethernet/IP/UDP headers; `payload`: the packet. */
	stage: 'input' | 'frame' | 'payload';
	/** Byte offset in `bytes` (the whole input), for frame and payload errors. */
	offset?: number;
	/** Position in the pasted text, for input errors (line and column count from 1). */
	position?: { index: number; line: number; column: number };
	context: PacketErrorContext;
}

export interface PacketResult {
	/** The kind decoded (forced or detected); undefined when the first byte names no kind this lab decodes. */
	kind?: PacketKind;
	/** True when the caller forced the kind. */
	forced: boolean;
	/** The RFC 7983 demux of the payload: kind, reason and the note that explains it. */
	demux: DemuxResult;
	/** How the text was read (decodeText only). */
	format?: InputFormat;
	/** The whole input, frame headers included. */
	bytes: Uint8Array;
	/** The Ethernet/IP/UDP headers, when the input was a whole frame. */
	frame?: UdpFrame;
	payloadOffset: number;
	payloadLength: number;
	/** Frame spans, then payload spans shifted to their place in `bytes`. */
	spans: FieldSpan[];
	decoded?: PacketValue;
	error?: PacketError;
}

export interface DecodePacketOptions {
	/** How the bytes start: `auto` (default) strips a frame only when the bytes clearly are one. */
	linkType?: LinkType | 'auto' | 'none';
	rtp?: DecodeRtpOptions;
}

const KIND_OF_DEMUX: Partial<Record<DemuxKind, PacketKind>> = {
	stun: 'stun',
	dtls: 'dtls',
	'turn-channel': 'channel-data',
	rtp: 'rtp',
	rtcp: 'rtcp'
};

/** The lab's kind for a demux result, if the lab decodes it. */
export function kindOfDemux(kind: DemuxKind): PacketKind | undefined {
	return KIND_OF_DEMUX[kind];
}

const CONTEXT_BYTES = 8;
const CONTEXT_CHARS = 24;

/** The bytes around `offset` as hex; `at` is the byte itself or `end` when the data ran out there. */
export function byteContext(bytes: Uint8Array, offset: number): PacketErrorContext {
	const at = Math.max(0, Math.min(offset, bytes.length));
	return {
		before: toHex(bytes.subarray(Math.max(0, at - CONTEXT_BYTES), at), ' '),
		at: at < bytes.length ? toHex(bytes.subarray(at, at + 1)) : '',
		after: toHex(bytes.subarray(at + 1, at + 1 + CONTEXT_BYTES), ' ')
	};
}

/** The characters around `index` on its line. */
export function textContext(text: string, index: number): PacketErrorContext {
	const i = Math.max(0, Math.min(index, text.length));
	const lineStart = text.lastIndexOf('\n', i - 1) + 1;
	const lineEndRaw = text.indexOf('\n', i);
	const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
	const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
	const col = i - lineStart;
	return {
		before: line.slice(Math.max(0, col - CONTEXT_CHARS), col),
		at: line.slice(col, col + 1),
		after: line.slice(col + 1, col + 1 + CONTEXT_CHARS)
	};
}

function decodeKind(kind: PacketKind, bytes: Uint8Array, options: DecodePacketOptions): Decoded<PacketValue> {
	switch (kind) {
		case 'stun': {
			const d = decodeStun(bytes);
			return { value: { kind, value: d.value }, spans: d.spans };
		}
		case 'channel-data': {
			const d = decodeChannelData(bytes);
			const inner = decodeInner(d.value.data, options);
			if (!inner) return { value: { kind, value: d.value }, spans: d.spans };
			// The data a client relays is itself a packet (STUN checks, DTLS, SRTP): show its fields inside.
			const spans = d.spans.map((s) =>
				s.path === 'channelData.data'
					? { ...s, children: shiftSpans(inner.spans, s.offset, 'channelData.data.') }
					: s
			);
			return { value: { kind, value: d.value, inner: inner.value }, spans };
		}
		case 'rtp': {
			const d = decodeRtp(bytes, options.rtp);
			return { value: { kind, value: d.value }, spans: d.spans };
		}
		case 'rtcp': {
			const d = decodeRtcp(bytes);
			return { value: { kind, value: d.value }, spans: d.spans };
		}
		case 'dtls': {
			const d = decodeDtls(bytes);
			return { value: { kind, value: d.value }, spans: d.spans };
		}
	}
}

function decodeInner(bytes: Uint8Array, options: DecodePacketOptions): Decoded<PacketValue> | undefined {
	const kind = kindOfDemux(demux(bytes).kind);
	if (!kind || kind === 'channel-data') return undefined;
	try {
		return decodeKind(kind, bytes, options);
	} catch (e) {
		if (e instanceof DecodeError) return undefined;
		throw e;
	}
}

function unexpected(e: unknown): string {
	return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function finish(
	bytes: Uint8Array,
	frame: Decoded<UdpFrame> | undefined,
	forcedKind: PacketKind | undefined,
	options: DecodePacketOptions
): PacketResult {
	const payloadOffset = frame ? frame.value.payloadOffset : 0;
	const payloadLength = frame ? frame.value.payloadLength : bytes.length;
	const payload = bytes.subarray(payloadOffset, payloadOffset + payloadLength);
	const detected = demux(payload);
	const kind = forcedKind ?? kindOfDemux(detected.kind);
	const result: PacketResult = {
		...(kind ? { kind } : {}),
		forced: forcedKind !== undefined,
		demux: detected,
		bytes,
		...(frame ? { frame: frame.value } : {}),
		payloadOffset,
		payloadLength,
		spans: frame ? [...frame.spans] : []
	};
	if (!kind) {
		const message =
			payload.length === 0
				? 'the UDP payload is empty: there is no packet to decode'
				: `${detected.reason}; this lab does not decode that — choose a kind under "Decode as" to try anyway (at byte ${payloadOffset})`;
		result.error = {
			message,
			code: 'no-decoder',
			stage: 'payload',
			offset: payloadOffset,
			context: byteContext(bytes, payloadOffset)
		};
		return result;
	}
	try {
		const d = decodeKind(kind, payload, options);
		result.decoded = d.value;
		result.spans.push(...shiftSpans(d.spans, payloadOffset));
	} catch (e) {
		const offset = e instanceof DecodeError ? payloadOffset + e.offset : payloadOffset;
		const message =
			e instanceof DecodeError
				? payloadOffset
					? e.message.replace(/\(at byte (\d+)\)$/, `(at byte ${offset}, byte ${e.offset} of the payload)`)
					: e.message
				: `the decoder failed unexpectedly: ${unexpected(e)} (at byte ${offset})`;
		result.error = {
			message,
			code: e instanceof DecodeError ? e.code : 'internal',
			stage: 'payload',
			offset,
			context: byteContext(bytes, offset)
		};
	}
	return result;
}

function failed(stage: PacketError['stage'], bytes: Uint8Array, e: unknown, text?: string): PacketResult {
	const error: PacketError = {
		message: e instanceof Error ? e.message : String(e),
		code: e instanceof DecodeError ? e.code : 'internal',
		stage,
		context: { before: '', at: '', after: '' }
	};
	if (e instanceof InputError && text !== undefined) {
		error.position = { index: e.offset, line: e.line, column: e.column };
		error.context = textContext(text, e.offset);
	} else if (e instanceof DecodeError) {
		error.offset = e.offset;
		error.context = byteContext(bytes, e.offset);
	} else {
		error.message = `could not read the input: ${unexpected(e)}`;
	}
	return {
		forced: false,
		demux: demux(new Uint8Array(0)),
		bytes,
		payloadOffset: 0,
		payloadLength: bytes.length,
		spans: [],
		error
	};
}

/**
 * Raw bytes (a UDP payload, or a whole Ethernet/IP frame) → the decoded packet. With `forcedKind` the demux
 * is still reported but that decoder is used. Never throws.
 */
export function decodePacket(
	bytes: Uint8Array,
	forcedKind?: PacketKind,
	options: DecodePacketOptions = {}
): PacketResult {
	const linkType = options.linkType ?? 'auto';
	let frame: Decoded<UdpFrame> | undefined;
	try {
		if (linkType === 'auto') frame = decodeFrame(bytes);
		else if (linkType !== 'none') frame = decodeFrame(bytes, linkType);
	} catch (e) {
		return failed('frame', bytes, e);
	}
	return finish(bytes, frame, forcedKind, options);
}

/**
 * Pasted text (hex, spaced hex, 0x bytes, a hex dump, base64 — see bytes/input.ts) → the decoded packet.
 * Never throws: unreadable text gives an `input` error with line and column.
 */
export function decodeText(
	text: string,
	forcedKind?: PacketKind,
	options: DecodePacketOptions = {}
): PacketResult {
	let parsed;
	try {
		parsed = parseInput(text, { linkType: 'none' });
	} catch (e) {
		return failed('input', new Uint8Array(0), e, text);
	}
	return { ...decodePacket(parsed.bytes, forcedKind, options), format: parsed.format };
}
