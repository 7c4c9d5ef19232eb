// RFC 4585 §6.2.1 Generic NACK (RTPFB, FMT = 1)
import { DecodeError, type FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field } from '../rtp/span-builder';
import { u16at, type DecodedBody, type RtcpBody } from './body';
import { decodeFeedbackSsrcs } from './feedback-header';
import type { GenericNack, NackPair } from './types';

/*
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |            PID                |             BLP               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
*/

/** The sequence numbers one PID+BLP pair reports lost: PID, then PID+i+1 for every set bit i of BLP. */
export function nackPairLost(pair: NackPair): number[] {
	const lost = [pair.pid];
	for (let i = 0; i < 16; i++) if (pair.blp & (1 << i)) lost.push((pair.pid + i + 1) & 0xffff);
	return lost;
}

export function decodeGenericNack(body: RtcpBody): DecodedBody<GenericNack> {
	const { bytes: b, path } = body;
	const head = decodeFeedbackSsrcs(body);
	const spans: FieldSpan[] = [...head.spans];
	if ((body.end - head.fci) % 4 !== 0 || body.end === head.fci) {
		throw new DecodeError(
			'a Generic NACK carries one or more 4-byte PID+BLP entries',
			head.fci,
			'bad-length'
		);
	}
	const pairs: NackPair[] = [];
	const lost: number[] = [];
	for (let p = head.fci, i = 0; p < body.end; p += 4, i++) {
		const pair = { pid: u16at(b, p), blp: u16at(b, p + 2) };
		const pairLost = nackPairLost(pair);
		pairs.push(pair);
		lost.push(...pairLost);
		const pp = `${path}.pairs.${i}`;
		spans.push(
			field(pp, 'NACK', p, 4, pair, 'rtcp.nack.pair', `lost ${pairLost.join(', ')}`, [
				field(`${pp}.pid`, 'PID', p, 2, pair.pid, 'rtcp.nack.pid', `seq ${pair.pid}`),
				field(
					`${pp}.blp`,
					'BLP',
					p + 2,
					2,
					pair.blp,
					'rtcp.nack.blp',
					'0b' + pair.blp.toString(2).padStart(16, '0')
				)
			])
		);
	}
	return {
		value: { kind: 'NACK', senderSsrc: head.senderSsrc, mediaSsrc: head.mediaSsrc, pairs, lost },
		spans
	};
}

export function encodeGenericNack(w: ByteWriter, p: GenericNack): void {
	w.u32(p.senderSsrc).u32(p.mediaSsrc);
	for (const pair of p.pairs) w.u16(pair.pid).u16(pair.blp);
}
