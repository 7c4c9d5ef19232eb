// The explanations SdpView shows. explainLine only ever names `sdp.*` notes (see src/lib/notes/sdp.ts), so the
// page ships that table alone rather than ALL_NOTES (every protocol area, ~4× the size); notes.test.ts checks
// that every id the SDP explainer produces for the fixtures is here and matches ALL_NOTES.
import { sdpNotes } from '$lib/notes/sdp';
import type { NoteTable } from '$lib/notes/types';

export const SDP_NOTES: NoteTable = sdpNotes;
