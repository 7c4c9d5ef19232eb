// Sample SDPs for the SDP lab: SDPs captured here from real software (test/fixtures/sdp/captured: Chromium, Firefox
// ESR, GStreamer webrtcbin, aiortc, Janus; provenance and scripts in its README.md) and the public fixtures in
// test/fixtures/sdp/public (provenance in its README.md and index.json). Adding a sample is one entry in
// SDP_SAMPLES naming its file; the text is read at build time with Vite's `?raw`.
import type { Locale } from '$lib/notes/types';

type Localized = Record<Locale, string>;

const FILES = import.meta.glob<string>('/test/fixtures/sdp/{public,captured}/*.sdp', {
	query: '?raw',
	import: 'default',
	eager: true
});

export interface SdpSampleSource {
	repo: string;
	path: string;
	/** Line range in that file. */
	lines?: string;
	commit: string;
	license: string;
}

/** A capture made here (test/fixtures/sdp/captured/README.md says how). */
export interface SdpCapture {
	/** The program(s) that wrote the SDP, with versions, e.g. `Janus 1.1.2 (EchoTest)`. */
	software: string;
	/** ISO date of the capture. */
	date: string;
}

export interface SdpSample {
	/** File under test/fixtures/sdp/, e.g. `public/pub-aiortc-test-chrome-audio-offer.sdp`; also the sample id. */
	file: string;
	kind: 'offer' | 'answer';
	title: Localized;
	/** Where a public sample was copied from; exactly one of `source` and `capture` is set. */
	source?: SdpSampleSource;
	/** How a sample captured here was made. */
	capture?: SdpCapture;
	/** True when the original authors replaced addresses or keys. */
	redacted?: boolean;
}

const CHROMIUM = 'Chromium 156.0.8078.79';
// The Janus captures came a week later, from the Chromium Debian had updated to by then.
const CHROMIUM_2 = 'Chromium 156.0.8078.114';
const FIREFOX = 'Firefox ESR 153.8.0esr';
const JANUS = 'Janus 1.1.2';
const CAPTURED_1 = '2026-11-25';
const CAPTURED_2 = '2026-12-02';

function captured(
	file: string,
	title: Localized,
	software: string,
	date: string,
	kind: 'offer' | 'answer' = file.endsWith('answer.sdp') ? 'answer' : 'offer'
): SdpSample {
	return { file: `captured/${file}`, kind, title, capture: { software, date } };
}

