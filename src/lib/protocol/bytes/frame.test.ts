import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrame, detectLinkType, formatIpv6, type Ipv4Header, type LinkType } from './frame';
import { readCapture } from './pcap';
import { hex, toHex } from './hex';
import { DecodeError, type FieldSpan } from './span';
import { ByteWriter } from './writer';
import { ALL_NOTES } from '../../notes';
import { frameNotes } from '../../notes/frame';

const dir = fileURLToPath(new URL('../../../../test/fixtures/captures/', import.meta.url));
type Layers = Record<string, Record<string, unknown>>;
const tshark = (name: string): Layers[] =>
	(JSON.parse(readFileSync(dir + name, 'utf8')) as { _source: { layers: Layers } }[]).map(
		(p) => p._source.layers
	);

const flat = (spans: FieldSpan[]): FieldSpan[] => spans.flatMap((s) => [s, ...flat(s.children ?? [])]);
const byPath = (spans: FieldSpan[]) => Object.fromEntries(flat(spans).map((s) => [s.path, s]));

// --- Frames from the real captures (test/fixtures/captures), as tshark -x prints them -------------------------

/** stun-turn.pcapng packet 1: turnutils_stunclient's Binding Request over loopback (Ethernet link type). */
const bindingOnLoopback = hex(`
	00 00 00 00 00 00   # Ethernet destination 00:00:00:00:00:00 (loopback has no MAC addresses)
	00 00 00 00 00 00   # source 00:00:00:00:00:00
	08 00               # EtherType 0x0800 IPv4
	45 00 00 30   # IPv4, IHL 5, DSCP 0 ECN 0, Total Length 48
	7a 8e 40 00   # Identification 0x7a8e, Don't Fragment, offset 0
	40 11 c2 2c   # TTL 64, protocol 17 UDP, header checksum 0xc22c
	7f 00 00 01   # source 127.0.0.1
	7f 00 00 01   # destination 127.0.0.1
	80 fa 0d 96   # UDP 33018 → 3478
	00 1c fe 2f   # Length 28, checksum 0xfe2f (left to offload on loopback, so "incorrect")
	00 01 00 00   # STUN Binding Request, length 0 (the payload)
	21 12 a4 42   # magic cookie
	bb d9 39 ba aa 71 88 51 51 78 cd 4d
`);

/** rtp-rtcp.pcap packet 14: GStreamer's RTCP Sender Report, Linux cooked capture (v1) of the "any" device. */
const senderReportSll = hex(`
	00 00 03 04   # SLL packet type 0 (to us), ARPHRD 772 (loopback)
	00 06 00 00   # address length 6, address …
	00 00 00 00   #   …
	00 00 08 00   #   … (8 bytes in all), protocol 0x0800 IPv4
	45 00 00 6c   # IPv4, Total Length 108
	13 51 40 00   # Identification 0x1351, Don't Fragment
	40 11 29 2e   # TTL 64, UDP, checksum 0x292e
	7f 00 00 01   # 127.0.0.1
	7f 00 00 01   # 127.0.0.1
	13 89 13 8b   # UDP 5001 → 5003
	00 58 fe 6b   # Length 88, checksum 0xfe6b
	80 c8 00 06   # RTCP SR, length 6 (the payload from here on)
	f2 65 81 a6 ee b0 da ee 35 bd e8 2d 36 9f 4c 4c 00 00 00 1e 00 00 39 1f
	81 ca 00 0c   # RTCP SDES, length 12
	f2 65 81 a6 01 1b 75 73 65 72 33 30 30 35 31 33 39 39 39 40 68 6f 73 74
	2d 39 34 66 66 61 66 39 31 06 09 47 53 74 72 65 61 6d 65 72 00 00 00 00
`);

// --- Hand-made frames; tshark 4.0.17 decodes each the same way (text2pcap, with checksum checks on) -----------

