import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import recording from '../../../test/fixtures/stats/chromium-loopback.json';
import { MAX_DUMP_BYTES, parseDump, parseDumpBytes, seriesSamples, type DumpResult } from './dump-import';
import { statsSeries, webrtcInternalsDump, type PageLogEntry } from './dump';
import { CHARTS } from './metrics';
import { seriesPoints, type StatsSample } from './stats';

const fixture = (name: string) => new URL(`../../../test/fixtures/stats/${name}`, import.meta.url);
const realText = readFileSync(fixture('webrtc-internals-dump.json'), 'utf8');

function ok(r: DumpResult) {
	if (!r.ok) throw new Error(`expected a dump, got ${JSON.stringify(r.error)}`);
	return r.dump;
}

describe('a real chrome://webrtc-internals dump (Chromium 156)', () => {
	const dump = ok(parseDump(realText));
	const [caller, callee] = dump.peerConnections;

	it('two pcs, the current format, the user agent', () => {
		expect(dump.format).toBe('current');
		expect(dump.userAgent).toContain('Chrome/156');
		expect(dump.peerConnections.map((p) => p.id)).toEqual(['8-1', '8-2']);
		expect(caller.url).toBe('http://127.0.0.1:8099/');
		expect(JSON.parse(caller.rtcConfiguration).bundlePolicy).toBe('max-bundle');
		expect(dump.origin).toBeGreaterThan(Date.UTC(2026, 0, 1));
	});

	it('the event log in order, with times since the first event', () => {
		expect(caller.events[0]).toMatchObject({ type: 'transceiverAdded' });
		const ts = caller.events.map((e) => e.t!);
		expect(ts.every((t, i) => i === 0 || t >= ts[i - 1])).toBe(true);
		expect(Math.min(...ts)).toBeGreaterThanOrEqual(0);
		expect(caller.events.find((e) => e.type === 'onsignalingstatechange')!.value).toBe('have-local-offer');
	});

	it('both negotiations: offer and answer applied on each side, the second prefers VP9', () => {
		expect(caller.negotiations).toHaveLength(2);
		expect(callee.negotiations).toHaveLength(2);
		for (const pc of [caller, callee])
			for (const n of pc.negotiations) {
				expect(n.offer.type).toBe('offer');
				expect(n.answer?.type).toBe('answer');
			}
		expect(caller.negotiations[0].offer.local).toBe(true);
		expect(callee.negotiations[0].offer.local).toBe(false);
		// The same SDP went through both pcs (no signaling channel in between).
		expect(callee.negotiations[1].offer.sdp).toBe(caller.negotiations[1].offer.sdp);
		const firstVideo = (sdp: string) => /m=video \S+ \S+ (\d+)/.exec(sdp)![1];
		const pt = firstVideo(caller.negotiations[1].offer.sdp);
		expect(caller.negotiations[1].offer.sdp).toContain(`a=rtpmap:${pt} VP9/90000`);
		expect(caller.descriptions.some((d) => d.source === 'createOfferOnSuccess' && !d.applied)).toBe(true);
	});

	it('candidates gathered and added, state transitions', () => {
		expect(caller.localCandidates.length).toBeGreaterThan(0);
		expect(caller.localCandidates[0].candidate).toMatch(/^candidate:\d+ 1 udp \d+ 127\.0\.0\.1 \d+ typ host/);
		expect(callee.remoteCandidates.map((c) => c.candidate)).toEqual(
			caller.localCandidates.map((c) => c.candidate)
		);
		const connection = caller.transitions.filter((s) => s.field === 'connectionState').map((s) => s.value);
		expect(connection).toEqual(['connecting', 'connected']);
	});

	it('stats series as reports per poll, drawn by the live charts', () => {
		const bytes = caller.series.find((s) => s.statsType === 'outbound-rtp' && s.field === 'bytesSent')!;
		expect(bytes.values.length).toBe(bytes.times.length);
		const samples = seriesSamples(caller.series, dump.origin!);
		expect(samples.length).toBe(bytes.values.length);
		const bitrate = CHARTS.find((c) => c.id === 'bitrate')!.series.find((s) => s.id === 'vo')!;
		const points = seriesPoints(samples, bitrate).filter((p) => p.v !== null);
		expect(points.length).toBeGreaterThan(2);
		expect(Math.max(...points.map((p) => p.v!))).toBeGreaterThan(10); // kbit/s of a moving canvas
		// The callee's charts from its own pc: frames decoded.
		const decoded = CHARTS.find((c) => c.id === 'frames')!.series.find((s) => s.id === 'd')!;
		const calleeSamples = seriesSamples(callee.series, dump.origin!);
		expect(seriesPoints(calleeSamples, decoded).some((p) => (p.v ?? 0) > 1)).toBe(true);
	});

	it('the compressed download ("Compress result", gzip) reads the same', async () => {
		const packed = await parseDumpBytes(
			new Uint8Array(readFileSync(fixture('webrtc-internals-dump.json.gz')))
		);
		const d = ok(packed);
		expect(d.peerConnections.map((p) => p.id)).toEqual(['8-1', '8-2']);
		expect(d.peerConnections[0].negotiations).toHaveLength(2);
	});
});

