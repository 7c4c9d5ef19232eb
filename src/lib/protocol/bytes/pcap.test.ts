import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCapture, type Capture } from './pcap';
import { decodeFrame } from './frame';
import { toHex } from './hex';
import { DecodeError } from './span';

// Real captures made by capture-stun-turn.sh / capture-rtp.sh (coturn, GStreamer), with tshark's decode beside
// them; see test/fixtures/captures/README.md.
const dir = fileURLToPath(new URL('../../../../test/fixtures/captures/', import.meta.url));
const load = (name: string) => new Uint8Array(readFileSync(dir + name));

type Layers = Record<string, Record<string, unknown>>;
const tshark = (name: string): Layers[] =>
	(JSON.parse(readFileSync(dir + name, 'utf8')) as { _source: { layers: Layers } }[]).map(
		(p) => p._source.layers
	);

const FIXTURES = [
	{
		file: 'stun-turn.pcapng',
		json: 'stun-turn.tshark.json',
		format: 'pcapng',
		linkType: 'ethernet',
		count: 42
	},
	{ file: 'turn-send.pcap', json: 'turn-send.tshark.json', format: 'pcap', linkType: 'sll2', count: 34 },
	{ file: 'rtp-rtcp.pcap', json: 'rtp-rtcp.tshark.json', format: 'pcap', linkType: 'sll', count: 19 }
] as const;

function expectSameAsTshark(capture: Capture, layers: Layers[]) {
	const udp = layers.filter((l) => l.udp);
	expect(capture.packets.length).toBe(udp.length);
	capture.packets.forEach((p, i) => {
		const l = udp[i];
		expect(p.index).toBe(Number(l.frame['frame.number']));
		expect(p.time).toBeCloseTo(Number(l.frame['frame.time_epoch']), 6);
		expect(p.frameBytes.length).toBe(Number(l.frame['frame.cap_len']));
		expect(p.originalLength).toBe(Number(l.frame['frame.len']));
		expect(p.udp.src).toEqual({ ip: l.ip['ip.src'], port: Number(l.udp['udp.srcport']) });
		expect(p.udp.dst).toEqual({ ip: l.ip['ip.dst'], port: Number(l.udp['udp.dstport']) });
		expect(p.udp.payloadLength).toBe(Number(l.udp['udp.length']) - 8);
		const payload = p.frameBytes.subarray(p.udp.payloadOffset, p.udp.payloadOffset + p.udp.payloadLength);
		expect(toHex(payload, ':')).toBe(l.udp['udp.payload']);
	});
}

describe('readCapture on real captures, compared with tshark', () => {
	for (const f of FIXTURES) {
		it(`${f.file}: the same UDP packets, times, ports and payloads as tshark`, () => {
			const capture = readCapture(load(f.file));
			expect(capture.format).toBe(f.format);
			expect(capture.packets.length).toBe(f.count);
			expect(capture.skipped).toBe(0);
			expect(capture.truncated).toBe(false);
			expect(capture.warnings).toEqual([]);
			expect(new Set(capture.packets.map((p) => p.linkType))).toEqual(new Set([f.linkType]));
			expectSameAsTshark(capture, tshark(f.json));
		});
	}
});

// --- Other encodings of the same real packets, made here from the real files ---------------------------------

function swap32(b: Uint8Array, o: number) {
	b.subarray(o, o + 4).reverse();
}
function swap16(b: Uint8Array, o: number) {
	b.subarray(o, o + 2).reverse();
}

/** A little-endian classic pcap rewritten in big-endian order (as a SPARC or PowerPC tcpdump would write it). */
function pcapToBigEndian(le: Uint8Array): Uint8Array {
	const b = le.slice();
	const dv = new DataView(le.buffer, le.byteOffset, le.byteLength);
	swap32(b, 0);
	swap16(b, 4);
	swap16(b, 6);
	for (const o of [8, 12, 16, 20]) swap32(b, o);
	for (let o = 24; o < b.length;) {
		const caplen = dv.getUint32(o + 8, true);
		for (let k = 0; k < 16; k += 4) swap32(b, o + k);
		o += 16 + caplen;
	}
	return b;
}

