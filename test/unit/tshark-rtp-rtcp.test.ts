// Our RTP and RTCP decoders against Wireshark, field by field, on real GStreamer rtpbin traffic (Opus over RTP,
// SR/RR/SDES/BYE compound RTCP; test/fixtures/captures/README.md). tshark's JSON is the expected value.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCapture } from '../../src/lib/protocol/bytes/pcap';
import { toHex } from '../../src/lib/protocol/bytes/hex';
import type { FieldSpan } from '../../src/lib/protocol/bytes/span';
import { demux } from '../../src/lib/protocol/demux';
import { decodeRtp, encodeRtp } from '../../src/lib/protocol/rtp';
import {
	decodeRtcp,
	encodeRtcp,
	ntpToUnixMs,
	type ReportBlock,
	type RtcpPacket
} from '../../src/lib/protocol/rtcp';

type Json = Record<string, unknown>;

const DIR = 'test/fixtures/captures/';

// tshark -T json writes every value as a string: decimal, "0x…" hex, or colon-separated bytes.
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const num = (s: unknown): number => Number(s);
const hexNum = (s: unknown): number => parseInt(String(s), 16);
const bytesHex = (s: unknown): string => String(s).replaceAll(':', '');
/** tshark's sub-trees whose keys are labels ("Source 1", "Chunk 1, SSRC/CSRC 0x…"), in order. */
const labelled = (o: Json, prefix: string): Json[] =>
	Object.keys(o)
		.filter((k) => k.startsWith(prefix))
		.map((k) => o[k] as Json);

interface Packet {
	frame: number;
	bytes: Uint8Array;
	layers: Json;
}

function load(): Packet[] {
	const capture = readCapture(new Uint8Array(readFileSync(DIR + 'rtp-rtcp.pcap')));
	const tshark = JSON.parse(readFileSync(DIR + 'rtp-rtcp.tshark.json', 'utf8')) as {
		_source: { layers: Json };
	}[];
	const byFrame = new Map(
		tshark.map((p) => [num((p._source.layers.frame as Json)['frame.number']), p._source.layers])
	);
	return capture.packets.map((p) => ({
		frame: p.index,
		bytes: p.frameBytes.subarray(p.udp.payloadOffset, p.udp.payloadOffset + p.udp.payloadLength),
		layers: byFrame.get(p.index) as Json
	}));
}

function byPath(spans: FieldSpan[]): Map<string, FieldSpan> {
	const out = new Map<string, FieldSpan>();
	const walk = (list: FieldSpan[]) => {
		for (const s of list) {
			out.set(s.path, s);
			if (s.children) walk(s.children);
		}
	};
	walk(spans);
	return out;
}

function compareRtp(p: Packet): void {
	const t = p.layers.rtp as Json;
	const { value, spans } = decodeRtp(p.bytes);
	const s = byPath(spans);
	expect(s.get('rtp.version')?.value).toBe(num(t['rtp.version']));
	expect(value.padding.length > 0 ? 1 : 0).toBe(num(t['rtp.padding']));
	expect(value.headerExtension ? 1 : 0).toBe(num(t['rtp.ext']));
	expect(value.csrcs.length).toBe(num(t['rtp.cc']));
	expect(value.marker ? 1 : 0).toBe(num(t['rtp.marker']));
	expect(value.payloadType).toBe(num(t['rtp.p_type']));
	expect(value.sequenceNumber).toBe(num(t['rtp.seq']));
	expect(value.timestamp).toBe(num(t['rtp.timestamp']));
	expect(value.ssrc).toBe(hexNum(t['rtp.ssrc']));
	expect(toHex(value.payload)).toBe(bytesHex(t['rtp.payload']));
	// rtp.extseq and rtp.setup* are tshark's own bookkeeping (its stream tracking), not bytes of the packet.
	const read = ['version', 'padding', 'ext', 'cc', 'marker', 'p_type', 'seq', 'timestamp', 'ssrc', 'payload'];
	const own = ['rtp.extseq', 'rtp.setup', 'rtp.setup_tree', 'rtp.setup-frame', 'rtp.setup-method'];
	expect(Object.keys(t).filter((k) => !read.includes(k.slice(4)) && !own.includes(k))).toEqual([]);
}

