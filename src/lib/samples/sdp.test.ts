import { describe, expect, test } from 'vitest';
import { compareOfferAnswer, lintSdp, parseSdp } from '$lib/protocol/sdp';
import { SDP_PAIR_SAMPLES, SDP_SAMPLES, SDP_SAMPLE_GROUPS, findSample, sampleText, sourceUrl } from './sdp';

describe('SDP samples', () => {
	test.each(SDP_SAMPLES.map((s) => [s.file, s] as const))(
		'%s exists and is titled in both locales',
		(_, s) => {
			expect(sampleText(s)).toMatch(/^v=0\r?\n/);
			expect(s.title['zh-TW']).not.toBe(s.title.en);
			expect(findSample(s.file)).toBe(s);
		}
	);
	test.each(SDP_SAMPLES.map((s) => [s.file, s] as const))(
		'%s says where it came from: a public source or a capture made here, not both',
		(_, s) => {
			expect(Boolean(s.source) !== Boolean(s.capture)).toBe(true);
			expect(s.file.startsWith(s.capture ? 'captured/' : 'public/')).toBe(true);
			if (s.capture) expect(s.capture.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	);
	test('the picker groups hold every sample once, captured ones first', () => {
		expect([...SDP_SAMPLE_GROUPS.captured, ...SDP_SAMPLE_GROUPS.public]).toEqual(SDP_SAMPLES);
		expect(SDP_SAMPLE_GROUPS.captured.map((s) => s.file)).toEqual(
			expect.arrayContaining(['captured/firefox-offer.sdp', 'captured/janus-echotest-answer.sdp'])
		);
	});
	test('ids are unique', () => {
		expect(new Set(SDP_SAMPLES.map((s) => s.file)).size).toBe(SDP_SAMPLES.length);
	});
	test('source links point at the commit and lines', () => {
		expect(sourceUrl(findSample('public/pub-aiortc-test-chrome-audio-offer.sdp')!.source!)).toBe(
			'https://github.com/aiortc/aiortc/blob/8a2864630bf417d977a06dda8d0254b1c1501bfb/tests/test_sdp.py#L29-L69'
		);
	});
	test('the hand-written pair negotiates cleanly', () => {
		const p = SDP_PAIR_SAMPLES[0];
		expect(p.answerSample).toBeUndefined();
		expect(p.offer).toBe(sampleText(p.offerSample));
		const r = compareOfferAnswer(p.offer, p.answer);
		expect(r.violations).toEqual([]);
		expect(r.sections[0].codecs.map((c) => c.name)).toEqual(['VP9', 'rtx', 'VP8', 'rtx']);
		expect(r.sections[0].dtlsRole).toEqual({ client: 'answerer', server: 'offerer' });
		expect(lintSdp(parseSdp(p.answer), { role: 'answer' })).toEqual([]);
	});
	test.each(SDP_PAIR_SAMPLES.slice(1).map((p) => [p.id, p] as const))(
		'captured pair %s: both texts are captures, and they negotiate without violations',
		(_, p) => {
			expect(p.offerSample.capture && p.answerSample?.capture).toBeTruthy();
			expect([p.offerSample.kind, p.answerSample?.kind]).toEqual(['offer', 'answer']);
			expect([p.offer, p.answer]).toEqual([sampleText(p.offerSample), sampleText(p.answerSample!)]);
			expect(p.title['zh-TW']).not.toBe(p.title.en);
			const r = compareOfferAnswer(p.offer, p.answer);
			expect(r.violations).toEqual([]);
			expect(r.sections.every((s) => s.accepted && s.codecs.length + (s.dataChannel ? 1 : 0) > 0)).toBe(true);
		}
	);
	test('pair ids are unique', () => {
		expect(new Set(SDP_PAIR_SAMPLES.map((p) => p.id)).size).toBe(SDP_PAIR_SAMPLES.length);
	});
});