/** Ethernet, 802.1Q tag (PCP 5, VLAN 100), IPv4 with a Router Alert option, STUN Binding Request. */
const vlanWithIpOptions = hex(`
	02 00 00 00   # destination 02:00:00:00:00:bb
	00 bb 02 00   #   … source 02:00:00:00:00:aa
	00 00 00 aa
	81 00 a0 64   # TPID 0x8100, PCP 5, DEI 0, VID 100
	08 00 46 b8   # EtherType IPv4; version 4, IHL 6 (24 bytes); DSCP 46 (EF), ECN 0
	00 34 1c 46   # Total Length 52, Identification 0x1c46
	40 00 40 11   # Don't Fragment; TTL 64, UDP
	9c 7a c0 00   # checksum 0x9c7a; source 192.0.2.1 …
	02 01 c6 33   #   … destination 198.51.100.7 …
	64 07 94 04   #   … option Router Alert (0x94, length 4)
	00 00 d4 31   #   … value 0; UDP source port 54321
	0d 96 00 1c   # destination port 3478, Length 28
	a0 80 00 01   # checksum 0xa080 (correct); STUN Binding Request …
	00 00 21 12 a4 42 b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
`);

/** Raw IPv6 with Hop-by-Hop, Destination Options, Routing (type 0) and an atomic Fragment header, then UDP+RTP. */
const ipv6WithExtensionHeaders = hex(`
	62 e1 23 45   # version 6, Traffic Class 0x2e (DSCP 11, ECN 2), Flow Label 0x12345
	00 38 00 40   # Payload Length 56, Next Header 0 (Hop-by-Hop), Hop Limit 64
	20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 01   # source 2001:db8::1
	20 01 0d b8 00 00 00 00 00 00 00 00 00 00 00 02   # destination 2001:db8::2
	3c 00 01 04   # Hop-by-Hop: next 60, length 0 (8 bytes); PadN of 4
	00 00 00 00
	2b 00 01 04   # Destination Options: next 43, length 0; PadN of 4
	00 00 00 00
	2c 00 00 00   # Routing: next 44, length 0, type 0, segments left 0
	00 00 00 00
	11 00 00 00   # Fragment: next 17 (UDP), reserved, offset 0, M 0 (an atomic fragment, RFC 6946)
	12 34 56 78   #   … Identification 0x12345678
	13 8c 13 8e   # UDP 5004 → 5006
	00 18 4b 0a   # Length 24, checksum 0x4b0a (correct)
	80 e0 00 01 00 00 0f a0 de ad be ef 01 02 03 04   # RTP, marker, PT 96, seq 1
`);

/** BSD loopback (macOS lo0): family 2 (AF_INET) in little-endian order, then IPv4/UDP/RTP. */
const bsdLoopback = hex(`
	02 00 00 00   # AF_INET
	45 00 00 2c   # IPv4, Total Length 44
	be ef 40 00   # Identification 0xbeef, Don't Fragment
	40 11 7d cf   # TTL 64, UDP, checksum 0x7dcf
	7f 00 00 01   # 127.0.0.1
	7f 00 00 01   # 127.0.0.1
	13 8d 13 8f   # UDP 5005 → 5007
	00 18 a8 7a   # Length 24, checksum 0xa87a
	80 e0 00 01 00 00 0f a0 de ad be ef 01 02 03 04
`);

/** Ethernet padded to 60 bytes around a 4-byte TURN ChannelData (channel 0x4000, empty). */
const paddedChannelData = hex(`
	02 00 00 00 00 bb 02 00 00 00 00 aa 08 00   # Ethernet II, IPv4
	45 00 00 20   # IPv4, Total Length 32
	00 01 40 00   # Identification 1, Don't Fragment
	39 11 55 90   # TTL 57, UDP, checksum 0x5590
	c6 33 64 07   # 198.51.100.7
	c0 00 02 01   # 192.0.2.1
	0d 96 d4 31   # UDP 3478 → 54321
	00 0c f1 d1   # Length 12, checksum 0xf1d1
	40 00 00 00   # ChannelData 0x4000, length 0
	00 00 00 00 00 00 00 00 00 00 00 00 00 00   # Ethernet padding to the 60-byte minimum
`);