/** Every capture a sample or a pair uses, by file name under test/fixtures/sdp/captured. */
const CAPTURED: Record<string, SdpSample> = Object.fromEntries(
	[
		captured(
			'chromium-offer.sdp',
			{
				en: 'Chromium 156 offer: audio, video and a data channel',
				'zh-TW': 'Chromium 156 的 offer：聲音、影像加資料通道'
			},
			CHROMIUM,
			CAPTURED_1
		),
		captured(
			'chromium-answer.sdp',
			{ en: 'Chromium 156 answer to Chromium', 'zh-TW': 'Chromium 156 回給 Chromium 的 answer' },
			CHROMIUM,
			CAPTURED_1
		),
		captured(
			'chromium-ice-restart-offer.sdp',
			{ en: 'Chromium 156 ICE-restart offer', 'zh-TW': 'Chromium 156 的 ICE 重啟 offer' },
			CHROMIUM,
			CAPTURED_1
		),
		captured(
			'chromium-ice-restart-answer.sdp',
			{ en: 'Chromium 156 ICE-restart answer', 'zh-TW': 'Chromium 156 的 ICE 重啟 answer' },
			CHROMIUM,
			CAPTURED_1
		),
		captured(
			'chromium-simulcast-offer.sdp',
			{
				en: 'Chromium 156 simulcast offer (rid q/h/f)',
				'zh-TW': 'Chromium 156 的 simulcast offer（rid q/h/f）'
			},
			CHROMIUM,
			CAPTURED_1
		),
		captured(
			'chromium-simulcast-answer.sdp',
			{
				en: 'Chromium 156 answer to a simulcast offer',
				'zh-TW': 'Chromium 156 回給 simulcast offer 的 answer'
			},
			CHROMIUM,
			CAPTURED_1
		),
		captured(
			'firefox-offer.sdp',
			{
				en: 'Firefox ESR 153 offer: audio, video and a data channel',
				'zh-TW': 'Firefox ESR 153 的 offer：聲音、影像加資料通道'
			},
			FIREFOX,
			CAPTURED_2
		),
		captured(
			'firefox-answer.sdp',
			{ en: 'Firefox ESR 153 answer to Firefox', 'zh-TW': 'Firefox ESR 153 回給 Firefox 的 answer' },
			FIREFOX,
			CAPTURED_2
		),
		captured(
			'firefox-simulcast-offer.sdp',
			{
				en: 'Firefox ESR 153 simulcast offer (rid q/h/f)',
				'zh-TW': 'Firefox ESR 153 的 simulcast offer（rid q/h/f）'
			},
			FIREFOX,
			CAPTURED_2
		),
		captured(
			'cross-chromium-offer-firefox-answer.sdp',
			{ en: 'Firefox ESR 153 answer to Chromium', 'zh-TW': 'Firefox ESR 153 回給 Chromium 的 answer' },
			FIREFOX,
			CAPTURED_2
		),
		captured(
			'gstreamer-webrtcbin-offer.sdp',
			{
				en: 'GStreamer webrtcbin offer (max-bundle, bundle-only video)',
				'zh-TW': 'GStreamer webrtcbin 的 offer（max-bundle，影像 bundle-only）'
			},
			'GStreamer 1.22.0 webrtcbin',
			CAPTURED_1
		),
		captured(
			'aiortc-offer.sdp',
			{
				en: 'aiortc 1.4 offer (legacy DTLS/SCTP data channel)',
				'zh-TW': 'aiortc 1.4 的 offer（舊式 DTLS/SCTP 資料通道）'
			},
			'aiortc 1.4.0',
			CAPTURED_1
		),
		captured(
			'cross-chromium-offer-aiortc-answer.sdp',
			{ en: 'aiortc 1.4 answer to Chromium', 'zh-TW': 'aiortc 1.4 回給 Chromium 的 answer' },
			'aiortc 1.4.0',
			CAPTURED_1
		),
		captured(
			'janus-echotest-chromium-offer.sdp',
			{ en: 'Chromium 156 offer to Janus EchoTest', 'zh-TW': 'Chromium 156 送給 Janus EchoTest 的 offer' },
			CHROMIUM_2,
			CAPTURED_2
		),
		captured(
			'janus-echotest-answer.sdp',
			{
				en: 'Janus 1.1.2 EchoTest answer: Opus, VP8, data channel',
				'zh-TW': 'Janus 1.1.2 EchoTest 的 answer：Opus、VP8、資料通道'
			},
			`${JANUS} (EchoTest)`,
			CAPTURED_2
		),
		captured(
			'janus-videoroom-publisher-chromium-offer.sdp',
			{
				en: 'Chromium 156 publishing to Janus VideoRoom (offer)',
				'zh-TW': 'Chromium 156 向 Janus VideoRoom 發布的 offer'
			},
			CHROMIUM_2,
			CAPTURED_2
		),
		captured(
			'janus-videoroom-publisher-answer.sdp',
			{
				en: 'Janus 1.1.2 VideoRoom answer to a publisher',
				'zh-TW': 'Janus 1.1.2 VideoRoom 回給發布端的 answer'
			},
			`${JANUS} (VideoRoom)`,
			CAPTURED_2
		),
		captured(
			'janus-videoroom-subscriber-offer.sdp',
			{
				en: 'Janus 1.1.2 VideoRoom subscriber offer',
				'zh-TW': 'Janus 1.1.2 VideoRoom 給訂閱端的 offer'
			},
			`${JANUS} (VideoRoom)`,
			CAPTURED_2
		),
		captured(
			'janus-videoroom-subscriber-chromium-answer.sdp',
			{
				en: 'Chromium 156 answer as a Janus VideoRoom subscriber',
				'zh-TW': 'Chromium 156 以 Janus VideoRoom 訂閱端身分回的 answer'
			},
			CHROMIUM_2,
			CAPTURED_2
		)
	].map((c) => [c.file.slice('captured/'.length), c])
);

