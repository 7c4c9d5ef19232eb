import { expect, test } from 'vitest';
import { ALL_NOTES } from '$lib/notes';
import { explainSdp, parseSdp } from '$lib/protocol/sdp';
import { SDP_SAMPLES, sampleText } from '$lib/samples/sdp';
import { SDP_NOTES } from './notes';

test('every note id the explainer gives for the samples is in SDP_NOTES, identical to ALL_NOTES', () => {
	const ids = new Set<string>();
	for (const s of SDP_SAMPLES) {
		const doc = parseSdp(sampleText(s));
		for (const e of explainSdp(doc)) for (const id of e.noteIds) ids.add(id);
		for (const line of doc.lines) for (const f of line.fields) if (f.noteId) ids.add(f.noteId);
	}
	expect(ids.size).toBeGreaterThan(100);
	for (const id of ids) {
		expect(SDP_NOTES[id], id).toBeDefined();
		expect(SDP_NOTES[id]).toBe(ALL_NOTES[id]);
	}
});
