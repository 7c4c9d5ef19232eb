// Whole captured frames → the UDP payload inside: link layer (Ethernet II with 802.1Q/802.1ad tags, Linux
// cooked capture v1/v2, BSD loopback, or none), IPv4 or IPv6 (with extension headers), then UDP.
// Pasted hex dumps from Wireshark or tcpdump start with these headers; the packet lab strips them here and
// decodes the payload on its own (spans shifted with shiftSpans).
import { ByteReader } from './reader';
import { DecodeError, type Decoded, type FieldSpan } from './span';

/** The link layers this module reads. `raw-ip`: the frame starts with the IP header. */
export type LinkType = 'ethernet' | 'raw-ip' | 'sll' | 'sll2' | 'bsd-loopback';

export interface Endpoint {
	/** Dotted IPv4 or RFC 5952 IPv6 text, as Wireshark prints it. */
	ip: string;
	port: number;
}

export type LayerName =
	| 'Ethernet II'
	| '802.1Q'
	| 'Linux cooked capture'
	| 'Linux cooked capture v2'
	| 'BSD loopback'
	| 'IPv4'
	| 'IPv6'
	| 'UDP';

/** One header of the frame, outermost first. `length` counts the header bytes only (not what it carries). */
export interface FrameLayer {
	name: LayerName;
	offset: number;
	length: number;
}

export interface Ipv4Header {
	version: 4;
	ihl: number;
	dscp: number;
	ecn: number;
	totalLength: number;
	identification: number;
	dontFragment: boolean;
	moreFragments: boolean;
	fragmentOffset: number;
	ttl: number;
	protocol: number;
	headerChecksum: number;
	headerChecksumOk: boolean;
	source: string;
	destination: string;
}

export interface Ipv6Header {
	version: 6;
	trafficClass: number;
	flowLabel: number;
	payloadLength: number;
	nextHeader: number;
	hopLimit: number;
	source: string;
	destination: string;
	/** Next Header values of the extension headers skipped before UDP, in order (0, 43, 44, 60). */
	extensionHeaders: number[];
}

export interface UdpHeader {
	sourcePort: number;
	destinationPort: number;
	length: number;
	checksum: number;
	/** `none`: checksum 0, which IPv4 allows to mean "not computed" (RFC 768). */
	checksumStatus: 'correct' | 'incorrect' | 'none';
}

export interface UdpFrame {
	linkType: LinkType;
	layers: FrameLayer[];
	/** VLAN IDs of the 802.1Q/802.1ad tags, outermost first. */
	vlanIds: number[];
	ip: Ipv4Header | Ipv6Header;
	udp: UdpHeader;
	src: Endpoint;
	dst: Endpoint;
	/** Where the UDP payload starts, from bytes[0]. */
	payloadOffset: number;
	payloadLength: number;
}

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const ETHERTYPE_VLAN = 0x8100;
const ETHERTYPE_QINQ = 0x88a8;
const IPPROTO_UDP = 17;

const ETHERTYPE_NAMES: Record<number, string> = {
	0x0800: 'IPv4',
	0x0806: 'ARP',
	0x86dd: 'IPv6',
	0x8100: '802.1Q VLAN tag',
	0x88a8: '802.1ad VLAN tag'
};

const IP_PROTOCOL_NAMES: Record<number, string> = {
	0: 'IPv6 Hop-by-Hop Options',
	1: 'ICMP',
	6: 'TCP',
	17: 'UDP',
	43: 'Routing Header for IPv6',
	44: 'Fragment Header for IPv6',
	50: 'ESP',
	51: 'AH',
	58: 'ICMPv6',
	59: 'No Next Header for IPv6',
	60: 'Destination Options for IPv6',
	132: 'SCTP'
};

const SLL_PACKET_TYPES: Record<number, string> = {
	0: 'unicast to us',
	1: 'broadcast',
	2: 'multicast',
	3: 'unicast to another host',
	4: 'sent by us'
};

const ARPHRD_NAMES: Record<number, string> = { 1: 'Ethernet', 772: 'Loopback', 65534: 'None (tunnel)' };

const named = (table: Record<number, string>, v: number, width = 4) =>
	`${table[v] ?? 'unknown'} (0x${v.toString(16).padStart(width, '0')})`;

function field(
	path: string,
	name: string,
	offset: number,
	length: number,
	value: unknown,
	noteId: string,
	display?: string
): FieldSpan {
	return { path, name, offset, length, value, noteId, ...(display !== undefined ? { display } : {}) };
}

function bitField(
	path: string,
	name: string,
	offset: number,
	length: number,
	bitOffset: number,
	bitLength: number,
	value: number,
	noteId: string,
	display?: string
): FieldSpan {
	return { ...field(path, name, offset, length, value, noteId, display), bitOffset, bitLength };
}

export function formatMac(b: Uint8Array): string {
	return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(':');
}

export function formatIpv4(b: Uint8Array): string {
	return Array.from(b).join('.');
}