const AIORTC = (lines: string): SdpSampleSource => ({
	repo: 'aiortc/aiortc',
	path: 'tests/test_sdp.py',
	lines,
	commit: '8a2864630bf417d977a06dda8d0254b1c1501bfb',
	license: 'BSD-3-Clause'
});
const PION = (path: string, lines: string): SdpSampleSource => ({
	repo: 'pion/webrtc',
	path,
	lines,
	commit: '3234944db18f66743cf0852274fd73d88cb02641',
	license: 'MIT'
});
const SDP_TRANSFORM = (path: string, lines: string): SdpSampleSource => ({
	repo: 'clux/sdp-transform',
	path,
	lines,
	commit: '8e39bde153ecf10e0b9d885cff9bb58fafbb10bd',
	license: 'MIT'
});
const CHIME = (path: string, lines: string): SdpSampleSource => ({
	repo: 'aws/amazon-chime-sdk-js',
	path,
	lines,
	commit: '78e8a23b68f43d274cc191d643f85594e65e348c',
	license: 'Apache-2.0'
});

/** The captures offered one at a time in the lab's picker (the rest appear in pairs). */
const CAPTURED_SINGLE = [
	'chromium-offer.sdp',
	'firefox-offer.sdp',
	'chromium-simulcast-offer.sdp',
	'firefox-simulcast-offer.sdp',
	'janus-echotest-answer.sdp',
	'janus-videoroom-subscriber-offer.sdp',
	'gstreamer-webrtcbin-offer.sdp',
	'aiortc-offer.sdp'
];

