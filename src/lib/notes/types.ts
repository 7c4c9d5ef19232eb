// Explanations as data: one entry per field or attribute, in every locale, with its RFC section.

export type Locale = 'en' | 'zh-TW';

export interface RfcRef {
	/** RFC number, e.g. 8489. */
	rfc: number;
	/** Section, e.g. `14.2` or `A.8`; omitted for the whole document. */
	section?: string;
}

export interface Note {
	/** Short title per locale, e.g. `XOR-MAPPED-ADDRESS`. */
	title: Record<Locale, string>;
	/** One to four sentences per locale: what the field is for and how to read it. */
	text: Record<Locale, string>;
	ref?: RfcRef;
}

/** Notes keyed by the `noteId` of FieldSpan. */
export type NoteTable = Record<string, Note>;

export function rfcUrl(ref: RfcRef): string {
	return `https://www.rfc-editor.org/rfc/rfc${ref.rfc}${ref.section ? `#section-${ref.section}` : ''}`;
}
