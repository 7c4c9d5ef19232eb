// draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1 Transport-wide RTCP Feedback Message (RTPFB, FMT = 15)
import { DecodeError, type FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field } from '../rtp/span-builder';
import { need, u16at, u24at, type DecodedBody, type RtcpBody } from './body';
import { decodeFeedbackSsrcs } from './feedback-header';
import type { TransportWideCc, TwccChunk, TwccPacketResult, TwccStatus } from './types';

/*
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |      base sequence number     |      packet status count      |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                 reference time                | fb pkt. count |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |          packet chunk         |         packet chunk          |
   .                                                               .
   |         packet chunk          |  recv delta   |  recv delta   |
   .                                                               .
   |           recv delta          |  recv delta   | zero padding  |

 §3.1.3 run length chunk:   |T=0| S |       Run Length        |
 §3.1.4 status vector chunk: |T=1|S|       symbol list         |   (S=0: 14 × 1 bit, S=1: 7 × 2 bits)
 §3.1.1 symbols: 00 not received, 01 received small delta (1 byte, unsigned), 10 received large or negative
 delta (2 bytes, signed), 11 reserved. §3.1.5 deltas are in 250 µs; reference time is in 64 ms.
*/
export const TWCC_STATUS: readonly TwccStatus[] = ['not-received', 'small-delta', 'large-delta', 'reserved'];
const DELTA_US = 250;
const REFERENCE_US = 64_000;

function chunkSymbols(chunk: TwccChunk): number[] {
	return chunk.type === 'run-length' ? new Array<number>(chunk.runLength).fill(chunk.symbol) : chunk.symbols;
}

function chunkDisplay(chunk: TwccChunk): string {
	if (chunk.type === 'run-length') return `run of ${chunk.runLength} × ${TWCC_STATUS[chunk.symbol]}`;
	return `${chunk.symbolSize}-bit vector: ${chunk.symbols.map((s) => ['·', 's', 'L', 'R'][s]).join('')}`;
}

