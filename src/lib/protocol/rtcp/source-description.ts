// RFC 3550 §6.5 SDES: Source Description RTCP Packet
import { DecodeError, type FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field, hex32, text, utf8Bytes } from '../rtp/span-builder';
import { need, u32at, type DecodedBody, type RtcpBody } from './body';
import type { SdesChunk, SdesItem, SourceDescription } from './types';

/*
        0                   1                   2                   3
        0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
header |V=2|P|    SC   |  PT=SDES=202  |             length            |
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
chunk  |                          SSRC/CSRC_1                          |
  1    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |                           SDES items                          |
       |                              ...                              |
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+

 §6.5.1 item:  |    CNAME=1    |     length    | user and domain name ...
 A chunk's item list ends with one or more null octets, up to the next 32-bit boundary.
*/

/** IANA "RTP SDES item types". */
export const SDES_ITEM_NAMES: Record<number, string> = {
	1: 'CNAME',
	2: 'NAME',
	3: 'EMAIL',
	4: 'PHONE',
	5: 'LOC',
	6: 'TOOL',
	7: 'NOTE',
	8: 'PRIV',
	9: 'H323-CADDR',
	10: 'APSI',
	11: 'RGRP',
	12: 'RtpStreamId',
	13: 'RepairedRtpStreamId',
	14: 'CCID',
	15: 'MID'
};

export function decodeSourceDescription(body: RtcpBody): DecodedBody<SourceDescription> {
	const { bytes: b, path } = body;
	const chunks: SdesChunk[] = [];
	const spans: FieldSpan[] = [];
	let p = body.start;
	for (let c = 0; c < body.count; c++) {
		const chunkStart = p;
		const cp = `${path}.chunks.${c}`;
		need(body, p, 4, `SDES chunk ${c + 1} SSRC/CSRC`);
		const ssrc = u32at(b, p);
		const children: FieldSpan[] = [
			field(`${cp}.ssrc`, 'SSRC/CSRC', p, 4, ssrc, 'rtcp.sdes.ssrc', hex32(ssrc))
		];
		p += 4;
		const items: SdesItem[] = [];
		for (;;) {
			need(body, p, 1, 'SDES item type (or the null octet that ends the list)');
			const type = b[p];
			if (type === 0) break;
			need(body, p, 2, 'SDES item length');
			const len = b[p + 1];
			need(body, p + 2, len, `SDES item of ${len} bytes`);
			const data = b.slice(p + 2, p + 2 + len);
			const name = SDES_ITEM_NAMES[type] ?? `type ${type}`;
			const item: SdesItem = { type, name, text: text(data), data };
			const ip = `${cp}.items.${items.length}`;
			items.push(item);
			children.push(
				field(ip, name, p, 2 + len, item, 'rtcp.sdes.item', JSON.stringify(item.text), [
					field(`${ip}.type`, 'type', p, 1, type, 'rtcp.sdes.itemType', name),
					field(`${ip}.length`, 'length', p + 1, 1, len, 'rtcp.sdes.itemLength', `${len} bytes`),
					field(
						`${ip}.text`,
						name,
						p + 2,
						len,
						item.text,
						type === 1 ? 'rtcp.sdes.cname' : 'rtcp.sdes.itemText',
						JSON.stringify(item.text)
					)
				])
			);
			p += 2 + len;
		}
		// The null octet plus zero octets up to the next 32-bit boundary (chunks start aligned).
		const endStart = p;
		p += 1;
		while ((p - body.start) % 4 !== 0) {
			need(body, p, 1, 'SDES chunk padding');
			if (b[p] !== 0) throw new DecodeError('SDES chunk padding must be null octets', p, 'bad-sdes-padding');
			p++;
		}
		children.push(
			field(
				`${cp}.end`,
				'end of item list',
				endStart,
				p - endStart,
				null,
				'rtcp.sdes.end',
				`null octet + ${p - endStart - 1} padding`
			)
		);
		chunks.push({ ssrc, items });
		spans.push(
			field(
				cp,
				'chunk',
				chunkStart,
				p - chunkStart,
				{ ssrc, items },
				'rtcp.sdes.chunk',
				hex32(ssrc),
				children
			)
		);
	}
	if (p !== body.end) {
		throw new DecodeError(`SDES has ${body.end - p} bytes after its ${body.count} chunk(s)`, p, 'bad-length');
	}
	return { value: { kind: 'SDES', chunks }, spans };
}

export function encodeSourceDescription(w: ByteWriter, p: SourceDescription): void {
	for (const chunk of p.chunks) {
		const start = w.length;
		w.u32(chunk.ssrc);
		for (const item of chunk.items) {
			const data = item.data ?? utf8Bytes(item.text);
			if (data.length > 255) throw new Error('an SDES item holds at most 255 bytes');
			w.u8(item.type).u8(data.length).bytes(data);
		}
		w.u8(0);
		while ((w.length - start) % 4 !== 0) w.u8(0);
	}
}