const FRAMES: { name: string; bytes: Uint8Array; linkType: LinkType }[] = [
	{ name: 'bindingOnLoopback', bytes: bindingOnLoopback, linkType: 'ethernet' },
	{ name: 'senderReportSll', bytes: senderReportSll, linkType: 'sll' },
	{ name: 'vlanWithIpOptions', bytes: vlanWithIpOptions, linkType: 'ethernet' },
	{ name: 'ipv6WithExtensionHeaders', bytes: ipv6WithExtensionHeaders, linkType: 'raw-ip' },
	{ name: 'bsdLoopback', bytes: bsdLoopback, linkType: 'bsd-loopback' },
	{ name: 'paddedChannelData', bytes: paddedChannelData, linkType: 'ethernet' }
];

/** Every frame span, for the notes test: the table frames plus every packet of the real captures. */
function allFrameSpans(): FieldSpan[] {
	const spans = FRAMES.flatMap((f) => decodeFrame(f.bytes, f.linkType).spans);
	for (const file of ['stun-turn.pcapng', 'turn-send.pcap', 'rtp-rtcp.pcap']) {
		for (const p of readCapture(new Uint8Array(readFileSync(dir + file))).packets) {
			spans.push(...decodeFrame(p.frameBytes, p.linkType).spans);
		}
	}
	return flat(spans);
}

