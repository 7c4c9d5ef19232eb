// RFC 4585 §6.1 Common Packet Format for Feedback Messages (RTPFB = 205, PSFB = 206)
import type { FieldSpan } from '../bytes/span';
import { field, hex32 } from '../rtp/span-builder';
import { need, u32at, type RtcpBody } from './body';

/*
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |V=2|P|   FMT   |       PT      |          length               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                  SSRC of packet sender                        |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                  SSRC of media source                         |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   :            Feedback Control Information (FCI)                 :
*/
export const RTPFB = 205;
export const PSFB = 206;

export function decodeFeedbackSsrcs(body: RtcpBody): {
	senderSsrc: number;
	mediaSsrc: number;
	spans: FieldSpan[];
	fci: number;
} {
	const { bytes: b, start: o, path } = body;
	need(body, o, 8, 'feedback sender and media SSRCs');
	const senderSsrc = u32at(b, o);
	const mediaSsrc = u32at(b, o + 4);
	return {
		senderSsrc,
		mediaSsrc,
		fci: o + 8,
		spans: [
			field(
				`${path}.senderSsrc`,
				'SSRC of packet sender',
				o,
				4,
				senderSsrc,
				'rtcp.senderSsrc',
				hex32(senderSsrc)
			),
			field(
				`${path}.mediaSsrc`,
				'SSRC of media source',
				o + 4,
				4,
				mediaSsrc,
				'rtcp.fb.mediaSsrc',
				hex32(mediaSsrc)
			)
		]
	};
}