export function decodeTransportWideCc(body: RtcpBody): DecodedBody<TransportWideCc> {
	const { bytes: b, path } = body;
	const head = decodeFeedbackSsrcs(body);
	const o = head.fci;
	need(body, o, 8, 'transport-cc base sequence, status count, reference time and feedback count');
	const baseSequenceNumber = u16at(b, o);
	const packetStatusCount = u16at(b, o + 2);
	const referenceTime = u24at(b, o + 4);
	const feedbackPacketCount = b[o + 7];
	const spans: FieldSpan[] = [
		...head.spans,
		field(
			`${path}.baseSequenceNumber`,
			'base sequence number',
			o,
			2,
			baseSequenceNumber,
			'rtcp.twcc.baseSequenceNumber'
		),
		field(
			`${path}.packetStatusCount`,
			'packet status count',
			o + 2,
			2,
			packetStatusCount,
			'rtcp.twcc.packetStatusCount',
			`${packetStatusCount} packets`
		),
		field(
			`${path}.referenceTime`,
			'reference time',
			o + 4,
			3,
			referenceTime,
			'rtcp.twcc.referenceTime',
			`${referenceTime} × 64 ms = ${referenceTime * 64} ms`
		),
		field(
			`${path}.feedbackPacketCount`,
			'fb pkt. count',
			o + 7,
			1,
			feedbackPacketCount,
			'rtcp.twcc.feedbackPacketCount'
		)
	];

	const chunks: TwccChunk[] = [];
	const statuses: number[] = [];
	let p = o + 8;
	while (statuses.length < packetStatusCount) {
		need(body, p, 2, `packet chunk (${statuses.length} of ${packetStatusCount} statuses read)`);
		const v = u16at(b, p);
		let chunk: TwccChunk;
		if ((v & 0x8000) === 0) {
			chunk = { type: 'run-length', symbol: (v >> 13) & 0x03, runLength: v & 0x1fff };
		} else if ((v & 0x4000) === 0) {
			const symbols: number[] = [];
			for (let i = 13; i >= 0; i--) symbols.push((v >> i) & 1);
			chunk = { type: 'status-vector', symbolSize: 1, symbols };
		} else {
			const symbols: number[] = [];
			for (let i = 12; i >= 0; i -= 2) symbols.push((v >> i) & 3);
			chunk = { type: 'status-vector', symbolSize: 2, symbols };
		}
		chunks.push(chunk);
		for (const s of chunkSymbols(chunk)) if (statuses.length < packetStatusCount) statuses.push(s);
		spans.push(
			field(
				`${path}.chunks.${chunks.length - 1}`,
				chunk.type === 'run-length' ? 'run length chunk' : 'status vector chunk',
				p,
				2,
				chunk,
				chunk.type === 'run-length' ? 'rtcp.twcc.runLengthChunk' : 'rtcp.twcc.statusVectorChunk',
				chunkDisplay(chunk)
			)
		);
		p += 2;
	}

	const deltas: number[] = [];
	const packets: TwccPacketResult[] = [];
	let arrival = referenceTime * REFERENCE_US;
	statuses.forEach((s, i) => {
		const sequenceNumber = (baseSequenceNumber + i) & 0xffff;
		if (s !== 1 && s !== 2) {
			packets.push({ sequenceNumber, status: TWCC_STATUS[s] });
			return;
		}
		const size = s === 1 ? 1 : 2;
		need(body, p, size, `receive delta for transport seq ${sequenceNumber}`);
		let ticks = s === 1 ? b[p] : u16at(b, p);
		if (s === 2 && ticks & 0x8000) ticks -= 0x10000;
		deltas.push(ticks);
		arrival += ticks * DELTA_US;
		const deltaUs = ticks * DELTA_US;
		packets.push({ sequenceNumber, status: TWCC_STATUS[s], deltaUs, arrivalUs: arrival });
		spans.push(
			field(
				`${path}.deltas.${deltas.length - 1}`,
				s === 1 ? 'recv delta (small)' : 'recv delta (large)',
				p,
				size,
				ticks,
				s === 1 ? 'rtcp.twcc.smallDelta' : 'rtcp.twcc.largeDelta',
				`${deltaUs >= 0 ? '+' : ''}${(deltaUs / 1000).toFixed(2)} ms (seq ${sequenceNumber})`
			)
		);
		p += size;
	});
	if (p > body.end)
		throw new DecodeError('transport-cc deltas run past the end of the packet', body.end, 'truncated');
	const trailing = b.slice(p, body.end);
	if (trailing.length > 0) {
		spans.push(
			field(
				`${path}.trailing`,
				'zero padding',
				p,
				trailing.length,
				trailing,
				'rtcp.twcc.zeroPadding',
				`${trailing.length} bytes`
			)
		);
	}
	return {
		value: {
			kind: 'TWCC',
			senderSsrc: head.senderSsrc,
			mediaSsrc: head.mediaSsrc,
			baseSequenceNumber,
			packetStatusCount,
			referenceTime,
			feedbackPacketCount,
			chunks,
			deltas,
			packets,
			trailing
		},
		spans
	};
}

export function encodeTransportWideCc(w: ByteWriter, p: TransportWideCc): void {
	w.u32(p.senderSsrc).u32(p.mediaSsrc).u16(p.baseSequenceNumber).u16(p.packetStatusCount);
	w.u24(p.referenceTime).u8(p.feedbackPacketCount);
	const statuses: number[] = [];
	for (const c of p.chunks) {
		if (c.type === 'run-length') {
			w.u16(((c.symbol & 3) << 13) | (c.runLength & 0x1fff));
		} else if (c.symbolSize === 1) {
			let v = 0x8000;
			c.symbols.forEach((s, i) => (v |= (s & 1) << (13 - i)));
			w.u16(v);
		} else {
			let v = 0xc000;
			c.symbols.forEach((s, i) => (v |= (s & 3) << (12 - 2 * i)));
			w.u16(v);
		}
		for (const s of chunkSymbols(c)) if (statuses.length < p.packetStatusCount) statuses.push(s);
	}
	let d = 0;
	for (const s of statuses) {
		if (s === 1) w.u8(p.deltas[d++]);
		else if (s === 2) w.u16(p.deltas[d++] & 0xffff);
	}
	w.bytes(p.trailing);
}