describe('decodeFrame on table frames', () => {
	it.each([
		{
			args: bindingOnLoopback,
			expected: {
				layers: ['Ethernet II', 'IPv4', 'UDP'],
				src: '127.0.0.1:33018',
				dst: '127.0.0.1:3478',
				payload: [42, 20]
			}
		},
		{
			args: senderReportSll,
			expected: {
				layers: ['Linux cooked capture', 'IPv4', 'UDP'],
				src: '127.0.0.1:5001',
				dst: '127.0.0.1:5003',
				payload: [44, 80]
			}
		},
		{
			args: vlanWithIpOptions,
			expected: {
				layers: ['Ethernet II', '802.1Q', 'IPv4', 'UDP'],
				src: '192.0.2.1:54321',
				dst: '198.51.100.7:3478',
				payload: [50, 20]
			}
		},
		{
			args: ipv6WithExtensionHeaders,
			expected: {
				layers: ['IPv6', 'UDP'],
				src: '2001:db8::1:5004',
				dst: '2001:db8::2:5006',
				payload: [80, 16]
			}
		},
		{
			args: bsdLoopback,
			expected: {
				layers: ['BSD loopback', 'IPv4', 'UDP'],
				src: '127.0.0.1:5005',
				dst: '127.0.0.1:5007',
				payload: [32, 16]
			}
		},
		{
			args: paddedChannelData,
			expected: {
				layers: ['Ethernet II', 'IPv4', 'UDP'],
				src: '198.51.100.7:3478',
				dst: '192.0.2.1:54321',
				payload: [42, 4]
			}
		}
	])('$expected.layers → $expected.src to $expected.dst', ({ args, expected }) => {
		const f = FRAMES.find((x) => x.bytes === args)!;
		const { value } = decodeFrame(args, f.linkType);
		expect({
			layers: value.layers.map((l) => l.name),
			src: `${value.src.ip}:${value.src.port}`,
			dst: `${value.dst.ip}:${value.dst.port}`,
			payload: [value.payloadOffset, value.payloadLength]
		}).toEqual(expected);
	});

	it('reads the 802.1Q tag and IPv4 bit fields and options', () => {
		const { value, spans } = decodeFrame(vlanWithIpOptions, 'ethernet');
		const s = byPath(spans);
		expect(value.vlanIds).toEqual([100]);
		expect([s['frame.vlan.0.pcp'].value, s['frame.vlan.0.dei'].value, s['frame.vlan.0.vid'].value]).toEqual([
			5, 0, 100
		]);
		expect(s['frame.vlan.0.vid']).toMatchObject({ offset: 14, length: 2, bitOffset: 4, bitLength: 12 });
		expect(value.ip).toMatchObject({
			ihl: 6,
			dscp: 46,
			ecn: 0,
			totalLength: 52,
			dontFragment: true,
			headerChecksumOk: true
		});
		expect(s['frame.ipv4.ihl']).toMatchObject({
			offset: 18,
			bitOffset: 4,
			bitLength: 4,
			display: '6 (24 bytes)'
		});
		expect(s['frame.ipv4.dscp']).toMatchObject({ offset: 19, bitOffset: 0, bitLength: 6, value: 46 });
		expect(s['frame.ipv4.flags']).toMatchObject({
			offset: 24,
			bitOffset: 0,
			bitLength: 3,
			display: "Don't Fragment"
		});
		expect(s['frame.ipv4.fragmentOffset']).toMatchObject({
			offset: 24,
			length: 2,
			bitOffset: 3,
			bitLength: 13
		});
		expect(s['frame.ipv4.options']).toMatchObject({ offset: 38, length: 4 });
		expect(toHex(s['frame.ipv4.options'].value as Uint8Array)).toBe('94040000');
		expect(s['frame.ipv4.headerChecksum'].display).toBe('0x9c7a (correct)');
		expect(s['frame.udp.checksum'].display).toBe('0xa080 (correct)');
	});

	it('skips IPv6 extension headers and reads the IPv6 bit fields', () => {
		const { value, spans } = decodeFrame(ipv6WithExtensionHeaders, 'raw-ip');
		const s = byPath(spans);
		expect(value.ip).toMatchObject({
			version: 6,
			trafficClass: 0x2e,
			flowLabel: 0x12345,
			payloadLength: 56,
			hopLimit: 64,
			extensionHeaders: [0, 60, 43, 44]
		});
		expect(s['frame.ipv6.trafficClass']).toMatchObject({ offset: 0, length: 2, bitOffset: 4, bitLength: 8 });
		expect(s['frame.ipv6.flowLabel']).toMatchObject({
			offset: 1,
			length: 3,
			bitOffset: 4,
			bitLength: 20,
			display: '0x12345'
		});
		expect(
			flat(spans)
				.filter((x) => x.path.match(/^frame\.ipv6\.ext\.\d$/))
				.map((x) => [x.name, x.offset, x.length])
		).toEqual([
			['IPv6 Hop-by-Hop Options', 40, 8],
			['Destination Options for IPv6', 48, 8],
			['Routing Header for IPv6', 56, 8],
			['Fragment Header for IPv6', 64, 8]
		]);
		expect(s['frame.ipv6.ext.3.identification'].value).toBe(0x12345678);
		expect(value.udp.checksumStatus).toBe('correct');
		expect(value.layers[0]).toEqual({ name: 'IPv6', offset: 0, length: 72 });
	});

	it('marks the Ethernet padding as a trailer', () => {
		const s = byPath(decodeFrame(paddedChannelData, 'ethernet').spans);
		expect(s['frame.trailer']).toMatchObject({ offset: 46, length: 14 });
	});

	it('spans cover every header byte exactly once (leaves only)', () => {
		for (const f of FRAMES) {
			const { value, spans } = decodeFrame(f.bytes, f.linkType);
			const covered = new Array(f.bytes.length).fill(0);
			// Bit fields share bytes; count each byte once per group of spans that start at the same place.
			const leaves = flat(spans).filter((s) => !s.children?.length);
			for (const l of leaves) for (let i = l.offset; i < l.offset + l.length; i++) covered[i] = 1;
			const end = value.payloadOffset + value.payloadLength;
			for (let i = value.payloadOffset; i < end; i++) covered[i] += 1;
			expect(covered.every((c) => c === 1)).toBe(true);
		}
	});
});

