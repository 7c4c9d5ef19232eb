import { describe, expect, test } from 'vitest';
import { parseSdp } from './parse';
import { fixture, loadFixtures } from './test-fixtures';

describe('parseSdp line grammar', () => {
	test.each([
		{ args: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n', expected: { count: 2, types: ['v', 'o'] } },
		{ args: 'v=0\no=- 1 2 IN IP4 127.0.0.1\n', expected: { count: 2, types: ['v', 'o'] } },
		{ args: 'v=0\r\ns=-', expected: { count: 2, types: ['v', 's'] } },
		{ args: 'v=0\r\rs=-\r\n', expected: { count: 3, types: ['v', '', 's'] } },
		{ args: '', expected: { count: 0, types: [] } },
		{ args: 'garbage\nx=1\n', expected: { count: 2, types: ['', 'x'] } }
	])('line splitting of $args', ({ args, expected }) => {
		const doc = parseSdp(args);
		expect(doc.lines.length).toBe(expected.count);
		expect(doc.lines.map((l) => l.type)).toEqual(expected.types);
		doc.lines.forEach((l, i) => expect(l.number).toBe(i + 1));
	});

	test('every field range points at its value in the input', () => {
		for (const { text } of loadFixtures()) {
			for (const l of parseSdp(text).lines) {
				expect(text.slice(l.start, l.end)).toBe(l.text);
				for (const f of l.fields) expect(text.slice(f.start, f.end)).toBe(f.value);
			}
		}
	});

	test('o= fields with absolute character ranges', () => {
		const text = 'v=0\r\no=- 863426017819471768 2 IN IP4 127.0.0.1\r\n';
		const o = parseSdp(text).lines[1];
		expect(o.fields.map((f) => [f.name, f.value, f.start])).toEqual([
			['username', '-', 7],
			['sess-id', '863426017819471768', 9],
			['sess-version', '2', 28],
			['nettype', 'IN', 30],
			['addrtype', 'IP4', 33],
			['unicast-address', '127.0.0.1', 37]
		]);
		expect(parseSdp(text).session.origin).toMatchObject({
			sessId: '863426017819471768',
			sessVersion: '2',
			address: '127.0.0.1'
		});
	});

	test('stray whitespace and a missing value are problems, not failures', () => {
		const doc = parseSdp(' v=0 \na =rtpmap\nm=audio\n');
		expect(doc.lines[0].type).toBe('v');
		expect(doc.lines[0].problems?.map((p) => p.code)).toEqual(['stray-whitespace', 'stray-whitespace']);
		expect(doc.lines[1].attribute).toBe('rtpmap');
		expect(doc.lines[1].problems?.map((p) => p.code)).toContain('missing-value');
		expect(doc.lines[2].problems?.map((p) => p.code)).toContain('missing-field');
	});

	test('a malformed candidate keeps the line and records the ICE parser message', () => {
		const doc = parseSdp(
			'v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=candidate:1 1 udp notanumber 1.2.3.4 5 typ host\r\n'
		);
		const l = doc.lines[2];
		expect(l.problems?.[0].code).toBe('bad-candidate');
		expect(doc.media[0].ice.candidates[0].candidate).toBeUndefined();
	});
});

// Expected structure, read off each fixture by hand (mids, codec counts, candidate counts, BUNDLE group).
const EXPECTED: Record<
	string,
	{ mids: (string | undefined)[]; codecs: number[]; candidates: number[]; bundle?: string[] }
> = {
	'pub-aiortc-test-chrome-audio-offer.sdp': {
		mids: ['audio'],
		codecs: [13],
		candidates: [4],
		bundle: ['audio']
	},
	'pub-aiortc-test-chrome-video-offer.sdp': {
		mids: ['video'],
		codecs: [7],
		candidates: [2],
		bundle: ['video']
	},
	'pub-aiortc-test-firefox58-audio-offer.sdp': {
		mids: ['sdparta_0'],
		codecs: [5],
		candidates: [10],
		bundle: ['sdparta_0']
	},
	'pub-aiortc-test-firefox58-datachannel-offer.sdp': {
		mids: ['sdparta_0'],
		codecs: [0],
		candidates: [4],
		bundle: ['sdparta_0']
	},
	'pub-aiortc-test-freeswitch-audio-answer.sdp': { mids: [undefined], codecs: [2], candidates: [1] },
	'pub-aiortc-test-safari12-offer.sdp': {
		mids: ['audio', 'video', 'data'],
		codecs: [11, 9, 0],
		candidates: [3, 3, 3],
		bundle: ['audio', 'video', 'data']
	},
	'pub-chime-sdk-test-chrome-planb-av-offer.sdp': {
		mids: ['audio', 'video'],
		codecs: [13, 21],
		candidates: [2, 2],
		bundle: ['audio', 'video']
	},
	'pub-chime-sdk-test-safari-av-sending-offer.sdp': {
		mids: ['0', '1'],
		codecs: [11, 9],
		candidates: [1, 0],
		bundle: ['0', '1']
	},
	'pub-lib-jitsi-meet-test-planb-simulcast-rtx.sdp': {
		mids: ['audio', 'video', 'data'],
		codecs: [4, 2, 0],
		candidates: [1, 0, 0],
		bundle: ['audio', 'video', 'data']
	},
	'pub-millicast-flutter-sdk-libwebrtc-mdns-offer.sdp': {
		mids: ['0', '1', '2'],
		codecs: [30, 15, 30],
		candidates: [3, 3, 0],
		bundle: ['0', '1', '2']
	},
	'pub-phenix-websdk-firefox60-recvonly-offer.sdp': {
		mids: ['sdparta_0', 'sdparta_1'],
		codecs: [4, 5],
		candidates: [0, 0],
		bundle: ['sdparta_0', 'sdparta_1']
	},
	'pub-pion-webrtc-test-ice-lite-datachannel-offer.sdp': { mids: ['data'], codecs: [0], candidates: [0] },
	'pub-pion-webrtc-test-janus-videoroom-rejected-video-answer.sdp': {
		mids: ['video', 'audio'],
		codecs: [1, 1],
		candidates: [0, 1],
		bundle: ['audio']
	},
	'pub-pion-webrtc-test-janus-videoroom-subscriber-offer.sdp': {
		mids: ['0', '1'],
		codecs: [1, 2],
		candidates: [0, 0],
		bundle: ['0', '1']
	},
	'pub-sdp-transform-icelite-gateway-offer.sdp': { mids: [undefined], codecs: [3], candidates: [2] },
	'pub-sdp-transform-jssip-chrome-sdes-offer.sdp': {
		mids: ['audio'],
		codecs: [9],
		candidates: [6],
		bundle: ['audio']
	},
	'pub-webrtc-sdp-41-chrome-relay-sdes-answer.sdp': {
		mids: ['audio', 'video'],
		codecs: [10, 3],
		candidates: [16, 16],
		bundle: ['audio', 'video']
	}
};

describe('fixture structure', () => {
	const fixtures = loadFixtures();
	test('every fixture has an expectation', () => {
		expect(fixtures.map((f) => f.file).sort()).toEqual(Object.keys(EXPECTED).sort());
	});
	test.each(fixtures.map((f) => ({ args: f.file, expected: EXPECTED[f.file] })))(
		'$args',
		({ args, expected }) => {
			const text = fixture(args);
			const doc = parseSdp(text);
			expect(doc.lines.length).toBe(text.split(/\r\n|\r|\n/).length - (/\r?\n$/.test(text) ? 1 : 0));
			expect(doc.media.map((m) => m.mid)).toEqual(expected.mids);
			expect(doc.media.map((m) => m.codecs.length)).toEqual(expected.codecs);
			expect(doc.media.map((m) => m.ice.candidates.length)).toEqual(expected.candidates);
			expect(doc.session.groups.find((g) => g.semantics === 'BUNDLE')?.mids).toEqual(expected.bundle);
		}
	);

	test('Chrome video offer: codecs joined from rtpmap, fmtp, rtcp-fb and apt', () => {
		const v = parseSdp(fixture('pub-aiortc-test-chrome-video-offer.sdp')).media[0];
		const vp8 = v.codecs.find((c) => c.payloadType === 96);
		expect(vp8).toMatchObject({ name: 'VP8', clockRate: 90000, role: 'media', repairedBy: [97] });
		expect(vp8?.rtcpFb.map((f) => (f.subtype ? `${f.type} ${f.subtype}` : f.type))).toEqual([
			'goog-remb',
			'transport-cc',
			'ccm fir',
			'nack',
			'nack pli'
		]);
		expect(v.codecs.find((c) => c.payloadType === 97)).toMatchObject({ name: 'rtx', role: 'rtx', apt: 96 });
		expect(v.codecs.find((c) => c.payloadType === 102)).toMatchObject({ name: 'ulpfec', role: 'fec' });
		expect(v.ssrcGroups).toEqual([{ semantics: 'FID', ssrcs: [1845476211, 3305256354], line: 48 }]);
		expect(v.ssrcs[0]).toMatchObject({
			ssrc: 1845476211,
			cname: '9iW3jspLCZJ5WjOZ',
			mslabel: 'bbgewhUzS6hvFDlSlrhQ6zYlwW7ttRrK8QeQ'
		});
		expect(v.extmaps.map((e) => e.id)).toEqual([2, 3, 4, 5, 6, 7, 8]);
		expect(v).toMatchObject({ rtcpMux: true, rtcpRsize: true, direction: 'sendrecv', setup: 'actpass' });
		expect(v.rtcp).toEqual({ port: 9, nettype: 'IN', addrtype: 'IP4', address: '0.0.0.0', line: 9 });
	});

	test('Firefox audio: extmap direction, fmtp params, telephone-event range, end-of-candidates', () => {
		const doc = parseSdp(fixture('pub-aiortc-test-firefox58-audio-offer.sdp'));
		const a = doc.media[0];
		expect(a.extmaps[0]).toMatchObject({
			id: 1,
			direction: 'sendonly',
			uri: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level'
		});
		expect(a.codecs[0].fmtp?.params).toEqual({ maxplaybackrate: '48000', stereo: '1', useinbandfec: '1' });
		expect(a.codecs.find((c) => c.payloadType === 101)?.fmtp?.values).toEqual(['0-15']);
		expect(a.ice).toMatchObject({
			ufrag: '403a81e1',
			pwd: 'f9b83487285016f7492197a5790ceee5',
			endOfCandidates: true,
			options: ['trickle']
		});
		expect(doc.session.ice.options).toEqual(['trickle']);
		expect(a.msids).toEqual([
			{
				stream: '{dee771c7-671a-451e-b847-f86f8e87c7d8}',
				track: '{12692dea-686c-47ca-b3e9-48f38fc92b78}',
				line: 32
			}
		]);
		expect(doc.session.fingerprints[0].hash).toBe('sha-256');
	});

	test('data channels: legacy sctpmap and RFC 8841 sctp-port', () => {
		const legacy = parseSdp(fixture('pub-aiortc-test-firefox58-datachannel-offer.sdp')).media[0];
		expect(legacy.sctpmap).toEqual({ port: 5000, app: 'webrtc-datachannel', streams: 256, line: 21 });
		expect(legacy.maxMessageSize).toBe(1073741823);
		const modern = parseSdp(fixture('pub-lib-jitsi-meet-test-planb-simulcast-rtx.sdp')).media[2];
		expect(modern).toMatchObject({
			proto: 'UDP/DTLS/SCTP',
			formats: ['webrtc-datachannel'],
			sctpPort: 5000,
			maxMessageSize: 262144
		});
		expect(modern.bandwidths).toEqual([{ type: 'AS', value: 30, line: 66 }]);
	});

	test('ice-lite, SDES crypto, mDNS candidates, RED for Opus', () => {
		expect(parseSdp(fixture('pub-sdp-transform-icelite-gateway-offer.sdp')).session.ice.lite).toBe(true);
		const jssip = parseSdp(fixture('pub-sdp-transform-jssip-chrome-sdes-offer.sdp')).media[0];
		expect(jssip.crypto.map((c) => [c.tag, c.suite])).toEqual([
			[0, 'AES_CM_128_HMAC_SHA1_32'],
			[1, 'AES_CM_128_HMAC_SHA1_80']
		]);
		expect(jssip.maxptime).toBe(60);
		const mc = parseSdp(fixture('pub-millicast-flutter-sdk-libwebrtc-mdns-offer.sdp'));
		expect(mc.session.extmapAllowMixed).toBe(true);
		expect(mc.media[0].ice.candidates.some((c) => c.candidate?.addressKind === 'mdns')).toBe(true);
		expect(mc.media[1].codecs.find((c) => c.payloadType === 63)).toMatchObject({
			name: 'red',
			redundancy: [111, 111]
		});
		expect(mc.media[0].direction).toBe('recvonly');
		const sim = parseSdp(fixture('pub-lib-jitsi-meet-test-planb-simulcast-rtx.sdp')).media[1];
		expect(sim.ssrcGroups.map((g) => g.semantics)).toEqual(['FID', 'FID', 'FID', 'SIM']);
		expect(parseSdp(fixture('pub-aiortc-test-freeswitch-audio-answer.sdp')).media[0].ptime).toBe(20);
	});

	test('rid and simulcast (RFC 8851/8853), constructed', () => {
		const m = parseSdp(
			'v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=rid:h send pt=96;max-width=1280\r\na=rid:l send\r\na=simulcast:send h;~l recv x\r\n'
		).media[0];
		expect(m.rids[0]).toEqual({
			id: 'h',
			direction: 'send',
			payloadTypes: [96],
			restrictions: { 'max-width': '1280' },
			line: 3
		});
		expect(m.simulcast?.send?.streams).toEqual([[{ rid: 'h', paused: false }], [{ rid: 'l', paused: true }]]);
		expect(m.simulcast?.recv?.streams).toEqual([[{ rid: 'x', paused: false }]]);
	});
});
