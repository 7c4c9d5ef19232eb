// Every note, keyed by FieldSpan.noteId. Each protocol area keeps its own table; this joins them and refuses
// a key defined twice (one truth per fact).
import type { NoteTable } from './types';
import { stunNotes } from './stun';
import { turnNotes } from './turn';
import { iceNotes } from './ice';
import { rtpNotes } from './rtp';
import { rtcpNotes } from './rtcp';
import { dtlsNotes } from './dtls';
import { frameNotes } from './frame';
import { sdpNotes } from './sdp';

export * from './types';

const tables: Record<string, NoteTable> = {
	stunNotes,
	turnNotes,
	iceNotes,
	rtpNotes,
	rtcpNotes,
	dtlsNotes,
	frameNotes,
	sdpNotes
};

function join(all: Record<string, NoteTable>): NoteTable {
	const out: NoteTable = {};
	for (const [table, notes] of Object.entries(all)) {
		for (const [id, note] of Object.entries(notes)) {
			if (id in out) throw new Error(`note "${id}" is defined twice (again in ${table})`);
			out[id] = note;
		}
	}
	return out;
}

export const ALL_NOTES: NoteTable = join(tables);
