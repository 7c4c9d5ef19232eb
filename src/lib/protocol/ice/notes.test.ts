// Every range from the ICE candidate fixtures and every demux result has a note, and every ICE/demux note is used.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALL_NOTES } from '$lib/notes';
import { iceNotes } from '../../notes/ice';
import { parseCandidate } from './candidate';
import { demux } from '../demux';

const lines: string[] = [
	...JSON.parse(readFileSync('test/fixtures/ice/candidates.json', 'utf8')).candidates.map(
		(c: { line: string }) => c.line
	),
	// RFC 8839 §4.2.6 example.
	'a=candidate:1 1 UDP 2130706431 203.0.113.141 8998 typ host',
	'a=candidate:2 1 UDP 1694498815 192.0.2.3 45664 typ srflx raddr 203.0.113.141 rport 8998',
	// No real fixture carries an extension this parser does not know; this line follows the RFC 8839 §5.1
	// cand-extension grammar (extension-att-name SP extension-att-value).
	'candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host x-example 1'
];
// One datagram per first-byte range of RFC 7983 §7 / RFC 9443 (the boundary table in demux.test.ts).
const firstBytes = [[0], [4], [16], [20], [64], [80], [128, 96], [128, 200], [192]];

describe('ICE and demux notes', () => {
	const used = [
		...lines.flatMap((l) => parseCandidate(l).ranges.map((r) => r.noteId)),
		...firstBytes.map((b) => demux(Uint8Array.from(b)).noteId)
	];

	test('every range and demux result has a note', () => {
		expect([...new Set(used)].filter((id) => !(id in ALL_NOTES))).toEqual([]);
	});

	test('every note is used', () => {
		const set = new Set(used);
		expect(Object.keys(iceNotes).filter((id) => !set.has(id))).toEqual([]);
	});

	test('notes are bilingual, specific and cite an RFC', () => {
		for (const [id, n] of Object.entries(iceNotes)) {
			expect(id.startsWith('ice.') || id.startsWith('demux.')).toBe(true);
			expect(n.text['zh-TW']).not.toBe(n.text.en);
			expect(n.text.en.length, id).toBeGreaterThan(30);
			expect(n.ref?.rfc, id).toBeGreaterThan(0);
		}
	});
});
