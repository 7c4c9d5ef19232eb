// Parse + explain + lint of the public fixture corpus against sdp-transform's parse, and a ~1 MB SDP.
// BENCH_QUICK=1 shortens every case to { time: 50, iterations: 5 }.
import { createRequire } from 'node:module';
import { bench, describe } from 'vitest';
import { explainSdp } from './explain';
import { lintSdp } from './lint';
import { parseSdp } from './parse';
import { loadFixtures } from './test-fixtures';

const sdpTransform = createRequire(import.meta.url)('sdp-transform') as { parse(sdp: string): unknown };
const options = process.env.BENCH_QUICK ? { time: 50, iterations: 5 } : { time: 1000 };

const corpus = loadFixtures().map((f) => f.text);
const corpusKb = corpus.reduce((n, t) => n + t.length, 0) / 1024;
const big = (loadFixtures().find((f) => f.file.includes('millicast'))?.text ?? '').repeat(95);

function full(text: string): void {
	const doc = parseSdp(text);
	explainSdp(doc);
	lintSdp(doc);
}

describe(`fixture corpus (${corpus.length} SDPs, ${corpusKb.toFixed(1)} KB)`, () => {
	bench('parseSdp + explainSdp + lintSdp', () => corpus.forEach(full), options);
	bench('parseSdp only', () => corpus.forEach((t) => parseSdp(t)), options);
	bench('sdp-transform parse', () => corpus.forEach((t) => sdpTransform.parse(t)), options);
});

describe(`~1 MB SDP (${(big.length / 1024).toFixed(0)} KB)`, () => {
	bench('parseSdp + explainSdp + lintSdp', () => full(big), options);
	bench(
		'parseSdp only',
		() => {
			parseSdp(big);
		},
		options
	);
	bench(
		'sdp-transform parse',
		() => {
			sdpTransform.parse(big);
		},
		options
	);
});
