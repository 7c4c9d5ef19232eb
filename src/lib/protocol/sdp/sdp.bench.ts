// Parse + explain + lint of the fixture corpus (public and captured SDPs) against sdp-transform's parse, and a
// ~1 MB SDP. scripts/bench.js turns the means into time per KB (it reads the size from each group's name).
// Then one typical browser SDP at a time (the captured Chromium and Firefox offers), end to end: what the SDP lab
// spends on a paste; scripts/bench.js prints these as time per SDP.
// BENCH_QUICK=1 shortens every case to { time: 50, iterations: 5 } (the 1 MB case to one run).
import { createRequire } from 'node:module';
import { bench, describe } from 'vitest';
import { explainSdp } from './explain';
import { lintSdp } from './lint';
import { parseSdp } from './parse';
import { captured, loadCaptured, loadFixtures } from './test-fixtures';

const sdpTransform = createRequire(import.meta.url)('sdp-transform') as { parse(sdp: string): unknown };
const options = process.env.BENCH_QUICK ? { time: 50, iterations: 5 } : { time: 1000 };
// The 1 MB case takes about a second per run; quick mode runs it once, without warm-up.
const bigOptions = process.env.BENCH_QUICK
	? { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 }
	: { time: 5000, iterations: 5 };

const corpus = [...loadFixtures(), ...loadCaptured()].map((f) => f.text);
const corpusKb = corpus.reduce((n, t) => n + t.length, 0) / 1024;
const big = (loadFixtures().find((f) => f.file.includes('millicast'))?.text ?? '').repeat(95);

function full(text: string): void {
	const doc = parseSdp(text);
	explainSdp(doc);
	lintSdp(doc);
}

describe(`SDP fixture corpus (${corpus.length} SDPs, ${corpusKb.toFixed(1)} KB)`, () => {
	bench('parseSdp + explainSdp + lintSdp', () => corpus.forEach(full), options);
	bench('parseSdp only', () => corpus.forEach((t) => parseSdp(t)), options);
	bench('sdp-transform parse', () => corpus.forEach((t) => sdpTransform.parse(t)), options);
});

describe(`SDP ~1 MB (${(big.length / 1024).toFixed(1)} KB)`, () => {
	bench('parseSdp + explainSdp + lintSdp', () => full(big), bigOptions);
	bench(
		'parseSdp only',
		() => {
			parseSdp(big);
		},
		bigOptions
	);
	bench(
		'sdp-transform parse',
		() => {
			sdpTransform.parse(big);
		},
		bigOptions
	);
});

// Group names `typical browser SDP: <name> (<size> KB)`; scripts/bench.js reads them.
for (const [name, file] of [
	['Chromium offer', 'chromium-offer.sdp'],
	['Firefox offer', 'firefox-offer.sdp']
] as const) {
	const text = captured(file);
	describe(`typical browser SDP: ${name} (${(text.length / 1024).toFixed(1)} KB)`, () => {
		bench('parseSdp + explainSdp + lintSdp', () => full(text), options);
		bench(
			'parseSdp only',
			() => {
				parseSdp(text);
			},
			options
		);
		bench(
			'sdp-transform parse',
			() => {
				sdpTransform.parse(text);
			},
			options
		);
	});
}
