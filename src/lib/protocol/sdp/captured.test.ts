// SDPs captured from real WebRTC software (Chromium, Firefox ESR, GStreamer webrtcbin, aiortc, Janus) in private
// network namespaces:
// test/fixtures/sdp/captured, with provenance in its README. Expected values were read off the SDP text.
import { describe, expect, test } from 'vitest';
import { explainLine } from './explain';
import { headerExtension } from './header-extensions';
import { lintSdp } from './lint';
import { compareOfferAnswer } from './offer-answer';
import { parseSdp } from './parse';
import { expectAgreesWithSdpTransform } from './sdp-transform-check';
import { captured, loadCaptured } from './test-fixtures';

const FIXTURES = loadCaptured().map((f) => ({ args: f.file, text: f.text, kind: f.kind }));

describe('captured SDPs', () => {
	test('all twenty-two captures are there', () => {
		expect(FIXTURES.map((f) => f.args)).toEqual([
			'aiortc-offer.sdp',
			'chromium-answer.sdp',
			'chromium-ice-restart-answer.sdp',
			'chromium-ice-restart-offer.sdp',
			'chromium-offer.sdp',
			'chromium-simulcast-answer.sdp',
			'chromium-simulcast-offer.sdp',
			'cross-chromium-offer-aiortc-answer.sdp',
			'cross-chromium-offer-firefox-answer.sdp',
			'firefox-answer.sdp',
			'firefox-ice-restart-answer.sdp',
			'firefox-ice-restart-offer.sdp',
			'firefox-offer.sdp',
			'firefox-simulcast-answer.sdp',
			'firefox-simulcast-offer.sdp',
			'gstreamer-webrtcbin-offer.sdp',
			'janus-echotest-answer.sdp',
			'janus-echotest-chromium-offer.sdp',
			'janus-videoroom-publisher-answer.sdp',
			'janus-videoroom-publisher-chromium-offer.sdp',
			'janus-videoroom-subscriber-chromium-answer.sdp',
			'janus-videoroom-subscriber-offer.sdp'
		]);
	});

	test.each(FIXTURES)('parseSdp keeps every line of $args', ({ text }) => {
		const doc = parseSdp(text);
		const raw = text.split('\r\n');
		expect(raw.at(-1)).toBe(''); // every capture ends in CRLF
		expect(doc.lines.map((l) => l.text)).toEqual(raw.slice(0, -1));
		for (const l of doc.lines) expect(text.slice(l.start, l.end)).toBe(l.text);
		expect(doc.lines.flatMap((l) => l.problems ?? [])).toEqual([]);
	});

	test.each(FIXTURES)('every line of $args has a specific explanation', ({ text }) => {
		const doc = parseSdp(text);
		const unexplained = doc.lines.filter((l) => !explainLine(l, doc).explained).map((l) => l.text);
		expect(unexplained).toEqual([]);
		// Deeper: every fmtp parameter and every header extension URI has its own note too.
		const gaps: string[] = [];
		for (const l of doc.lines) {
			const e = explainLine(l, doc);
			for (const m of e.fmtp ?? []) if (!m.noteId) gaps.push(`${l.text}: ${m.parameter}`);
			if (l.attribute === 'fmtp' && !e.fmtp) gaps.push(`${l.text}: fmtp not read`);
			const uri = l.fields.find((f) => f.name === 'uri')?.value;
			if (l.attribute === 'extmap' && (uri === undefined || !headerExtension(uri))) gaps.push(l.text);
		}
		expect(gaps).toEqual([]);
	});

	test.each(FIXTURES)('lintSdp finds no errors in $args', ({ text, kind }) => {
		const errors = lintSdp(parseSdp(text), { role: kind }).filter((f) => f.severity === 'error');
		expect(errors.map((f) => `${f.rule} line ${f.line}: ${f.message.en}`)).toEqual([]);
	});

	test.each(FIXTURES)('$args agrees with sdp-transform 3.0.0', ({ text }) => {
		expectAgreesWithSdpTransform(text);
	});
});

