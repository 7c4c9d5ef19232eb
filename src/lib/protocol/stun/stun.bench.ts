// Decode throughput on the RFC 5769 vectors, ours beside the npm `stun` package (nodertc/stun 2.1.0, a dev
// dependency for this comparison only). BENCH_QUICK=1 keeps each bench short (CI runs it so it never rots).
import { bench, describe } from 'vitest';
import stun from 'stun';
import { hex } from '../bytes/hex';
import { RFC5769 } from '../../../../test/fixtures/stun/rfc5769';
import { decodeStun, encodeStun, shortTermKey, verifyStun } from '.';

const options = process.env.BENCH_QUICK ? { time: 50, iterations: 10 } : {};
const vectors = Object.entries(RFC5769).map(([name, v]) => [name, hex(v.hex)] as const);
const request = hex(RFC5769.sampleRequest.hex);
const decodedRequest = decodeStun(request).value;
const key = shortTermKey(RFC5769.sampleRequest.password);

describe('STUN decode (RFC 5769 vectors)', () => {
	for (const [name, bytes] of vectors) {
		bench(`decodeStun ${name} (${bytes.length} bytes)`, () => void decodeStun(bytes), options);
		const buffer = Buffer.from(bytes);
		bench(`npm stun decode ${name} (${bytes.length} bytes)`, () => void stun.decode(buffer), options);
	}
});

describe('STUN encode and verify', () => {
	bench(
		'encodeStun sample request, recomputing MESSAGE-INTEGRITY and FINGERPRINT',
		() => {
			encodeStun(decodedRequest, { integrity: { key }, fingerprint: true });
		},
		options
	);
	bench(
		'verifyStun sample request (short-term)',
		() => {
			verifyStun(request, { password: RFC5769.sampleRequest.password });
		},
		options
	);
});
