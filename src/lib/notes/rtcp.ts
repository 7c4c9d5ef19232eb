// Explanations of RTCP fields, keyed by the FieldSpan noteId, in both locales with the RFC section.
import type { NoteTable } from './types';

export const rtcpNotes: NoteTable = {};
