import { describe, expect, test } from 'vitest';
import { parseSdp } from './parse';
import { redactSdp, redactSdpDetailed } from './redact';
import { fixture, loadFixtures } from './test-fixtures';

describe('redactSdp', () => {
	test('Chrome audio offer: addresses, credentials and fingerprint replaced, the rest identical', () => {
		const text = fixture('pub-aiortc-test-chrome-audio-offer.sdp');
		const out = redactSdp(text);
		expect(out).not.toContain('192.168.99.58');
		expect(out).not.toContain('uK8IlylxzDMUhrkVzdmj0M+v');
		expect(out).not.toContain('6B:8B:5D:EA');
		expect(out).toContain('a=ice-ufrag:ufrag0001\r\n');
		expect(out).toContain('a=ice-pwd:redactedpassword00000001\r\n');
		expect(out).toContain('c=IN IP4 192.0.2.1\r\n');
		expect(out).toContain('a=rtcp:9 IN IP4 0.0.0.0\r\n');
		expect(out).toContain('o=- 863426017819471768 2 IN IP4 127.0.0.1\r\n');
		// Same address → same placeholder, so the candidate on 192.168.99.58 matches c=.
		expect(out).toMatch(/a=candidate:\S+ 1 udp \d+ 192\.0\.2\.1 45076 typ host/);
		// Everything that is not a secret is unchanged, line by line.
		const a = parseSdp(text).lines;
		const b = parseSdp(out).lines;
		expect(b.length).toBe(a.length);
		a.forEach((l, i) => {
			if (
				!['c', 'o'].includes(l.type) &&
				!['candidate', 'ice-ufrag', 'ice-pwd', 'fingerprint', 'crypto', 'rtcp'].includes(l.attribute ?? '')
			)
				expect(b[i].text).toBe(l.text);
		});
	});

	test('SDES keys, IPv6, mDNS, raddr', () => {
		const jssip = redactSdpDetailed(fixture('pub-sdp-transform-jssip-chrome-sdes-offer.sdp'));
		expect(jssip.text).toContain(
			'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC\r\n'
		);
		expect(jssip.text).not.toContain('193.84.77.194');
		const mdns = redactSdp(fixture('pub-millicast-flutter-sdk-libwebrtc-mdns-offer.sdp'));
		expect(mdns).not.toContain('2cf0b2c0-0842-4fe3-aaa0-4556a2dfbadc.local');
		expect(mdns).toContain('00000000-0000-4000-8000-000000000001.local');
		expect(mdns).toContain('raddr 0.0.0.0 rport 0');
		const ff = redactSdp(fixture('pub-aiortc-test-firefox58-audio-offer.sdp'));
		expect(ff).toMatch(/2001:db8::\d/);
		expect(ff).not.toContain('2a02:a03f');
	});

	test('every fixture redacts to an SDP with the same structure', () => {
		for (const { text } of loadFixtures()) {
			const a = parseSdp(text);
			const b = parseSdp(redactSdp(text));
			expect(b.lines.length).toBe(a.lines.length);
			expect(b.media.map((m) => [m.mid, m.codecs.length, m.ice.candidates.length])).toEqual(
				a.media.map((m) => [m.mid, m.codecs.length, m.ice.candidates.length])
			);
			// Placeholders are numbered in order of appearance, so redacting twice changes nothing more.
			expect(redactSdp(redactSdp(text))).toBe(redactSdp(text));
		}
	});
});
