// Decode throughput for an RTP packet with header extensions, a compound RTCP (SR + SDES) and a transport-cc
// feedback. No RTP/RTCP library is installed in node_modules (`ls node_modules | grep -iE 'rtp|rtcp'` is empty),
// so this measures ours alone. BENCH_QUICK=1 keeps each bench short (CI runs it so the benchmarks never rot).
import { bench, describe } from 'vitest';
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
});

describe('RTCP (SR + SDES compound, transport-cc)', () => {
	bench(`decodeRtcp compound SR + SDES (${srSdes.length} bytes)`, () => void decodeRtcp(srSdes), options);
	bench(`decodeRtcp transport-cc feedback (${twcc.length} bytes)`, () => void decodeRtcp(twcc), options);
	bench('encodeRtcp compound SR + SDES', () => void encodeRtcp(decodedSrSdes), options);
});