/** RFC 5952 §4: lowercase, no leading zeros, the longest run (≥ 2) of zero groups as `::`. */
export function formatIpv6(b: Uint8Array): string {
	const groups: number[] = [];
	for (let i = 0; i < 16; i += 2) groups.push((b[i] << 8) | b[i + 1]);
	let bestStart = -1;
	let bestLen = 0;
	for (let i = 0; i < 8;) {
		if (groups[i] !== 0) {
			i++;
			continue;
		}
		let j = i;
		while (j < 8 && groups[j] === 0) j++;
		if (j - i > bestLen && j - i >= 2) {
			bestStart = i;
			bestLen = j - i;
		}
		i = j;
	}
	const hexes = groups.map((g) => g.toString(16));
	if (bestStart < 0) return hexes.join(':');
	return `${hexes.slice(0, bestStart).join(':')}::${hexes.slice(bestStart + bestLen).join(':')}`;
}

/** The Internet checksum (RFC 1071): ones' complement of the ones' complement sum of 16-bit words. */
function onesSum(bytes: Uint8Array, start: number, end: number, sum = 0): number {
	for (let i = start; i < end; i += 2) {
		sum += (bytes[i] << 8) | (i + 1 < end ? bytes[i + 1] : 0);
	}
	while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
	return sum;
}

/** Thrown (as a DecodeError code) when the frame is well formed but carries something other than UDP. */
export const NOT_UDP = 'not-udp';

interface Ctx {
	bytes: Uint8Array;
	/** Auto-detection: any inconsistency means "not a frame", so lengths must match exactly. */
	strict: boolean;
	layers: FrameLayer[];
	spans: FieldSpan[];
	vlanIds: number[];
}

function fail(message: string, offset: number, code = 'malformed'): never {
	throw new DecodeError(message, offset, code);
}

// IEEE 802.3 §3.1.1 Ethernet II header; IEEE 802.1Q §9.6 VLAN tag (TPID 0x8100, or 0x88a8 for 802.1ad).
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                 Destination MAC address (6 bytes)             |
// +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                               |                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
// |                   Source MAC address (6 bytes)                |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |    EtherType (or TPID 0x8100) | PCP |D|   VLAN ID (if tagged) |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
function readEthernet(c: Ctx, r: ByteReader): number {
	const start = r.offset;
	const dst = r.take(6, 'Ethernet destination address');
	const src = r.take(6, 'Ethernet source address');
	const children: FieldSpan[] = [
		field(
			'frame.ethernet.destination',
			'Destination',
			start,
			6,
			formatMac(dst),
			'frame.ethernet.destination',
			formatMac(dst)
		),
		field(
			'frame.ethernet.source',
			'Source',
			start + 6,
			6,
			formatMac(src),
			'frame.ethernet.source',
			formatMac(src)
		)
	];
	let typeOffset = r.offset;
	let type = r.u16('EtherType');
	c.layers.push({ name: 'Ethernet II', offset: start, length: 14 });
	c.spans.push({
		path: 'frame.ethernet',
		name: 'Ethernet II',
		offset: start,
		length: 14,
		value: null,
		display: `${formatMac(src)} → ${formatMac(dst)}`,
		noteId: 'frame.ethernet',
		children
	});
	if (type < 0x0600)
		fail(
			`length field ${type} instead of an EtherType: an IEEE 802.3 frame, not Ethernet II`,
			typeOffset,
			NOT_UDP
		);
	// At most two tags (802.1ad outer + 802.1Q inner); more would be a malformed or hostile frame.
	let tags = 0;
	while (type === ETHERTYPE_VLAN || type === ETHERTYPE_QINQ) {
		if (++tags > 2) fail('more than two VLAN tags', typeOffset);
		const tpidOffset = typeOffset;
		const tpid = type;
		const tci = r.u16('VLAN tag control information');
		typeOffset = r.offset;
		type = r.u16('EtherType after the VLAN tag');
		const i = c.vlanIds.length;
		const vid = tci & 0x0fff;
		c.vlanIds.push(vid);
		const tagSpan: FieldSpan = {
			path: `frame.vlan.${i}`,
			name: tpid === ETHERTYPE_QINQ ? '802.1ad VLAN tag' : '802.1Q VLAN tag',
			offset: tpidOffset,
			length: 6,
			value: vid,
			display: `VLAN ${vid}`,
			noteId: 'frame.vlan',
			children: [
				field(
					`frame.vlan.${i}.tpid`,
					'Tag Protocol Identifier',
					tpidOffset,
					2,
					tpid,
					'frame.vlan.tpid',
					named(ETHERTYPE_NAMES, tpid)
				),
				bitField(
					`frame.vlan.${i}.pcp`,
					'Priority Code Point',
					tpidOffset + 2,
					1,
					0,
					3,
					tci >>> 13,
					'frame.vlan.pcp'
				),
				bitField(
					`frame.vlan.${i}.dei`,
					'Drop Eligible Indicator',
					tpidOffset + 2,
					1,
					3,
					1,
					(tci >>> 12) & 1,
					'frame.vlan.dei'
				),
				bitField(`frame.vlan.${i}.vid`, 'VLAN Identifier', tpidOffset + 2, 2, 4, 12, vid, 'frame.vlan.vid'),
				field(
					`frame.vlan.${i}.type`,
					'EtherType',
					typeOffset,
					2,
					type,
					'frame.ethernet.type',
					named(ETHERTYPE_NAMES, type)
				)
			]
		};
		c.layers.push({ name: '802.1Q', offset: tpidOffset, length: 4 });
		c.spans.push(tagSpan);
	}
	// The EtherType that names the payload sits in the Ethernet span when untagged.
	if (tags === 0)
		children.push(
			field(
				'frame.ethernet.type',
				'EtherType',
				typeOffset,
				2,
				type,
				'frame.ethernet.type',
				named(ETHERTYPE_NAMES, type)
			)
		);
	return type;
}

