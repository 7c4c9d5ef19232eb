// The RTCP packet types and feedback formats this library decodes: one row per (PT, FMT), from which the
// decoder's and encoder's lookups derive (IANA "RTP Control Protocol (RTCP) Control Packet Types" and
// "FMT Values for RTPFB / PSFB Payload Types").
import type { ByteWriter } from '../bytes/writer';
import { decodeApplicationDefined, encodeApplicationDefined } from './application-defined';
import type { DecodedBody, RtcpBody } from './body';
import { PSFB, RTPFB } from './feedback-header';
import { decodeFullIntraRequest, encodeFullIntraRequest } from './full-intra-request';
import { decodeGenericNack, encodeGenericNack } from './generic-nack';
import { decodeGoodbye, encodeGoodbye } from './goodbye';
import { decodePictureLossIndication, encodePictureLossIndication } from './picture-loss-indication';
import { decodeReceiverReport, encodeReceiverReport } from './receiver-report';
import { decodeRemb, encodeRemb, isRemb } from './remb';
import { decodeSenderReport, encodeSenderReport } from './sender-report';
import { decodeSourceDescription, encodeSourceDescription } from './source-description';
import { decodeTransportWideCc, encodeTransportWideCc } from './transport-wide-cc';
import type { RtcpPacket } from './types';

export type KnownKind = Exclude<RtcpPacket['kind'], 'unknown'>;

export interface RtcpPacketType<K extends KnownKind = KnownKind> {
	kind: K;
	/** Name as the RFC spells it. */
	name: string;
	packetType: number;
	/** For feedback packets: the FMT value in the count field. */
	fmt?: number;
	/** Extra test on the body (REMB shares FMT 15 with other application-layer feedback). */
	accepts?: (bytes: Uint8Array, start: number, end: number) => boolean;
	/** Note for the 5-bit field after P: report count, source count, subtype or FMT. */
	countNoteId: string;
	countName: string;
	/** The count field's value for a packet (fixed for feedback). */
	count: (p: Extract<RtcpPacket, { kind: K }>) => number;
	decode: (body: RtcpBody) => DecodedBody<Extract<RtcpPacket, { kind: K }>>;
	encode: (w: ByteWriter, p: Extract<RtcpPacket, { kind: K }>) => void;
}

function row<K extends KnownKind>(r: RtcpPacketType<K>): RtcpPacketType {
	return r as unknown as RtcpPacketType;
}

export const RTCP_PACKET_TYPES: readonly RtcpPacketType[] = [
	row({
		kind: 'SR',
		name: 'Sender Report (SR)',
		packetType: 200,
		countNoteId: 'rtcp.header.reportCount',
		countName: 'RC',
		count: (p) => p.reports.length,
		decode: decodeSenderReport,
		encode: encodeSenderReport
	}),
	row({
		kind: 'RR',
		name: 'Receiver Report (RR)',
		packetType: 201,
		countNoteId: 'rtcp.header.reportCount',
		countName: 'RC',
		count: (p) => p.reports.length,
		decode: decodeReceiverReport,
		encode: encodeReceiverReport
	}),
	row({
		kind: 'SDES',
		name: 'Source Description (SDES)',
		packetType: 202,
		countNoteId: 'rtcp.header.sourceCount',
		countName: 'SC',
		count: (p) => p.chunks.length,
		decode: decodeSourceDescription,
		encode: encodeSourceDescription
	}),
	row({
		kind: 'BYE',
		name: 'Goodbye (BYE)',
		packetType: 203,
		countNoteId: 'rtcp.header.sourceCount',
		countName: 'SC',
		count: (p) => p.sources.length,
		decode: decodeGoodbye,
		encode: encodeGoodbye
	}),
	row({
		kind: 'APP',
		name: 'Application-Defined (APP)',
		packetType: 204,
		countNoteId: 'rtcp.header.subtype',
		countName: 'subtype',
		count: (p) => p.subtype,
		decode: decodeApplicationDefined,
		encode: encodeApplicationDefined
	}),
	row({
		kind: 'NACK',
		name: 'Generic NACK',
		packetType: RTPFB,
		fmt: 1,
		countNoteId: 'rtcp.header.fmt',
		countName: 'FMT',
		count: () => 1,
		decode: decodeGenericNack,
		encode: encodeGenericNack
	}),
	row({
		kind: 'TWCC',
		name: 'Transport-wide Congestion Control',
		packetType: RTPFB,
		fmt: 15,
		countNoteId: 'rtcp.header.fmt',
		countName: 'FMT',
		count: () => 15,
		decode: decodeTransportWideCc,
		encode: encodeTransportWideCc
	}),
	row({
		kind: 'PLI',
		name: 'Picture Loss Indication (PLI)',
		packetType: PSFB,
		fmt: 1,
		countNoteId: 'rtcp.header.fmt',
		countName: 'FMT',
		count: () => 1,
		decode: decodePictureLossIndication,
		encode: encodePictureLossIndication
	}),
	row({
		kind: 'FIR',
		name: 'Full Intra Request (FIR)',
		packetType: PSFB,
		fmt: 4,
		countNoteId: 'rtcp.header.fmt',
		countName: 'FMT',
		count: () => 4,
		decode: decodeFullIntraRequest,
		encode: encodeFullIntraRequest
	}),
	row({
		kind: 'REMB',
		name: 'Receiver Estimated Maximum Bitrate (REMB)',
		packetType: PSFB,
		fmt: 15,
		accepts: (b, s, e) => isRemb(b, s + 8, e),
		countNoteId: 'rtcp.header.fmt',
		countName: 'FMT',
		count: () => 15,
		decode: decodeRemb,
		encode: encodeRemb
	})
];

/** IANA names for packet types we keep raw. */
export const RTCP_TYPE_NAMES: Record<number, string> = {
	192: 'FIR (RFC 2032, historic)',
	193: 'NACK (RFC 2032, historic)',
	195: 'IJ (Extended Jitter Report)',
	200: 'SR',
	201: 'RR',
	202: 'SDES',
	203: 'BYE',
	204: 'APP',
	205: 'RTPFB',
	206: 'PSFB',
	207: 'XR (Extended Report)',
	208: 'AVB',
	209: 'RSI',
	210: 'TOKEN',
	211: 'IDMS',
	212: 'RGRS',
	213: 'SNM'
};

export function findPacketType(
	packetType: number,
	count: number,
	bytes: Uint8Array,
	start: number,
	end: number
): RtcpPacketType | undefined {
	return RTCP_PACKET_TYPES.find(
		(t) =>
			t.packetType === packetType &&
			(t.fmt === undefined || t.fmt === count) &&
			(!t.accepts || t.accepts(bytes, start, end))
	);
}

export function packetTypeOf(kind: KnownKind): RtcpPacketType {
	return RTCP_PACKET_TYPES.find((t) => t.kind === kind)!;
}