export const SDP_SAMPLES: SdpSample[] = [
	...CAPTURED_SINGLE.map((f) => CAPTURED[f]),
	{
		file: 'public/pub-aiortc-test-safari12-offer.sdp',
		kind: 'offer',
		title: {
			en: 'Safari 12 offer: audio, video and a data channel',
			'zh-TW': 'Safari 12 的 offer：聲音、影像加資料通道'
		},
		source: AIORTC('1875-1987'),
		redacted: true
	},
	{
		file: 'public/pub-aiortc-test-chrome-audio-offer.sdp',
		kind: 'offer',
		title: { en: 'Chrome audio offer with candidates', 'zh-TW': 'Chrome 的聲音 offer，含候選位址' },
		source: AIORTC('29-69')
	},
	{
		file: 'public/pub-aiortc-test-chrome-video-offer.sdp',
		kind: 'offer',
		title: {
			en: 'Chrome video offer: VP8, VP9, RTX, RED, ULPFEC',
			'zh-TW': 'Chrome 的影像 offer：VP8、VP9、RTX、RED、ULPFEC'
		},
		source: AIORTC('1329-1385')
	},
	{
		file: 'public/pub-aiortc-test-firefox58-audio-offer.sdp',
		kind: 'offer',
		title: { en: 'Firefox 58 audio offer', 'zh-TW': 'Firefox 58 的聲音 offer' },
		source: AIORTC('261-302'),
		redacted: true
	},
	{
		file: 'public/pub-aiortc-test-firefox58-datachannel-offer.sdp',
		kind: 'offer',
		title: {
			en: 'Firefox 58 data channel offer (old sctpmap form)',
			'zh-TW': 'Firefox 58 的資料通道 offer（舊的 sctpmap 寫法）'
		},
		source: AIORTC('1121-1144')
	},
	{
		file: 'public/pub-aiortc-test-freeswitch-audio-answer.sdp',
		kind: 'answer',
		title: { en: 'FreeSWITCH audio answer', 'zh-TW': 'FreeSWITCH 的聲音 answer' },
		source: AIORTC('464-485'),
		redacted: true
	},
	{
		file: 'public/pub-millicast-flutter-sdk-libwebrtc-mdns-offer.sdp',
		kind: 'offer',
		title: {
			en: 'libwebrtc offer with mDNS candidates and many H.264 profiles',
			'zh-TW': 'libwebrtc 的 offer：mDNS 候選位址與多種 H.264 設定檔'
		},
		source: {
			repo: 'millicast/flutter-sdk',
			path: 'test/mocks/sdp_mock.dart',
			lines: '1-339',
			commit: 'ea1b3855241b38b436841f5ffb057d4c5ca1c59f',
			license: 'not stated'
		}
	},
	{
		file: 'public/pub-phenix-websdk-firefox60-recvonly-offer.sdp',
		kind: 'offer',
		title: { en: 'Firefox 60 receive-only offer', 'zh-TW': 'Firefox 60 的只接收 offer' },
		source: {
			repo: 'vinivia/WebSDK',
			path: 'test/sdk/sdp/fixtures/firefox60.js',
			lines: '18-80',
			commit: '351799f50d465ce156c9b678cd591a464a6b685b',
			license: 'not stated'
		}
	},
	{
		file: 'public/pub-pion-webrtc-test-janus-videoroom-subscriber-offer.sdp',
		kind: 'offer',
		title: { en: 'Janus VideoRoom subscriber offer', 'zh-TW': 'Janus VideoRoom 訂閱端的 offer' },
		source: PION('peerconnection_go_test.go', '2154-2205')
	},
	{
		file: 'public/pub-pion-webrtc-test-janus-videoroom-rejected-video-answer.sdp',
		kind: 'answer',
		title: { en: 'Janus answer with a rejected video section', 'zh-TW': 'Janus 的 answer：影像區段被拒絕' },
		source: PION('peerconnection_test.go', '536-559')
	},
	{
		file: 'public/pub-pion-webrtc-test-ice-lite-datachannel-offer.sdp',
		kind: 'offer',
		title: { en: 'ICE-lite data channel offer', 'zh-TW': 'ICE-lite 的資料通道 offer' },
		source: PION('peerconnection_go_test.go', '1383-1395')
	},
	{
		file: 'public/pub-sdp-transform-icelite-gateway-offer.sdp',
		kind: 'offer',
		title: { en: 'ICE-lite gateway offer', 'zh-TW': 'ICE-lite 閘道器的 offer' },
		source: SDP_TRANSFORM('test/icelite.sdp', '1-19')
	},
	{
		file: 'public/pub-sdp-transform-jssip-chrome-sdes-offer.sdp',
		kind: 'offer',
		title: {
			en: 'Early Chrome offer with SDES keys (JsSIP)',
			'zh-TW': '早期 Chrome 的 offer，含 SDES 金鑰（JsSIP）'
		},
		source: SDP_TRANSFORM('test/jssip.sdp', '1-41')
	},
	{
		file: 'public/pub-webrtc-sdp-41-chrome-relay-sdes-answer.sdp',
		kind: 'answer',
		title: {
			en: 'Old Chrome answer with relay candidates',
			'zh-TW': '舊版 Chrome 的 answer，含中繼候選位址'
		},
		source: {
			repo: 'mozilla/webrtc-sdp',
			path: 'examples/sdps/41.sdp',
			lines: '1-91',
			commit: 'b73ce5658abbf124248064cd8e1c4a5f28a6e27f',
			license: 'MPL-2.0'
		},
		redacted: true
	},
	{
		file: 'public/pub-chime-sdk-test-chrome-planb-av-offer.sdp',
		kind: 'offer',
		title: {
			en: 'Chrome Plan B offer (redacted credentials)',
			'zh-TW': 'Chrome 的 Plan B offer（憑證已遮蔽）'
		},
		source: CHIME('test/sdp/ChromeSDPMock.ts', '197-352'),
		redacted: true
	},
	{
		file: 'public/pub-chime-sdk-test-safari-av-sending-offer.sdp',
		kind: 'offer',
		title: { en: 'Safari unified-plan offer (redacted)', 'zh-TW': 'Safari unified plan 的 offer（已遮蔽）' },
		source: CHIME('test/sdp/SafariSDPMock.ts', '238-337'),
		redacted: true
	},
	{
		file: 'public/pub-lib-jitsi-meet-test-planb-simulcast-rtx.sdp',
		kind: 'answer',
		title: { en: 'Jitsi Plan B with simulcast and RTX', 'zh-TW': 'Jitsi 的 Plan B：simulcast 加 RTX' },
		source: {
			repo: 'jitsi/lib-jitsi-meet',
			path: 'modules/sdp/SampleSdpStrings.ts',
			lines: '5-75',
			commit: '01daa07c3f8cea97722246704e36b9af38e30b0a',
			license: 'Apache-2.0'
		}
	}
];

