// Our STUN/TURN decoders against Wireshark, field by field, on real coturn 4.6.1 / turnutils traffic
// (test/fixtures/captures/README.md). tshark's JSON is the expected value; nothing here comes from our encoder.
// Besides the fields, the captures check our HMAC-SHA1 (MESSAGE-INTEGRITY) and CRC-32 (FINGERPRINT) against what
// coturn and turnutils computed, with coturn's long-term credentials.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCapture } from '../../src/lib/protocol/bytes/pcap';
import { toHex } from '../../src/lib/protocol/bytes/hex';
import { DecodeError, type FieldSpan } from '../../src/lib/protocol/bytes/span';
import { demux } from '../../src/lib/protocol/demux';
import {
	composeMessageType,
	decodeStun,
	encodeStun,
	isStun,
	verifyStun,
	type StunAttribute,
	type StunClass
} from '../../src/lib/protocol/stun';
import {
	CHANNEL_MAX,
	decodeChannelData,
	encodeChannelData,
	isChannelData
} from '../../src/lib/protocol/turn';

type Json = Record<string, unknown>;

const DIR = 'test/fixtures/captures/';
/** coturn's long-term credentials (capture-stun-turn.sh: --user=alice:s3cret --realm=example.org). */
const CREDENTIALS = { username: 'alice', realm: 'example.org', password: 's3cret' };

// tshark -T json writes every value as a string: decimal, "0x…" hex, or colon-separated bytes.
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const num = (s: unknown): number => Number(s);
const hexNum = (s: unknown): number => parseInt(String(s), 16);
/** "21:12:a4:42" → "2112a442", the form toHex() writes. */
const bytesHex = (s: unknown): string => String(s).replaceAll(':', '');

/** Wireshark's stun.type.class is (type & 0x0110) >> 4: the two class bits C1 and C0 read as hex digits. */
const TSHARK_CLASS: Record<StunClass, number> = {
	request: 0x00,
	indication: 0x01,
	'success-response': 0x10,
	'error-response': 0x11
};

interface Packet {
	frame: number;
	bytes: Uint8Array;
	layers: Json;
}

/** Every UDP payload of a capture, with tshark's layers for the same frame number. */
function load(file: string, json: string): Packet[] {
	const capture = readCapture(new Uint8Array(readFileSync(DIR + file)));
	const tshark = JSON.parse(readFileSync(DIR + json, 'utf8')) as { _source: { layers: Json } }[];
	const byFrame = new Map(
		tshark.map((p) => [num((p._source.layers.frame as Json)['frame.number']), p._source.layers])
	);
	return capture.packets.map((p) => {
		const layers = byFrame.get(p.index);
		if (!layers) throw new Error(`${file}: tshark has no frame ${p.index}`);
		return {
			frame: p.index,
			bytes: p.frameBytes.subarray(p.udp.payloadOffset, p.udp.payloadOffset + p.udp.payloadLength),
			layers
		};
	});
}

type Kind = 'stun' | 'channel-data' | 'other';