// The same call downloaded with the page's other button, 'Download the "rtcstats dump"' (test/fixtures/stats):
// what it says must be what the webrtc-internals dump of that call says.
describe('a real rtcstats dump (Chromium 156, the same call)', async () => {
	const r = await parseDumpBytes(new Uint8Array(readFileSync(fixture('rtcstats-dump.gz'))));
	const dump = ok(r);
	const internals = ok(parseDump(realText));

	it('two pcs with URL and configuration; the browser from userAgentData', () => {
		expect(dump.format).toBe('rtcstats');
		expect(dump.userAgent).toBe('Chromium/156 (Linux)');
		expect(dump.peerConnections.map((p) => p.id)).toEqual(['8-1', '8-2']);
		expect(dump.peerConnections[0].url).toBe('http://127.0.0.1:8099/');
		expect(JSON.parse(dump.peerConnections[0].rtcConfiguration).bundlePolicy).toBe('max-bundle');
		expect(dump.origin).toBeGreaterThan(Date.UTC(2026, 0, 1));
	});

	it('the same negotiations, candidates and state changes as the webrtc-internals dump', () => {
		for (const [i, pc] of dump.peerConnections.entries()) {
			const other = internals.peerConnections[i];
			const sdps = (p: typeof pc) => p.negotiations.map((n) => [n.offer.sdp, n.answer?.sdp]);
			expect(pc.negotiations).toHaveLength(2);
			expect(sdps(pc)).toEqual(sdps(other));
			expect(pc.localCandidates.map((c) => c.candidate)).toEqual(
				other.localCandidates.map((c) => c.candidate)
			);
			expect(pc.remoteCandidates.map((c) => c.candidate)).toEqual(
				other.remoteCandidates.map((c) => c.candidate)
			);
			const states = (p: typeof pc) => p.transitions.map((t) => `${t.field}=${t.value}`);
			expect(states(pc)).toEqual(states(other));
		}
	});

	it('times: the first line is the epoch, every later one a difference; events keep their order', () => {
		const ts = dump.peerConnections[0].events.map((e) => e.t!);
		expect(Math.min(...ts)).toBeGreaterThanOrEqual(0);
		// Within a second of the webrtc-internals dump's own times for the same events.
		const first = (d: typeof dump, type: string) =>
			d.origin! + d.peerConnections[0].events.find((e) => e.type === type)!.t!;
		expect(Math.abs(first(dump, 'createOffer') - first(internals, 'createOffer'))).toBeLessThan(1000);
	});

	it('every stats value of the webrtc-internals dump, poll by poll, with each poll’s own time', () => {
		for (const [i, pc] of dump.peerConnections.entries()) {
			const byKey = new Map(pc.series.map((s) => [`${s.statsId}-${s.field}`, s]));
			for (const s of internals.peerConnections[i].series) {
				const mine = byKey.get(`${s.statsId}-${s.field}`);
				expect(mine, `${s.statsId}-${s.field}`).toBeDefined();
				// The webrtc-internals dump writes a numeric-looking string as a number (mid "0" → 0); rtcstats keeps it.
				const asThere = mine!.values.map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v));
				expect(asThere, `${s.statsId}-${s.field}`).toEqual(s.values);
			}
			// Times are the objects' own timestamps, not spread evenly: rates divide by the real Δt.
			const bytes = pc.series.find((s) => s.field === 'bytesSent' && s.statsType === 'outbound-rtp');
			if (bytes)
				expect(new Set(bytes.times.map((t, k) => (k ? t - bytes.times[k - 1] : 0))).size).toBeGreaterThan(2);
		}
	});

	it('charts from it: the caller’s video bitrate is a real rate', () => {
		const samples = seriesSamples(dump.peerConnections[0].series, dump.origin!);
		const def = CHARTS.find((c) => c.id === 'bitrate')!.series.find((s) => s.label === 'videoOut')!;
		const points = seriesPoints(samples, def).filter((p) => p.v !== null);
		expect(points.length).toBeGreaterThan(3);
		expect(points.every((p) => p.v! > 50 && p.v! < 5000)).toBe(true);
	});

	it('a delta-compressed report (as the rtcstats library writes) is merged onto the one before', () => {
		const lines = [
			'RTCStatsDump',
			'{"fileFormat":3}',
			'["create","1",{"bundlePolicy":"max-bundle"},"https://example.test/",1000]',
			'["getStats","1",{"O1":{"type":"outbound-rtp","kind":"video","bytesSent":100,"packetsSent":1,"timestamp":0},"timestamp":2000},1000]',
			'["getStats","1",{"O1":{"bytesSent":300,"timestamp":0},"timestamp":3000},1000]'
		].join('\n');
		const pc = ok(parseDump(lines)).peerConnections[0];
		const get = (field: string) => pc.series.find((s) => s.field === field)!;
		expect(get('bytesSent').values).toEqual([100, 300]);
		expect(get('packetsSent').values).toEqual([1, 1]);
		expect(get('bytesSent').times).toEqual([0, 1000]);
		expect(get('type').values).toEqual(['outbound-rtp', 'outbound-rtp']);
		expect(pc.url).toBe('https://example.test/');
	});

	it('without its two header lines (as an rtcstats server stores it) it is read the same', () => {
		const text =
			'["create","1",{},"https://example.test/",1000]\n["onsignalingstatechange","1","have-local-offer",5]';
		const pc = ok(parseDump(text)).peerConnections[0];
		expect(pc.transitions).toEqual([{ t: 0, field: 'signalingState', value: 'have-local-offer' }]);
	});
});

