import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RFC5769 } from '../../../test/fixtures/stun/rfc5769';
import { chromeCoturnAllocate, pionChannelData } from '../../../test/fixtures/stun/captures';
import { turnMessages } from '../../../test/fixtures/stun/turn-messages';
import { rtcpFixtures, rtpFixtures } from '../../../test/fixtures/rtp/load';
import { hex, toHex } from './bytes/hex';
import { readCapture } from './bytes/pcap';
import type { FieldSpan } from './bytes/span';
import { readCapture as readDtlsCapture } from './dtls/fixtures';
import {
	PACKET_KINDS,
	byteContext,
	decodePacket,
	decodeText,
	kindOfDemux,
	textContext,
	type PacketKind
} from './packet';

const flat = (spans: FieldSpan[]): FieldSpan[] => spans.flatMap((s) => [s, ...flat(s.children ?? [])]);

/** Every kind, with every fixture of it that the lab must detect from the first bytes alone. */
const FIXTURES: { name: string; bytes: Uint8Array; kind: PacketKind }[] = [
	...Object.entries(RFC5769).map(([name, v]) => ({
		name: `rfc5769 ${name}`,
		bytes: hex(v.hex),
		kind: 'stun' as const
	})),
	...Object.entries(chromeCoturnAllocate).map(([name, v]) => ({
		name: `chrome-coturn ${name}`,
		bytes: hex(v),
		kind: 'stun' as const
	})),
	...Object.entries(turnMessages).map(([name, v]) => ({
		name: `turn ${name}`,
		bytes: hex(v),
		kind: 'stun' as const
	})),
	...Object.entries(pionChannelData).map(([name, v]) => ({
		name: `pion channel data ${name}`,
		bytes: hex(v),
		kind: 'channel-data' as const
	})),
	...rtpFixtures.map((f) => ({ name: f.file, bytes: f.bytes, kind: 'rtp' as const })),
	...rtcpFixtures.map((f) => ({ name: f.file, bytes: f.bytes, kind: 'rtcp' as const })),
	...(['dtls12-openssl', 'dtls13-chromium'] as const).flatMap((c) =>
		readDtlsCapture(c).map((d) => ({
			name: `${c} frame ${d.frame}`,
			bytes: d.bytes,
			kind: d.bytes[0] < 4 ? ('stun' as const) : ('dtls' as const)
		}))
	)
];

const capture = (file: string) => readCapture(new Uint8Array(readFileSync(`test/fixtures/captures/${file}`)));

describe('decodePacket: detection', () => {
	it.each(FIXTURES.map((f) => ({ ...f, label: `${f.name} → ${f.kind}` })))('$label', ({ bytes, kind }) => {
		const r = decodePacket(bytes);
		expect(r.error).toBeUndefined();
		expect(r.kind).toBe(kind);
		expect(r.forced).toBe(false);
		expect(r.decoded?.kind).toBe(kind);
		expect(kindOfDemux(r.demux.kind)).toBe(kind);
		expect(r.payloadOffset).toBe(0);
		expect(r.bytes).toBe(bytes);
		// Every span lies inside the input.
		for (const s of flat(r.spans)) {
			expect(s.offset).toBeGreaterThanOrEqual(0);
			expect(s.offset + s.length).toBeLessThanOrEqual(bytes.length);
		}
	});

	it('decodes the STUN inside ChannelData as children of its data', () => {
		const r = decodePacket(hex(pionChannelData.stunInside));
		expect(r.decoded).toMatchObject({ kind: 'channel-data', inner: { kind: 'stun' } });
		const header = flat(r.spans).find((s) => s.path === 'channelData.data.stun.header');
		expect(header?.offset).toBe(4);
		const dtls = decodePacket(hex(pionChannelData.dtlsInside));
		expect(dtls.decoded).toMatchObject({ kind: 'channel-data', inner: { kind: 'dtls' } });
	});

	it('reports what the first byte names even when the lab has no decoder for it', () => {
		const quic = decodePacket(hex('c3 00 00 00 01'));
		expect(quic.kind).toBeUndefined();
		expect(quic.demux.kind).toBe('quic');
		expect(quic.error).toMatchObject({ code: 'no-decoder', stage: 'payload', offset: 0 });
		expect(quic.error?.message).toMatch(/QUIC/);
		expect(decodePacket(new Uint8Array(0)).error?.message).toMatch(/empty/);
	});
});

