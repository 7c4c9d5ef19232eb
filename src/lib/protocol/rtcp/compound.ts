// RFC 3550 §6.1 RTCP Packet Format: a compound packet is RTCP packets stacked back to back, each with its own
// common header and length; RFC 5506 allows "reduced-size" RTCP that is not compound.
import { DecodeError, type Decoded, type FieldSpan } from '../bytes/span';
import { ByteWriter } from '../bytes/writer';
import { bits, field } from '../rtp/span-builder';
import { findPacketType, packetTypeOf, RTCP_TYPE_NAMES } from './packet-types';
import type { RtcpPacket } from './types';

/*
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |V=2|P|  count  |      PT       |             length            |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   length: this packet's size in 32-bit words minus one, header and padding included.
*/
export function decodeRtcp(bytes: Uint8Array): Decoded<RtcpPacket[]> {
	if (bytes.length === 0)
		throw new DecodeError('an RTCP packet needs at least its 4-byte header; got nothing', 0, 'truncated');
	const packets: RtcpPacket[] = [];
	const spans: FieldSpan[] = [];
	let off = 0;
	while (off < bytes.length) {
		const i = packets.length;
		const path = `rtcp.${i}`;
		if (bytes.length - off < 4) {
			throw new DecodeError(
				`${bytes.length - off} bytes after packet ${i} are too few for another RTCP header`,
				off,
				'truncated'
			);
		}
		const b0 = bytes[off];
		const version = b0 >> 6;
		if (version !== 2) throw new DecodeError(`RTCP version must be 2, got ${version}`, off, 'bad-version');
		const hasPadding = (b0 & 0x20) !== 0;
		const count = b0 & 0x1f;
		const packetType = bytes[off + 1];
		const words = (bytes[off + 2] << 8) | bytes[off + 3];
		const size = (words + 1) * 4;
		if (off + size > bytes.length) {
			throw new DecodeError(
				`length says ${words} (${size} bytes) but only ${bytes.length - off} bytes remain`,
				off + 2,
				'truncated'
			);
		}
		const packetEnd = off + size;
		let contentEnd = packetEnd;
		let padding: Uint8Array = new Uint8Array(0);
		if (hasPadding) {
			const n = bytes[packetEnd - 1];
			if (n === 0 || n > size - 4) {
				throw new DecodeError(
					`padding count ${n} must be between 1 and the ${size - 4} bytes after the header`,
					packetEnd - 1,
					'bad-padding'
				);
			}
			contentEnd = packetEnd - n;
			padding = bytes.slice(contentEnd, packetEnd);
		}
		const type = findPacketType(packetType, count, bytes, off + 4, contentEnd);
		const header: FieldSpan[] = [
			bits(`${path}.version`, 'V', off, 1, 0, 2, version, 'rtcp.header.version', 'version 2'),
			bits(
				`${path}.padding`,
				'P',
				off,
				1,
				2,
				1,
				hasPadding,
				'rtcp.header.padding',
				hasPadding ? 'padded' : 'no padding'
			),
			bits(
				`${path}.count`,
				type?.countName ?? (packetType === 205 || packetType === 206 ? 'FMT' : 'count'),
				off,
				1,
				3,
				5,
				count,
				type?.countNoteId ??
					(packetType === 205 || packetType === 206 ? 'rtcp.header.fmt' : 'rtcp.header.count'),
				`${type?.countName ?? 'count'} ${count}`
			),
			field(
				`${path}.packetType`,
				'PT',
				off + 1,
				1,
				packetType,
				'rtcp.header.packetType',
				`${packetType} ${RTCP_TYPE_NAMES[packetType] ?? '(unassigned)'}`
			),
			field(`${path}.length`, 'length', off + 2, 2, words, 'rtcp.header.length', `${words} → ${size} bytes`)
		];
		let packet: RtcpPacket;
		let body: FieldSpan[];
		let name: string;
		if (type) {
			const d = type.decode({ bytes, start: off + 4, end: contentEnd, count, path });
			packet = { ...d.value, padding } as RtcpPacket;
			body = d.spans;
			name = type.name;
		} else {
			const raw = bytes.slice(off + 4, contentEnd);
			packet = { kind: 'unknown', packetType, count, body: raw, padding };
			body =
				raw.length > 0
					? [
							field(
								`${path}.body`,
								'body',
								off + 4,
								raw.length,
								raw,
								'rtcp.unknown.body',
								`${raw.length} bytes kept as-is`
							)
						]
					: [];
			name = `${RTCP_TYPE_NAMES[packetType] ?? `PT ${packetType}`}${packetType === 205 || packetType === 206 ? ` FMT ${count}` : ''}`;
		}
		const children = [...header, ...body];
		if (padding.length > 0) {
			const pc: FieldSpan[] = [];
			if (padding.length > 1)
				pc.push(
					field(
						`${path}.paddingOctets.bytes`,
						'padding',
						contentEnd,
						padding.length - 1,
						padding.subarray(0, -1),
						'rtcp.paddingBytes',
						`${padding.length - 1} bytes`
					)
				);
			pc.push(
				field(
					`${path}.paddingOctets.count`,
					'padding count',
					packetEnd - 1,
					1,
					padding.length,
					'rtcp.paddingCount',
					`${padding.length} (includes itself)`
				)
			);
			children.push(
				field(
					`${path}.paddingOctets`,
					'padding',
					contentEnd,
					padding.length,
					padding,
					'rtcp.paddingOctets',
					`${padding.length} bytes`,
					pc
				)
			);
		}
		packets.push(packet);
		spans.push(
			field(
				path,
				name,
				off,
				size,
				packet,
				packet.kind === 'unknown' ? 'rtcp.packet.unknown' : `rtcp.packet.${packet.kind}`,
				name,
				children
			)
		);
		off = packetEnd;
	}
	return { value: packets, spans };
}

