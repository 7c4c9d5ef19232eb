// Explanations of SDP lines, attributes and fields, keyed by noteId, in both locales with the RFC section.
import type { NoteTable } from './types';

export const sdpNotes: NoteTable = {};