/** A microsecond pcap as a nanosecond one (magic 0xa1b23c4d, fractions × 1000). */
function pcapToNanos(le: Uint8Array): Uint8Array {
	const b = le.slice();
	const dv = new DataView(b.buffer);
	dv.setUint32(0, 0xa1b23c4d, true);
	for (let o = 24; o < b.length;) {
		dv.setUint32(o + 4, dv.getUint32(o + 4, true) * 1000, true);
		o += 16 + dv.getUint32(o + 8, true);
	}
	return b;
}

/** A little-endian pcapng rewritten in big-endian order: SHB, IDB and EPB fields swapped, other blocks kept opaque. */
function pcapngToBigEndian(le: Uint8Array): Uint8Array {
	const b = le.slice();
	const dv = new DataView(le.buffer, le.byteOffset, le.byteLength);
	for (let o = 0; o < b.length;) {
		const type = dv.getUint32(o, true);
		const total = dv.getUint32(o + 4, true);
		swap32(b, o);
		swap32(b, o + 4);
		swap32(b, o + total - 4);
		const body = o + 8;
		let options = -1;
		if (type === 0x0a0d0d0a) {
			swap32(b, body);
			swap16(b, body + 4);
			swap16(b, body + 6);
			b.subarray(body + 8, body + 16).reverse();
			options = body + 16;
		} else if (type === 1) {
			swap16(b, body);
			swap16(b, body + 2);
			swap32(b, body + 4);
			options = body + 8;
		} else if (type === 6) {
			const caplen = dv.getUint32(body + 12, true);
			for (let k = 0; k < 20; k += 4) swap32(b, body + k);
			options = body + 20 + Math.ceil(caplen / 4) * 4;
		}
		// Option headers (code, length) swap; the values we read (if_tsresol) are single bytes.
		if (options >= 0) {
			for (let p = options; p + 4 <= o + total - 4;) {
				const code = dv.getUint16(p, true);
				const len = dv.getUint16(p + 2, true);
				swap16(b, p);
				swap16(b, p + 2);
				if (code === 0) break;
				p += 4 + Math.ceil(len / 4) * 4;
			}
		}
		o += total;
	}
	return b;
}

/** The EPBs of a little-endian pcapng turned into Simple Packet Blocks (no timestamps, no interface id). */
function pcapngToSimple(le: Uint8Array): Uint8Array {
	const dv = new DataView(le.buffer, le.byteOffset, le.byteLength);
	const out: number[] = [];
	const u32 = (v: number) => out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
	for (let o = 0; o < le.length;) {
		const type = dv.getUint32(o, true);
		const total = dv.getUint32(o + 4, true);
		if (type === 6) {
			const caplen = dv.getUint32(o + 20, true);
			const padded = Math.ceil(caplen / 4) * 4;
			u32(3);
			u32(16 + padded);
			u32(dv.getUint32(o + 24, true));
			out.push(...le.subarray(o + 28, o + 28 + padded));
			u32(16 + padded);
		} else if (type === 0x0a0d0d0a || type === 1) {
			out.push(...le.subarray(o, o + total));
		}
		o += total;
	}
	return new Uint8Array(out);
}