// Linux cooked capture v1 (LINKTYPE_LINUX_SLL = 113), what libpcap writes for the "any" device:
// +---------------------------+  +---------------------------+
// | Packet type (2)           |  | ARPHRD type (2)           |
// | Link-layer address length |  | Link-layer address (8)    |
// | Protocol type (2) = EtherType                             |
// +-----------------------------------------------------------+
function readSll(c: Ctx, r: ByteReader): number {
	const s = r.offset;
	const packetType = r.u16('SLL packet type');
	const arphrd = r.u16('SLL ARPHRD type');
	const addrLen = r.u16('SLL address length');
	const addr = r.take(8, 'SLL address');
	const protocol = r.u16('SLL protocol type');
	const shown = formatMac(addr.subarray(0, Math.min(addrLen, 8)));
	c.layers.push({ name: 'Linux cooked capture', offset: s, length: 16 });
	c.spans.push({
		path: 'frame.sll',
		name: 'Linux cooked capture',
		offset: s,
		length: 16,
		value: null,
		noteId: 'frame.sll',
		children: [
			field(
				'frame.sll.packetType',
				'Packet type',
				s,
				2,
				packetType,
				'frame.sll.packetType',
				named(SLL_PACKET_TYPES, packetType)
			),
			field(
				'frame.sll.arphrdType',
				'ARPHRD type',
				s + 2,
				2,
				arphrd,
				'frame.sll.arphrdType',
				named(ARPHRD_NAMES, arphrd)
			),
			field(
				'frame.sll.addressLength',
				'Link-layer address length',
				s + 4,
				2,
				addrLen,
				'frame.sll.addressLength'
			),
			field(
				'frame.sll.address',
				'Link-layer address',
				s + 6,
				8,
				shown,
				'frame.sll.address',
				shown || '(none)'
			),
			field(
				'frame.sll.protocol',
				'Protocol',
				s + 14,
				2,
				protocol,
				'frame.ethernet.type',
				named(ETHERTYPE_NAMES, protocol)
			)
		]
	});
	return protocol;
}

// Linux cooked capture v2 (LINKTYPE_LINUX_SLL2 = 276): protocol first, then the interface index.
// | Protocol type (2) | Reserved (2) | Interface index (4) | ARPHRD type (2) | Packet type (1) |
// | Address length (1) | Link-layer address (8) |
function readSll2(c: Ctx, r: ByteReader): number {
	const s = r.offset;
	const protocol = r.u16('SLL2 protocol type');
	const reserved = r.u16('SLL2 reserved');
	const ifIndex = r.u32('SLL2 interface index');
	const arphrd = r.u16('SLL2 ARPHRD type');
	const packetType = r.u8('SLL2 packet type');
	const addrLen = r.u8('SLL2 address length');
	const addr = r.take(8, 'SLL2 address');
	const shown = formatMac(addr.subarray(0, Math.min(addrLen, 8)));
	c.layers.push({ name: 'Linux cooked capture v2', offset: s, length: 20 });
	c.spans.push({
		path: 'frame.sll2',
		name: 'Linux cooked capture v2',
		offset: s,
		length: 20,
		value: null,
		noteId: 'frame.sll2',
		children: [
			field(
				'frame.sll2.protocol',
				'Protocol',
				s,
				2,
				protocol,
				'frame.ethernet.type',
				named(ETHERTYPE_NAMES, protocol)
			),
			field('frame.sll2.reserved', 'Reserved', s + 2, 2, reserved, 'frame.sll2.reserved'),
			field('frame.sll2.interfaceIndex', 'Interface index', s + 4, 4, ifIndex, 'frame.sll2.interfaceIndex'),
			field(
				'frame.sll2.arphrdType',
				'ARPHRD type',
				s + 8,
				2,
				arphrd,
				'frame.sll.arphrdType',
				named(ARPHRD_NAMES, arphrd)
			),
			field(
				'frame.sll2.packetType',
				'Packet type',
				s + 10,
				1,
				packetType,
				'frame.sll.packetType',
				named(SLL_PACKET_TYPES, packetType, 2)
			),
			field(
				'frame.sll2.addressLength',
				'Link-layer address length',
				s + 11,
				1,
				addrLen,
				'frame.sll.addressLength'
			),
			field(
				'frame.sll2.address',
				'Link-layer address',
				s + 12,
				8,
				shown,
				'frame.sll.address',
				shown || '(none)'
			)
		]
	});
	return protocol;
}

