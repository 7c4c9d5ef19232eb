// Capture files → their UDP packets: classic libpcap files and pcapng, as written by Wireshark, tshark,
// tcpdump and dumpcap. Malformed files raise a DecodeError with the byte offset; a file cut off in the middle
// of a packet (a capture stopped hard) keeps the packets before it and says so in `warnings`.
import { decodeFrame, NOT_UDP, type Endpoint, type LinkType } from './frame';
import { DecodeError } from './span';

export interface CaptureUdp {
	src: Endpoint;
	dst: Endpoint;
	/** Where the UDP payload starts inside frameBytes. */
	payloadOffset: number;
	payloadLength: number;
}

export interface CapturePacket {
	/** Frame number as Wireshark counts it: 1 for the first packet record of the file, UDP or not. */
	index: number;
	/** Capture time in seconds since 1970 (UTC), fractional; undefined for pcapng Simple Packet Blocks. */
	time?: number;
	linkType: LinkType;
	/** Where the frame starts in the file. */
	frameOffset: number;
	/** The captured frame: a view into the file's bytes, not a copy. */
	frameBytes: Uint8Array;
	/** Length of the frame on the wire; more than frameBytes.length when the capture cut it (snaplen). */
	originalLength: number;
	udp: CaptureUdp;
}

export interface Capture {
	format: 'pcap' | 'pcapng';
	/** The UDP packets, in file order. */
	packets: CapturePacket[];
	/** Packet records that are not UDP over IP (TCP, ARP, fragments, unsupported link types, cut frames). */
	skipped: number;
	/** True when reading stopped at `maxPackets` records. */
	truncated: boolean;
	/** Plain-language notes on what was skipped or cut, at most one per kind. */
	warnings: string[];
}

export interface ReadCaptureOptions {
	/** Stop after this many packet records (UDP or not); default 10 000. */
	maxPackets?: number;
}

const DEFAULT_MAX_PACKETS = 10_000;

// https://www.tcpdump.org/linktypes.html — the link-layer header types we can strip.
const LINK_TYPES: Record<number, LinkType> = {
	0: 'bsd-loopback', // LINKTYPE_NULL
	1: 'ethernet', // LINKTYPE_ETHERNET
	12: 'raw-ip', // LINKTYPE_RAW on OpenBSD-derived writers (DLT_RAW value 12)
	14: 'raw-ip', // DLT_RAW on some BSDs
	101: 'raw-ip', // LINKTYPE_RAW
	108: 'bsd-loopback', // LINKTYPE_LOOP (OpenBSD, network byte order)
	113: 'sll', // LINKTYPE_LINUX_SLL
	228: 'raw-ip', // LINKTYPE_IPV4
	229: 'raw-ip', // LINKTYPE_IPV6
	276: 'sll2' // LINKTYPE_LINUX_SLL2
};

const LINK_TYPE_NAMES: Record<number, string> = {
	105: 'IEEE 802.11',
	127: '802.11 radiotap',
	147: 'user-defined'
};

class Collector {
	packets: CapturePacket[] = [];
	skipped = 0;
	records = 0;
	truncated = false;
	private warned = new Set<string>();
	warnings: string[] = [];

	constructor(
		readonly file: Uint8Array,
		readonly maxPackets: number
	) {}

	warn(kind: string, text: string): void {
		if (this.warned.has(kind)) return;
		this.warned.add(kind);
		this.warnings.push(text);
	}