// Negotiated codecs as `<name> <offer pt>/<answer pt>`, in the answer's order, per m-section.
const CHROMIUM_AUDIO = [
	'opus 111/111',
	'red 63/63',
	'G722 9/9',
	'PCMU 0/0',
	'PCMA 8/8',
	'CN 13/13',
	'telephone-event 110/110',
	'telephone-event 126/126'
];
const CHROMIUM_VIDEO = [
	'VP8 96/96',
	'rtx 97/97',
	'H264 102/102',
	'rtx 103/103',
	'H264 104/104',
	'rtx 107/107',
	'H264 108/108',
	'rtx 109/109',
	'H264 114/114',
	'rtx 115/115',
	'H264 116/116',
	'rtx 117/117',
	'H264 39/39',
	'rtx 40/40',
	'AV1 45/45',
	'rtx 46/46',
	'VP9 98/98',
	'rtx 99/99',
	'VP9 100/100',
	'rtx 101/101',
	'red 118/118',
	'rtx 119/119',
	'ulpfec 120/120'
];
const FIREFOX_AUDIO = ['opus 109/109', 'G722 9/9', 'PCMU 0/0', 'PCMA 8/8', 'telephone-event 101/101'];
const FIREFOX_VIDEO = [
	'VP8 120/120',
	'rtx 124/124',
	'VP9 121/121',
	'rtx 125/125',
	'AV1 99/99',
	'rtx 100/100',
	'ulpfec 123/123',
	'red 122/122',
	'rtx 119/119'
];

interface PairCase {
	args: string;
	offer: string;
	answer: string;
	codecs: string[][];
	directions: [string, string][];
	/** max-message-size per side; undefined where the SDP has none (RFC 8841 §6: then 64 KB). */
	sctp?: { offerer?: number; answerer?: number };
	/** Header extension URIs the answer kept, per m-section. */
	extensions?: string[][];
}

const JANUS_AUDIO_EXT = [
	'urn:ietf:params:rtp-hdrext:ssrc-audio-level',
	'urn:ietf:params:rtp-hdrext:sdes:mid'
];
const TWCC = 'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01';
const JANUS_VIDEO_EXT = [
	'urn:3gpp:video-orientation',
	TWCC,
	'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay',
	'urn:ietf:params:rtp-hdrext:sdes:mid',
	'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id',
	'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id'
];