describe('round trip: the lab export read back', () => {
	const internals = ok(parseDump(realText));
	const offers = internals.peerConnections[0].negotiations.map((n) => n.offer.sdp);
	const answers = internals.peerConnections[0].negotiations.map((n) => n.answer!.sdp);
	const rounds = offers.map((offer, i) => ({ offer, answer: answers[i] }));
	const samples = recording.samples as unknown as StatsSample[];
	const host = 'candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host';
	const log: PageLogEntry[] = [];
	let t = 0;
	const add = (pc: string, kind: string, text: string) => log.push({ t: (t += 3), pc, kind, text });
	for (let i = 0; i < rounds.length; i++) {
		add('caller', 'api', 'createOffer()');
		add('caller', 'result', 'createOffer() ✓');
		add('caller', 'api', 'setLocalDescription(offer)');
		add('caller', 'event', 'signalingstatechange → have-local-offer');
		if (i === 0) add('caller', 'event', `icecandidate ${host}`);
		add('callee', 'api', 'setRemoteDescription(offer)');
		add('callee', 'event', 'signalingstatechange → have-remote-offer');
		add('callee', 'api', 'setLocalDescription(answer)');
		add('callee', 'event', 'signalingstatechange → stable');
		if (i === 0) add('callee', 'api', 'addIceCandidate()');
		add('caller', 'api', 'setRemoteDescription(answer)');
		add('caller', 'event', 'signalingstatechange → stable');
		add('caller', 'event', 'connectionstatechange → connected');
	}
	const startedAt = Date.UTC(2026, 11, 2, 21, 0, 0);
	const exported = webrtcInternalsDump({
		samples,
		log,
		rounds,
		startedAt,
		userAgent: recording.userAgent,
		url: 'http://127.0.0.1:4173/lab/loopback/',
		rtcConfiguration: '{"bundlePolicy":"max-bundle"}'
	});
	const back = ok(parseDump(JSON.stringify(exported, null, 1)));

	it('same SDPs, in the same negotiations', () => {
		const [caller, callee] = back.peerConnections;
		expect(caller.negotiations.map((n) => [n.offer.sdp, n.answer?.sdp])).toEqual(
			rounds.map((r) => [r.offer, r.answer])
		);
		expect(callee.negotiations.map((n) => [n.offer.sdp, n.answer?.sdp])).toEqual(
			rounds.map((r) => [r.offer, r.answer])
		);
		expect(caller.descriptions.filter((d) => !d.applied).map((d) => d.sdp)).toEqual(offers);
	});

	it('same events and states, same times', () => {
		const [caller, callee] = back.peerConnections;
		const origin = back.origin!;
		const callerLog = log.filter((e) => e.pc === 'caller');
		expect(caller.events.map((e) => e.t! + origin)).toEqual(callerLog.map((e) => startedAt + e.t));
		expect(callee.transitions.map((s) => `${s.field}=${s.value}`)).toEqual([
			'signalingState=have-remote-offer',
			'signalingState=stable',
			'signalingState=have-remote-offer',
			'signalingState=stable'
		]);
		expect(callee.remoteCandidates.map((c) => c.candidate)).toEqual([host]);
		expect(caller.localCandidates.map((c) => c.candidate)).toEqual([host]);
	});

	it('same stats series', () => {
		for (const [i, side] of (['caller', 'callee'] as const).entries()) {
			const original = statsSeries(samples, side);
			const pc = back.peerConnections[i];
			expect(pc.series.length).toBe(Object.keys(original).length);
			for (const s of pc.series) {
				const o = original[`${s.statsId}-${s.field}`];
				expect(s.statsType).toBe(o.statsType);
				expect(s.values).toEqual(JSON.parse(o.values));
			}
			// And the charts drawn from them follow the ones drawn live, point for point, within 15 %: the format
			// keeps only a series' first and last time, so the polls come back evenly spread (this recording's
			// were 1.0–1.17 s apart). Over the whole call the mean rate agrees within 3 %.
			const re = seriesSamples(pc.series, back.origin!);
			const def = CHARTS[0].series[side === 'caller' ? 0 : 1];
			const live = seriesPoints(samples, def).map((p) => p.v);
			const imported = seriesPoints(re, def).map((p) => p.v);
			expect(imported.length).toBe(live.length);
			imported.forEach((v, k) => {
				if (live[k] === null) expect(v).toBeNull();
				else expect(Math.abs(v! - live[k]!)).toBeLessThanOrEqual(0.15 * live[k]! + 1);
			});
			const mean = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0) / xs.length;
			expect(Math.abs(mean(imported) - mean(live))).toBeLessThanOrEqual(0.03 * mean(live));
		}
	});
});

