// RFC 3550 §6.4.1 SR: Sender Report RTCP Packet
import type { FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field, hex32 } from '../rtp/span-builder';
import { need, u32at, type DecodedBody, type RtcpBody } from './body';
import { decodeReportBlocks, encodeReportBlock } from './report-block';
import { ntpToUnixMs } from './stats/ntp-time';
import type { SenderReport } from './types';

/*
        0                   1                   2                   3
        0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
header |V=2|P|    RC   |   PT=SR=200   |             length            |
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |                         SSRC of sender                        |
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
sender |              NTP timestamp, most significant word             |
info   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |             NTP timestamp, least significant word             |
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |                         RTP timestamp                         |
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |                     sender's packet count                     |
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |                      sender's octet count                     |
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
       |                 report blocks (RC × 24 bytes)                 |
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
       |                  profile-specific extensions                  |
*/
export function decodeSenderReport(body: RtcpBody): DecodedBody<SenderReport> {
	const { bytes: b, start: o, path } = body;
	need(body, o, 24, 'SR sender info');
	const ssrc = u32at(b, o);
	const ntpTimestamp = (BigInt(u32at(b, o + 4)) << 32n) | BigInt(u32at(b, o + 8));
	const rtpTimestamp = u32at(b, o + 12);
	const packetCount = u32at(b, o + 16);
	const octetCount = u32at(b, o + 20);
	const spans: FieldSpan[] = [
		field(`${path}.ssrc`, 'SSRC of sender', o, 4, ssrc, 'rtcp.senderSsrc', hex32(ssrc)),
		field(
			`${path}.ntpTimestamp`,
			'NTP timestamp',
			o + 4,
			8,
			ntpTimestamp,
			'rtcp.sr.ntpTimestamp',
			ntpDisplay(ntpTimestamp)
		),
		field(`${path}.rtpTimestamp`, 'RTP timestamp', o + 12, 4, rtpTimestamp, 'rtcp.sr.rtpTimestamp'),
		field(`${path}.packetCount`, "sender's packet count", o + 16, 4, packetCount, 'rtcp.sr.packetCount'),
		field(`${path}.octetCount`, "sender's octet count", o + 20, 4, octetCount, 'rtcp.sr.octetCount')
	];
	const rb = decodeReportBlocks(body, o + 24, body.count);
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
	return {
		value: {
			kind: 'SR',
			ssrc,
			ntpTimestamp,
			rtpTimestamp,
			packetCount,
			octetCount,
			reports: rb.reports,
			profileExtension
		},
		spans
	};
}

export function encodeSenderReport(w: ByteWriter, p: SenderReport): void {
	w.u32(p.ssrc).u64(p.ntpTimestamp).u32(p.rtpTimestamp).u32(p.packetCount).u32(p.octetCount);
	for (const r of p.reports) encodeReportBlock(w, r);
	w.bytes(p.profileExtension);
}

function ntpDisplay(ntp: bigint): string {
	const ms = ntpToUnixMs(ntp);
	const date = new Date(ms);
	return Number.isNaN(date.getTime()) ? `0x${ntp.toString(16)}` : date.toISOString();
}
