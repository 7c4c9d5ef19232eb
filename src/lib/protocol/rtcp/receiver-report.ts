// RFC 3550 §6.4.2 RR: Receiver Report RTCP Packet
import type { FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field, hex32 } from '../rtp/span-builder';
import { need, u32at, type DecodedBody, type RtcpBody } from './body';
import { decodeReportBlocks, encodeReportBlock } from './report-block';
import type { ReceiverReport } from './types';

/*
        0                   1                   2                   3
        0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
header |V=2|P|    RC   |   PT=RR=201   |             length            |
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |                     SSRC of packet sender                     |
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
       |                 report blocks (RC × 24 bytes)                 |
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
       |                  profile-specific extensions                  |
*/
export function decodeReceiverReport(body: RtcpBody): DecodedBody<ReceiverReport> {
	const { bytes: b, start: o, path } = body;
	need(body, o, 4, 'RR SSRC of packet sender');
	const ssrc = u32at(b, o);
	const spans: FieldSpan[] = [
		field(`${path}.ssrc`, 'SSRC of packet sender', o, 4, ssrc, 'rtcp.senderSsrc', hex32(ssrc))
	];
	const rb = decodeReportBlocks(body, o + 4, body.count);
	spans.push(...rb.spans);
	const profileExtension = b.slice(rb.end, body.end);
	if (profileExtension.length > 0) {
		spans.push(
			field(
				`${path}.profileExtension`,
				'profile-specific extensions',
				rb.end,
				profileExtension.length,
				profileExtension,
				'rtcp.profileExtension',
				`${profileExtension.length} bytes`
			)
		);
	}
	return { value: { kind: 'RR', ssrc, reports: rb.reports, profileExtension }, spans };
}

export function encodeReceiverReport(w: ByteWriter, p: ReceiverReport): void {
	w.u32(p.ssrc);
	for (const r of p.reports) encodeReportBlock(w, r);
	w.bytes(p.profileExtension);
}
