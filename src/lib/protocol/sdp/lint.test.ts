import { describe, expect, test } from 'vitest';
import { LINT_RULES, lintSdp, type LintOptions } from './lint';
import { parseSdp } from './parse';
import { loadFixtures } from './test-fixtures';

const FP = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').toUpperCase()).join(
	':'
);

// A clean Unified Plan offer (audio + video with rtx + data channel), the base every case changes one thing in.
const BASE = [
	'v=0',
	'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
	's=-',
	't=0 0',
	'a=group:BUNDLE 0 1 2',
	'a=msid-semantic: WMS stream',
	'm=audio 9 UDP/TLS/RTP/SAVPF 111',
	'c=IN IP4 0.0.0.0',
	'a=rtcp:9 IN IP4 0.0.0.0',
	'a=ice-ufrag:Xk2p',
	'a=ice-pwd:aB3dE6fG9hJ2kL5mN8pQ1rS4',
	`a=fingerprint:sha-256 ${FP}`,
	'a=setup:actpass',
	'a=mid:0',
	'a=sendrecv',
	'a=msid:stream track-a',
	'a=rtcp-mux',
	'a=rtpmap:111 opus/48000/2',
	'a=fmtp:111 minptime=10;useinbandfec=1',
	'a=ssrc:1001 cname:c',
	'm=video 9 UDP/TLS/RTP/SAVPF 96 97',
	'c=IN IP4 0.0.0.0',
	'a=ice-ufrag:Xk2p',
	'a=ice-pwd:aB3dE6fG9hJ2kL5mN8pQ1rS4',
	`a=fingerprint:sha-256 ${FP}`,
	'a=setup:actpass',
	'a=mid:1',
	'a=sendrecv',
	'a=msid:stream track-v',
	'a=rtcp-mux',
	'a=rtpmap:96 VP8/90000',
	'a=rtcp-fb:96 nack',
	'a=rtpmap:97 rtx/90000',
	'a=fmtp:97 apt=96',
	'a=rid:h send',
	'a=rid:l send',
	'a=simulcast:send h;l',
	'a=ssrc-group:FID 2001 2002',
	'a=ssrc:2001 cname:c',
	'a=ssrc:2002 cname:c',
	'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
	'c=IN IP4 0.0.0.0',
	'a=ice-ufrag:Xk2p',
	'a=ice-pwd:aB3dE6fG9hJ2kL5mN8pQ1rS4',
	`a=fingerprint:sha-256 ${FP}`,
	'a=setup:actpass',
	'a=mid:2',
	'a=sctp-port:5000',
	'a=max-message-size:262144',
	''
].join('\r\n');

function rules(text: string, options: LintOptions = { role: 'offer' }): string[] {
	return [...new Set(lintSdp(parseSdp(text), options).map((f) => f.rule))];
}

const swap = (from: string, to: string) => {
	if (!BASE.includes(from)) throw new Error(`base has no ${from}`);
	return BASE.replace(from, to);
};

