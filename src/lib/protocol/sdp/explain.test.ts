import { describe, expect, test } from 'vitest';
import { sdpNotes } from '../../notes/sdp';
import { explainLine, explainSdp } from './explain';
import { decodeH264ProfileLevelId, explainFmtp } from './fmtp';
import { parseSdp } from './parse';
import { loadFixtures } from './test-fixtures';

// Lines WebRTC endpoints and gateways emit that the public fixtures happen not to contain; written from the RFC
// grammars (each line's RFC is in the attribute table) so that every note is shown to be reachable.
const COVERAGE = [
	'v=0',
	'o=- 1 1 IN IP4 0.0.0.0',
	's=-',
	'i=A session',
	'u=https://example.com/',
	'e=ops@example.com',
	'p=+886 2 1234 5678',
	'b=CT:1000',
	't=0 0',
	'r=604800 3600 0 90000',
	'z=2882844526 -1h',
	'k=prompt',
	'a=group:LS a b',
	'a=group:FID a b',
	'a=ice-options:ice2 renomination',
	'a=ice-pacing:50',
	'a=identity:eyJpZHAiOnt9fQ==',
	'a=tool:libwebrtc',
	'a=x-google-flag:conference',
	'm=video 9/2 UDP/TLS/RTP/SAVPF 96 97 98 99 18 100 101',
	'b=TIAS:500000',
	'b=RR:0',
	'b=RS:0',
	'a=mid:a',
	'a=bundle-only',
	'a=rtcp-mux-only',
	'a=ice-mismatch',
	'a=remote-candidates:1 192.0.2.1 5000',
	'a=connection:new',
	'a=tls-id:abc123',
	'a=label:1',
	'a=content:slides',
	'a=framerate:30',
	'a=rtcp-xr:rcvr-rtt=all',
	'a=imageattr:96 send [x=1280,y=720]',
	'a=rtpmap:96 AV1/90000',
	'a=fmtp:96 level-idx=5;profile=0;tier=0',
	'a=rtpmap:97 rtx/90000',
	'a=fmtp:97 apt=96;rtx-time=3000',
	'a=rtpmap:98 H265/90000',
	'a=rtpmap:99 VP8/90000',
	'a=fmtp:99 x-google-min-bitrate=100;x-google-max-bitrate=2000;x-google-start-bitrate=800',
	'a=rtpmap:18 G729/8000',
	'a=rtpmap:100 opus/48000/2',
	'a=fmtp:100 sprop-stereo=1;sprop-maxcapturerate=16000;maxaveragebitrate=64000;usedtx=1;cbr=1',
	'a=rtcp-fb:96 nack sli',
	'a=rtcp-fb:96 nack rpsi',
	'a=rtcp-fb:96 ccm tmmbr',
	'a=rtcp-fb:* trr-int 100',
	'a=rtcp-fb:96 goog-lntf',
	'a=extmap:1 http://www.webrtc.org/experiments/rtp-hdrext/transport-wide-cc-02',
	'a=extmap:2 urn:ietf:params:rtp-hdrext:encrypt urn:ietf:params:rtp-hdrext:toffset',
	'a=extmap:3 http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time',
	'a=extmap:4 http://www.webrtc.org/experiments/rtp-hdrext/inband-cn',
	'a=extmap:5 http://www.webrtc.org/experiments/rtp-hdrext/video-layers-allocation00',
	'a=extmap:6 https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension',
	'a=rid:h send pt=96',
	'a=simulcast:send h',
	'a=ssrc-group:FEC-FR 1 2',
	'a=ssrc-group:FEC 1 2',
	'a=setup:holdconn',
	'a=candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host generation 0 ufrag abcd network-id 1'
].join('\r\n');