// BSD loopback (LINKTYPE_NULL = 0, host byte order; LINKTYPE_LOOP = 108, network byte order): a 4-byte
// protocol family — 2 for IPv4; 24, 28 or 30 for IPv6 depending on the BSD that wrote it. macOS lo0 uses it.
function readBsdLoopback(c: Ctx, r: ByteReader): number {
	const s = r.offset;
	const raw = r.u32('loopback protocol family');
	// Little-endian writers put the small number in the first byte; a big-endian one in the last.
	const family = raw > 0xffff ? ((raw >>> 24) | ((raw >>> 8) & 0xff00)) >>> 0 : raw;
	const ethertype = family === 2 ? ETHERTYPE_IPV4 : [24, 28, 30].includes(family) ? ETHERTYPE_IPV6 : -1;
	c.layers.push({ name: 'BSD loopback', offset: s, length: 4 });
	c.spans.push({
		path: 'frame.loopback',
		name: 'BSD loopback',
		offset: s,
		length: 4,
		value: family,
		noteId: 'frame.loopback',
		children: [
			field(
				'frame.loopback.family',
				'Protocol family',
				s,
				4,
				family,
				'frame.loopback.family',
				ethertype === ETHERTYPE_IPV4
					? 'IPv4 (AF_INET)'
					: ethertype === ETHERTYPE_IPV6
						? 'IPv6 (AF_INET6)'
						: `unknown (${family})`
			)
		]
	});
	if (ethertype < 0) fail(`protocol family ${family} is neither IPv4 nor IPv6`, s, NOT_UDP);
	return ethertype;
}

interface IpResult {
	header: Ipv4Header | Ipv6Header;
	/** Where the UDP header starts and the end of the IP packet (both from bytes[0]). */
	udpOffset: number;
	end: number;
	src: Uint8Array;
	dst: Uint8Array;
}