	/** False once the cap is reached: the caller stops reading. */
	add(linkTypeNumber: number, frameOffset: number, caplen: number, origlen: number, time?: number): boolean {
		if (this.records >= this.maxPackets) {
			this.truncated = true;
			this.warn('cap', `stopped after ${this.maxPackets} packets; the rest of the file was not read`);
			return false;
		}
		const index = ++this.records;
		const linkType = LINK_TYPES[linkTypeNumber];
		if (!linkType) {
			this.skipped++;
			this.warn(
				`link-${linkTypeNumber}`,
				`link type ${linkTypeNumber}${LINK_TYPE_NAMES[linkTypeNumber] ? ` (${LINK_TYPE_NAMES[linkTypeNumber]})` : ''} is not supported; its packets were skipped`
			);
			return true;
		}
		const frameBytes = this.file.subarray(frameOffset, frameOffset + caplen);
		try {
			const { value } = decodeFrame(frameBytes, linkType);
			this.packets.push({
				index,
				...(time !== undefined ? { time } : {}),
				linkType,
				frameOffset,
				frameBytes,
				originalLength: origlen,
				udp: {
					src: value.src,
					dst: value.dst,
					payloadOffset: value.payloadOffset,
					payloadLength: value.payloadLength
				}
			});
		} catch (e) {
			if (!(e instanceof DecodeError)) throw e;
			this.skipped++;
			if (e.code === NOT_UDP) return true;
			if (e.code === 'fragment') this.warn('fragment', `IP fragments were skipped (first: packet ${index})`);
			else if (caplen < origlen)
				this.warn(
					'snaplen',
					`packets cut short by the capture's snapshot length were skipped (first: packet ${index})`
				);
			else this.warn('bad-frame', `packet ${index} and any others like it were skipped: ${e.message}`);
		}
		return true;
	}

	result(format: Capture['format']): Capture {
		return {
			format,
			packets: this.packets,
			skipped: this.skipped,
			truncated: this.truncated,
			warnings: this.warnings
		};
	}
}