function compareBlock(ours: ReportBlock, theirs: Json): void {
	expect(ours.ssrc).toBe(hexNum(theirs['rtcp.ssrc.identifier']));
	const contents = theirs['SSRC contents'] as Json;
	expect(ours.fractionLost).toBe(num(contents['rtcp.ssrc.fraction']));
	// Signed 24-bit (RFC 3550 §6.4.1): GStreamer sent ff ff ff, which both read as −1.
	expect(ours.cumulativeLost).toBe(num(contents['rtcp.ssrc.cum_nr']));
	expect(ours.extendedHighestSequence).toBe(num(theirs['rtcp.ssrc.ext_high']));
	const ext = theirs['rtcp.ssrc.ext_high_tree'] as Json;
	expect(ours.extendedHighestSequence >>> 16).toBe(num(ext['rtcp.ssrc.high_cycles']));
	expect(ours.extendedHighestSequence & 0xffff).toBe(num(ext['rtcp.ssrc.high_seq']));
	expect(ours.jitter).toBe(num(theirs['rtcp.ssrc.jitter']));
	expect(ours.lastSr).toBe(num(theirs['rtcp.ssrc.lsr']));
	expect(ours.delaySinceLastSr).toBe(num(theirs['rtcp.ssrc.dlsr']));
}

/** tshark writes the NTP time as "Nov 25, 2026 03:56:30.209928999 UTC"; this is its Unix time in ms. */
function tsharkDateMs(text: string): number {
	const m = /^(.*) (\d\d):(\d\d):(\d\d)\.(\d+) UTC$/.exec(text);
	if (!m) throw new Error(`unexpected date ${text}`);
	const whole = Date.parse(`${m[1]} ${m[2]}:${m[3]}:${m[4]} UTC`);
	return whole + Number(`0.${m[5]}`) * 1000;
}

const COMMON_KEYS = ['rtcp.version', 'rtcp.padding', 'rtcp.rc', 'rtcp.sc', 'rtcp.pt', 'rtcp.length'];
// rtcp.length_check: tshark's check that the lengths add up to the datagram (checked below with our spans).
const KEYS: Record<string, string[]> = {
	SR: [
		'rtcp.senderssrc',
		'rtcp.timestamp.ntp.msw',
		'rtcp.timestamp.ntp.lsw',
		'rtcp.timestamp.ntp',
		'rtcp.timestamp.rtp',
		'rtcp.sender.packetcount',
		'rtcp.sender.octetcount'
	],
	RR: ['rtcp.senderssrc'],
	SDES: [],
	BYE: ['rtcp.ssrc.identifier']
};

function compareRtcpPacket(ours: RtcpPacket, theirs: Json, s: Map<string, FieldSpan>, i: number): void {
	const header = (f: string) => s.get(`rtcp.${i}.${f}`)?.value;
	expect(header('version')).toBe(num(theirs['rtcp.version']));
	expect(header('padding') ? 1 : 0).toBe(num(theirs['rtcp.padding']));
	expect(header('count')).toBe(num(theirs['rtcp.rc'] ?? theirs['rtcp.sc']));
	expect(header('packetType')).toBe(num(theirs['rtcp.pt']));
	expect(header('length')).toBe(num(theirs['rtcp.length']));
	expect(s.get(`rtcp.${i}`)?.length).toBe((num(theirs['rtcp.length']) + 1) * 4);
	const extra: string[] = [];
	switch (ours.kind) {
		case 'SR': {
			expect(ours.ssrc).toBe(hexNum(theirs['rtcp.senderssrc']));
			expect(Number(ours.ntpTimestamp >> 32n)).toBe(num(theirs['rtcp.timestamp.ntp.msw']));
			expect(Number(ours.ntpTimestamp & 0xffffffffn)).toBe(num(theirs['rtcp.timestamp.ntp.lsw']));
			expect(
				Math.abs(ntpToUnixMs(ours.ntpTimestamp) - tsharkDateMs(String(theirs['rtcp.timestamp.ntp'])))
			).toBeLessThan(0.001);
			expect(ours.rtpTimestamp).toBe(num(theirs['rtcp.timestamp.rtp']));
			expect(ours.packetCount).toBe(num(theirs['rtcp.sender.packetcount']));
			expect(ours.octetCount).toBe(num(theirs['rtcp.sender.octetcount']));
			const blocks = labelled(theirs, 'Source ');
			expect(ours.reports.length).toBe(blocks.length);
			ours.reports.forEach((b, j) => compareBlock(b, blocks[j]));
			extra.push(...Object.keys(theirs).filter((k) => k.startsWith('Source ')));
			break;
		}
		case 'RR': {
			expect(ours.ssrc).toBe(hexNum(theirs['rtcp.senderssrc']));
			const blocks = labelled(theirs, 'Source ');
			expect(ours.reports.length).toBe(blocks.length);
			ours.reports.forEach((b, j) => compareBlock(b, blocks[j]));
			extra.push(...Object.keys(theirs).filter((k) => k.startsWith('Source ')));
			break;
		}
		case 'SDES': {
			const chunks = labelled(theirs, 'Chunk ');
			expect(ours.chunks.length).toBe(chunks.length);
			ours.chunks.forEach((c, j) => {
				expect(c.ssrc).toBe(hexNum(chunks[j]['rtcp.ssrc.identifier']));
				const items = chunks[j]['SDES items'] as Json;
				// tshark lists the terminating null item (type 0) among the types; it has no length or text.
				expect([...c.items.map((x) => x.type), 0]).toEqual(asArray(items['rtcp.sdes.type']).map(num));
				expect(c.items.map((x) => x.text.length)).toEqual(asArray(items['rtcp.sdes.length']).map(num));
				expect(c.items.map((x) => x.text)).toEqual(asArray(items['rtcp.sdes.text']));
			});
			extra.push(...Object.keys(theirs).filter((k) => k.startsWith('Chunk ')));
			break;
		}
		case 'BYE':
			expect(ours.sources).toEqual(asArray(theirs['rtcp.ssrc.identifier']).map(hexNum));
			expect(ours.reason).toBeUndefined();
			break;
		default:
			throw new Error(`no tshark comparison written for ${ours.kind}`);
	}
	const allowed = [...COMMON_KEYS, ...KEYS[ours.kind], ...extra, 'rtcp.length_check'];
	expect(Object.keys(theirs).filter((k) => !allowed.includes(k))).toEqual([]);
}

