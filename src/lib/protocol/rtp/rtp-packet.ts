// RFC 3550 §5.1 RTP Fixed Header Fields (+ §5.3.1 header extension, padding per §5.1 "P")
import { DecodeError, type Decoded, type FieldSpan } from '../bytes/span';
import { ByteWriter } from '../bytes/writer';
import { decodeHeaderExtension, encodeHeaderExtension, type RtpHeaderExtension } from './header-extension';
import { bits, field, hex32 } from './span-builder';

export interface RtpPacket {
	marker: boolean;
	/** 7-bit payload type; dynamic types 96–127 get their meaning from SDP a=rtpmap. */
	payloadType: number;
	sequenceNumber: number;
	timestamp: number;
	ssrc: number;
	/** Contributing sources (the CC field is their count). */
	csrcs: number[];
	/** Present exactly when the X bit is set. */
	headerExtension: RtpHeaderExtension | null;
	payload: Uint8Array;
	/** Padding octets including the final count octet; empty when the P bit is clear. */
	padding: Uint8Array;
}

export interface DecodeRtpOptions {
	/** Local extension ID → URI, as negotiated by SDP a=extmap (RFC 8285 §5). Names the elements. */
	extmap?: Record<number, string>;
}

/*
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |V=2|P|X|  CC   |M|     PT      |       sequence number         |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                           timestamp                           |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |           synchronization source (SSRC) identifier            |
   +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
   |            contributing source (CSRC) identifiers             |
   |                             ....                              |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
*/
export function decodeRtp(bytes: Uint8Array, options: DecodeRtpOptions = {}): Decoded<RtpPacket> {
	if (bytes.length < 12) {
		throw new DecodeError(`an RTP header is at least 12 bytes; got ${bytes.length}`, 0, 'truncated');
	}
	const b0 = bytes[0];
	const b1 = bytes[1];
	const version = b0 >> 6;
	if (version !== 2) {
		throw new DecodeError(`RTP version must be 2, got ${version}`, 0, 'bad-version');
	}
	const hasPadding = (b0 & 0x20) !== 0;
	const hasExtension = (b0 & 0x10) !== 0;
	const csrcCount = b0 & 0x0f;
	const marker = (b1 & 0x80) !== 0;
	const payloadType = b1 & 0x7f;
	const sequenceNumber = (bytes[2] << 8) | bytes[3];
	const timestamp = u32(bytes, 4);
	const ssrc = u32(bytes, 8);

	const spans: FieldSpan[] = [
		bits('rtp.version', 'V', 0, 1, 0, 2, version, 'rtp.version', 'version 2'),
		bits('rtp.padding', 'P', 0, 1, 2, 1, hasPadding, 'rtp.padding', hasPadding ? 'padded' : 'no padding'),
		bits(
			'rtp.extension',
			'X',
			0,
			1,
			3,
			1,
			hasExtension,
			'rtp.extension',
			hasExtension ? 'header extension follows' : 'no extension'
		),
		bits(
			'rtp.csrcCount',
			'CC',
			0,
			1,
			4,
			4,
			csrcCount,
			'rtp.csrcCount',
			`${csrcCount} CSRC${csrcCount === 1 ? '' : 's'}`
		),
		bits('rtp.marker', 'M', 1, 1, 0, 1, marker, 'rtp.marker', marker ? 'marker set' : 'marker clear'),
		bits('rtp.payloadType', 'PT', 1, 1, 1, 7, payloadType, 'rtp.payloadType', String(payloadType)),
		field('rtp.sequenceNumber', 'sequence number', 2, 2, sequenceNumber, 'rtp.sequenceNumber'),
		field('rtp.timestamp', 'timestamp', 4, 4, timestamp, 'rtp.timestamp'),
		field('rtp.ssrc', 'SSRC', 8, 4, ssrc, 'rtp.ssrc', hex32(ssrc))
	];

	let p = 12;
	const csrcs: number[] = [];
	if (csrcCount > 0) {
		if (bytes.length < p + csrcCount * 4) {
			throw new DecodeError(
				`CC says ${csrcCount} CSRCs (${csrcCount * 4} bytes) but only ${bytes.length - p} bytes remain`,
				p,
				'truncated'
			);
		}
		const children: FieldSpan[] = [];
		for (let i = 0; i < csrcCount; i++) {
			const c = u32(bytes, p + i * 4);
			csrcs.push(c);
			children.push(field(`rtp.csrcs.${i}`, 'CSRC', p + i * 4, 4, c, 'rtp.csrc', hex32(c)));
		}
		spans.push(
			field(
				'rtp.csrcs',
				'CSRC list',
				p,
				csrcCount * 4,
				csrcs,
				'rtp.csrcList',
				`${csrcCount} CSRC${csrcCount === 1 ? '' : 's'}`,
				children
			)
		);
		p += csrcCount * 4;
	}

	let headerExtension: RtpHeaderExtension | null = null;
	if (hasExtension) {
		const ext = decodeHeaderExtension(bytes, p, options.extmap, 'rtp.headerExtension');
		headerExtension = ext.value;
		spans.push(ext.span);
		p = ext.end;
	}

	let payloadEnd = bytes.length;
	let padding: Uint8Array = new Uint8Array(0);
	if (hasPadding) {
		if (bytes.length === p) {
			throw new DecodeError(
				'the P bit is set but the packet ends right after the header, leaving no padding count',
				p,
				'bad-padding'
			);
		}
		const count = bytes[bytes.length - 1];
		if (count === 0) {
			throw new DecodeError(
				'the padding count is 0, but it counts itself and so must be at least 1',
				bytes.length - 1,
				'bad-padding'
			);
		}
		if (count > bytes.length - p) {
			throw new DecodeError(
				`the padding count (${count}) is larger than the ${bytes.length - p} bytes after the header`,
				bytes.length - 1,
				'bad-padding'
			);
		}
		payloadEnd = bytes.length - count;
		padding = bytes.slice(payloadEnd);
	}

	const payload = bytes.slice(p, payloadEnd);
	spans.push(
		field('rtp.payload', 'payload', p, payloadEnd - p, payload, 'rtp.payload', `${payloadEnd - p} bytes`)
	);
	if (padding.length > 0) {
		const children: FieldSpan[] = [];
		if (padding.length > 1) {
			children.push(
				field(
					'rtp.paddingOctets.bytes',
					'padding',
					payloadEnd,
					padding.length - 1,
					padding.subarray(0, -1),
					'rtp.paddingBytes',
					`${padding.length - 1} bytes`
				)
			);
		}
		children.push(
			field(
				'rtp.paddingOctets.count',
				'padding count',
				bytes.length - 1,
				1,
				padding.length,
				'rtp.paddingCount',
				`${padding.length} (includes itself)`
			)
		);
		spans.push(
			field(
				'rtp.paddingOctets',
				'padding',
				payloadEnd,
				padding.length,
				padding,
				'rtp.paddingOctets',
				`${padding.length} bytes`,
				children
			)
		);
	}

	return {
		value: { marker, payloadType, sequenceNumber, timestamp, ssrc, csrcs, headerExtension, payload, padding },
		spans
	};
}

export function encodeRtp(packet: RtpPacket): Uint8Array {
	if (packet.csrcs.length > 15) throw new Error('at most 15 CSRCs fit the 4-bit CC field');
	const pad = packet.padding;
	if (pad.length > 0 && pad[pad.length - 1] !== pad.length) {
		throw new Error(`the last padding byte must be the padding length (${pad.length})`);
	}
	if (pad.length > 255) throw new Error('at most 255 padding bytes');
	const w = new ByteWriter(12 + packet.payload.length + pad.length + 64);
	w.u8(0x80 | (pad.length > 0 ? 0x20 : 0) | (packet.headerExtension ? 0x10 : 0) | packet.csrcs.length);
	w.u8((packet.marker ? 0x80 : 0) | (packet.payloadType & 0x7f));
	w.u16(packet.sequenceNumber).u32(packet.timestamp).u32(packet.ssrc);
	for (const c of packet.csrcs) w.u32(c);
	if (packet.headerExtension) encodeHeaderExtension(w, packet.headerExtension);
	w.bytes(packet.payload).bytes(pad);
	return w.finish();
}

function u32(b: Uint8Array, o: number): number {
	return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
}
