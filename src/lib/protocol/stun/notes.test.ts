// Every span decoded from the STUN/TURN fixtures has a note, and every STUN/TURN note is used by some span.
import { describe, expect, it } from 'vitest';
import { ALL_NOTES } from '$lib/notes';
import { stunNotes } from '$lib/notes/stun';
import { turnNotes } from '$lib/notes/turn';
import type { FieldSpan } from '../bytes/span';
import { hex } from '../bytes/hex';
import { decodeStun } from '.';
import { decodeChannelData } from '../turn';
import { RFC5769 } from '../../../../test/fixtures/stun/rfc5769';
import {
	STUN_ATTRIBUTE_CASES,
	TURN_ATTRIBUTE_CASES,
	TRANSACTION_ID
} from '../../../../test/fixtures/stun/attributes';
import { turnMessages, channelDataCases } from '../../../../test/fixtures/stun/turn-messages';
import { chromeCoturnAllocate, pionChannelData } from '../../../../test/fixtures/stun/captures';
import { wrapInMessage } from '../../../../test/fixtures/stun/helpers';

function allSpans(): FieldSpan[] {
	const messages = [
		...Object.values(RFC5769).map((v) => hex(v.hex)),
		...[...STUN_ATTRIBUTE_CASES, ...TURN_ATTRIBUTE_CASES].map((c) => wrapInMessage(c.hex, TRANSACTION_ID)),
		...Object.values(turnMessages).map((h) => hex(h)),
		...Object.values(chromeCoturnAllocate).map((h) => hex(h))
	];
	const spans = messages.flatMap((m) => decodeStun(m).spans);
	const frames = [
		...channelDataCases.map((c) => hex(c.hex)),
		...Object.values(pionChannelData).map((h) => hex(h))
	];
	spans.push(...frames.flatMap((f) => decodeChannelData(f).spans));
	const out: FieldSpan[] = [];
	const walk = (list: FieldSpan[]) => {
		for (const s of list) {
			out.push(s);
			if (s.children) walk(s.children);
		}
	};
	walk(spans);
	return out;
}

describe('STUN/TURN notes', () => {
	const spans = allSpans();
	const used = new Set(spans.map((s) => s.noteId));

	it('every span has a note', () => {
		const missing = [...used].filter((id) => !(id in ALL_NOTES));
		expect(missing).toEqual([]);
	});

	it('every STUN/TURN note is used by a span', () => {
		const unused = [...Object.keys(stunNotes), ...Object.keys(turnNotes)].filter((id) => !used.has(id));
		expect(unused).toEqual([]);
	});

	it('notes are prefixed by area, bilingual, distinct per locale, and cite an RFC', () => {
		for (const [table, prefix] of [
			[stunNotes, 'stun.'],
			[turnNotes, 'turn.']
		] as const) {
			for (const [id, note] of Object.entries(table)) {
				expect(id.startsWith(prefix), id).toBe(true);
				expect(note.title.en && note.title['zh-TW'], id).toBeTruthy();
				expect(note.text.en.length, id).toBeGreaterThan(20);
				expect(note.text['zh-TW'], id).not.toBe(note.text.en);
				expect(note.ref?.rfc, id).toBeGreaterThan(0);
			}
		}
	});
});