describe('the older format (time strings, plain-text values, no "on" prefix)', () => {
	// The shape of dumps from Chromium before the JSON values (what fippo's importer was first written for).
	const older = {
		getUserMedia: [],
		PeerConnections: {
			'12-1': {
				pid: 12,
				rid: 1,
				lid: 1,
				url: 'https://example.org/',
				rtcConfiguration: '{ iceServers: [], iceTransportPolicy: all }',
				constraints: '',
				updateLog: [
					{
						time: '3/1/2023, 10:00:00 AM',
						type: 'setLocalDescription',
						value: 'type: offer, sdp: v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n'
					},
					{ time: '3/1/2023, 10:00:00 AM', type: 'signalingstatechange', value: 'have-local-offer' },
					{
						time: '3/1/2023, 10:00:01 AM',
						type: 'icecandidate',
						value: 'sdpMid: 0, sdpMLineIndex: 0, candidate: candidate:1 1 udp 1 192.0.2.1 9 typ host'
					},
					{
						time: '3/1/2023, 10:00:02 AM',
						type: 'setRemoteDescription',
						value: 'type: answer, sdp: v=0\r\no=- 3 2 IN IP4 127.0.0.1\r\n'
					},
					{ time: 'yesterday-ish', type: 'iceconnectionstatechange', value: 'connected' }
				],
				stats: {
					'RTCTransport_0_1-bytesSent': {
						startTime: '2023-03-01T10:00:01.000Z',
						endTime: '2023-03-01T10:00:03.000Z',
						statsType: 'transport',
						values: '[10,20,30]'
					}
				}
			}
		},
		UserAgent: 'Mozilla/5.0 Chrome/110'
	};
	const dump = ok(parseDump(JSON.stringify(older)));
	const pc = dump.peerConnections[0];

	it('reads descriptions, candidates and states', () => {
		expect(dump.format).toBe('older');
		expect(pc.constraints).toBe('');
		expect(pc.negotiations).toHaveLength(1);
		expect(pc.negotiations[0].answer?.sdp).toBe('v=0\r\no=- 3 2 IN IP4 127.0.0.1\r\n');
		expect(pc.localCandidates).toEqual([
			{ t: expect.any(Number), candidate: 'candidate:1 1 udp 1 192.0.2.1 9 typ host', sdpMid: '0' }
		]);
		expect(pc.transitions.map((s) => s.value)).toEqual(['have-local-offer', 'connected']);
		// A time that is no date keeps its text and has no position on the time axis.
		expect(pc.events[4]).toMatchObject({ t: null, time: 'yesterday-ish' });
		expect(pc.series[0]).toMatchObject({
			statsId: 'RTCTransport_0_1',
			field: 'bytesSent',
			values: [10, 20, 30]
		});
		const [a, b, c] = pc.series[0].times;
		expect([b - a, c - b]).toEqual([1000, 1000]);
	});
});