export function encodeRtcp(packets: readonly RtcpPacket[]): Uint8Array {
	const w = new ByteWriter(256);
	for (const p of packets) {
		const start = w.length;
		let count: number;
		let packetType: number;
		w.u32(0); // header, filled in below once the length is known
		if (p.kind === 'unknown') {
			count = p.count;
			packetType = p.packetType;
			w.bytes(p.body);
		} else {
			const t = packetTypeOf(p.kind);
			count = t.count(p as never);
			packetType = t.packetType;
			t.encode(w, p as never);
		}
		if (count > 31) throw new Error(`${p.kind}: the 5-bit count field cannot hold ${count}`);
		const pad = p.padding;
		if (pad.length > 0) {
			if (pad[pad.length - 1] !== pad.length)
				throw new Error(`${p.kind}: the last padding byte must be the padding length`);
			w.bytes(pad);
		}
		if ((w.length - start) % 4 !== 0)
			throw new Error(`${p.kind}: packet size ${w.length - start} is not a multiple of 4 bytes`);
		const words = (w.length - start) / 4 - 1;
		w.setU16(start, ((0x80 | (pad.length > 0 ? 0x20 : 0) | count) << 8) | packetType);
		w.setU16(start + 2, words);
	}
	return w.finish();
}

export interface CompoundProblem {
	code: 'first-not-report' | 'padding-not-last' | 'no-cname' | 'bye-not-last';
	/** Index of the packet the problem is about. */
	packetIndex: number;
	message: string;
}

export interface CompoundCheck {
	/** A single packet that is not SR/RR: allowed as reduced-size RTCP (RFC 5506 §3) when negotiated. */
	reducedSize: boolean;
	/** True when the packets form a valid compound packet per RFC 3550 §6.1 (or a reduced-size one). */
	valid: boolean;
	problems: CompoundProblem[];
}

/** RFC 3550 §6.1 / Appendix A.2 rules for compound packets, with the RFC 5506 reduced-size exception. */
export function validateCompound(packets: readonly RtcpPacket[]): CompoundCheck {
	const problems: CompoundProblem[] = [];
	if (packets.length === 0) return { reducedSize: false, valid: false, problems };
	const reducedSize = packets.length === 1 && packets[0].kind !== 'SR' && packets[0].kind !== 'RR';
	if (reducedSize) return { reducedSize, valid: true, problems };
	const first = packets[0].kind;
	if (first !== 'SR' && first !== 'RR') {
		problems.push({
			code: 'first-not-report',
			packetIndex: 0,
			message: 'a compound packet must start with an SR or RR (RFC 3550 §6.1)'
		});
	}
	packets.forEach((p, i) => {
		if (p.padding.length > 0 && i !== packets.length - 1) {
			problems.push({
				code: 'padding-not-last',
				packetIndex: i,
				message: 'only the last packet of a compound may be padded (RFC 3550 §6.4.1, A.2)'
			});
		}
	});
	const hasCname = packets.some(
		(p) => p.kind === 'SDES' && p.chunks.some((c) => c.items.some((it) => it.type === 1))
	);
	if (!hasCname) {
		problems.push({
			code: 'no-cname',
			packetIndex: 0,
			message: 'every compound packet must carry an SDES CNAME (RFC 3550 §6.1)'
		});
	}
	const byeIndex = packets.findIndex((p) => p.kind === 'BYE');
	if (byeIndex >= 0 && byeIndex !== packets.length - 1) {
		problems.push({
			code: 'bye-not-last',
			packetIndex: byeIndex,
			message: 'BYE should be the last packet of a compound (RFC 3550 §6.1)'
		});
	}
	return { reducedSize, valid: problems.length === 0, problems };
}