// RFC 791 §3.1 Internet Header Format
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version|  IHL  |   DSCP    |ECN|          Total Length         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Identification        |Flags|      Fragment Offset    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Time to Live |    Protocol   |         Header Checksum       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                       Source Address                          |
// |                    Destination Address                        |
// |                    Options                    |    Padding    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// (DSCP/ECN: RFC 2474 §3 and RFC 3168 §5 split the old Type of Service byte.)
function readIpv4(c: Ctx, r: ByteReader): IpResult {
	const s = r.offset;
	const b = c.bytes;
	r.need(20, 'IPv4 header');
	const version = b[s] >>> 4;
	const ihl = b[s] & 0x0f;
	if (version !== 4) fail(`IP version ${version} where the EtherType says IPv4`, s);
	if (ihl < 5) fail(`IPv4 header length (IHL) ${ihl} is below the minimum of 5 words`, s);
	const headerLength = ihl * 4;
	r.need(headerLength, 'IPv4 header with options');
	const tos = b[s + 1];
	const totalLength = (b[s + 2] << 8) | b[s + 3];
	const identification = (b[s + 4] << 8) | b[s + 5];
	const flagsFrag = (b[s + 6] << 8) | b[s + 7];
	const ttl = b[s + 8];
	const protocol = b[s + 9];
	const checksum = (b[s + 10] << 8) | b[s + 11];
	const src = b.subarray(s + 12, s + 16);
	const dst = b.subarray(s + 16, s + 20);
	const checksumOk = onesSum(b, s, s + headerLength) === 0xffff;
	const expected = (~onesSum(b, s, s + headerLength, 0x10000 - 1 - checksum) & 0xffff) >>> 0;
	const flags = flagsFrag >>> 13;
	const fragmentOffset = flagsFrag & 0x1fff;
	const header: Ipv4Header = {
		version: 4,
		ihl,
		dscp: tos >>> 2,
		ecn: tos & 3,
		totalLength,
		identification,
		dontFragment: (flags & 2) !== 0,
		moreFragments: (flags & 1) !== 0,
		fragmentOffset,
		ttl,
		protocol,
		headerChecksum: checksum,
		headerChecksumOk: checksumOk,
		source: formatIpv4(src),
		destination: formatIpv4(dst)
	};
	const flagNames = [
		flags & 4 ? 'reserved bit' : '',
		flags & 2 ? "Don't Fragment" : '',
		flags & 1 ? 'More Fragments' : ''
	].filter(Boolean);
	const hex4 = (v: number) => `0x${v.toString(16).padStart(4, '0')}`;
	const children: FieldSpan[] = [
		bitField('frame.ipv4.version', 'Version', s, 1, 0, 4, 4, 'frame.ipv4.version'),
		bitField('frame.ipv4.ihl', 'IHL', s, 1, 4, 4, ihl, 'frame.ipv4.ihl', `${ihl} (${headerLength} bytes)`),
		bitField('frame.ipv4.dscp', 'DSCP', s + 1, 1, 0, 6, header.dscp, 'frame.ipv4.dscp'),
		bitField(
			'frame.ipv4.ecn',
			'ECN',
			s + 1,
			1,
			6,
			2,
			header.ecn,
			'frame.ipv4.ecn',
			['Not-ECT', 'ECT(1)', 'ECT(0)', 'CE'][header.ecn]
		),
		field('frame.ipv4.totalLength', 'Total Length', s + 2, 2, totalLength, 'frame.ipv4.totalLength'),
		field(
			'frame.ipv4.identification',
			'Identification',
			s + 4,
			2,
			identification,
			'frame.ipv4.identification',
			`${hex4(identification)} (${identification})`
		),
		bitField(
			'frame.ipv4.flags',
			'Flags',
			s + 6,
			1,
			0,
			3,
			flags,
			'frame.ipv4.flags',
			flagNames.join(', ') || 'none'
		),
		bitField(
			'frame.ipv4.fragmentOffset',
			'Fragment Offset',
			s + 6,
			2,
			3,
			13,
			fragmentOffset,
			'frame.ipv4.fragmentOffset'
		),
		field('frame.ipv4.ttl', 'Time to Live', s + 8, 1, ttl, 'frame.ipv4.ttl'),
		field(
			'frame.ipv4.protocol',
			'Protocol',
			s + 9,
			1,
			protocol,
			'frame.ipv4.protocol',
			`${IP_PROTOCOL_NAMES[protocol] ?? 'unknown'} (${protocol})`
		),
		field(
			'frame.ipv4.headerChecksum',
			'Header Checksum',
			s + 10,
			2,
			checksum,
			'frame.ipv4.headerChecksum',
			checksumOk
				? `${hex4(checksum)} (correct)`
				: `${hex4(checksum)} (incorrect, should be ${hex4(expected)})`
		),
		field(
			'frame.ipv4.source',
			'Source Address',
			s + 12,
			4,
			header.source,
			'frame.ipv4.source',
			header.source
		),
		field(
			'frame.ipv4.destination',
			'Destination Address',
			s + 16,
			4,
			header.destination,
			'frame.ipv4.destination',
			header.destination
		)
	];
	if (headerLength > 20) {
		children.push(
			field(
				'frame.ipv4.options',
				'Options',
				s + 20,
				headerLength - 20,
				b.slice(s + 20, s + headerLength),
				'frame.ipv4.options',
				`${headerLength - 20} bytes`
			)
		);
	}
	c.layers.push({ name: 'IPv4', offset: s, length: headerLength });
	c.spans.push({
		path: 'frame.ipv4',
		name: 'IPv4',
		offset: s,
		length: headerLength,
		value: null,
		display: `${header.source} → ${header.destination}`,
		noteId: 'frame.ipv4',
		children
	});
	r.skip(headerLength);

	if (totalLength < headerLength)
		fail(`IPv4 Total Length ${totalLength} is shorter than its own header (${headerLength} bytes)`, s + 2);
	if (s + totalLength > b.length)
		fail(`IPv4 Total Length says ${totalLength} bytes but only ${b.length - s} are here`, s + 2, 'truncated');
	if (c.strict && !checksumOk && checksum !== 0) fail('IPv4 header checksum is wrong', s + 10);
	if (fragmentOffset !== 0 || header.moreFragments) {
		fail(
			`a fragment of a larger IPv4 packet (offset ${fragmentOffset * 8}); reassemble it first`,
			s + 6,
			'fragment'
		);
	}
	if (protocol !== IPPROTO_UDP)
		fail(`IPv4 carries ${IP_PROTOCOL_NAMES[protocol] ?? `protocol ${protocol}`}, not UDP`, s + 9, NOT_UDP);
	return { header, udpOffset: s + headerLength, end: s + totalLength, src, dst };
}