describe('decodeFrame compared with tshark on every packet of the real captures', () => {
	for (const [file, json] of [
		['stun-turn.pcapng', 'stun-turn.tshark.json'],
		['turn-send.pcap', 'turn-send.tshark.json'],
		['rtp-rtcp.pcap', 'rtp-rtcp.tshark.json']
	]) {
		it(file, () => {
			const packets = readCapture(new Uint8Array(readFileSync(dir + file))).packets;
			const layers = tshark(json);
			expect(packets.length).toBe(layers.length);
			packets.forEach((p, i) => {
				const t = layers[i];
				const { value } = decodeFrame(p.frameBytes, p.linkType);
				const ip = value.ip as Ipv4Header;
				const tIp = t.ip as Record<string, string> & {
					'ip.flags_tree': Record<string, string>;
					'ip.dsfield_tree': Record<string, string>;
				};
				expect({
					version: ip.version,
					hdrLen: ip.ihl * 4,
					len: ip.totalLength,
					id: ip.identification,
					df: ip.dontFragment,
					fragOffset: ip.fragmentOffset,
					ttl: ip.ttl,
					proto: ip.protocol,
					checksum: ip.headerChecksum,
					dscp: ip.dscp,
					ecn: ip.ecn,
					src: ip.source,
					dst: ip.destination,
					srcport: value.udp.sourcePort,
					dstport: value.udp.destinationPort,
					udpLength: value.udp.length,
					udpChecksum: value.udp.checksum
				}).toEqual({
					version: Number(tIp['ip.version']),
					hdrLen: Number(tIp['ip.hdr_len']),
					len: Number(tIp['ip.len']),
					id: Number(tIp['ip.id']),
					df: tIp['ip.flags_tree']['ip.flags.df'] === '1',
					fragOffset: Number(tIp['ip.frag_offset']),
					ttl: Number(tIp['ip.ttl']),
					proto: Number(tIp['ip.proto']),
					checksum: Number(tIp['ip.checksum']),
					dscp: Number(tIp['ip.dsfield_tree']['ip.dsfield.dscp']),
					ecn: Number(tIp['ip.dsfield_tree']['ip.dsfield.ecn']),
					src: tIp['ip.src'],
					dst: tIp['ip.dst'],
					srcport: Number(t.udp['udp.srcport']),
					dstport: Number(t.udp['udp.dstport']),
					udpLength: Number(t.udp['udp.length']),
					udpChecksum: Number(t.udp['udp.checksum'])
				});
				// `tshark -o ip.check_checksum:TRUE -o udp.check_checksum:TRUE` calls every IP checksum good and every
				// UDP checksum bad: Linux leaves loopback UDP checksums to an offload that never happens.
				expect(ip.headerChecksumOk).toBe(true);
				expect(value.udp.checksumStatus).toBe('incorrect');
				if (t.sll) {
					const s = byPath(decodeFrame(p.frameBytes, p.linkType).spans);
					const sll = t.sll as Record<string, string>;
					const prefix = p.linkType === 'sll2' ? 'frame.sll2' : 'frame.sll';
					expect([
						s[`${prefix}.packetType`].value,
						s[`${prefix}.arphrdType`].value,
						s[`${prefix}.addressLength`].value
					]).toEqual([Number(sll['sll.pkttype']), Number(sll['sll.hatype']), Number(sll['sll.halen'])]);
					expect(s[`${prefix}.protocol`].value).toBe(Number(sll['sll.etype']));
					if (p.linkType === 'sll2')
						expect(s['frame.sll2.interfaceIndex'].value).toBe(Number(sll['sll.ifindex']));
				}
			});
		});
	}
});

// --- Auto-detection: frames are stripped, bare payloads are left alone -----------------------------------------