describe('readCapture file formats', () => {
	const stunTurn = load('stun-turn.pcapng');
	const turnSend = load('turn-send.pcap');
	const rtp = load('rtp-rtcp.pcap');
	const sameUdp = (c: Capture) => c.packets.map((p) => [p.index, p.udp]);

	it('reads the nanosecond magic (rtp-rtcp.pcap is written with it)', () => {
		expect(toHex(rtp.subarray(0, 4))).toBe('4d3cb2a1');
		expect(readCapture(rtp).packets[1].time).toBeCloseTo(1795578988.536532, 6);
	});
	it.each([
		['big-endian pcap', () => pcapToBigEndian(turnSend), turnSend],
		['nanosecond pcap', () => pcapToNanos(turnSend), turnSend],
		['big-endian nanosecond pcap', () => pcapToBigEndian(rtp), rtp],
		['big-endian pcapng', () => pcapngToBigEndian(stunTurn), stunTurn]
	])('%s lists the same packets and times', (_name, make, original) => {
		const a = readCapture(original);
		const b = readCapture(make());
		expect(sameUdp(b)).toEqual(sameUdp(a));
		b.packets.forEach((p, i) => expect(p.time).toBeCloseTo(a.packets[i].time!, 6));
	});
	it('reads Simple Packet Blocks (no timestamps)', () => {
		const c = readCapture(pcapngToSimple(stunTurn));
		expect(sameUdp(c)).toEqual(sameUdp(readCapture(stunTurn)));
		expect(c.packets.every((p) => p.time === undefined)).toBe(true);
	});
	it('keeps the packets before a cut and says where the file ends', () => {
		const cut = turnSend.subarray(0, turnSend.length - 30);
		const c = readCapture(cut);
		expect(c.packets.length).toBe(33);
		expect(c.warnings[0]).toMatch(/ends inside packet 34/);
		const cutNg = readCapture(stunTurn.subarray(0, stunTurn.length - 100));
		expect(cutNg.packets.length).toBeLessThan(42);
		expect(cutNg.warnings[0]).toMatch(/ends inside a block/);
	});
	it('stops at maxPackets with a flag', () => {
		const c = readCapture(stunTurn, { maxPackets: 10 });
		expect(c.packets.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(c.truncated).toBe(true);
		expect(c.warnings).toEqual(['stopped after 10 packets; the rest of the file was not read']);
	});
	it('counts non-UDP packets as skipped', () => {
		// Packet 1 of turn-send.pcap with its IPv4 Protocol byte changed from 17 (UDP) to 6 (TCP).
		const b = turnSend.slice();
		const protocolByte = 24 + 16 + 20 + 9;
		expect(b[protocolByte]).toBe(17);
		b[protocolByte] = 6;
		const c = readCapture(b);
		expect(c.skipped).toBe(1);
		expect(c.packets[0].index).toBe(2);
		expect(c.warnings).toEqual([]);
	});
	it('skips packets of an unsupported link type with one warning', () => {
		const b = turnSend.slice();
		new DataView(b.buffer).setUint32(20, 105, true);
		const c = readCapture(b);
		expect(c.packets).toEqual([]);
		expect(c.skipped).toBe(34);
		expect(c.warnings).toEqual(['link type 105 (IEEE 802.11) is not supported; its packets were skipped']);
	});
	it.each([
		{ args: new Uint8Array([1, 2]), expected: { code: 'truncated', offset: 0 } },
		{ args: new TextEncoder().encode('00 01 00 08 21 12 a4 42'), expected: { code: 'bad-magic', offset: 0 } },
		{ args: turnSend.subarray(0, 20), expected: { code: 'truncated', offset: 0 } },
		{ args: stunTurn.subarray(0, 20), expected: { code: 'truncated', offset: 0 } }
	])('rejects $expected.code at byte $expected.offset', ({ args, expected }) => {
		try {
			readCapture(args);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(DecodeError);
			expect({ code: (e as DecodeError).code, offset: (e as DecodeError).offset }).toEqual(expected);
		}
	});
	it('rejects a block whose trailing length disagrees, at that byte', () => {
		const b = stunTurn.slice();
		const dv = new DataView(b.buffer);
		const shbLength = dv.getUint32(4, true);
		dv.setUint32(shbLength - 4, shbLength + 4, true);
		expect(() => readCapture(b)).toThrowError(/ends with a different length/);
	});
});

describe('readCapture properties', () => {
	const files = FIXTURES.map((f) => load(f.file));
	const onlyDecodeError = (bytes: Uint8Array) => {
		try {
			readCapture(bytes);
		} catch (e) {
			if (!(e instanceof DecodeError)) throw e;
		}
	};
	it('random bytes → a result or a DecodeError, nothing else', () => {
		fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), onlyDecodeError), { numRuns: 500 });
		// With a valid magic number the reader gets further.
		const heads = [files[0].subarray(0, 28), files[1].subarray(0, 24)];
		fc.assert(
			fc.property(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 300 }), (head, tail) =>
				onlyDecodeError(new Uint8Array([...head, ...tail]))
			),
			{ numRuns: 500 }
		);
	});
	it('real files with random bytes changed or cut → a result or a DecodeError', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...files),
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
				fc.nat(),
				(file, edits, cut) => {
					const b = file.slice(0, file.length - (cut % 64));
					for (const [at, v] of edits) b[at % b.length] = v;
					onlyDecodeError(b);
				}
			),
			{ numRuns: 300 }
		);
	});
	it('every listed packet decodes as a frame of its link type', () => {
		for (const file of files) {
			for (const p of readCapture(file).packets) {
				expect(decodeFrame(p.frameBytes, p.linkType).value.payloadOffset).toBe(p.udp.payloadOffset);
			}
		}
	});
});