/** The samples the picker lists under one heading each: captured here first, then other projects' tests. */
export const SDP_SAMPLE_GROUPS: { captured: SdpSample[]; public: SdpSample[] } = {
	captured: SDP_SAMPLES.filter((s) => s.capture),
	public: SDP_SAMPLES.filter((s) => s.source)
};

/** The text of a sample; empty when its file is missing (a test checks none is). */
export function sampleText(sample: Pick<SdpSample, 'file'>): string {
	return FILES[`/test/fixtures/sdp/${sample.file}`] ?? '';
}

export function findSample(file: string): SdpSample | undefined {
	return SDP_SAMPLES.find((s) => s.file === file);
}

/** `https://github.com/<repo>/blob/<commit>/<path>#L<a>-L<b>` — where a sample was copied from. */
export function sourceUrl(source: SdpSampleSource): string {
	const lines = source.lines?.match(/^(\d+)-(\d+)$/);
	const anchor = lines ? `#L${lines[1]}-L${lines[2]}` : '';
	return `https://github.com/${source.repo}/blob/${source.commit}/${source.path}${anchor}`;
}

// The fixtures hold no matching offer/answer pair (see test/fixtures/sdp/public/README.md), so the pair sample
// answers a real offer with an answer written for this site by following JSEP (RFC 8829 §5.3.1): it accepts
// video preferring VP9 over VP8 (each with its RTX), answers actpass with active and is an ICE-lite endpoint.
const HAND_WRITTEN_ANSWER = [
	'v=0',
	'o=- 4611731400430051336 1 IN IP4 127.0.0.1',
	's=-',
	't=0 0',
	'a=ice-lite',
	'a=group:BUNDLE video',
	'm=video 9 UDP/TLS/RTP/SAVPF 98 99 96 97',
	'c=IN IP4 0.0.0.0',
	'a=ice-ufrag:Ta1u',
	'a=ice-pwd:7m5GzdJ3dK0u3yYH8cXv6Rfb',
	'a=fingerprint:sha-256 3C:4A:AA:0F:8A:1B:5E:62:9D:77:0C:41:E2:93:B8:05:6F:11:D4:29:C7:80:3B:5A:16:EE:02:9F:64:C1:7D:28',
	'a=setup:active',
	'a=mid:video',
	'a=extmap:3 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
	'a=recvonly',
	'a=rtcp-mux',
	'a=rtcp-rsize',
	'a=rtpmap:98 VP9/90000',
	'a=rtcp-fb:98 nack',
	'a=rtcp-fb:98 nack pli',
	'a=rtpmap:99 rtx/90000',
	'a=fmtp:99 apt=98',
	'a=rtpmap:96 VP8/90000',
	'a=rtcp-fb:96 nack',
	'a=rtcp-fb:96 nack pli',
	'a=rtpmap:97 rtx/90000',
	'a=fmtp:97 apt=96',
	''
].join('\r\n');

