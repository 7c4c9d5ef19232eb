import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hex } from '$lib/protocol/bytes/hex';
import { readCapture } from '$lib/protocol/bytes/pcap';
import { decodeText } from '$lib/protocol/packet';
import { CAPTURED, DEFAULT_SAMPLE, PACKET_SAMPLES } from '$lib/samples/packets';
import { formatFragment, parseFragment } from './fragment';
import {
	bytesToRows,
	captureRows,
	compactNtpHex,
	credentialsFrom,
	formatEndpoint,
	fragmentFromState,
	parseCompactNtp,
	reportBlocks,
	rttFor,
	stateFromFragment,
	type LabState
} from './packet-lab';

const rtcp = (h: string) => {
	const r = decodeText(h);
	if (r.decoded?.kind !== 'rtcp') throw new Error('not RTCP');
	return r.decoded.value;
};

describe('credentialsFrom', () => {
	it.each([
		{ args: { password: '', username: 'u', realm: 'r' }, expected: undefined },
		{ args: { password: 'p', username: '', realm: '' }, expected: { password: 'p' } },
		{
			args: { password: 'p', username: 'u', realm: 'r' },
			expected: { username: 'u', realm: 'r', password: 'p' }
		}
	])('$args → $expected', ({ args, expected }) => expect(credentialsFrom(args)).toEqual(expected));
});

describe('capture rows', () => {
	it('lists every UDP packet with relative time, endpoints and what the first byte says', () => {
		const c = readCapture(new Uint8Array(readFileSync('test/fixtures/captures/rtp-rtcp.pcap')));
		const rows = captureRows(c);
		expect(rows).toHaveLength(19);
		expect(rows[0]).toMatchObject({
			index: 1,
			time: 0,
			src: '127.0.0.1:5000',
			dst: '127.0.0.1:5002',
			kind: 'rtp'
		});
		expect(rows[0].length).toBe(657);
		expect(rows[12]).toMatchObject({ index: 13, kind: 'rtcp', demux: 'rtcp' });
		expect(rows.every((r, i) => i === 0 || r.time! >= rows[i - 1].time!)).toBe(true);
	});
	it('formats IPv6 endpoints with brackets', () => {
		expect(formatEndpoint({ ip: '2001:db8::1', port: 3478 })).toBe('[2001:db8::1]:3478');
		expect(formatEndpoint({ ip: '192.0.2.1', port: 80 })).toBe('192.0.2.1:80');
	});
	it('writes bytes as rows of 16 in groups of 4, which read back as the same bytes', () => {
		const bytes = hex('00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11');
		expect(bytesToRows(bytes)).toBe('00 01 02 03  04 05 06 07  08 09 0a 0b  0c 0d 0e 0f\n10 11');
		expect(decodeText(bytesToRows(bytes)).bytes).toEqual(bytes);
	});
});