const PAIRS: PairCase[] = [
	{
		args: 'Chromium → Chromium',
		offer: 'chromium-offer.sdp',
		answer: 'chromium-answer.sdp',
		codecs: [CHROMIUM_AUDIO, CHROMIUM_VIDEO, []],
		directions: [
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv']
		],
		sctp: { offerer: 262144, answerer: 262144 }
	},
	{
		args: 'Chromium → Chromium after ICE restart',
		offer: 'chromium-ice-restart-offer.sdp',
		answer: 'chromium-ice-restart-answer.sdp',
		codecs: [CHROMIUM_AUDIO, CHROMIUM_VIDEO, []],
		directions: [
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv']
		],
		sctp: { offerer: 262144, answerer: 262144 }
	},
	{
		// Chromium does not receive simulcast: its answer drops a=rid/a=simulcast and takes one stream.
		args: 'Chromium simulcast → Chromium',
		offer: 'chromium-simulcast-offer.sdp',
		answer: 'chromium-simulcast-answer.sdp',
		codecs: [CHROMIUM_VIDEO],
		directions: [['sendonly', 'recvonly']]
	},
	{
		args: 'Firefox → Firefox',
		offer: 'firefox-offer.sdp',
		answer: 'firefox-answer.sdp',
		codecs: [FIREFOX_AUDIO, FIREFOX_VIDEO, []],
		directions: [
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv']
		],
		sctp: { offerer: 1073741823, answerer: 1073741823 }
	},
	{
		args: 'Firefox → Firefox after ICE restart',
		offer: 'firefox-ice-restart-offer.sdp',
		answer: 'firefox-ice-restart-answer.sdp',
		codecs: [FIREFOX_AUDIO, FIREFOX_VIDEO, []],
		directions: [
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv']
		],
		sctp: { offerer: 1073741823, answerer: 1073741823 }
	},
	{
		args: 'Firefox simulcast → Firefox',
		offer: 'firefox-simulcast-offer.sdp',
		answer: 'firefox-simulcast-answer.sdp',
		codecs: [FIREFOX_VIDEO],
		directions: [['sendonly', 'recvonly']]
	},
	{
		// Debian's Firefox ESR has no H.264 (no OpenH264 plugin), so it keeps VP8, AV1, VP9 and the FEC formats;
		// it answers G722/8000/1 to the offer's G722/8000 (one channel either way, RFC 8866 §6.6).
		args: 'Chromium → Firefox',
		offer: 'chromium-offer.sdp',
		answer: 'cross-chromium-offer-firefox-answer.sdp',
		codecs: [
			['opus 111/111', 'G722 9/9', 'PCMU 0/0', 'PCMA 8/8', 'telephone-event 126/126'],
			[
				'VP8 96/96',
				'rtx 97/97',
				'AV1 45/45',
				'rtx 46/46',
				'VP9 98/98',
				'rtx 99/99',
				'red 118/118',
				'rtx 119/119',
				'ulpfec 120/120'
			],
			[]
		],
		directions: [
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv']
		],
		sctp: { offerer: 262144, answerer: 1073741823 }
	},
	{
		args: 'Chromium → aiortc',
		offer: 'chromium-offer.sdp',
		answer: 'cross-chromium-offer-aiortc-answer.sdp',
		codecs: [
			['opus 111/111', 'PCMU 0/0', 'PCMA 8/8'],
			['VP8 96/96', 'rtx 97/97', 'H264 102/102', 'rtx 103/103', 'H264 108/108', 'rtx 109/109'],
			[]
		],
		directions: [
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv']
		],
		sctp: { offerer: 262144, answerer: 65536 }
	},
	{
		// Janus's EchoTest keeps only Opus and VP8 (+ its RTX), answers every section with a=setup:active and
		// writes no a=max-message-size for the data channel.
		args: 'Chromium → Janus EchoTest',
		offer: 'janus-echotest-chromium-offer.sdp',
		answer: 'janus-echotest-answer.sdp',
		codecs: [['opus 111/111'], ['VP8 96/96', 'rtx 97/97'], []],
		directions: [
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv'],
			['sendrecv', 'sendrecv']
		],
		sctp: { offerer: 262144, answerer: undefined },
		extensions: [[JANUS_AUDIO_EXT[0], TWCC, JANUS_AUDIO_EXT[1]], JANUS_VIDEO_EXT, []]
	},
	{
		args: 'Chromium publishing → Janus VideoRoom',
		offer: 'janus-videoroom-publisher-chromium-offer.sdp',
		answer: 'janus-videoroom-publisher-answer.sdp',
		codecs: [['opus 111/111'], ['VP8 96/96', 'rtx 97/97']],
		directions: [
			['sendonly', 'recvonly'],
			['sendonly', 'recvonly']
		],
		extensions: [JANUS_AUDIO_EXT, JANUS_VIDEO_EXT]
	},
	{
		// The subscriber side: Janus offers the published feed, Chromium answers recvonly.
		args: 'Janus VideoRoom → Chromium subscribing',
		offer: 'janus-videoroom-subscriber-offer.sdp',
		answer: 'janus-videoroom-subscriber-chromium-answer.sdp',
		codecs: [['opus 111/111'], ['VP8 96/96', 'rtx 97/97']],
		directions: [
			['sendonly', 'recvonly'],
			['sendonly', 'recvonly']
		],
		extensions: [
			JANUS_AUDIO_EXT,
			[
				'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
				'urn:3gpp:video-orientation',
				TWCC,
				'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay',
				'urn:ietf:params:rtp-hdrext:sdes:mid'
			]
		]
	}
];

