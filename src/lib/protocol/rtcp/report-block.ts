// RFC 3550 §6.4.1 report block (shared by SR and RR)
import type { FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field, hex32 } from '../rtp/span-builder';
import { need, u24at, u32at, type RtcpBody } from './body';
import type { ReportBlock } from './types';

/*
   +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
   |                 SSRC_1 (SSRC of first source)                 |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   | fraction lost |       cumulative number of packets lost       |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |           extended highest sequence number received           |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                      interarrival jitter                      |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                         last SR (LSR)                         |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                   delay since last SR (DLSR)                  |
   +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
*/
export const REPORT_BLOCK_SIZE = 24;

export function decodeReportBlocks(
	body: RtcpBody,
	at: number,
	n: number
): { reports: ReportBlock[]; spans: FieldSpan[]; end: number } {
	const reports: ReportBlock[] = [];
	const spans: FieldSpan[] = [];
	const b = body.bytes;
	for (let i = 0; i < n; i++) {
		const o = at + i * REPORT_BLOCK_SIZE;
		need(body, o, REPORT_BLOCK_SIZE, `report block ${i + 1} of ${n}`);
		const lost24 = u24at(b, o + 5);
		const block: ReportBlock = {
			ssrc: u32at(b, o),
			fractionLost: b[o + 4],
			cumulativeLost: lost24 & 0x800000 ? lost24 - 0x1000000 : lost24,
			extendedHighestSequence: u32at(b, o + 8),
			jitter: u32at(b, o + 12),
			lastSr: u32at(b, o + 16),
			delaySinceLastSr: u32at(b, o + 20)
		};
		reports.push(block);
		const p = `${body.path}.reports.${i}`;
		const ext = block.extendedHighestSequence;
		spans.push(
			field(
				p,
				'report block',
				o,
				REPORT_BLOCK_SIZE,
				block,
				'rtcp.reportBlock',
				`about ${hex32(block.ssrc)}`,
				[
					field(`${p}.ssrc`, 'SSRC', o, 4, block.ssrc, 'rtcp.rb.ssrc', hex32(block.ssrc)),
					field(
						`${p}.fractionLost`,
						'fraction lost',
						o + 4,
						1,
						block.fractionLost,
						'rtcp.rb.fractionLost',
						`${block.fractionLost}/256 = ${((block.fractionLost / 256) * 100).toFixed(1)} %`
					),
					field(
						`${p}.cumulativeLost`,
						'cumulative number of packets lost',
						o + 5,
						3,
						block.cumulativeLost,
						'rtcp.rb.cumulativeLost'
					),
					field(
						`${p}.extendedHighestSequence`,
						'extended highest sequence number received',
						o + 8,
						4,
						ext,
						'rtcp.rb.extendedHighestSequence',
						`cycles ${ext >>> 16}, seq ${ext & 0xffff}`
					),
					field(
						`${p}.jitter`,
						'interarrival jitter',
						o + 12,
						4,
						block.jitter,
						'rtcp.rb.jitter',
						`${block.jitter} timestamp units`
					),
					field(
						`${p}.lastSr`,
						'last SR (LSR)',
						o + 16,
						4,
						block.lastSr,
						'rtcp.rb.lastSr',
						block.lastSr === 0 ? 'no SR received yet' : `${(block.lastSr / 65536).toFixed(4)} s (compact NTP)`
					),
					field(
						`${p}.delaySinceLastSr`,
						'delay since last SR (DLSR)',
						o + 20,
						4,
						block.delaySinceLastSr,
						'rtcp.rb.delaySinceLastSr',
						`${(block.delaySinceLastSr / 65536).toFixed(4)} s`
					)
				]
			)
		);
	}
	return { reports, spans, end: at + n * REPORT_BLOCK_SIZE };
}

export function encodeReportBlock(w: ByteWriter, r: ReportBlock): void {
	w.u32(r.ssrc)
		.u8(r.fractionLost)
		.u24(r.cumulativeLost & 0xffffff);
	w.u32(r.extendedHighestSequence).u32(r.jitter).u32(r.lastSr).u32(r.delaySinceLastSr);
}