// RFC 8200 §3 IPv6 Header Format
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version| Traffic Class |           Flow Label                  |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Payload Length        |  Next Header  |   Hop Limit   |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  Source Address (16 bytes)                    |
// |                Destination Address (16 bytes)                 |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
function readIpv6(c: Ctx, r: ByteReader): IpResult {
	const s = r.offset;
	const b = c.bytes;
	r.need(40, 'IPv6 header');
	const version = b[s] >>> 4;
	if (version !== 6) fail(`IP version ${version} where the EtherType says IPv6`, s);
	const trafficClass = ((b[s] & 0x0f) << 4) | (b[s + 1] >>> 4);
	const flowLabel = ((b[s + 1] & 0x0f) << 16) | (b[s + 2] << 8) | b[s + 3];
	const payloadLength = (b[s + 4] << 8) | b[s + 5];
	const nextHeader = b[s + 6];
	const hopLimit = b[s + 7];
	const src = b.subarray(s + 8, s + 24);
	const dst = b.subarray(s + 24, s + 40);
	const header: Ipv6Header = {
		version: 6,
		trafficClass,
		flowLabel,
		payloadLength,
		nextHeader,
		hopLimit,
		source: formatIpv6(src),
		destination: formatIpv6(dst),
		extensionHeaders: []
	};
	const layer: FrameLayer = { name: 'IPv6', offset: s, length: 40 };
	c.layers.push(layer);
	const children: FieldSpan[] = [
		bitField('frame.ipv6.version', 'Version', s, 1, 0, 4, 6, 'frame.ipv6.version'),
		bitField(
			'frame.ipv6.trafficClass',
			'Traffic Class',
			s,
			2,
			4,
			8,
			trafficClass,
			'frame.ipv6.trafficClass',
			`DSCP ${trafficClass >>> 2}, ECN ${trafficClass & 3}`
		),
		bitField(
			'frame.ipv6.flowLabel',
			'Flow Label',
			s + 1,
			3,
			4,
			20,
			flowLabel,
			'frame.ipv6.flowLabel',
			`0x${flowLabel.toString(16).padStart(5, '0')}`
		),
		field('frame.ipv6.payloadLength', 'Payload Length', s + 4, 2, payloadLength, 'frame.ipv6.payloadLength'),
		field(
			'frame.ipv6.nextHeader',
			'Next Header',
			s + 6,
			1,
			nextHeader,
			'frame.ipv6.nextHeader',
			`${IP_PROTOCOL_NAMES[nextHeader] ?? 'unknown'} (${nextHeader})`
		),
		field('frame.ipv6.hopLimit', 'Hop Limit', s + 7, 1, hopLimit, 'frame.ipv6.hopLimit'),
		field(
			'frame.ipv6.source',
			'Source Address',
			s + 8,
			16,
			header.source,
			'frame.ipv6.source',
			header.source
		),
		field(
			'frame.ipv6.destination',
			'Destination Address',
			s + 24,
			16,
			header.destination,
			'frame.ipv6.destination',
			header.destination
		)
	];
	c.spans.push({
		path: 'frame.ipv6',
		name: 'IPv6',
		offset: s,
		length: 40,
		value: null,
		display: `${header.source} → ${header.destination}`,
		noteId: 'frame.ipv6',
		children
	});
	r.skip(40);
	const end = s + 40 + payloadLength;
	if (payloadLength === 0) fail('IPv6 Payload Length 0 (a jumbogram, RFC 2675) is not supported', s + 4);
	if (end > b.length)
		fail(
			`IPv6 Payload Length says ${payloadLength} bytes but only ${b.length - s - 40} are here`,
			s + 4,
			'truncated'
		);

	// RFC 8200 §4 extension headers: skip Hop-by-Hop (0), Routing (43), Fragment (44), Destination Options (60).
	let next = nextHeader;
	let nextOffset = s + 6;
	while (next === 0 || next === 43 || next === 44 || next === 60) {
		if (header.extensionHeaders.length >= 8) fail('more than 8 IPv6 extension headers', r.offset);
		header.extensionHeaders.push(next);
		const e = r.offset;
		const i = header.extensionHeaders.length - 1;
		const kind =
			next === 0 ? 'hopByHop' : next === 43 ? 'routing' : next === 44 ? 'fragment' : 'destinationOptions';
		const name = IP_PROTOCOL_NAMES[next];
		const inner = r.u8(`${name} Next Header`);
		const p = `frame.ipv6.ext.${i}`;
		const extChildren: FieldSpan[] = [
			field(
				`${p}.nextHeader`,
				'Next Header',
				e,
				1,
				inner,
				'frame.ipv6.ext.nextHeader',
				`${IP_PROTOCOL_NAMES[inner] ?? 'unknown'} (${inner})`
			)
		];
		let length: number;
		if (next === 44) {
			// RFC 8200 §4.5: | Next Header | Reserved | Fragment Offset (13) |Res|M| Identification (32) |
			r.need(7, 'Fragment header');
			length = 8;
			const offField = (b[e + 2] << 8) | b[e + 3];
			const fragOffset = offField >>> 3;
			const more = offField & 1;
			const id = ((b[e + 4] << 24) | (b[e + 5] << 16) | (b[e + 6] << 8) | b[e + 7]) >>> 0;
			extChildren.push(
				field(`${p}.reserved`, 'Reserved', e + 1, 1, b[e + 1], 'frame.ipv6.fragment.reserved'),
				bitField(
					`${p}.fragmentOffset`,
					'Fragment Offset',
					e + 2,
					2,
					0,
					13,
					fragOffset,
					'frame.ipv6.fragment.offset'
				),
				bitField(
					`${p}.more`,
					'M',
					e + 3,
					1,
					7,
					1,
					more,
					'frame.ipv6.fragment.more',
					more ? 'more fragments follow' : 'last fragment'
				),
				field(
					`${p}.identification`,
					'Identification',
					e + 4,
					4,
					id,
					'frame.ipv6.fragment.identification',
					`0x${id.toString(16).padStart(8, '0')}`
				)
			);
			r.skip(7);
			if (fragOffset !== 0 || more)
				fail(
					`a fragment of a larger IPv6 packet (offset ${fragOffset * 8}); reassemble it first`,
					e + 2,
					'fragment'
				);
		} else {
			// RFC 8200 §4.3/§4.4/§4.6: | Next Header | Hdr Ext Len (8-octet units, not counting the first) | data |
			const extLen = r.u8(`${name} length`);
			length = (extLen + 1) * 8;
			extChildren.push(
				field(
					`${p}.length`,
					'Hdr Ext Len',
					e + 1,
					1,
					extLen,
					'frame.ipv6.ext.length',
					`${extLen} (${length} bytes)`
				)
			);
			r.need(length - 2, name);
			extChildren.push(
				field(
					`${p}.data`,
					next === 43 ? 'Routing data' : 'Options',
					e + 2,
					length - 2,
					b.slice(e + 2, e + length),
					'frame.ipv6.ext.data',
					`${length - 2} bytes`
				)
			);
			r.skip(length - 2);
		}
		if (r.offset > end) fail(`${name} runs past the IPv6 payload`, e, 'truncated');
		c.spans.push({
			path: p,
			name,
			offset: e,
			length,
			value: next,
			noteId: `frame.ipv6.${kind}`,
			children: extChildren
		});
		layer.length += length;
		nextOffset = e;
		next = inner;
	}
	if (next !== IPPROTO_UDP)
		fail(`IPv6 carries ${IP_PROTOCOL_NAMES[next] ?? `protocol ${next}`}, not UDP`, nextOffset, NOT_UDP);
	return { header, udpOffset: r.offset, end, src, dst };
}