/** What tshark made of the payload: a STUN message, TURN ChannelData (also in its stun layer), or plain data. */
function tsharkKind(layers: Json): Kind {
	const stun = layers.stun as Json | undefined;
	if (stun && 'stun.type' in stun) return 'stun';
	if (stun && 'stun.channel' in stun) return 'channel-data';
	return 'other';
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

// Keys of a tshark attribute object this test compares, by attribute type; any other key fails the test, so a
// field tshark shows and we do not check cannot slip by.
const COMMON_KEYS = ['stun.att.type', 'stun.att.type_tree', 'stun.att.length', 'stun.att.padding'];
const ADDRESS_KEYS = [
	'stun.att.reserved',
	'stun.att.family',
	'stun.att.port',
	'stun.att.ipv4',
	'stun.att.port-xord',
	'stun.att.ipv4-xord'
];

/** Compares one attribute's value with tshark's; returns the tshark keys it read. */
function compareValue(ours: StunAttribute, theirs: Json, transactionId: Uint8Array): string[] {
	const where = `${ours.name} (0x${ours.type.toString(16).padStart(4, '0')})`;
	expect(ours.raw, `${where} decoded`).not.toBe(true);
	if (ours.raw) return [];
	switch (ours.name) {
		case 'MAPPED-ADDRESS':
		case 'RESPONSE-ORIGIN':
		case 'XOR-MAPPED-ADDRESS':
		case 'XOR-RELAYED-ADDRESS':
		case 'XOR-PEER-ADDRESS': {
			const v = ours.value;
			expect(v.reserved ?? 0, where).toBe(hexNum(bytesHex(theirs['stun.att.reserved'])));
			expect(v.family === 'IPv4' ? 0x01 : 0x02, where).toBe(hexNum(theirs['stun.att.family']));
			expect(v.port, where).toBe(num(theirs['stun.att.port']));
			expect(v.address, where).toBe(theirs['stun.att.ipv4']);
			if (ours.name.startsWith('XOR-')) {
				// RFC 8489 §14.2: X-Port = port ^ 0x2112, X-Address = address ^ magic cookie (IPv4).
				expect(v.port ^ 0x2112, where).toBe(hexNum(bytesHex(theirs['stun.att.port-xord'])));
				const x = v.address.split('.').map((b, i) => Number(b) ^ [0x21, 0x12, 0xa4, 0x42][i]);
				expect(toHex(Uint8Array.from(x)), where).toBe(bytesHex(theirs['stun.att.ipv4-xord']));
				expect(transactionId.length).toBe(12);
			}
			return ADDRESS_KEYS;
		}
		case 'LIFETIME':
			expect(ours.value, where).toBe(num(theirs['stun.att.lifetime']));
			return ['stun.att.lifetime'];
		case 'REQUESTED-TRANSPORT':
			expect(ours.value.protocol, where).toBe(hexNum(theirs['stun.att.transp']));
			expect(ours.value.reserved ?? 0, where).toBe(hexNum(bytesHex(theirs['stun.att.reserved'])));
			return ['stun.att.transp', 'stun.att.reserved'];
		case 'REQUESTED-ADDRESS-FAMILY':
			expect(ours.value.family === 'IPv4' ? 0x01 : 0x02, where).toBe(hexNum(theirs['stun.att.family']));
			expect(ours.value.reserved ?? 0, where).toBe(hexNum(bytesHex(theirs['stun.att.reserved'])));
			return ['stun.att.family', 'stun.att.reserved'];
		case 'EVEN-PORT':
			expect(ours.value.reservePort ? 1 : 0, where).toBe(num(theirs['stun.att.even-port.reserve-next']));
			return ['stun.att.even-port.reserve-next'];
		case 'ERROR-CODE': {
			const cls = num(theirs['stun.att.error.class']);
			const number = num(theirs['stun.att.error']);
			expect(ours.value.code, where).toBe(cls * 100 + number);
			expect(ours.value.reason, where).toBe(theirs['stun.att.error.reason']);
			// tshark shows the first 16 of the 21 reserved bits.
			expect((ours.value.reserved ?? 0) >> 5, where).toBe(hexNum(bytesHex(theirs['stun.att.reserved'])));
			return ['stun.att.error.class', 'stun.att.error', 'stun.att.error.reason', 'stun.att.reserved'];
		}
		case 'REALM':
			expect(ours.value, where).toBe(theirs['stun.att.realm']);
			return ['stun.att.realm'];
		case 'NONCE':
			expect(ours.value, where).toBe(theirs['stun.att.nonce']);
			return ['stun.att.nonce'];
		case 'USERNAME':
			expect(ours.value, where).toBe(theirs['stun.att.username']);
			return ['stun.att.username'];
		case 'SOFTWARE':
			expect(ours.value, where).toBe(theirs['stun.att.software']);
			return ['stun.att.software'];
		case 'CHANNEL-NUMBER':
			expect(ours.value.channel, where).toBe(hexNum(theirs['stun.att.channelnum']));
			expect(ours.value.reserved ?? 0, where).toBe(hexNum(bytesHex(theirs['stun.att.reserved'])));
			return ['stun.att.channelnum', 'stun.att.reserved'];
		case 'DATA':
			expect(ours.value.length, where).toBe(num(theirs['stun.att.length']));
			expect(toHex(ours.value), where).toBe(bytesHex(theirs['stun.value']));
			// tshark hands the DATA bytes to its `data` dissector too.
			expect(toHex(ours.value), where).toBe(bytesHex((theirs.data as Json)['data.data']));
			return ['stun.value', 'data'];
		case 'MESSAGE-INTEGRITY':
			expect(toHex(ours.value), where).toBe(bytesHex(theirs['stun.att.hmac']));
			return ['stun.att.hmac'];
		case 'FINGERPRINT':
			expect(ours.value, where).toBe(hexNum(theirs['stun.att.crc32']));
			// 1 = tshark computed the same CRC-32 over the message.
			expect(theirs['stun.att.crc32.status'], where).toBe('1');
			return ['stun.att.crc32', 'stun.att.crc32.status'];
		default:
			throw new Error(`no tshark comparison written for ${where}`);
	}
}

function compareStun(p: Packet): void {
	const theirs = p.layers.stun as Json;
	const { value: m, spans } = decodeStun(p.bytes);
	const s = byPath(spans);
	const type = composeMessageType(m.method, m.class);
	expect(type).toBe(hexNum(theirs['stun.type']));
	const typeTree = theirs['stun.type_tree'] as Json;
	expect(TSHARK_CLASS[m.class]).toBe(hexNum(typeTree['stun.type.class']));
	// Wireshark's method field is type & 0x3eef, which equals the method number for methods below 0x010.
	expect(m.method).toBe(hexNum(typeTree['stun.type.method']));
	expect(s.get('stun.header.messageLength')?.value).toBe(num(theirs['stun.length']));
	expect(p.bytes.length - 20).toBe(num(theirs['stun.length']));
	expect((s.get('stun.header.magicCookie')?.value as number).toString(16)).toBe(
		bytesHex(theirs['stun.cookie'])
	);
	expect(toHex(m.transactionId)).toBe(bytesHex(theirs['stun.id']));

	const attributes = (theirs['stun.attributes'] as Json | undefined) ?? {};
	const tree = asArray(attributes['stun.attribute_tree'] as Json | Json[] | undefined);
	expect(m.attributes.map((a) => a.type)).toEqual(
		asArray(attributes['stun.attribute'] as string[]).map(hexNum)
	);
	expect(m.attributes.map((a) => a.type)).toEqual(tree.map((t) => hexNum(t['stun.att.type'])));
	m.attributes.forEach((a, i) => {
		const t = tree[i];
		const path = `stun.attributes.${i}`;
		expect(s.get(`${path}.type`)?.value).toBe(hexNum(t['stun.att.type']));
		expect(s.get(`${path}.length`)?.value).toBe(num(t['stun.att.length']));
		// tshark's stun.att.padding is the number of padding bytes, present only when there are some.
		expect(s.get(`${path}.padding`)?.length ?? 0).toBe(num(t['stun.att.padding'] ?? 0));
		const ttree = t['stun.att.type_tree'] as Json;
		expect((a.type & 0x8000) === 0 ? 0 : 1).toBe(hexNum(ttree['stun.att.type.comprehension']));
		const read = compareValue(a, t, m.transactionId);
		const unchecked = Object.keys(t).filter((k) => !COMMON_KEYS.includes(k) && !read.includes(k));
		expect(unchecked, `tshark fields of ${a.name} this test does not compare`).toEqual([]);
	});
}

const CAPTURES = [
	{
		file: 'stun-turn.pcapng',
		json: 'stun-turn.tshark.json',
		counts: { stun: 30, 'channel-data': 6, other: 6 }
	},
	{ file: 'turn-send.pcap', json: 'turn-send.tshark.json', counts: { stun: 28, 'channel-data': 0, other: 6 } }
];

describe.each(CAPTURES)('$file against tshark', ({ file, json, counts }) => {
	const packets = load(file, json);

	test('every UDP packet is there, and tshark sees the kinds the README lists', () => {
		const seen: Record<Kind, number> = { stun: 0, 'channel-data': 0, other: 0 };
		for (const p of packets) seen[tsharkKind(p.layers)]++;
		expect(seen).toEqual(counts);
	});

	test.each(packets.map((p) => ({ frame: p.frame, p })))('frame $frame', ({ p }) => {
		const kind = tsharkKind(p.layers);
		const d = demux(p.bytes);
		if (kind === 'stun') {
			expect(d.kind).toBe('stun');
			expect(isStun(p.bytes)).toBe(true);
			compareStun(p);
			// Byte-exact round trip, MESSAGE-INTEGRITY and FINGERPRINT values carried over as decoded.
			expect(toHex(encodeStun(decodeStun(p.bytes).value))).toBe(toHex(p.bytes));
		} else if (kind === 'channel-data') {
			const theirs = p.layers.stun as Json;
			const channel = hexNum(theirs['stun.channel']);
			// turnutils_uclient binds channels from RFC 5766's 0x4000–0x7fff (here 0x52d7). RFC 8656 §12 narrowed
			// them to 0x4000–0x4fff, and RFC 9443 §3 gives first bytes 80–127 to QUIC, so on a WebRTC 5-tuple the
			// first-byte demux says QUIC; tshark, at TURN's port 3478, decodes ChannelData. Both follow their RFC.
			expect(d.kind).toBe(channel <= CHANNEL_MAX ? 'turn-channel' : 'quic');
			expect(isChannelData(p.bytes)).toBe(true);
			const { value, spans } = decodeChannelData(p.bytes);
			expect(value.channelNumber).toBe(channel);
			expect(spans[0].noteId).toBe(
				channel <= CHANNEL_MAX
					? 'turn.channel-data.channel-number'
					: 'turn.channel-data.channel-number-rfc5766'
			);
			expect(value.data.length).toBe(num(theirs['stun.length']));
			expect(toHex(value.data)).toBe(bytesHex((p.layers.data as Json)['data.data']));
			expect(toHex(encodeChannelData(value))).toBe(toHex(p.bytes));
		} else {
			// The relayed leg: turnutils' 40-byte test data, which starts with 00 — so RFC 7983's first-byte rule
			// alone says "STUN" (it is meant for a WebRTC 5-tuple, not for a plain UDP peer). Without the magic
			// cookie neither we nor tshark take it for STUN or ChannelData.
			expect(p.layers.data).toBeDefined();
			expect(d.kind).toBe('stun');
			expect(isStun(p.bytes)).toBe(false);
			expect(isChannelData(p.bytes)).toBe(false);
			expect(() => decodeStun(p.bytes)).toThrow(DecodeError);
		}
	});

	test('MESSAGE-INTEGRITY (HMAC-SHA1, long-term key) and FINGERPRINT (CRC-32) verify on every message', () => {
		let integrity = 0;
		let fingerprint = 0;
		for (const p of packets.filter((x) => tsharkKind(x.layers) === 'stun')) {
			const { value } = decodeStun(p.bytes);
			const names = value.attributes.map((a) => a.name);
			const v = verifyStun(p.bytes, CREDENTIALS);
			expect(v.ok, `frame ${p.frame}: ${v.failed.join(', ')}`).toBe(true);
			expect(v.messageIntegrity.present).toBe(names.includes('MESSAGE-INTEGRITY'));
			expect(v.fingerprint.present).toBe(names.includes('FINGERPRINT'));
			if (v.messageIntegrity.present) {
				expect(v.messageIntegrity.ok, `frame ${p.frame}`).toBe(true);
				integrity++;
			}
			if (v.fingerprint.present) {
				expect(v.fingerprint.ok, `frame ${p.frame}`).toBe(true);
				fingerprint++;
			}
			// An authenticated request carries USERNAME; coturn's responses to it carry MESSAGE-INTEGRITY.
			if (names.includes('USERNAME')) expect(names).toContain('MESSAGE-INTEGRITY');
		}
		expect({ integrity, fingerprint }).toEqual(
			file === 'stun-turn.pcapng' ? { integrity: 24, fingerprint: 28 } : { integrity: 18, fingerprint: 28 }
		);
	});

	test('a wrong password fails MESSAGE-INTEGRITY but not FINGERPRINT', () => {
		const p = packets.find((x) => tsharkKind(x.layers) === 'stun' && verifyStun(x.bytes).fingerprint.present);
		const withMi = packets.find(
			(x) =>
				tsharkKind(x.layers) === 'stun' &&
				decodeStun(x.bytes).value.attributes.some((a) => a.name === 'MESSAGE-INTEGRITY')
		);
		expect(p && withMi).toBeTruthy();
		if (!withMi) return;
		const v = verifyStun(withMi.bytes, { ...CREDENTIALS, password: 'wrong' });
		expect(v.messageIntegrity.ok).toBe(false);
		expect(v.failed).toEqual(['MESSAGE-INTEGRITY']);
	});
});
