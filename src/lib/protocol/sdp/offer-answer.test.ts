import { describe, expect, test } from 'vitest';
import { compareOfferAnswer } from './offer-answer';
import { fixture } from './test-fixtures';

// The fixtures hold no matching offer/answer pair, so pairs are built: a real offer with a hand-written answer
// following JSEP (RFC 8829 §5.3), and deliberate breakages of it.
const OFFER = fixture('pub-aiortc-test-chrome-video-offer.sdp');

const ANSWER = [
	'v=0',
	'o=- 1 1 IN IP4 127.0.0.1',
	's=-',
	't=0 0',
	'a=ice-lite',
	'a=group:BUNDLE video',
	'm=video 9 UDP/TLS/RTP/SAVPF 98 99 96',
	'c=IN IP4 0.0.0.0',
	'a=ice-ufrag:abcd',
	'a=ice-pwd:abcdefghijklmnopqrstuvwx',
	'a=fingerprint:sha-256 00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F:10:11:12:13:14:15:16:17:18:19:1A:1B:1C:1D:1E:1F',
	'a=setup:active',
	'a=mid:video',
	'a=extmap:3 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
	'a=recvonly',
	'a=rtcp-mux',
	'a=rtpmap:98 VP9/90000',
	'a=rtpmap:99 rtx/90000',
	'a=fmtp:99 apt=98',
	'a=rtpmap:96 VP8/90000',
	''
].join('\r\n');

describe('compareOfferAnswer', () => {
	test('Chrome video offer with a JSEP answer', () => {
		const r = compareOfferAnswer(OFFER, ANSWER);
		expect(r.violations).toEqual([]);
		expect(r.sections).toEqual([
			{
				index: 0,
				mid: 'video',
				kind: 'video',
				accepted: true,
				direction: { offerer: 'sendonly', answerer: 'recvonly' },
				codecs: [
					{ name: 'VP9', clockRate: 90000, offerPayloadType: 98, answerPayloadType: 98 },
					{ name: 'rtx', clockRate: 90000, offerPayloadType: 99, answerPayloadType: 99 },
					{ name: 'VP8', clockRate: 90000, offerPayloadType: 96, answerPayloadType: 96 }
				],
				headerExtensions: [{ uri: 'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time', id: 3 }],
				dtlsRole: { client: 'answerer', server: 'offerer' },
				bundleTransport: 'video',
				iceLite: { offerer: false, answerer: true }
			}
		]);
	});

	test.each([
		{
			args: 'codec not offered',
			answer: ANSWER.replace('a=rtpmap:96 VP8/90000', 'a=rtpmap:96 H264/90000'),
			expected: ['codec-not-offered']
		},
		{
			args: 'extension not offered',
			answer: ANSWER.replace(
				'a=extmap:3 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
				'a=extmap:3 urn:ietf:params:rtp-hdrext:sdes:mid'
			),
			expected: ['extension-not-offered']
		},
		{
			args: 'answer says actpass',
			answer: ANSWER.replace('a=setup:active', 'a=setup:actpass'),
			expected: ['setup-invalid']
		},
		{
			args: 'mid changed',
			answer: ANSWER.replace('a=mid:video', 'a=mid:v').replace('BUNDLE video', 'BUNDLE v'),
			expected: ['bundle-not-offered', 'mid-mismatch']
		},
		{
			args: 'extra m-section',
			answer: ANSWER + 'm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:extra\r\n',
			expected: ['section-count']
		}
	])('$args', ({ answer, expected }) => {
		expect(
			compareOfferAnswer(OFFER, answer)
				.violations.map((v) => v.rule)
				.sort()
		).toEqual(expected);
	});

	test('direction rules and a rejected section', () => {
		const offer =
			'v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:a\r\na=sendonly\r\na=setup:actpass\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:b\r\na=rtpmap:96 VP8/90000\r\n';
		const bad =
			'v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:a\r\na=sendonly\r\na=setup:passive\r\nm=video 0 UDP/TLS/RTP/SAVPF 96\r\na=mid:b\r\n';
		const r = compareOfferAnswer(offer, bad);
		expect(r.violations.map((v) => v.rule)).toEqual(['direction-not-allowed']);
		expect(r.sections[0].dtlsRole).toEqual({ client: 'offerer', server: 'answerer' });
		expect(r.sections[0].codecs).toEqual([
			{ name: 'PCMU', clockRate: 8000, channels: 1, offerPayloadType: 0, answerPayloadType: 0 }
		]);
		expect(r.sections[1]).toMatchObject({
			accepted: false,
			direction: { offerer: 'inactive', answerer: 'inactive' }
		});
	});

	test('data channel: sctp-port and max-message-size per side, legacy sctpmap', () => {
		const offer = fixture('pub-aiortc-test-firefox58-datachannel-offer.sdp');
		const answer =
			'v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=group:BUNDLE sdparta_0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:sdparta_0\r\na=setup:active\r\na=sctp-port:5000\r\na=max-message-size:262144\r\n';
		const r = compareOfferAnswer(offer, answer);
		expect(r.violations).toEqual([]);
		expect(r.sections[0].dataChannel).toEqual({
			sctpPort: { offerer: 5000, answerer: 5000 },
			maxMessageSize: { offerer: 1073741823, answerer: 262144 },
			// Each side sends up to what the other accepts (RFC 8841 §6).
			canSend: { offerer: 262144, answerer: 1073741823 }
		});
		expect(r.sections[0].bundleTransport).toBe('sdparta_0');
	});

	test.each([
		{ args: 'no a=max-message-size in the answer: 64 KB', answer: undefined, expected: 65536 },
		{ args: 'a=max-message-size:0: no limit', answer: 0, expected: 'unlimited' },
		{ args: 'a=max-message-size:100000', answer: 100000, expected: 100000 }
	])('data channel, $args', ({ answer, expected }) => {
		const offer = fixture('pub-aiortc-test-firefox58-datachannel-offer.sdp');
		const text =
			'v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:sdparta_0\r\na=setup:active\r\na=sctp-port:5000\r\n' +
			(answer === undefined ? '' : `a=max-message-size:${answer}\r\n`);
		expect(compareOfferAnswer(offer, text).sections[0].dataChannel?.canSend.offerer).toBe(expected);
	});
});