const bareBindingRequest = hex(`
	00 01 00 00   # STUN Binding Request, length 0
	21 12 a4 42   # magic cookie
	b7 e7 a7 01 bc 34 d6 86 fa 87 df ae
`);

describe('decodeFrame auto', () => {
	it.each([
		{ args: bindingOnLoopback, expected: 'ethernet' },
		{ args: vlanWithIpOptions, expected: 'ethernet' },
		{ args: paddedChannelData, expected: 'ethernet' },
		{ args: ipv6WithExtensionHeaders, expected: 'raw-ip' },
		{ args: bindingOnLoopback.subarray(14), expected: 'raw-ip' },
		{ args: senderReportSll.subarray(16), expected: 'raw-ip' }
	])('recognises a $expected frame', ({ args, expected }) => {
		expect(detectLinkType(args)).toBe(expected);
		expect(decodeFrame(args)?.value.linkType).toBe(expected);
	});

	it.each([
		{ name: 'STUN Binding Request', args: bareBindingRequest },
		{ name: 'STUN inside the loopback frame', args: bindingOnLoopback.subarray(42) },
		{ name: 'RTCP SR + SDES', args: senderReportSll.subarray(44) },
		{ name: 'RTP', args: ipv6WithExtensionHeaders.subarray(80) },
		{
			name: 'DTLS ClientHello record header',
			args: hex(
				'16 fe ff 00 00 00 00 00 00 00 00 00 30 01 00 00 24 00 00 00 00 00 00 00 24 fe fd 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00'
			)
		},
		// ChannelData on channel 0x4500 starts like an IPv4 header (version 4, IHL 5), but its Length counts the
		// data only, so it is 4 bytes short of an IPv4 Total Length.
		{
			name: 'ChannelData 0x4500',
			args: (() => {
				const data = bindingOnLoopback.subarray(14); // 48 bytes of anything, here a real IPv4/UDP packet
				return new Uint8Array([0x45, 0x00, 0x00, data.length, ...data]);
			})()
		},
		{
			name: 'ChannelData 0x4f01 of 40 bytes',
			args: new Uint8Array([0x4f, 0x01, 0x00, 0x28, ...new Array(40).fill(0x11)])
		},
		{
			name: 'an IPv4/TCP packet',
			args: (() => {
				const b = bindingOnLoopback.slice(14);
				b[9] = 6;
				return b;
			})()
		},
		{ name: 'an IPv4/UDP packet with two bytes missing', args: bindingOnLoopback.subarray(14, -2) },
		{
			name: 'an IPv4/UDP packet with a bad header checksum',
			args: (() => {
				const b = bindingOnLoopback.slice(14);
				b[10] ^= 1;
				return b;
			})()
		},
		{ name: 'empty input', args: new Uint8Array() }
	])('leaves $name alone', ({ args }) => {
		expect(decodeFrame(args)).toBeUndefined();
	});
});

describe('decodeFrame errors with an explicit link type', () => {
	it.each([
		{
			args: { bytes: bindingOnLoopback.subarray(0, 30), linkType: 'ethernet' as const },
			expected: { code: 'truncated', offset: 14 }
		},
		{
			args: { bytes: bindingOnLoopback.subarray(0, 50), linkType: 'ethernet' as const },
			expected: { code: 'truncated', offset: 16 }
		},
		{
			args: {
				bytes: hex('ffffffffffff 020000000001 0806 0001 0800 0604 0001'),
				linkType: 'ethernet' as const
			},
			expected: { code: 'not-udp', offset: 12 }
		},
		{
			args: {
				bytes: hex('45 00 00 14 00 01 20 00 40 11 00 00 7f 00 00 01 7f 00 00 01'),
				linkType: 'raw-ip' as const
			},
			expected: { code: 'fragment', offset: 6 }
		},
		{
			args: { bytes: hex('44 00 00 14'), linkType: 'raw-ip' as const },
			expected: { code: 'truncated', offset: 0 }
		},
		{
			args: { bytes: hex('4400001400000000401100007f0000017f000001'), linkType: 'raw-ip' as const },
			expected: { code: 'malformed', offset: 0 }
		},
		{
			args: { bytes: hex('80 00'), linkType: 'raw-ip' as const },
			expected: { code: 'malformed', offset: 0 }
		},
		{
			args: { bytes: hex('07000000'), linkType: 'bsd-loopback' as const },
			expected: { code: 'not-udp', offset: 0 }
		}
	])('$expected.code at byte $expected.offset', ({ args, expected }) => {
		try {
			decodeFrame(args.bytes, args.linkType);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(DecodeError);
			expect({ code: (e as DecodeError).code, offset: (e as DecodeError).offset }).toEqual(expected);
		}
	});
});

