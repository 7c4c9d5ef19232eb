import { describe, expect, test } from 'vitest';
import { compareOfferAnswer, lintSdp, parseSdp } from '$lib/protocol/sdp';
import { SDP_PAIR_SAMPLES, SDP_SAMPLES, findSample, sampleText, sourceUrl } from './sdp';

describe('SDP samples', () => {
	test.each(SDP_SAMPLES.map((s) => [s.file, s] as const))(
		'%s exists and is titled in both locales',
		(_, s) => {
			expect(sampleText(s)).toMatch(/^v=0\r?\n/);
			expect(s.title['zh-TW']).not.toBe(s.title.en);
			expect(findSample(s.file)).toBe(s);
		}
	);
	test('ids are unique', () => {
		expect(new Set(SDP_SAMPLES.map((s) => s.file)).size).toBe(SDP_SAMPLES.length);
	});
	test('source links point at the commit and lines', () => {
		expect(sourceUrl(SDP_SAMPLES[1].source)).toBe(
			'https://github.com/aiortc/aiortc/blob/8a2864630bf417d977a06dda8d0254b1c1501bfb/tests/test_sdp.py#L29-L69'
		);
	});
	test.each(SDP_PAIR_SAMPLES.map((p) => [p.id, p] as const))('pair %s negotiates cleanly', (_, p) => {
		expect(p.offer).toBe(sampleText(p.offerSample));
		const r = compareOfferAnswer(p.offer, p.answer);
		expect(r.violations).toEqual([]);
		expect(r.sections[0].codecs.map((c) => c.name)).toEqual(['VP9', 'rtx', 'VP8', 'rtx']);
		expect(r.sections[0].dtlsRole).toEqual({ client: 'answerer', server: 'offerer' });
		expect(lintSdp(parseSdp(p.answer), { role: 'answer' })).toEqual([]);
	});
});