describe('real offer/answer pairs', () => {
	test.each(PAIRS)('$args', ({ offer, answer, codecs, directions, sctp, extensions }) => {
		const r = compareOfferAnswer(captured(offer), captured(answer));
		expect(r.violations).toEqual([]);
		expect(
			r.sections.map((s) => s.codecs.map((c) => `${c.name} ${c.offerPayloadType}/${c.answerPayloadType}`))
		).toEqual(codecs);
		expect(r.sections.map((s) => [s.direction.offerer, s.direction.answerer])).toEqual(directions);
		for (const s of r.sections) {
			expect(s.accepted).toBe(true);
			// Every answer here says a=setup:active: the answerer sends the DTLS ClientHello (RFC 8842 §5.3).
			expect(s.dtlsRole).toEqual({ client: 'answerer', server: 'offerer' });
			expect(s.bundleTransport).toBe('0');
		}
		const dc = r.sections.find((s) => s.dataChannel)?.dataChannel;
		expect(dc?.maxMessageSize).toEqual(sctp);
		if (sctp) {
			expect(dc?.sctpPort).toEqual({ offerer: 5000, answerer: 5000 });
			// RFC 8841 §6: each side may send what the other accepts, 64 KB where it wrote no limit (Janus).
			expect(dc?.canSend).toEqual({
				offerer: sctp.answerer ?? 65536,
				answerer: sctp.offerer ?? 65536
			});
		}
		if (extensions) expect(r.sections.map((s) => s.headerExtensions.map((e) => e.uri))).toEqual(extensions);
	});

	test.each([
		{
			args: 'chromium',
			first: 'chromium-offer.sdp',
			restart: 'chromium-ice-restart-offer.sdp',
			versions: ['2', '3']
		},
		{
			args: 'firefox',
			first: 'firefox-offer.sdp',
			restart: 'firefox-ice-restart-offer.sdp',
			versions: ['0', '1']
		}
	])(
		'$args ICE restart: same session id, sess-version + 1, new ICE credentials',
		({ first, restart, versions }) => {
			const [a, b] = [parseSdp(captured(first)), parseSdp(captured(restart))];
			expect(b.session.origin?.sessId).toBe(a.session.origin?.sessId);
			expect([a.session.origin?.sessVersion, b.session.origin?.sessVersion]).toEqual(versions);
			expect(b.media[0].ice.ufrag).not.toBe(a.media[0].ice.ufrag);
			expect(b.media[0].ice.pwd).not.toBe(a.media[0].ice.pwd);
			// The DTLS certificate stays: only ICE restarts (RFC 8445 §9).
			const fp = (d: typeof a) => d.media[0].fingerprints.concat(d.session.fingerprints).map((f) => f.value);
			expect(fp(b)).toEqual(fp(a));
		}
	);
});