describe('rtp-rtcp.pcap against tshark', () => {
	const packets = load();

	test('19 packets: 12 RTP, 7 compound RTCP, as the README lists', () => {
		expect(packets.map((p) => ('rtp' in p.layers ? 'rtp' : 'rtcp' in p.layers ? 'rtcp' : 'other'))).toEqual([
			...Array<string>(12).fill('rtp'),
			...Array<string>(7).fill('rtcp')
		]);
	});

	test.each(packets.map((p) => ({ frame: p.frame, p })))('frame $frame', ({ p }) => {
		// readCapture's UDP payload is the bytes tshark shows.
		expect(toHex(p.bytes)).toBe(bytesHex((p.layers.udp as Json)['udp.payload']));
		if ('rtp' in p.layers) {
			expect(demux(p.bytes).kind).toBe('rtp');
			compareRtp(p);
			expect(toHex(encodeRtp(decodeRtp(p.bytes).value))).toBe(toHex(p.bytes));
			return;
		}
		expect(demux(p.bytes).kind).toBe('rtcp');
		const theirs = asArray(p.layers.rtcp as Json | Json[]);
		const { value, spans } = decodeRtcp(p.bytes);
		expect(value.map((x) => x.kind)).toHaveLength(theirs.length);
		const s = byPath(spans);
		value.forEach((packet, i) => compareRtcpPacket(packet, theirs[i], s, i));
		// The packets tile the datagram, as tshark's length_check says (1 = the lengths add up).
		expect(spans.reduce((n, x) => n + x.length, 0)).toBe(p.bytes.length);
		expect(theirs.at(-1)?.['rtcp.length_check']).toBe('1');
		expect(toHex(encodeRtcp(value))).toBe(toHex(p.bytes));
	});

	test('what the capture shows: 60 ms Opus steps (2880 at 48 kHz), SR → RR, BYE at the end', () => {
		const rtp = packets.filter((p) => 'rtp' in p.layers).map((p) => decodeRtp(p.bytes).value);
		expect(rtp.map((r) => r.sequenceNumber)).toEqual(Array.from({ length: 12 }, (_, i) => 14705 + i));
		// The first step is shorter: 2568 = 2880 − 312, and 312 samples is libopus's usual encoder lookahead.
		expect(rtp.slice(1).map((r, i) => r.timestamp - rtp[i].timestamp)).toEqual([
			2568,
			...Array<number>(10).fill(2880)
		]);
		const kinds = packets
			.filter((p) => 'rtcp' in p.layers)
			.map((p) =>
				decodeRtcp(p.bytes)
					.value.map((x) => x.kind)
					.join('+')
			);
		expect(kinds).toEqual(['RR+SDES', 'SR+SDES', 'RR+SDES', 'SR+SDES', 'RR+SDES', 'SR+SDES+BYE', 'RR+SDES']);
	});
});