export interface SdpPairSample {
	id: string;
	title: Localized;
	offer: string;
	answer: string;
	/** Where the offer came from. */
	offerSample: SdpSample;
	/** Where the answer came from; absent when the answer was written for this site. */
	answerSample?: SdpSample;
}

function capturedPair(id: string, title: Localized, offerFile: string, answerFile: string): SdpPairSample {
	const [offerSample, answerSample] = [CAPTURED[offerFile], CAPTURED[answerFile]];
	return {
		id,
		title,
		offer: sampleText(offerSample),
		answer: sampleText(answerSample),
		offerSample,
		answerSample
	};
}

export const SDP_PAIR_SAMPLES: SdpPairSample[] = [
	{
		id: 'chrome-video-offer-jsep-answer',
		title: {
			en: 'Chrome video offer + an ICE-lite answer written by hand',
			'zh-TW': 'Chrome 影像 offer + 手寫的 ICE-lite answer'
		},
		offer: sampleText({ file: 'public/pub-aiortc-test-chrome-video-offer.sdp' }),
		answer: HAND_WRITTEN_ANSWER,
		offerSample: findSample('public/pub-aiortc-test-chrome-video-offer.sdp')!
	},
	capturedPair(
		'chromium-chromium',
		{ en: 'Chromium 156 → Chromium 156', 'zh-TW': 'Chromium 156 對 Chromium 156' },
		'chromium-offer.sdp',
		'chromium-answer.sdp'
	),
	capturedPair(
		'chromium-ice-restart',
		{ en: 'Chromium 156 ICE restart (new ufrag/pwd)', 'zh-TW': 'Chromium 156 的 ICE 重啟（新的 ufrag/pwd）' },
		'chromium-ice-restart-offer.sdp',
		'chromium-ice-restart-answer.sdp'
	),
	capturedPair(
		'chromium-simulcast',
		{ en: 'Chromium 156 simulcast → Chromium 156', 'zh-TW': 'Chromium 156 simulcast 對 Chromium 156' },
		'chromium-simulcast-offer.sdp',
		'chromium-simulcast-answer.sdp'
	),
	capturedPair(
		'firefox-firefox',
		{ en: 'Firefox ESR 153 → Firefox ESR 153', 'zh-TW': 'Firefox ESR 153 對 Firefox ESR 153' },
		'firefox-offer.sdp',
		'firefox-answer.sdp'
	),
	capturedPair(
		'chromium-firefox',
		{ en: 'Chromium 156 → Firefox ESR 153', 'zh-TW': 'Chromium 156 對 Firefox ESR 153' },
		'chromium-offer.sdp',
		'cross-chromium-offer-firefox-answer.sdp'
	),
	capturedPair(
		'chromium-aiortc',
		{ en: 'Chromium 156 → aiortc 1.4', 'zh-TW': 'Chromium 156 對 aiortc 1.4' },
		'chromium-offer.sdp',
		'cross-chromium-offer-aiortc-answer.sdp'
	),
	capturedPair(
		'chromium-janus-echotest',
		{ en: 'Chromium 156 → Janus EchoTest', 'zh-TW': 'Chromium 156 對 Janus EchoTest（回音測試）' },
		'janus-echotest-chromium-offer.sdp',
		'janus-echotest-answer.sdp'
	),
	capturedPair(
		'chromium-janus-publisher',
		{ en: 'Chromium 156 publishing → Janus VideoRoom', 'zh-TW': 'Chromium 156 發布 → Janus VideoRoom' },
		'janus-videoroom-publisher-chromium-offer.sdp',
		'janus-videoroom-publisher-answer.sdp'
	),
	capturedPair(
		'janus-subscriber-chromium',
		{ en: 'Janus VideoRoom → Chromium 156 subscribing', 'zh-TW': 'Janus VideoRoom → Chromium 156 訂閱' },
		'janus-videoroom-subscriber-offer.sdp',
		'janus-videoroom-subscriber-chromium-answer.sdp'
	)
];
