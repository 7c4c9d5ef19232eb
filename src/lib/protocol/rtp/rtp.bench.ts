// Decode throughput for an RTP packet with header extensions, a compound RTCP (SR + SDES) and a transport-cc
// feedback, ours beside rtp.js 0.15.5 (versatica; a dev dependency for this comparison only) parsing the same
// bytes. BENCH_QUICK=1 keeps each bench short (CI runs it so the benchmarks never rot).
import { bench, describe } from 'vitest';
import { CompoundPacket, RtpPacket } from 'rtp.js/packets';
import { fixture } from '../../../../test/fixtures/rtp/load';
import { decodeRtcp, encodeRtcp } from '../rtcp';
import { decodeRtp, encodeRtp } from '.';

const options = process.env.BENCH_QUICK ? { time: 50, iterations: 10 } : {};
const rtp = fixture('chrome-one-byte.hex');
const rtpTwoByte = fixture('chrome-two-byte.hex');
const srSdes = fixture('pion-sr-sdes.hex').bytes;
const twcc = fixture('pion-twcc-example6.hex').bytes;
const decodedRtp = decodeRtp(rtp.bytes, { extmap: rtp.extmap }).value;
const decodedSrSdes = decodeRtcp(srSdes).value;

describe('RTP (Chrome headers with extensions)', () => {
	bench(
		`decodeRtp one-byte extensions, named by extmap (${rtp.bytes.length} bytes)`,
		() => void decodeRtp(rtp.bytes, { extmap: rtp.extmap }),
		options
	);
	bench(
		`decodeRtp two-byte extensions, named by extmap (${rtpTwoByte.bytes.length} bytes)`,
		() => void decodeRtp(rtpTwoByte.bytes, { extmap: rtpTwoByte.extmap }),
		options
	);
	bench('encodeRtp one-byte extensions', () => void encodeRtp(decodedRtp), options);
	const rtpView = new DataView(rtp.bytes.buffer, rtp.bytes.byteOffset, rtp.bytes.byteLength);
	bench(
		`rtp.js RtpPacket one-byte extensions (${rtp.bytes.length} bytes)`,
		() => void new RtpPacket(rtpView),
		options
	);
});

describe('RTCP (SR + SDES compound, transport-cc)', () => {
	bench(`decodeRtcp compound SR + SDES (${srSdes.length} bytes)`, () => void decodeRtcp(srSdes), options);
	bench(`decodeRtcp transport-cc feedback (${twcc.length} bytes)`, () => void decodeRtcp(twcc), options);
	const srView = new DataView(srSdes.buffer, srSdes.byteOffset, srSdes.byteLength);
	bench(
		`rtp.js CompoundPacket SR + SDES (${srSdes.length} bytes)`,
		() => void new CompoundPacket(srView),
		options
	);
	const twccView = new DataView(twcc.buffer, twcc.byteOffset, twcc.byteLength);
	bench(
		`rtp.js CompoundPacket transport-cc (${twcc.length} bytes)`,
		() => void new CompoundPacket(twccView),
		options
	);
	bench('encodeRtcp compound SR + SDES', () => void encodeRtcp(decodedSrSdes), options);
});