describe('what is wrong, and where', () => {
	const err = (text: string) => {
		const r = parseDump(text);
		if (r.ok) throw new Error('expected an error');
		return r.error;
	};
	it.each([
		['', { code: 'empty' }],
		['  \n', { code: 'empty' }],
		['[1, 2]', { code: 'not-object', found: 'array' }],
		['{"UserAgent": "x"}', { code: 'no-peer-connections' }],
		[
			'{"PeerConnections": []}',
			{ code: 'wrong-type', path: 'PeerConnections', detail: 'object', found: 'array' }
		],
		[
			'{"PeerConnections": {"1-1": {"updateLog": [{"type": 3}]}}}',
			{
				code: 'wrong-type',
				path: 'PeerConnections["1-1"].updateLog[0].type',
				detail: 'string',
				found: 'number'
			}
		],
		[
			'{"PeerConnections": {"a": {"stats": {"x-y": {"statsType": "t", "values": "[1,", "startTime": "2020-01-01", "endTime": "2020-01-01"}}}}}',
			{ code: 'bad-values', path: 'PeerConnections.a.stats["x-y"].values' }
		],
		[
			'{"PeerConnections": {"a": {"stats": {"xy": {}}}}}',
			{ code: 'bad-key', path: 'PeerConnections.a.stats.xy' }
		],
		[
			'{"PeerConnections": {"a": {"stats": {"x-y": {"statsType": "t", "values": "[1]", "startTime": "soon", "endTime": "2020-01-01"}}}}}',
			{ code: 'bad-time', path: 'PeerConnections.a.stats["x-y"].startTime', detail: 'soon' }
		],
		['RTCStatsDump\n{"fileFormat":2}\n', { code: 'rtcstats-version', line: 2, detail: '2' }],
		[
			'RTCStatsDump\n{"fileFormat":3}\n["getStats","1",{"a":1},5]',
			{ code: 'wrong-type', path: 'line 3[2].a' }
		],
		[
			'RTCStatsDump\n{"fileFormat":3}\n["create",null,{},1]\n["close","1",null,"x"]',
			{ code: 'bad-time', path: 'line 4[3]' }
		],
		['RTCStatsDump\n{"fileFormat":3}\n\n["close","1",null,1,', { code: 'syntax', line: 4 }],
		['RTCStatsDump\n{"fileFormat":3}\n{"a":1}', { code: 'wrong-type', path: 'line 3' }]
	])('%j', (text, expected) => {
		expect(err(text)).toMatchObject(expected);
	});

	it('a syntax error points at its line and column', () => {
		const e = err('{\n  "PeerConnections": {\n    "1-1": { "url": "x" ,, }\n}');
		expect(e).toMatchObject({ code: 'syntax', line: 3, column: 26 });
	});

	it('a truncated file (a download cut short) says where it ends', () => {
		const e = err(realText.slice(0, 5000));
		expect(e.code).toBe('syntax');
		expect(e.line).toBeGreaterThan(1);
	});

	it('refuses more than the size limit, packed or not', async () => {
		expect(err(' '.repeat(MAX_DUMP_BYTES + 1))).toMatchObject({ code: 'too-large' });
		// 65 MiB of spaces, gzip-packed to a few dozen KB: unpacking stops at the limit.
		const packed = await new Response(
			new Blob([new Uint8Array(65 * 1024 * 1024).fill(32)])
				.stream()
				.pipeThrough(new CompressionStream('gzip'))
		).arrayBuffer();
		expect(await parseDumpBytes(new Uint8Array(packed))).toEqual({
			ok: false,
			error: { code: 'too-large', detail: String(MAX_DUMP_BYTES) }
		});
	});

	it('bytes that are not UTF-8, and a broken gzip', async () => {
		expect(await parseDumpBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({
			ok: false,
			error: { code: 'encoding' }
		});
		const broken = await parseDumpBytes(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]));
		expect(broken.ok).toBe(false);
		if (!broken.ok) expect(broken.error.code).toBe('gzip');
	});

	it('a stats id named __proto__ stays data', () => {
		const text = JSON.stringify({
			PeerConnections: {
				a: {
					stats: {
						'__proto__-polluted': {
							statsType: 't',
							values: '[1]',
							startTime: '2020-01-01T00:00:00Z',
							endTime: '2020-01-01T00:00:00Z'
						},
						'x-__proto__': {
							statsType: 't',
							values: '[{"polluted":1}]',
							startTime: '2020-01-01T00:00:00Z',
							endTime: '2020-01-01T00:00:00Z'
						}
					}
				}
			}
		});
		const dump = ok(parseDump(text));
		const samples = seriesSamples(dump.peerConnections[0].series, 0);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(samples[0].caller['__proto__'].polluted).toBe(1);
	});
});

