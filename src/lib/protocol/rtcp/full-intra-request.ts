// RFC 5104 §4.3.1 Full Intra Request (PSFB, FMT = 4)
import { DecodeError, type FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field, hex32 } from '../rtp/span-builder';
import { u24at, u32at, type DecodedBody, type RtcpBody } from './body';
import { decodeFeedbackSsrcs } from './feedback-header';
import type { FirEntry, FullIntraRequest } from './types';

/*
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                              SSRC                             |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   | Seq nr.       |    Reserved                                   |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
*/
export function decodeFullIntraRequest(body: RtcpBody): DecodedBody<FullIntraRequest> {
	const { bytes: b, path } = body;
	const head = decodeFeedbackSsrcs(body);
	const spans: FieldSpan[] = [...head.spans];
	if ((body.end - head.fci) % 8 !== 0 || body.end === head.fci) {
		throw new DecodeError('a FIR carries one or more 8-byte entries', head.fci, 'bad-length');
	}
	const entries: FirEntry[] = [];
	for (let p = head.fci, i = 0; p < body.end; p += 8, i++) {
		const entry = { ssrc: u32at(b, p), sequenceNumber: b[p + 4], reserved: u24at(b, p + 5) };
		entries.push(entry);
		const ep = `${path}.entries.${i}`;
		spans.push(
			field(
				ep,
				'FCI entry',
				p,
				8,
				entry,
				'rtcp.fir.entry',
				`${hex32(entry.ssrc)} seq ${entry.sequenceNumber}`,
				[
					field(`${ep}.ssrc`, 'SSRC', p, 4, entry.ssrc, 'rtcp.fir.ssrc', hex32(entry.ssrc)),
					field(`${ep}.sequenceNumber`, 'Seq nr.', p + 4, 1, entry.sequenceNumber, 'rtcp.fir.sequenceNumber'),
					field(`${ep}.reserved`, 'Reserved', p + 5, 3, entry.reserved, 'rtcp.fir.reserved')
				]
			)
		);
	}
	return { value: { kind: 'FIR', senderSsrc: head.senderSsrc, mediaSsrc: head.mediaSsrc, entries }, spans };
}

export function encodeFullIntraRequest(w: ByteWriter, p: FullIntraRequest): void {
	w.u32(p.senderSsrc).u32(p.mediaSsrc);
	for (const e of p.entries) w.u32(e.ssrc).u8(e.sequenceNumber).u24(e.reserved);
}