describe('decodePacket: forced kind', () => {
	it('uses the forced decoder and still reports the demux', () => {
		const rr = rtcpFixtures[0].bytes;
		const asRtp = decodePacket(rr, 'rtp');
		expect(asRtp.forced).toBe(true);
		expect(asRtp.kind).toBe('rtp');
		expect(asRtp.demux.kind).toBe('rtcp');
		expect(asRtp.decoded?.kind).toBe('rtp');
	});

	it('turns a decoder that refuses the bytes into a positioned error', () => {
		const r = decodePacket(hex(RFC5769.sampleRequest.hex), 'dtls');
		expect(r.kind).toBe('dtls');
		expect(r.decoded).toBeUndefined();
		expect(r.error?.stage).toBe('payload');
		expect(r.error?.offset).toBe(0);
		expect(r.error?.message).toMatch(/at byte 0/);
	});

	it('decodes coturn ChannelData on channels above 0x4fff, which the demux calls QUIC (RFC 9443)', () => {
		const cd = capture('stun-turn.pcapng').packets.filter((p) => [29, 32, 33, 36, 37, 40].includes(p.index));
		expect(cd).toHaveLength(6);
		for (const p of cd) {
			const auto = decodePacket(p.frameBytes, undefined, { linkType: p.linkType });
			expect(auto.demux.kind).toBe('quic');
			expect(auto.error?.code).toBe('no-decoder');
			expect(auto.error?.offset).toBe(p.udp.payloadOffset);
			const forced = decodePacket(p.frameBytes, 'channel-data', { linkType: p.linkType });
			expect(forced.error).toBeUndefined();
			expect(forced.decoded?.kind).toBe('channel-data');
		}
	});
});

describe('frames', () => {
	it.each([
		{ file: 'stun-turn.pcapng', expected: { stun: 30, none: 12 } },
		{ file: 'turn-send.pcap', expected: { stun: 28, none: 6 } },
		{ file: 'rtp-rtcp.pcap', expected: { rtp: 12, rtcp: 7 } }
	])('$file: every UDP packet, with the link type the file states', ({ file, expected }) => {
		const counts: Record<string, number> = {};
		for (const p of capture(file).packets) {
			const r = decodePacket(p.frameBytes, undefined, { linkType: p.linkType });
			expect(r.frame?.src).toEqual(p.udp.src);
			expect(r.payloadOffset).toBe(p.udp.payloadOffset);
			expect(r.payloadLength).toBe(p.udp.payloadLength);
			const key = r.error ? 'none' : r.kind!;
			counts[key] = (counts[key] ?? 0) + 1;
		}
		expect(counts).toEqual(expected);
	});

	it('strips a pasted Ethernet frame and shifts the payload spans by the header length', () => {
		const p = capture('stun-turn.pcapng').packets.find((x) => x.index === 2)!;
		const payload = p.frameBytes.subarray(p.udp.payloadOffset);
		const alone = decodePacket(payload.slice());
		const whole = decodeText(toHex(p.frameBytes, ' '));
		expect(whole.format).toBe('spaced-hex');
		expect(whole.frame?.linkType).toBe('ethernet');
		expect(whole.payloadOffset).toBe(42);
		expect(whole.kind).toBe('stun');
		const frameSpans = whole.spans.filter((s) => s.path.startsWith('frame.'));
		expect(frameSpans.map((s) => s.path)).toEqual(['frame.ethernet', 'frame.ipv4', 'frame.udp']);
		const payloadSpans = flat(whole.spans.filter((s) => !s.path.startsWith('frame.')));
		const aloneSpans = flat(alone.spans);
		expect(payloadSpans.map((s) => s.path)).toEqual(aloneSpans.map((s) => s.path));
		payloadSpans.forEach((s, i) => {
			expect(s.offset).toBe(aloneSpans[i].offset + 42);
			expect(toHex(whole.bytes.subarray(s.offset, s.offset + s.length))).toBe(
				toHex(payload.subarray(aloneSpans[i].offset, aloneSpans[i].offset + aloneSpans[i].length))
			);
		});
	});

	it('puts payload errors at their byte in the whole frame', () => {
		const p = capture('rtp-rtcp.pcap').packets.find((x) => x.index === 17)!;
		const bytes = p.frameBytes.slice();
		// Corrupt the RTCP length of the first packet so it runs past the datagram.
		bytes[p.udp.payloadOffset + 3] = 0x7f;
		const r = decodePacket(bytes, undefined, { linkType: p.linkType });
		expect(r.kind).toBe('rtcp');
		expect(r.error?.stage).toBe('payload');
		expect(r.error!.offset!).toBeGreaterThanOrEqual(p.udp.payloadOffset);
		expect(r.error?.message).toMatch(new RegExp(`at byte ${r.error!.offset}, byte \\d+ of the payload`));
		// The frame is still annotated.
		expect(r.spans.map((s) => s.path)).toEqual(['frame.sll', 'frame.ipv4', 'frame.udp']);
	});

	it('reports a broken frame when the link type is given', () => {
		const r = decodePacket(hex('45 00 00 1c 00 00 00 00 40 06 00 00 7f 00 00 01 7f 00 00 01'), undefined, {
			linkType: 'raw-ip'
		});
		expect(r.error?.stage).toBe('frame');
		expect(r.error?.offset).toBeDefined();
		expect(r.error?.message).toMatch(/at byte/);
	});
});

