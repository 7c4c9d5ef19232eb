// Every span from every RTP/RTCP fixture has a note, and every note in the rtp/rtcp tables explains some span.
import { describe, expect, it } from 'vitest';
import { ALL_NOTES } from '$lib/notes';
import { rtpNotes } from '$lib/notes/rtp';
import { rtcpNotes } from '$lib/notes/rtcp';
import type { FieldSpan } from '../bytes/span';
import { decodeRtcp } from '../rtcp/index';
import { rtcpFixtures, rtpFixtures } from '../../../../test/fixtures/rtp/load';
import { decodeRtp } from './index';

function noteIds(spans: FieldSpan[], into = new Set<string>()): Set<string> {
	for (const s of spans) {
		into.add(s.noteId);
		if (s.children) noteIds(s.children, into);
	}
	return into;
}

const used = new Set<string>();
for (const f of rtpFixtures) noteIds(decodeRtp(f.bytes, { extmap: f.extmap }).spans, used);
for (const f of rtcpFixtures) noteIds(decodeRtcp(f.bytes).spans, used);

describe('RTP/RTCP notes', () => {
	it('every span of every fixture has a note', () => {
		expect([...used].filter((id) => !(id in ALL_NOTES))).toEqual([]);
	});
	it('every note is used by a span of some fixture', () => {
		expect([...Object.keys(rtpNotes), ...Object.keys(rtcpNotes)].filter((id) => !used.has(id))).toEqual([]);
	});
	it('keys carry their area prefix; English and Traditional Chinese texts differ', () => {
		for (const id of Object.keys(rtpNotes)) expect(id.startsWith('rtp.')).toBe(true);
		for (const id of Object.keys(rtcpNotes)) expect(id.startsWith('rtcp.')).toBe(true);
		for (const n of [...Object.values(rtpNotes), ...Object.values(rtcpNotes)]) {
			expect(n.text['zh-TW']).not.toBe(n.text.en);
			expect(n.ref?.rfc).toBeGreaterThan(0);
		}
	});
});