// RFC 768 User Datagram Protocol
//  0      7 8     15 16    23 24    31
// +--------+--------+--------+--------+
// |     Source      |   Destination   |
// |      Port       |      Port       |
// +--------+--------+--------+--------+
// |     Length      |    Checksum     |
// +--------+--------+--------+--------+
function readUdp(c: Ctx, r: ByteReader, ip: IpResult): { udp: UdpHeader; payloadEnd: number } {
	const s = r.offset;
	const b = c.bytes;
	r.need(8, 'UDP header');
	if (ip.end - s < 8)
		fail(`the IP packet leaves ${ip.end - s} bytes for UDP, less than its 8-byte header`, s, 'truncated');
	const sourcePort = r.u16();
	const destinationPort = r.u16();
	const length = r.u16();
	const checksum = r.u16();
	if (length < 8) fail(`UDP Length ${length} is shorter than the 8-byte header`, s + 4);
	if (s + length > ip.end)
		fail(`UDP Length says ${length} bytes but the IP packet leaves ${ip.end - s}`, s + 4, 'truncated');
	if (c.strict && s + length !== ip.end) fail('UDP Length does not match the IP packet', s + 4);

	// RFC 768 / RFC 8200 §8.1: the checksum covers a pseudo-header (addresses, protocol, UDP length) + datagram.
	let sum = onesSum(ip.src, 0, ip.src.length);
	sum = onesSum(ip.dst, 0, ip.dst.length, sum);
	sum = onesSum(b, s, s + length, sum + IPPROTO_UDP + length);
	const checksumStatus: UdpHeader['checksumStatus'] =
		checksum === 0 && ip.header.version === 4 ? 'none' : sum === 0xffff ? 'correct' : 'incorrect';
	const udp: UdpHeader = { sourcePort, destinationPort, length, checksum, checksumStatus };
	const hex4 = `0x${checksum.toString(16).padStart(4, '0')}`;
	c.layers.push({ name: 'UDP', offset: s, length: 8 });
	c.spans.push({
		path: 'frame.udp',
		name: 'UDP',
		offset: s,
		length: 8,
		value: null,
		display: `${sourcePort} → ${destinationPort}`,
		noteId: 'frame.udp',
		children: [
			field('frame.udp.sourcePort', 'Source Port', s, 2, sourcePort, 'frame.udp.sourcePort'),
			field(
				'frame.udp.destinationPort',
				'Destination Port',
				s + 2,
				2,
				destinationPort,
				'frame.udp.destinationPort'
			),
			field(
				'frame.udp.length',
				'Length',
				s + 4,
				2,
				length,
				'frame.udp.length',
				`${length} (${length - 8} bytes of payload)`
			),
			field(
				'frame.udp.checksum',
				'Checksum',
				s + 6,
				2,
				checksum,
				'frame.udp.checksum',
				checksumStatus === 'none' ? `${hex4} (not used)` : `${hex4} (${checksumStatus})`
			)
		]
	});
	return { udp, payloadEnd: s + length };
}