describe('lintSdp', () => {
	test('the base offer is clean (port 9 and c=IN IP4 0.0.0.0 are not findings)', () => {
		expect(rules(BASE)).toEqual([]);
	});

	// Each rule: the failing case; the passing case is BASE above unless `pass` is given.
	const cases: { rule: string; fail: string; pass?: string; options?: LintOptions }[] = [
		{ rule: 'syntax', fail: swap('s=-', 's =-') },
		{ rule: 'missing-line', fail: swap('t=0 0\r\n', '') },
		{
			rule: 'line-order',
			fail: swap('a=mid:1\r\n', '').replace(
				'm=video 9 UDP/TLS/RTP/SAVPF 96 97\r\nc=IN IP4 0.0.0.0',
				'm=video 9 UDP/TLS/RTP/SAVPF 96 97\r\na=mid:1\r\nc=IN IP4 0.0.0.0'
			)
		},
		{ rule: 'rtpmap-missing', fail: swap('a=rtpmap:96 VP8/90000\r\n', '') },
		{ rule: 'duplicate-pt', fail: swap('SAVPF 96 97', 'SAVPF 96 97 96') },
		{ rule: 'fmtp-undeclared-pt', fail: swap('a=fmtp:111 minptime', 'a=fmtp:112 minptime') },
		{ rule: 'rtcp-fb-undeclared-pt', fail: swap('a=rtcp-fb:96 nack', 'a=rtcp-fb:98 nack') },
		{ rule: 'apt-dangling', fail: swap('a=fmtp:97 apt=96', 'a=fmtp:97 apt=100') },
		{ rule: 'bundle-missing-mid', fail: swap('a=mid:2\r\n', '') },
		{ rule: 'bundle-unknown-mid', fail: swap('a=group:BUNDLE 0 1 2', 'a=group:BUNDLE 0 1 2 3') },
		{ rule: 'bundle-missing-rtcp-mux', fail: swap('a=rtcp-mux\r\na=rtpmap:111', 'a=rtpmap:111') },
		{
			rule: 'ice-ufrag-invalid',
			fail: swap(
				'a=ice-ufrag:Xk2p\r\na=ice-pwd:aB3dE6fG9hJ2kL5mN8pQ1rS4\r\na=fingerprint',
				'a=ice-ufrag:X-2\r\na=ice-pwd:aB3dE6fG9hJ2kL5mN8pQ1rS4\r\na=fingerprint'
			)
		},
		{ rule: 'ice-pwd-invalid', fail: swap('a=ice-pwd:aB3dE6fG9hJ2kL5mN8pQ1rS4', 'a=ice-pwd:tooshort') },
		{ rule: 'fingerprint-length', fail: swap(`a=fingerprint:sha-256 ${FP}`, `a=fingerprint:sha-1 ${FP}`) },
		{
			rule: 'fingerprint-hash-unknown',
			fail: swap(`a=fingerprint:sha-256 ${FP}`, `a=fingerprint:sha-3 ${FP}`)
		},
		{ rule: 'setup-invalid', fail: swap('a=setup:actpass', 'a=setup:client') },
		{ rule: 'setup-role', fail: swap('a=setup:actpass', 'a=setup:active') },
		{
			rule: 'setup-role',
			fail: BASE,
			pass: BASE.replaceAll('a=setup:actpass', 'a=setup:active'),
			options: { role: 'answer' }
		},
		{ rule: 'ssrc-group-unknown-ssrc', fail: swap('a=ssrc:2002 cname:c\r\n', '') },
		{ rule: 'simulcast-undeclared-rid', fail: swap('a=rid:l send\r\n', '') },
		{ rule: 'application-missing-sctp-port', fail: swap('a=sctp-port:5000\r\n', '') },
		{
			rule: 'legacy-datachannel',
			fail: swap('m=application 9 UDP/DTLS/SCTP webrtc-datachannel', 'm=application 9 DTLS/SCTP 5000')
		},
		{
			rule: 'plan-b',
			fail: swap(
				'a=ssrc:1001 cname:c',
				'a=ssrc:1001 cname:c\r\na=ssrc:1001 msid:stream track-a\r\na=ssrc:1002 cname:c\r\na=ssrc:1002 msid:stream track-b'
			)
		}
	];

	test('every rule has a case', () => {
		expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(Object.keys(LINT_RULES)));
	});

	test.each(cases.map((c) => ({ args: c.rule, ...c })))(
		'$args: fails and passes',
		({ rule, fail, pass, options }) => {
			const opts = options ?? { role: 'offer' };
			const found = lintSdp(parseSdp(fail), opts).filter((f) => f.rule === rule);
			expect(found.length).toBeGreaterThan(0);
			for (const f of found) {
				expect(f.severity).toBe(LINT_RULES[f.rule as keyof typeof LINT_RULES]);
				expect(f.line).toBeGreaterThan(0);
				expect(f.message['zh-TW']).not.toBe(f.message.en);
			}
			expect(rules(pass ?? BASE, opts)).not.toContain(rule);
		}
	);

	test('real fixtures: the redacted Chime credentials and Janus line order are caught', () => {
		const byFile = new Map(loadFixtures().map((f) => [f.file, lintSdp(parseSdp(f.text), { role: f.kind })]));
		const chime = byFile.get('pub-chime-sdk-test-chrome-planb-av-offer.sdp') ?? [];
		expect(chime.map((f) => [f.rule, f.line])).toEqual(
			expect.arrayContaining([
				['ice-ufrag-invalid', 12],
				['ice-pwd-invalid', 13],
				['fingerprint-length', 15]
			])
		);
		expect(
			byFile
				.get('pub-pion-webrtc-test-janus-videoroom-rejected-video-answer.sdp')
				?.map((f) => [f.rule, f.line])
		).toEqual([['line-order', 9]]);
		expect(byFile.get('pub-aiortc-test-chrome-audio-offer.sdp')).toEqual([]);
		expect(byFile.get('pub-millicast-flutter-sdk-libwebrtc-mdns-offer.sdp')).toEqual([]);
	});
});
