import { describe, expect, it } from 'vitest';
import { acceptSimulcast, layerRows, offeredSimulcast } from './simulcast';

// Shapes from Chromium 156's own offer and answer (test/e2e captures the full exchange in the lab).
const offer = [
	'v=0',
	'o=- 1 2 IN IP4 127.0.0.1',
	's=-',
	't=0 0',
	'a=group:BUNDLE 0 1',
	'm=audio 9 UDP/TLS/RTP/SAVPF 111',
	'a=mid:0',
	'm=video 9 UDP/TLS/RTP/SAVPF 96',
	'a=mid:1',
	'a=rid:q send',
	'a=rid:h send',
	'a=rid:f send',
	'a=simulcast:send q;h;f',
	''
].join('\r\n');
const answer = [
	'v=0',
	'o=- 3 2 IN IP4 127.0.0.1',
	's=-',
	't=0 0',
	'a=group:BUNDLE 0 1',
	'm=audio 9 UDP/TLS/RTP/SAVPF 111',
	'a=mid:0',
	'm=video 9 UDP/TLS/RTP/SAVPF 96',
	'a=mid:1',
	'a=recvonly',
	''
].join('\r\n');

describe('offeredSimulcast', () => {
	it.each([
		{ args: 'a=simulcast:send q;h;f', expected: ['q', 'h', 'f'] },
		{ args: 'a=simulcast:send 1,2;~3', expected: ['1', '3'] },
		{ args: 'a=simulcast:recv q;h', expected: [] },
		{ args: 'a=rid:q send', expected: [] }
	])('$args', ({ args, expected }) => expect(offeredSimulcast(args)).toEqual(expected));
});

describe('acceptSimulcast', () => {
	it('adds the recv rids and a=simulcast:recv to the simulcast section only', () => {
		const { sdp, added } = acceptSimulcast(offer, answer);
		expect(added).toEqual(['a=rid:q recv', 'a=rid:h recv', 'a=rid:f recv', 'a=simulcast:recv q;h;f']);
		const [, audio, video] = sdp.split(/(?=^m=)/m);
		expect(audio).toBe('m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n');
		expect(video).toBe(
			'm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:1\r\na=recvonly\r\na=rid:q recv\r\na=rid:h recv\r\na=rid:f recv\r\na=simulcast:recv q;h;f\r\n'
		);
	});
	it('leaves an answer without simulcast offers, or one that already accepts it, unchanged', () => {
		const plain = offer.replace(/a=rid.*\r\n|a=simulcast.*\r\n/g, '');
		expect(acceptSimulcast(plain, answer)).toEqual({ sdp: answer, added: [] });
		const accepted = acceptSimulcast(offer, answer).sdp;
		expect(acceptSimulcast(offer, accepted)).toEqual({ sdp: accepted, added: [] });
	});
	it('skips a rejected section (port 0)', () => {
		const rejected = answer.replace('m=video 9', 'm=video 0');
		expect(acceptSimulcast(offer, rejected).added).toEqual([]);
	});
});

describe('layerRows', () => {
	const out = (id: string, rid: string | undefined, ssrc: number, bytesSent: number, timestamp: number) => ({
		id,
		type: 'outbound-rtp',
		kind: 'video',
		timestamp,
		ssrc,
		bytesSent,
		frameWidth: 640,
		frameHeight: 360,
		...(rid ? { rid } : {})
	});
	const sample = (t: number, bytes: number[]) => ({
		t,
		caller: {
			f: out('f', 'f', 3, bytes[2], t),
			q: out('q', 'q', 1, bytes[0], t),
			h: out('h', 'h', 2, bytes[1], t)
		},
		callee: { in: { id: 'in', type: 'inbound-rtp', kind: 'video', timestamp: t, ssrc: 1 } }
	});
	it('one row per rid, in q/h/f order, with the sent bitrate and the layer the callee receives', () => {
		const rows = layerRows(sample(1000, [0, 0, 0]), sample(2000, [10_000, 25_000, 0]));
		expect(rows.map((r) => [r.rid, r.kbps, r.received])).toEqual([
			['q', 80, true],
			['h', 200, false],
			['f', 0, false]
		]);
	});
	it('no bitrate on the first sample or after a counter reset', () => {
		expect(layerRows(undefined, sample(1000, [5, 5, 5])).map((r) => r.kbps)).toEqual([null, null, null]);
		expect(layerRows(sample(1000, [9, 9, 9]), sample(2000, [5, 9, 9]))[0].kbps).toBeNull();
	});
	it('nothing without a sample', () => expect(layerRows(undefined, undefined)).toEqual([]));
});