describe('properties: never throws; a value or a typed error', () => {
	const isAnswer = (r: DumpResult) =>
		r.ok ? Array.isArray(r.dump.peerConnections) : typeof r.error.code === 'string';

	it('any JSON value', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (v) => {
				expect(isAnswer(parseDump(JSON.stringify(v)))).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				expect(isAnswer(parseDump(s))).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('dump-shaped values with arbitrary leaves', () => {
		const leaf = fc.oneof(fc.jsonValue(), fc.string(), fc.integer(), fc.constant(undefined));
		const entry = fc.record({ type: leaf, value: leaf, time: leaf, timestamp: leaf }, { requiredKeys: [] });
		const series = fc.record(
			{
				statsType: leaf,
				values: fc.oneof(
					leaf,
					fc.jsonValue().map((v) => JSON.stringify(v))
				),
				startTime: leaf,
				endTime: leaf
			},
			{ requiredKeys: [] }
		);
		const pc = fc.record(
			{
				url: leaf,
				rtcConfiguration: leaf,
				updateLog: fc.oneof(leaf, fc.array(fc.oneof(entry, leaf), { maxLength: 5 })),
				stats: fc.oneof(leaf, fc.dictionary(fc.string(), fc.oneof(series, leaf), { maxKeys: 4 }))
			},
			{ requiredKeys: [] }
		);
		const dump = fc.record(
			{
				PeerConnections: fc.oneof(leaf, fc.dictionary(fc.string(), fc.oneof(pc, leaf), { maxKeys: 3 })),
				UserAgent: leaf,
				getUserMedia: leaf
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(dump, (d) => {
				const r = parseDump(JSON.stringify(d));
				expect(isAnswer(r)).toBe(true);
				if (r.ok)
					for (const p of r.dump.peerConnections)
						expect(Array.isArray(seriesSamples(p.series, 0))).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('rtcstats-shaped lines with arbitrary members, and the real rtcstats lines shuffled and cut', () => {
		const leaf = fc.oneof(fc.jsonValue(), fc.string(), fc.double(), fc.constant(null));
		const method = fc.constantFrom(
			'create',
			'getStats',
			'setLocalDescription',
			'onicecandidate',
			'close',
			'x'
		);
		const report = fc.dictionary(
			fc.string({ maxLength: 3 }),
			fc.oneof(leaf, fc.dictionary(fc.string(), leaf))
		);
		const line = fc.tuple(method, fc.oneof(fc.constantFrom('1', '2'), leaf), fc.oneof(report, leaf), leaf);
		const real = gunzipSync(readFileSync(fixture('rtcstats-dump.gz')))
			.toString('utf8')
			.split('\n')
			.slice(2, 40);
		fc.assert(
			fc.property(
				fc.array(line, { maxLength: 8 }),
				fc.shuffledSubarray(real),
				fc.nat(200),
				(lines, picked, cut) => {
					const text = ['RTCStatsDump', '{"fileFormat":3}', ...lines.map((l) => JSON.stringify(l)), ...picked]
						.join('\n')
						.slice(0, -cut || undefined);
					const r = parseDump(text);
					expect(isAnswer(r)).toBe(true);
					if (r.ok)
						for (const p of r.dump.peerConnections)
							expect(Array.isArray(seriesSamples(p.series, r.dump.origin ?? 0))).toBe(true);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('the real dump with bytes cut, replaced or inserted', () => {
		const small = JSON.stringify({
			...JSON.parse(realText),
			PeerConnections: { '8-1': JSON.parse(realText).PeerConnections['8-1'] }
		});
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat(small.length), fc.nat(20), fc.string({ maxLength: 4 })), {
					minLength: 1,
					maxLength: 4
				}),
				(edits) => {
					let s = small;
					for (const [at, cut, insert] of edits) s = s.slice(0, at) + insert + s.slice(at + cut);
					expect(isAnswer(parseDump(s))).toBe(true);
				}
			),
			{ numRuns: 100 }
		);
	});
});