function decodeWith(bytes: Uint8Array, linkType: LinkType, strict: boolean): Decoded<UdpFrame> {
	const c: Ctx = { bytes, strict, layers: [], spans: [], vlanIds: [] };
	const r = new ByteReader(bytes);
	let ethertype: number;
	switch (linkType) {
		case 'ethernet':
			ethertype = readEthernet(c, r);
			break;
		case 'sll':
			ethertype = readSll(c, r);
			break;
		case 'sll2':
			ethertype = readSll2(c, r);
			break;
		case 'bsd-loopback':
			ethertype = readBsdLoopback(c, r);
			break;
		case 'raw-ip': {
			r.need(1, 'IP header');
			const v = bytes[0] >>> 4;
			if (v !== 4 && v !== 6)
				fail(
					`first byte 0x${bytes[0].toString(16).padStart(2, '0')} is not an IPv4 (0x4_) or IPv6 (0x6_) header`,
					0
				);
			ethertype = v === 4 ? ETHERTYPE_IPV4 : ETHERTYPE_IPV6;
			break;
		}
		default:
			fail(`unknown link type ${String(linkType)}`, 0);
	}
	let ip: IpResult;
	if (ethertype === ETHERTYPE_IPV4) ip = readIpv4(c, r);
	else if (ethertype === ETHERTYPE_IPV6) ip = readIpv6(c, r);
	else fail(`EtherType ${named(ETHERTYPE_NAMES, ethertype)} is not IP`, r.offset - 2, NOT_UDP);
	const { udp, payloadEnd } = readUdp(c, r, ip);
	if (payloadEnd < bytes.length) {
		// Ethernet pads frames to 60 bytes (IEEE 802.3 §4.2.3.3); some captures add a 4-byte FCS too.
		if (strict && !(linkType === 'ethernet' && bytes.length <= 64))
			fail('bytes after the end of the IP packet', payloadEnd);
		c.spans.push(
			field(
				'frame.trailer',
				'Trailer',
				payloadEnd,
				bytes.length - payloadEnd,
				bytes.slice(payloadEnd),
				'frame.trailer',
				`${bytes.length - payloadEnd} bytes after the IP packet`
			)
		);
	}
	const payloadOffset = r.offset;
	return {
		value: {
			linkType,
			layers: c.layers,
			vlanIds: c.vlanIds,
			ip: ip.header,
			udp,
			src: { ip: ip.header.source, port: udp.sourcePort },
			dst: { ip: ip.header.destination, port: udp.destinationPort },
			payloadOffset,
			payloadLength: payloadEnd - payloadOffset
		},
		spans: c.spans
	};
}

/**
 * Guesses whether pasted bytes are a whole frame (Ethernet II, or a bare IPv4/IPv6 packet) carrying UDP.
 * Only a fully consistent frame counts: EtherType IPv4/IPv6/VLAN with a valid IP header, or a first byte
 * 0x45–0x4f / 0x6_ whose IP lengths equal the input length exactly, protocol UDP and UDP Length equal to the
 * IP payload. STUN (first byte 0x00–0x3f), DTLS (0x14–0x3f), RTP/RTCP (0x80–0xbf) never start like an IP
 * header; TURN ChannelData (0x40–0x4f) can, but its Length field counts 4 bytes fewer than an IPv4 Total
 * Length would, so it fails the length check.
 */
export function detectLinkType(bytes: Uint8Array): 'ethernet' | 'raw-ip' | undefined {
	return autoDecode(bytes)?.value.linkType as 'ethernet' | 'raw-ip' | undefined;
}

function autoDecode(bytes: Uint8Array): Decoded<UdpFrame> | undefined {
	const attempts: LinkType[] = [];
	if (bytes.length >= 14 + 20 + 8) {
		const type = (bytes[12] << 8) | bytes[13];
		if ([ETHERTYPE_IPV4, ETHERTYPE_IPV6, ETHERTYPE_VLAN, ETHERTYPE_QINQ].includes(type))
			attempts.push('ethernet');
	}
	if (bytes.length >= 28 && ((bytes[0] >= 0x45 && bytes[0] <= 0x4f) || bytes[0] >>> 4 === 6))
		attempts.push('raw-ip');
	for (const t of attempts) {
		try {
			return decodeWith(bytes, t, true);
		} catch (e) {
			if (!(e instanceof DecodeError)) throw e;
		}
	}
	return undefined;
}

/**
 * Decodes a captured frame down to its UDP payload.
 * - With a link type (as a capture file states it): the frame must be IP + UDP; otherwise a DecodeError
 *   (code `not-udp` for a well-formed frame of another protocol, `fragment` for an IP fragment,
 *   `truncated`/`malformed` for broken headers).
 * - With `auto` (pasted bytes): returns undefined unless the bytes are a consistent Ethernet II or raw IP
 *   frame carrying UDP (see detectLinkType), so a bare STUN/RTP/RTCP/DTLS payload is left alone.
 * Spans cover every header byte (and any trailer after the IP packet), not the payload.
 */
export function decodeFrame(bytes: Uint8Array, linkType: LinkType): Decoded<UdpFrame>;
export function decodeFrame(bytes: Uint8Array, linkType?: 'auto'): Decoded<UdpFrame> | undefined;
export function decodeFrame(
	bytes: Uint8Array,
	linkType: LinkType | 'auto' = 'auto'
): Decoded<UdpFrame> | undefined {
	return linkType === 'auto' ? autoDecode(bytes) : decodeWith(bytes, linkType, false);
}