// --- Properties --------------------------------------------------------------------------------------------------

/** An Ethernet/IPv4/UDP frame built from its fields, with correct checksums (RFC 791, RFC 768). */
function buildFrame(f: {
	ttl: number;
	id: number;
	dscp: number;
	ecn: number;
	src: number[];
	dst: number[];
	sport: number;
	dport: number;
	payload: Uint8Array;
}): Uint8Array {
	const ipLen = 20 + 8 + f.payload.length;
	const w = new ByteWriter()
		.bytes(hex('020000000002 020000000001 0800'))
		.u8(0x45)
		.u8((f.dscp << 2) | f.ecn)
		.u16(ipLen)
		.u16(f.id)
		.u16(0x4000)
		.u8(f.ttl)
		.u8(17)
		.u16(0)
		.bytes(new Uint8Array(f.src))
		.bytes(new Uint8Array(f.dst))
		.u16(f.sport)
		.u16(f.dport)
		.u16(8 + f.payload.length)
		.u16(0)
		.bytes(f.payload);
	const b = w.finish();
	const sum = (start: number, end: number, init = 0) => {
		let s = init;
		for (let i = start; i < end; i += 2) s += (b[i] << 8) | (i + 1 < end ? b[i + 1] : 0);
		while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
		return s;
	};
	const ipSum = ~sum(14, 34) & 0xffff;
	b[24] = ipSum >>> 8;
	b[25] = ipSum & 0xff;
	let udpSum = ~sum(34, b.length, sum(26, 34) + 17 + 8 + f.payload.length) & 0xffff;
	if (udpSum === 0) udpSum = 0xffff;
	b[40] = udpSum >>> 8;
	b[41] = udpSum & 0xff;
	return b;
}

