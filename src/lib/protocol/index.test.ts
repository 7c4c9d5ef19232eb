// The library's public face, used as a program in node would use it: everything comes from './index'.
import { describe, expect, test } from 'vitest';
import {
	attribute,
	buildBindingRequest,
	bytes,
	compactNtp,
	decodeRtcp,
	decodeStun,
	demux,
	DecodeError,
	encodeStun,
	getAttribute,
	hex,
	rtcp,
	roundTripTime,
	shortTermKey,
	stun,
	toHex,
	turn,
	unixMsToNtp,
	verifyStun
} from './index';
import { RFC5769 } from '../../../test/fixtures/stun/rfc5769';

describe('the public API from node', () => {
	test('decode and verify RFC 5769 §2.1 sample request', () => {
		const { sampleRequest } = RFC5769;
		const message = hex(sampleRequest.hex);
		const { value, spans } = decodeStun(message);
		expect(value).toMatchObject({ method: 0x001, class: 'request' });
		expect(value.attributes.map((a) => a.name)).toEqual([
			'SOFTWARE',
			'PRIORITY',
			'ICE-CONTROLLED',
			'USERNAME',
			'MESSAGE-INTEGRITY',
			'FINGERPRINT'
		]);
		expect(getAttribute(value, 'USERNAME')).toBe('evtj:h6vY');
		expect(spans[0].display).toBe('Binding Request');
		const check = verifyStun(message, { password: sampleRequest.password });
		expect(check).toMatchObject({ ok: true, messageIntegrity: { ok: true }, fingerprint: { ok: true } });
		expect(verifyStun(message, { password: 'wrong' }).failed).toEqual(['MESSAGE-INTEGRITY']);
	});

	test('build a Binding request with MESSAGE-INTEGRITY and FINGERPRINT: RFC 5769 §2.1 byte for byte', () => {
		const { sampleRequest } = RFC5769;
		const request = buildBindingRequest({
			transactionId: hex('b7e7a701 bc34d686 fa87dfae'),
			attributes: [
				attribute('SOFTWARE', 'STUN test client'),
				attribute('PRIORITY', 0x6e0001ff),
				attribute('ICE-CONTROLLED', 0x932ff9b151263b36n),
				// The RFC pads USERNAME with spaces; padding may be any bytes (RFC 8489 §14).
				{ ...attribute('USERNAME', 'evtj:h6vY'), padding: hex('202020') }
			]
		});
		const wire = encodeStun(request, {
			integrity: { key: shortTermKey(sampleRequest.password) },
			fingerprint: true
		});
		expect(toHex(wire)).toBe(toHex(hex(sampleRequest.hex)));
		expect(verifyStun(wire, { password: sampleRequest.password }).ok).toBe(true);
	});

	test('decode a real RTCP receiver report and compute the round-trip time', () => {
		// rtp-rtcp.pcap frame 15 (GStreamer rtpbin on loopback), its RR without the SDES that followed.
		const rr = hex(`
			81 c9 00 07   # RR, one report block, length 7
			1a 0b 2f 0b   # SSRC of the receiver
			f2 65 81 a6   # report block: SSRC of the sender
			00 ff ff ff   # fraction lost 0, cumulative lost −1 (a duplicate)
			00 00 39 d3   # extended highest sequence number 14803
			00 00 00 24   # jitter 36
			da ee 35 bd   # LSR: middle 32 bits of the SR's NTP time
			00 04 31 99   # DLSR: 274841 / 65536 s ≈ 4.194 s
		`);
		expect(demux.demux(rr).kind).toBe('rtcp');
		const [report] = decodeRtcp(rr).value;
		expect(report.kind).toBe('RR');
		if (report.kind !== 'RR') return;
		const block = report.reports[0];
		expect(block).toMatchObject({ fractionLost: 0, cumulativeLost: -1, extendedHighestSequence: 14803 });
		// The RR arrived at 1795578994.404259 s (Unix time, the capture's timestamp).
		const arrival = compactNtp(unixMsToNtp(1795578994404.259));
		const rtt = roundTripTime(arrival, block.lastSr, block.delaySinceLastSr);
		// On loopback: well under a millisecond, to compact NTP's 1/65536 s resolution.
		expect(rtt?.ms).toBeGreaterThan(0);
		expect(rtt?.ms).toBeLessThan(1);
		expect(rtcp.explainReportBlock(block, { clockRate: 48000 }).jitterMs).toBe(0.75);
	});

	test('every area is a namespace; bytes gathers input and capture helpers', () => {
		expect(typeof stun.decodeStun).toBe('function');
		expect(typeof turn.decodeChannelData).toBe('function');
		expect(stun.decodeStun).toBe(decodeStun);
		expect(() => decodeStun(hex('0001'))).toThrow(DecodeError);
		expect(bytes.parseInput('00 01 00 00 21 12 a4 42').format).toBe('spaced-hex');
		expect(bytes.toHex(bytes.hex('de ad # comment'))).toBe('dead');
	});
});