/** Reads 16/32-bit fields in the byte order a file declared (pcap and pcapng are written in the writer's order). */
class Fields {
	constructor(
		readonly b: Uint8Array,
		public littleEndian: boolean
	) {}
	u16(o: number): number {
		const b = this.b;
		return this.littleEndian ? b[o] | (b[o + 1] << 8) : (b[o] << 8) | b[o + 1];
	}
	u32(o: number): number {
		const b = this.b;
		return (
			(this.littleEndian
				? b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)
				: (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0
		);
	}
}

// Classic libpcap file (draft-ietf-opsawg-pcap §4, §5):
// File header (24 bytes): Magic Number | Major 2 | Minor 4 | Reserved1 | Reserved2 | SnapLen | LinkType
// Packet record: Timestamp (s) | Timestamp (µs or ns) | Captured Packet Length | Original Packet Length | data
function readPcap(b: Uint8Array, c: Collector): Capture {
	if (b.length < 24)
		throw new DecodeError(`a pcap file header is 24 bytes, this file has ${b.length}`, 0, 'truncated');
	const magicBE = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
	const le = magicBE === 0xd4c3b2a1 || magicBE === 0x4d3cb2a1;
	const f = new Fields(b, le);
	const magic = f.u32(0);
	const nanos = magic === 0xa1b23c4d;
	const linkType = f.u32(20) & 0xffff; // the upper bits hold FCS information (draft §4)
	const major = f.u16(4);
	if (major !== 2)
		throw new DecodeError(`pcap version ${major}.${f.u16(6)} is not 2.x`, 4, 'unsupported-version');
	let o = 24;
	while (o < b.length) {
		if (b.length - o < 16) {
			c.warn('cut', `the file ends inside a packet header at byte ${o}; the packets before it are shown`);
			break;
		}
		const sec = f.u32(o);
		const frac = f.u32(o + 4);
		const caplen = f.u32(o + 8);
		const origlen = f.u32(o + 12);
		if (caplen > 0x4000000)
			throw new DecodeError(`packet record claims ${caplen} captured bytes`, o + 8, 'malformed');
		if (nanos ? frac >= 1e9 : frac >= 1e6) {
			throw new DecodeError(
				`timestamp fraction ${frac} is out of range for ${nanos ? 'nanoseconds' : 'microseconds'}`,
				o + 4,
				'malformed'
			);
		}
		if (o + 16 + caplen > b.length) {
			c.warn(
				'cut',
				`the file ends inside packet ${c.records + 1} (at byte ${o}); the packets before it are shown`
			);
			break;
		}
		if (!c.add(linkType, o + 16, caplen, origlen, sec + frac / (nanos ? 1e9 : 1e6))) break;
		o += 16 + caplen;
	}
	return c.result('pcap');
}

interface Interface {
	linkType: number;
	snaplen: number;
	/** Timestamp units per second. */
	unitsPerSecond: number;
	/** if_tsoffset: seconds to add to every timestamp. */
	offsetSeconds: number;
}

const PCAPNG_SHB = 0x0a0d0d0a;

// pcapng (draft-ietf-opsawg-pcapng §3.1): every block is
// | Block Type (4) | Block Total Length (4) | Block Body ... | Block Total Length (4) |
// A Section Header Block (§4.1) starts each section and fixes its byte order with the magic 0x1A2B3C4D.
function readPcapng(b: Uint8Array, c: Collector): Capture {
	const f = new Fields(b, true);
	let interfaces: Interface[] = [];
	let o = 0;
	while (o < b.length) {
		if (b.length - o < 12) {
			c.warn('cut', `the file ends inside a block header at byte ${o}; the packets before it are shown`);
			break;
		}
		const typeRaw = ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
		if (typeRaw === PCAPNG_SHB) {
			// The SHB's type reads the same in both orders; its byte-order magic tells the section's order.
			if (b.length - o < 28) throw new DecodeError('Section Header Block is cut short', o, 'truncated');
			const bom = ((b[o + 8] << 24) | (b[o + 9] << 16) | (b[o + 10] << 8) | b[o + 11]) >>> 0;
			if (bom === 0x1a2b3c4d) f.littleEndian = false;
			else if (bom === 0x4d3c2b1a) f.littleEndian = true;
			else
				throw new DecodeError(`byte-order magic 0x${bom.toString(16)} is not 0x1a2b3c4d`, o + 8, 'bad-magic');
			const major = f.u16(o + 12);
			if (major !== 1)
				throw new DecodeError(`pcapng version ${major} is not 1`, o + 12, 'unsupported-version');
			interfaces = [];
		} else if (o === 0) {
			throw new DecodeError('a pcapng file must start with a Section Header Block', 0, 'bad-magic');
		}
		const type = f.u32(o);
		const total = f.u32(o + 4);
		if (total < 12 || total % 4 !== 0) {
			throw new DecodeError(
				`block length ${total} is not a multiple of 4 of at least 12`,
				o + 4,
				'malformed'
			);
		}
		if (o + total > b.length) {
			c.warn('cut', `the file ends inside a block at byte ${o}; the packets before it are shown`);
			break;
		}
		if (f.u32(o + total - 4) !== total) {
			throw new DecodeError(
				`block at byte ${o} ends with a different length than it starts with`,
				o + total - 4,
				'malformed'
			);
		}
		const body = o + 8;
		const bodyEnd = o + total - 4;
		let keepGoing = true;
		switch (type) {
			case 1: {
				// §4.2 Interface Description Block: LinkType (2) | Reserved (2) | SnapLen (4) | Options
				if (bodyEnd - body < 8)
					throw new DecodeError('Interface Description Block is too short', o, 'malformed');
				interfaces.push({
					linkType: f.u16(body),
					snaplen: f.u32(body + 4),
					...readIdbOptions(f, body + 8, bodyEnd)
				});
				break;
			}
			case 6: // §4.3 Enhanced Packet Block
			case 2: {
				// Obsolete Packet Block (Appendix A): Interface ID is 2 bytes followed by a 2-byte drops count.
				// | Interface ID | Timestamp (High) | Timestamp (Low) | Captured Length | Original Length | data
				if (bodyEnd - body < 20) throw new DecodeError('Packet Block is too short', o, 'malformed');
				const ifId = type === 6 ? f.u32(body) : f.u16(body);
				const iface = interfaces[ifId];
				if (!iface)
					throw new DecodeError(
						`packet refers to interface ${ifId}, which was not described`,
						body,
						'malformed'
					);
				const caplen = f.u32(body + 12);
				const origlen = f.u32(body + 16);
				if (caplen > bodyEnd - body - 20) {
					throw new DecodeError(
						`Captured Length ${caplen} runs past the end of its block`,
						body + 12,
						'malformed'
					);
				}
				const ts = BigInt(f.u32(body + 4)) * 0x100000000n + BigInt(f.u32(body + 8));
				const units = BigInt(iface.unitsPerSecond);
				const time = Number(ts / units) + Number(ts % units) / iface.unitsPerSecond + iface.offsetSeconds;
				keepGoing = c.add(iface.linkType, body + 20, caplen, origlen, time);
				break;
			}
			case 3: {
				// §4.4 Simple Packet Block: Original Packet Length | data (captured = min(original, snaplen))
				if (bodyEnd - body < 4) throw new DecodeError('Simple Packet Block is too short', o, 'malformed');
				const iface = interfaces[0];
				if (!iface)
					throw new DecodeError('Simple Packet Block before any Interface Description Block', o, 'malformed');
				const origlen = f.u32(body);
				let caplen = Math.min(origlen, bodyEnd - body - 4);
				if (iface.snaplen > 0) caplen = Math.min(caplen, iface.snaplen);
				keepGoing = c.add(iface.linkType, body + 4, caplen, origlen);
				break;
			}
			default:
			// Name resolution, interface statistics, decryption secrets, custom blocks: nothing for us.
		}
		if (!keepGoing) break;
		o += total;
	}
	return c.result('pcapng');
}

// §4.2 IDB options: if_tsresol (9): 1 byte, MSB 0 → 10^-n s, MSB 1 → 2^-n s (default 10^-6);
// if_tsoffset (14): 8-byte signed seconds added to every timestamp.
function readIdbOptions(
	f: Fields,
	start: number,
	end: number
): Pick<Interface, 'unitsPerSecond' | 'offsetSeconds'> {
	let unitsPerSecond = 1e6;
	let offsetSeconds = 0;
	let o = start;
	while (o + 4 <= end) {
		const code = f.u16(o);
		const len = f.u16(o + 2);
		if (code === 0) break;
		const v = o + 4;
		if (v + len > end)
			throw new DecodeError(`option ${code} runs past the end of its block`, o + 2, 'malformed');
		if (code === 9 && len >= 1) {
			const r = f.b[v];
			const exp = r & 0x7f;
			unitsPerSecond = r & 0x80 ? 2 ** exp : 10 ** exp;
			if (exp > 63 || unitsPerSecond < 1)
				throw new DecodeError(`timestamp resolution 0x${r.toString(16)} is out of range`, v, 'malformed');
		} else if (code === 14 && len >= 8) {
			const hi = f.u32(f.littleEndian ? v + 4 : v) | 0;
			const lo = f.u32(f.littleEndian ? v : v + 4);
			offsetSeconds = hi * 0x100000000 + lo;
		}
		o = v + Math.ceil(len / 4) * 4;
	}
	return { unitsPerSecond, offsetSeconds };
}

/**
 * Lists the UDP packets of a classic pcap (either byte order, µs or ns timestamps) or pcapng file (any
 * section byte order; Enhanced, Simple and obsolete Packet Blocks; other blocks skipped).
 * Throws only DecodeError: code `bad-magic` when the file is neither format, `malformed`/`truncated`/
 * `unsupported-version` with the byte offset of the problem.
 */
export function readCapture(bytes: Uint8Array, options: ReadCaptureOptions = {}): Capture {
	const max = options.maxPackets ?? DEFAULT_MAX_PACKETS;
	const c = new Collector(bytes, max);
	if (bytes.length < 4) throw new DecodeError('too short to be a capture file', 0, 'truncated');
	const magic = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
	if ([0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1].includes(magic)) return readPcap(bytes, c);
	if (magic === PCAPNG_SHB) return readPcapng(bytes, c);
	throw new DecodeError(
		`not a capture file: it starts with 0x${magic.toString(16).padStart(8, '0')}, not a pcap or pcapng magic number (save as .pcap or .pcapng)`,
		0,
		'bad-magic'
	);
}