describe('decodeText: input errors', () => {
	it.each([
		{ args: '00 01 zz', expected: { line: 1, column: 7, at: 'z', before: '00 01 ' } },
		{ args: '00 01 00 58\n21 12 a4 4', expected: { line: 2, column: 10, at: '4', before: '21 12 a4 ' } },
		{ args: '   ', expected: { line: 1, column: 1, at: ' ', before: '' } }
	])('$args → line $expected.line, column $expected.column', ({ args, expected }) => {
		const r = decodeText(args);
		expect(r.error?.stage).toBe('input');
		expect(r.error?.position).toMatchObject({ line: expected.line, column: expected.column });
		expect(r.error?.context.at).toBe(expected.at);
		expect(r.error?.context.before).toBe(expected.before);
		expect(r.error?.message).toMatch(new RegExp(`line ${expected.line}, column ${expected.column}`));
		expect(r.spans).toEqual([]);
	});

	it('reads every input format the same', () => {
		const bytes = hex(RFC5769.sampleIPv4Response.hex);
		const b64 = btoa(String.fromCharCode(...bytes));
		const forms = [
			toHex(bytes),
			toHex(bytes, ' '),
			Array.from(bytes, (b) => `0x${b.toString(16).padStart(2, '0')}`).join(', '),
			b64
		];
		for (const text of forms) {
			const r = decodeText(text);
			expect(r.error).toBeUndefined();
			expect(r.kind).toBe('stun');
			expect(toHex(r.bytes)).toBe(toHex(bytes));
		}
		expect(decodeText(b64).format).toBe('base64');
	});

	it('gives a truncated packet its byte and context', () => {
		const r = decodeText('00 01 00 58 21 12 a4 42');
		expect(r.kind).toBe('stun');
		expect(r.error).toMatchObject({ stage: 'payload', offset: 0, code: 'truncated' });
		expect(r.error?.context).toEqual({ before: '', at: '00', after: '01 00 58 21 12 a4 42' });
	});
});

describe('context helpers', () => {
	it.each([
		{ args: { bytes: '00 01 02', offset: 1 }, expected: { before: '00', at: '01', after: '02' } },
		{ args: { bytes: '00 01 02', offset: 3 }, expected: { before: '00 01 02', at: '', after: '' } },
		{ args: { bytes: '', offset: 5 }, expected: { before: '', at: '', after: '' } }
	])('byteContext($args.bytes, $args.offset)', ({ args, expected }) => {
		expect(byteContext(hex(args.bytes), args.offset)).toEqual(expected);
	});
	it('textContext stays on the line of the problem', () => {
		expect(textContext('aa bb\ncc dd ee\nff', 9)).toEqual({ before: 'cc ', at: 'd', after: 'd ee' });
	});
});

describe('never throws', () => {
	const kinds = fc.option(fc.constantFrom(...PACKET_KINDS), { nil: undefined });
	it('for any text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), kinds, (text, kind) => {
				const r = decodeText(text, kind);
				expect(r.error !== undefined || r.decoded !== undefined).toBe(true);
			}),
			{ numRuns: 400 }
		);
	});
	it('for hex-looking text and any bytes, whatever the kind', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), kinds, (bytes, kind) => {
				decodePacket(bytes, kind);
				const r = decodeText(toHex(bytes, ' '), kind);
				if (bytes.length) expect(r.error?.stage === 'input').toBe(false);
			}),
			{ numRuns: 400 }
		);
	});
	it('for mutated fixtures', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...FIXTURES),
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
				fc.nat(),
				(f, edits, cut) => {
					const b = f.bytes.slice(0, Math.max(1, f.bytes.length - (cut % 16)));
					for (const [i, v] of edits) b[i % b.length] = v;
					const r = decodePacket(b);
					expect(r.error !== undefined || r.decoded !== undefined).toBe(true);
				}
			),
			{ numRuns: 400 }
		);
	});
});