describe('explanations', () => {
	test.each(loadFixtures().map((f) => ({ args: f.file, text: f.text })))(
		'every line of $args has a specific explanation',
		({ text }) => {
			const doc = parseSdp(text);
			const unexplained = explainSdp(doc).filter((e) => !e.explained);
			expect(unexplained.map((e) => doc.lines[e.line - 1].text)).toEqual([]);
		}
	);

	test('every note id used exists, and every note is used by a fixture or the coverage SDP', () => {
		const used = new Set<string>();
		// The last text carries an unknown attribute: its line shows the generic a= note (sdp.line.a).
		for (const text of [...loadFixtures().map((f) => f.text), COVERAGE, 'v=0\r\na=x-unknown:1\r\n']) {
			const doc = parseSdp(text);
			for (const e of explainSdp(doc)) for (const id of e.noteIds) used.add(id);
		}
		expect([...used].filter((id) => !(id in sdpNotes))).toEqual([]);
		expect(Object.keys(sdpNotes).filter((id) => !used.has(id))).toEqual([]);
		expect(explainSdp(parseSdp(COVERAGE)).filter((e) => !e.explained)).toEqual([]);
	});

	test('notes are bilingual, specific and carry different text per locale', () => {
		for (const [id, note] of Object.entries(sdpNotes)) {
			expect(id.startsWith('sdp.')).toBe(true);
			expect(note.text.en.length).toBeGreaterThan(20);
			expect(note.text['zh-TW']).not.toBe(note.text.en);
			expect(note.title['zh-TW'].length).toBeGreaterThan(0);
		}
	});

	test('an unknown attribute is explained as unknown, with its IANA status', () => {
		const doc = parseSdp('v=0\r\na=x-nonsense:1\r\na=keywds:webrtc\r\n');
		const [x, k] = [explainLine(doc.lines[1]), explainLine(doc.lines[2])];
		expect(x.explained).toBe(false);
		expect(x.unknownAttribute).toMatchObject({ name: 'x-nonsense', registered: false });
		expect(x.unknownAttribute?.message.en).toMatch(/^unknown attribute x-nonsense/);
		expect(k.unknownAttribute).toMatchObject({ name: 'keywds', registered: true, rfc: 8866 });
	});

	test('port 9, 0.0.0.0 and sess-version are explained, candidate priority is broken down', () => {
		const doc = parseSdp(
			'v=0\r\no=- 1 5 IN IP4 127.0.0.1\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=candidate:1 1 udp 2122260223 x.local 5000 typ host\r\n'
		);
		const ex = explainSdp(doc);
		expect(ex[1].details[0].en).toMatch(/Session version 5/);
		expect(ex[2].noteIds).toContain('sdp.m.port');
		expect(ex[2].details[0].en).toMatch(/Port 9/);
		expect(ex[3].details[0].en).toMatch(/placeholder/);
		expect(ex[4].details[0].en).toBe(
			'Priority 2122260223 = type preference 126 (the value RFC 8445 recommends for host) × 2^24 + local preference 32542 × 2^8 + (256 − component 1).'
		);
		expect(ex[4].details[1].en).toMatch(/mDNS/);
		expect(ex[4].noteIds).toEqual(
			expect.arrayContaining([
				'sdp.a.candidate',
				'sdp.candidate.priority',
				'sdp.candidate.address',
				'sdp.candidate.type'
			])
		);
	});

	test('fmtp lines are read for the codec of their payload type', () => {
		const doc = parseSdp(
			'v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 98\r\na=rtpmap:98 H264/90000\r\na=fmtp:98 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n'
		);
		const e = explainLine(doc.lines[3], doc);
		expect(e.fmtp?.find((m) => m.parameter === 'profile-level-id')?.meaning.en).toBe(
			'H.264 Constrained Baseline profile, level 3.1'
		);
	});
});