describe('RTCP report blocks', () => {
	it('explains the GStreamer receiver report (tshark: fraction 0, cumulative -1, jitter 179)', () => {
		const [b] = reportBlocks(rtcp(CAPTURED.gstreamerReceiverReport), 48000);
		expect(b.path).toBe('rtcp.0.reports.0');
		expect(b.packetKind).toBe('RR');
		expect(b.explained.fractionLostPercent).toBe(0);
		expect(b.explained.cumulativeLost).toBe(-1);
		expect(b.explained.highestSequence).toBe(0x3a17);
		expect(b.explained.jitterTimestampUnits).toBe(179);
		expect(b.explained.jitterMs).toBeCloseTo(3.729, 3);
		expect(b.block.lastSr).toBe(0xdaf36569);
		expect(b.dlsrSeconds).toBeCloseTo(0x316e3 / 65536, 9);
		expect(b.sentAt).toBe((0xdaf36569 + 0x316e3) >>> 0);
	});
	it('gives RTT = A − LSR − DLSR for a typed arrival time (RFC 3550 §6.4.1 example: 6.125 s)', () => {
		// The RFC's figure: LSR 0xb705:2000 (46853.125 s), DLSR 0x0005:4000 (5.25 s), A 0xb710:8000 (46864.500 s).
		const view = {
			...reportBlocks(rtcp(CAPTURED.gstreamerReceiverReport))[0],
			block: {
				...reportBlocks(rtcp(CAPTURED.gstreamerReceiverReport))[0].block,
				lastSr: 0xb7052000,
				delaySinceLastSr: 0x00054000
			}
		};
		expect(rttFor(view, 'b710 8000')?.seconds).toBeCloseTo(6.125, 9);
		expect(rttFor(view, '0xb7108000')?.ms).toBeCloseTo(6125, 6);
		expect(rttFor(view, 'nope')).toBeUndefined();
		expect(rttFor({ ...view, block: { ...view.block, lastSr: 0 } }, 'b7108000')).toBeNull();
	});
	it('has no blocks for a sender report without them', () => {
		expect(reportBlocks(rtcp(CAPTURED.gstreamerSenderReport))).toEqual([]);
	});
	it.each([
		{ args: 'daf3 6569', expected: 0xdaf36569 },
		{ args: '0xDAF36569', expected: 0xdaf36569 },
		{ args: 'da:f3:65:69', expected: 0xdaf36569 },
		{ args: 'daf365', expected: undefined },
		{ args: 'xyz', expected: undefined }
	])('parseCompactNtp($args) = $expected', ({ args, expected }) =>
		expect(parseCompactNtp(args)).toBe(expected)
	);
	it('prints compact NTP as two groups of four digits', () => {
		expect(compactNtpHex(0x00054000)).toBe('0005 4000');
	});
});

describe('URL fragment state', () => {
	const lookup = (id: string) => {
		const s = PACKET_SAMPLES.find((x) => x.id === id);
		return s && { text: s.text, username: s.verify?.username, realm: s.verify?.realm };
	};
	const fallback: LabState = {
		sample: DEFAULT_SAMPLE.id,
		text: DEFAULT_SAMPLE.text,
		username: '',
		realm: ''
	};
	const longTerm = PACKET_SAMPLES.find((s) => s.id === 'stun-rfc5769-long-term')!;

	it('the default view has an empty fragment', () => {
		expect(formatFragment(fragmentFromState(fallback, DEFAULT_SAMPLE.id))).toBe('');
		expect(stateFromFragment(parseFragment(''), lookup, fallback)).toEqual(fallback);
	});
	it('names a sample instead of repeating its text, and brings its username and realm', () => {
		const frag = formatFragment({ sample: longTerm.id, field: 'stun.attributes.0' });
		const s = stateFromFragment(parseFragment(frag), lookup, fallback);
		expect(s).toMatchObject({
			sample: longTerm.id,
			text: longTerm.text,
			username: longTerm.verify!.username
		});
		expect(s.field).toBe('stun.attributes.0');
	});
	it.each([
		{
			text: 'de ad be ef',
			kind: 'rtp' as const,
			link: 'sll' as const,
			field: 'rtp.ssrc',
			username: 'u',
			realm: 'r'
		},
		{ sample: 'rtcp-gstreamer-rr', text: '', kind: 'rtcp' as const, username: '', realm: '' }
	])('round-trips $text$sample through the fragment, and never holds a password', (state) => {
		const full: LabState = state.sample ? { ...state, text: lookup(state.sample)!.text } : state;
		const frag = formatFragment(fragmentFromState(full, DEFAULT_SAMPLE.id));
		expect(frag).not.toMatch(/password/i);
		expect(stateFromFragment(parseFragment(frag), lookup, fallback)).toEqual(full);
	});
	it('ignores unknown kinds, link types and samples', () => {
		const s = stateFromFragment(parseFragment('#kind=quic&link=token-ring&sample=nope'), lookup, fallback);
		expect(s).toEqual(fallback);
	});
});
