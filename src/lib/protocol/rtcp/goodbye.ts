// RFC 3550 §6.6 BYE: Goodbye RTCP Packet
import type { FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field, hex32, text, utf8Bytes } from '../rtp/span-builder';
import { need, u32at, type DecodedBody, type RtcpBody } from './body';
import type { Goodbye } from './types';

/*
       0                   1                   2                   3
       0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      |V=2|P|    SC   |   PT=BYE=203  |             length            |
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      |                           SSRC/CSRC                           |
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      :                              ...                              :
      +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
(opt) |     length    |               reason for leaving            ...
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
*/
export function decodeGoodbye(body: RtcpBody): DecodedBody<Goodbye> {
	const { bytes: b, path } = body;
	const sources: number[] = [];
	const spans: FieldSpan[] = [];
	let p = body.start;
	for (let i = 0; i < body.count; i++) {
		need(body, p, 4, `BYE SSRC/CSRC ${i + 1} of ${body.count}`);
		const s = u32at(b, p);
		sources.push(s);
		spans.push(field(`${path}.sources.${i}`, 'SSRC/CSRC', p, 4, s, 'rtcp.bye.ssrc', hex32(s)));
		p += 4;
	}
	const value: Omit<Goodbye, 'padding'> = { kind: 'BYE', sources, reasonPadding: new Uint8Array(0) };
	if (p < body.end) {
		const len = b[p];
		need(body, p + 1, len, `BYE reason of ${len} bytes`);
		const reasonData = b.slice(p + 1, p + 1 + len);
		const reason = text(reasonData);
		value.reason = reason;
		value.reasonData = reasonData;
		value.reasonPadding = b.slice(p + 1 + len, body.end);
		spans.push(
			field(
				`${path}.reason`,
				'reason for leaving',
				p,
				body.end - p,
				reason,
				'rtcp.bye.reason',
				JSON.stringify(reason),
				[
					field(`${path}.reason.length`, 'length', p, 1, len, 'rtcp.bye.reasonLength', `${len} bytes`),
					field(
						`${path}.reason.text`,
						'reason for leaving',
						p + 1,
						len,
						reason,
						'rtcp.bye.reasonText',
						JSON.stringify(reason)
					)
				]
			)
		);
	}
	return { value, spans };
}

export function encodeGoodbye(w: ByteWriter, p: Goodbye): void {
	for (const s of p.sources) w.u32(s);
	if (p.reason !== undefined) {
		const data = p.reasonData ?? utf8Bytes(p.reason);
		if (data.length > 255) throw new Error('a BYE reason holds at most 255 bytes');
		const start = w.length;
		w.u8(data.length).bytes(data);
		if (p.reasonPadding.length > 0) w.bytes(p.reasonPadding);
		else while ((w.length - start) % 4 !== 0) w.u8(0);
	}
}