describe('explainFmtp', () => {
	// Profile names per RFC 6184 §8.1 Table 5 and H.264 Annex A; the values come from the fixtures.
	test.each([
		{ args: '42e01f', expected: ['Constrained Baseline', '3.1'] },
		{ args: '42001f', expected: ['Baseline', '3.1'] },
		{ args: '4d001f', expected: ['Main', '3.1'] },
		{ args: '4d0032', expected: ['Main', '5'] },
		{ args: '640c1f', expected: ['Constrained High', '3.1'] },
		{ args: '640032', expected: ['High', '5'] },
		{ args: 'f4001f', expected: ['High 4:4:4 Predictive', '3.1'] },
		{ args: '42f00b', expected: ['Constrained Baseline', '1b'] },
		{ args: '42e034', expected: ['Constrained Baseline', '5.2'] }
	])('H.264 profile-level-id $args', ({ args, expected }) => {
		const d = decodeH264ProfileLevelId(args);
		expect([d?.profile, d?.level]).toEqual(expected);
	});

	test.each([
		{ args: ['VP9', 'profile-id=2'], expected: 'profile 2: 10- or 12-bit, 4:2:0 chroma (HDR)' },
		{ args: ['AV1', 'level-idx=5;profile=0;tier=0'], expected: 'AV1 level 3.1' },
		{ args: ['opus', 'minptime=10;useinbandfec=1'], expected: 'send packets of at least 10 ms of audio' },
		{ args: ['rtx', 'apt=96;rtx-time=3000'], expected: 'retransmissions of payload type 96' },
		{
			args: ['red', '111/111'],
			expected:
				'each RED packet carries blocks of payload types 111, 111 (in the packet the redundant blocks come first, the primary block last)'
		},
		{ args: ['telephone-event', '0-15'], expected: 'events 0-15: DTMF digits 0–9, *, # and A–D' },
		{
			args: ['H264', 'packetization-mode=0'],
			expected: 'mode 0 (single NAL unit): each RTP packet carries exactly one NAL unit'
		}
	])('$args', ({ args, expected }) => {
		expect(explainFmtp(args[0], args[1])[0].meaning.en).toBe(expected);
	});

	// Every Opus parameter a browser writes (RFC 7587 §6.1), each decoded into what it asks for.
	test.each([
		{ args: 'minptime=10', expected: 'send packets of at least 10 ms of audio' },
		{
			args: 'useinbandfec=1',
			expected: 'the receiver can use Opus in-band FEC: send it to survive packet loss'
		},
		{ args: 'stereo=1', expected: 'the receiver prefers stereo' },
		{ args: 'stereo=0', expected: 'the receiver prefers mono' },
		{ args: 'sprop-stereo=1', expected: 'the sender is likely to send stereo' },
		{ args: 'maxaveragebitrate=64000', expected: 'receive at most 64000 bit/s on average' },
		{
			args: 'maxplaybackrate=48000',
			expected: 'the receiver plays back at most 48000 Hz, so wider bandwidth is wasted'
		},
		{ args: 'usedtx=1', expected: 'discontinuous transmission: send little or nothing during silence' },
		{ args: 'cbr=1', expected: 'constant bitrate' }
	])('Opus $args', ({ args, expected }) => {
		expect(explainFmtp('opus', args)[0].meaning.en).toBe(expected);
	});

	test('RTX apt and the RED list name the payload types they point at, from the same m-section', () => {
		const doc = parseSdp(
			[
				'v=0',
				'm=audio 9 UDP/TLS/RTP/SAVPF 111 63',
				'a=rtpmap:111 opus/48000/2',
				'a=rtpmap:63 red/48000/2',
				'a=fmtp:63 111/111',
				'm=video 9 UDP/TLS/RTP/SAVPF 96 97',
				'a=rtpmap:96 VP8/90000',
				'a=rtpmap:97 rtx/90000',
				'a=fmtp:97 apt=96',
				''
			].join('\r\n')
		);
		expect(explainLine(doc.lines[4], doc).fmtp?.[0].meaning.en).toBe(
			'each RED packet carries blocks of payload types 111 (opus), 111 (opus) (in the packet the redundant blocks come first, the primary block last)'
		);
		expect(explainLine(doc.lines[8], doc).fmtp?.[0].meaning).toEqual({
			en: 'retransmissions of payload type 96 (VP8)',
			'zh-TW': 'payload type 96 (VP8) 的重傳'
		});
		// A payload type the section does not declare stays a bare number.
		expect(explainFmtp('rtx', 'apt=100')[0].meaning.en).toBe('retransmissions of payload type 100');
	});

	test('key/value input and unknown parameters', () => {
		const r = explainFmtp('opus', { stereo: '1', foo: 'bar' });
		expect(r.map((m) => [m.parameter, m.noteId])).toEqual([
			['stereo', 'sdp.fmtp.stereo'],
			['foo', undefined]
		]);
		expect(r[1].meaning.en).toMatch(/not one this page decodes/);
	});
});