describe('decodeFrame properties', () => {
	const fields = fc.record({
		ttl: fc.integer({ min: 0, max: 255 }),
		id: fc.integer({ min: 0, max: 0xffff }),
		dscp: fc.integer({ min: 0, max: 63 }),
		ecn: fc.integer({ min: 0, max: 3 }),
		src: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }),
		dst: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }),
		sport: fc.integer({ min: 0, max: 0xffff }),
		dport: fc.integer({ min: 0, max: 0xffff }),
		payload: fc.uint8Array({ minLength: 18, maxLength: 200 })
	});
	it('generated Ethernet/IPv4/UDP frames give back their fields, detected or told', () => {
		fc.assert(
			fc.property(fields, (f) => {
				const bytes = buildFrame(f);
				for (const decoded of [decodeFrame(bytes, 'ethernet'), decodeFrame(bytes)]) {
					const v = decoded!.value;
					const ip = v.ip as Ipv4Header;
					expect([
						ip.ttl,
						ip.identification,
						ip.dscp,
						ip.ecn,
						ip.headerChecksumOk,
						v.udp.checksumStatus
					]).toEqual([f.ttl, f.id, f.dscp, f.ecn, true, 'correct']);
					expect([v.src, v.dst]).toEqual([
						{ ip: f.src.join('.'), port: f.sport },
						{ ip: f.dst.join('.'), port: f.dport }
					]);
					expect(toHex(bytes.subarray(v.payloadOffset, v.payloadOffset + v.payloadLength))).toBe(
						toHex(f.payload)
					);
				}
			}),
			{ numRuns: 200 }
		);
	});
	it('random bytes and mutated frames → a result, undefined, or a DecodeError', () => {
		const linkTypes: (LinkType | 'auto')[] = ['auto', 'ethernet', 'raw-ip', 'sll', 'sll2', 'bsd-loopback'];
		const attempt = (bytes: Uint8Array, t: LinkType | 'auto') => {
			try {
				decodeFrame(bytes, t as LinkType);
			} catch (e) {
				if (!(e instanceof DecodeError)) throw e;
			}
		};
		fc.assert(fc.property(fc.uint8Array({ maxLength: 120 }), fc.constantFrom(...linkTypes), attempt), {
			numRuns: 1000
		});
		fc.assert(
			fc.property(
				fc.constantFrom(...FRAMES),
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
				fc.nat(),
				fc.constantFrom(...linkTypes),
				(f, edits, cut, t) => {
					const b = f.bytes.slice(0, Math.max(0, f.bytes.length - (cut % 20)));
					for (const [at, v] of edits) if (b.length) b[at % b.length] = v;
					attempt(b, t);
				}
			),
			{ numRuns: 1000 }
		);
	});
	it('never takes a STUN, RTP, RTCP or DTLS-looking payload for a frame', () => {
		// First bytes per RFC 7983 §7: STUN 0–3, DTLS 20–63, RTP/RTCP 128–191.
		const firstByte = fc.oneof(
			fc.integer({ min: 0, max: 3 }),
			fc.integer({ min: 20, max: 63 }),
			fc.integer({ min: 128, max: 191 })
		);
		fc.assert(
			fc.property(firstByte, fc.uint8Array({ minLength: 11, maxLength: 200 }), (b0, rest) => {
				// Ethernet detection looks at bytes 12–13, so keep them off the IP/VLAN EtherTypes.
				const b = new Uint8Array([b0, ...rest]);
				if ([0x08, 0x86, 0x81, 0x88].includes(b[12])) b[12] = 0;
				expect(decodeFrame(b)).toBeUndefined();
			}),
			{ numRuns: 1000 }
		);
	});
	it('formats IPv6 addresses as RFC 5952 §4 says', () => {
		expect([
			formatIpv6(hex('20010db8000000000000000000000001')),
			formatIpv6(hex('00000000000000000000000000000001')),
			formatIpv6(hex('20010db8000000010000000000000001')),
			formatIpv6(hex('20010db800000001000100010001000f')),
			formatIpv6(hex('20010db8000000000001000000000001'))
		]).toEqual(['2001:db8::1', '::1', '2001:db8:0:1::1', '2001:db8:0:1:1:1:1:f', '2001:db8::1:0:0:1']);
	});
});

describe('frame notes', () => {
	const spans = allFrameSpans();
	it('every span of every fixture frame has a note in ALL_NOTES, in both locales', () => {
		const missing = [...new Set(spans.map((s) => s.noteId))].filter((id) => !ALL_NOTES[id]);
		expect(missing).toEqual([]);
		for (const s of spans) expect(s.noteId.startsWith('frame.')).toBe(true);
	});
	it('every note of the frame table is used by a span', () => {
		const used = new Set(spans.map((s) => s.noteId));
		expect(Object.keys(frameNotes).filter((id) => !used.has(id))).toEqual([]);
	});
	it('notes say something different in each locale', () => {
		for (const [id, n] of Object.entries(frameNotes)) {
			expect(n.text.en, id).not.toBe(n.text['zh-TW']);
			expect(n.title.en.length, id).toBeGreaterThan(0);
			expect(n.text['zh-TW'].length, id).toBeGreaterThan(10);
		}
	});
});