describe('what each implementation writes', () => {
	test('simulcast offers: rid q/h/f and a=simulcast:send q;h;f (Chromium and Firefox)', () => {
		for (const f of ['chromium-simulcast-offer.sdp', 'firefox-simulcast-offer.sdp']) {
			const m = parseSdp(captured(f)).media[0];
			expect(m.rids.map((r) => [r.id, r.direction])).toEqual([
				['q', 'send'],
				['h', 'send'],
				['f', 'send']
			]);
			expect(m.simulcast?.send?.streams).toEqual([
				[{ rid: 'q', paused: false }],
				[{ rid: 'h', paused: false }],
				[{ rid: 'f', paused: false }]
			]);
		}
	});

	test('Firefox: SDPARTA origin, session-level fingerprint, extmap direction, end-of-candidates', () => {
		const doc = parseSdp(captured('firefox-offer.sdp'));
		expect(doc.session.origin?.username).toBe('mozilla...THIS_IS_SDPARTA-99.0');
		expect(doc.session.fingerprints.map((f) => f.hash)).toEqual(['sha-256']);
		expect(doc.session.msidSemantic).toMatchObject({ semantic: 'WMS', streams: ['*'] });
		expect(doc.media[0].extmaps.find((e) => e.id === 2)).toMatchObject({
			uri: 'urn:ietf:params:rtp-hdrext:csrc-audio-level',
			direction: 'recvonly'
		});
		expect(doc.media.map((m) => m.ice.endOfCandidates)).toEqual([true, true, true]);
	});

	test('Firefox: real UDP and TCP-active host candidates on the namespace address', () => {
		for (const f of ['firefox-offer.sdp', 'firefox-answer.sdp', 'cross-chromium-offer-firefox-answer.sdp']) {
			const m = parseSdp(captured(f)).media[0];
			expect(
				m.ice.candidates.map((c) => [c.candidate?.transport, c.candidate?.address, c.candidate?.type]),
				f
			).toEqual(
				expect.arrayContaining([
					['UDP', '10.99.0.1', 'host'],
					['TCP', '10.99.0.1', 'host']
				])
			);
		}
	});

	test('Janus: session name, msid-semantic with a space, one UDP host candidate, no max-message-size', () => {
		const echo = parseSdp(captured('janus-echotest-answer.sdp'));
		expect(echo.session.name).toBe('-');
		expect(echo.session.msidSemantic).toMatchObject({ semantic: 'WMS', streams: ['*'] });
		expect(echo.media.map((m) => [m.mid, m.setup, m.ice.endOfCandidates])).toEqual([
			['0', 'active', true],
			['1', 'active', true],
			['2', 'active', true]
		]);
		for (const m of echo.media) {
			expect(m.ice.candidates.map((c) => [c.candidate?.transport, c.candidate?.address])).toEqual([
				['udp', '10.99.0.1']
			]);
		}
		expect(echo.media[1].msids).toMatchObject([{ stream: 'janus', track: 'janus1' }]);
		expect(echo.media[1].ssrcGroups.map((g) => g.semantics)).toEqual(['FID']);
		expect(echo.media[2].maxMessageSize).toBeUndefined();
		const room = parseSdp(captured('janus-videoroom-subscriber-offer.sdp'));
		expect(room.session.name).toBe('VideoRoom 1234');
		expect(room.media.map((m) => [m.direction, m.setup])).toEqual([
			['sendonly', 'actpass'],
			['sendonly', 'actpass']
		]);
	});

	test('aiortc: legacy DTLS/SCTP data channel with a=sctpmap', () => {
		const m = parseSdp(captured('aiortc-offer.sdp')).media[2];
		expect([m.proto, m.formats]).toEqual(['DTLS/SCTP', ['5000']]);
		expect(m.sctpmap).toMatchObject({ port: 5000, app: 'webrtc-datachannel', streams: 65535 });
	});

	test('GStreamer webrtcbin: max-bundle puts the video section on port 0 with a=bundle-only', () => {
		const doc = parseSdp(captured('gstreamer-webrtcbin-offer.sdp'));
		expect(doc.media.map((m) => [m.mid, m.port, m.bundleOnly, m.rtcpMuxOnly])).toEqual([
			['audio0', 9, false, true],
			['video1', 0, true, true]
		]);
		expect(doc.media[0].codecs[0].fmtp?.params).toEqual({
			'sprop-stereo': '0',
			'sprop-maxcapturerate': '48000'
		});
	});

	test('Chromium: loopback host candidates, TCP active on port 9, network-cost', () => {
		const m = parseSdp(captured('chromium-offer.sdp')).media[0];
		expect(
			m.ice.candidates.map((c) => [c.candidate?.transport, c.candidate?.address, c.candidate?.tcptype])
		).toEqual([
			['udp', '127.0.0.1', undefined],
			['tcp', '127.0.0.1', 'active']
		]);
		expect(m.ice.candidates[1].candidate?.port).toBe(9);
		expect(m.ice.candidates[0].candidate?.networkCost).toBe(50);
	});
});
