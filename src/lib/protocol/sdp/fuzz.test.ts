import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { explainSdp } from './explain';
import { lintSdp } from './lint';
import { compareOfferAnswer } from './offer-answer';
import { parseSdp } from './parse';
import { redactSdp } from './redact';
import { loadCaptured, loadFixtures } from './test-fixtures';

/** How many lines the input has: split on CRLF, CR or LF; a final terminator does not start a line. */
function expectedLines(text: string): number {
	if (text === '') return 0;
	const parts = text.split(/\r\n|\r|\n/);
	return parts[parts.length - 1] === '' ? parts.length - 1 : parts.length;
}

function everything(text: string): void {
	const doc = parseSdp(text);
	expect(doc.lines.length).toBe(expectedLines(text));
	for (const l of doc.lines) for (const f of l.fields) expect(text.slice(f.start, f.end)).toBe(f.value);
	explainSdp(doc);
	lintSdp(doc, { role: 'offer' });
	lintSdp(doc, { role: 'answer' });
	redactSdp(text);
	compareOfferAnswer(doc, doc);
}

// Lines of every public and captured SDP (Chromium, Firefox, Janus, GStreamer, aiortc…), then mutated.
const fixtureLines = [...loadFixtures(), ...loadCaptured()].flatMap((f) =>
	f.text.split('\r\n').filter((l) => l !== '')
);

const mutatedSdp = fc
	.tuple(
		fc.array(fc.constantFrom(...fixtureLines), { minLength: 1, maxLength: 40 }),
		fc.array(
			fc.tuple(
				fc.nat(),
				fc.nat(),
				fc.string({ maxLength: 3, unit: 'binary' }),
				fc.constantFrom('delete', 'insert', 'replace')
			),
			{ maxLength: 8 }
		),
		fc.constantFrom('\r\n', '\n', '\r', ' \r\n')
	)
	.map(([lines, edits, eol]) => {
		const out = [...lines];
		for (const [li, at, s, op] of edits) {
			const i = li % out.length;
			const p = at % (out[i].length + 1);
			if (op === 'delete') out[i] = out[i].slice(0, p) + out[i].slice(p + 1);
			else if (op === 'insert') out[i] = out[i].slice(0, p) + s + out[i].slice(p);
			else out[i] = out[i].slice(0, p) + s + out[i].slice(p + s.length);
		}
		return out.join(eol);
	});

describe('never throws', () => {
	test('random text', () => {
		fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'binary' }), everything), { numRuns: 400 });
	});
	test('random lines of the form <letter>=<tokens>', () => {
		const line = fc.tuple(
			fc.constantFrom('v', 'o', 's', 'c', 'b', 't', 'm', 'a', 'k', 'r', 'z', 'x'),
			fc.array(
				fc.constantFrom(
					'IN',
					'IP4',
					'9',
					'0',
					'rtpmap:96',
					'candidate:1',
					'fmtp:',
					'group:BUNDLE',
					'a',
					'/',
					':',
					';',
					'=',
					' ',
					'-1',
					'4294967296',
					'sha-256',
					'typ',
					'host',
					'::1',
					'96/2'
				),
				{ maxLength: 8 }
			)
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), (ls) =>
				everything(ls.map(([t, w]) => `${t}=${w.join(' ')}`).join('\r\n'))
			),
			{ numRuns: 400 }
		);
	});
	test('mutated fixture lines', () => {
		fc.assert(fc.property(mutatedSdp, everything), { numRuns: 400 });
	});
	test('non-string input', () => {
		expect(parseSdp(undefined as unknown as string).lines).toEqual([]);
	});
});

// How the time grows with size (the 1 MB case beside the corpus, per KB) is measured by `npm run bench`
// (src/lib/protocol/sdp/sdp.bench.ts), never asserted here.
