// draft-alvestrand-rmcat-remb-03 §2.2 Receiver Estimated Max Bitrate (PSFB, FMT = 15 "application layer FB")
import { DecodeError, type FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { bits, field, hex32 } from '../rtp/span-builder';
import { need, u32at, type DecodedBody, type RtcpBody } from './body';
import { decodeFeedbackSsrcs } from './feedback-header';
import type { Remb } from './types';

/*
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |  Unique identifier 'R' 'E' 'M' 'B'                            |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |  Num SSRC     | BR Exp    |  BR Mantissa                      |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |   SSRC feedback                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
*/

/** True when an application-layer feedback FCI starts with the "REMB" identifier. */
export function isRemb(bytes: Uint8Array, fci: number, end: number): boolean {
	return (
		fci + 4 <= end &&
		bytes[fci] === 0x52 &&
		bytes[fci + 1] === 0x45 &&
		bytes[fci + 2] === 0x4d &&
		bytes[fci + 3] === 0x42
	);
}

export function decodeRemb(body: RtcpBody): DecodedBody<Remb> {
	const { bytes: b, path } = body;
	const head = decodeFeedbackSsrcs(body);
	const o = head.fci;
	need(body, o, 8, 'REMB identifier, count and bitrate');
	const num = b[o + 4];
	const exponent = b[o + 5] >> 2;
	const mantissa = ((b[o + 5] & 0x03) << 16) | (b[o + 6] << 8) | b[o + 7];
	const bitrate = mantissa * 2 ** exponent;
	if (o + 8 + num * 4 !== body.end) {
		throw new DecodeError(
			`REMB says ${num} SSRCs (${num * 4} bytes) but ${body.end - o - 8} bytes follow`,
			o + 4,
			'bad-length'
		);
	}
	const spans: FieldSpan[] = [
		...head.spans,
		field(`${path}.identifier`, 'unique identifier', o, 4, 'REMB', 'rtcp.remb.identifier', '"REMB"'),
		field(`${path}.numSsrc`, 'Num SSRC', o + 4, 1, num, 'rtcp.remb.numSsrc'),
		bits(`${path}.exponent`, 'BR Exp', o + 5, 1, 0, 6, exponent, 'rtcp.remb.exponent'),
		bits(
			`${path}.mantissa`,
			'BR Mantissa',
			o + 5,
			3,
			6,
			18,
			mantissa,
			'rtcp.remb.mantissa',
			`${mantissa} × 2^${exponent} = ${formatBitrate(bitrate)}`
		)
	];
	const ssrcs: number[] = [];
	for (let i = 0; i < num; i++) {
		const s = u32at(b, o + 8 + i * 4);
		ssrcs.push(s);
		spans.push(field(`${path}.ssrcs.${i}`, 'SSRC feedback', o + 8 + i * 4, 4, s, 'rtcp.remb.ssrc', hex32(s)));
	}
	return {
		value: {
			kind: 'REMB',
			senderSsrc: head.senderSsrc,
			mediaSsrc: head.mediaSsrc,
			exponent,
			mantissa,
			bitrate,
			ssrcs
		},
		spans
	};
}

export function encodeRemb(w: ByteWriter, p: Remb): void {
	if (p.exponent > 63 || p.mantissa > 0x3ffff)
		throw new Error('REMB exponent is 6 bits and mantissa 18 bits');
	w.u32(p.senderSsrc).u32(p.mediaSsrc).u32(0x52454d42);
	w.u8(p.ssrcs.length)
		.u8((p.exponent << 2) | (p.mantissa >> 16))
		.u16(p.mantissa & 0xffff);
	for (const s of p.ssrcs) w.u32(s);
}

/** Bitrate as mantissa/exponent with the largest mantissa that fits 18 bits (rounding down). */
export function rembFromBitrate(bitrate: number): { exponent: number; mantissa: number } {
	let exponent = 0;
	let mantissa = Math.floor(bitrate);
	while (mantissa > 0x3ffff) {
		mantissa = Math.floor(mantissa / 2);
		exponent++;
	}
	return { exponent, mantissa };
}

function formatBitrate(bps: number): string {
	if (bps >= 1e6) return `${(bps / 1e6).toFixed(2)} Mbit/s`;
	if (bps >= 1e3) return `${(bps / 1e3).toFixed(1)} kbit/s`;
	return `${bps} bit/s`;
}
