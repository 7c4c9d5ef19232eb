// Explanations as data: one entry per field or attribute, in every locale, with its RFC section.

export type Locale = 'en' | 'zh-TW';

export interface RfcRef {
	/** RFC number, e.g. 8489. */
	rfc: number;
	/** Section, e.g. `14.2` or `A.8`; omitted for the whole document. */
	section?: string;
}

/**
 * A subject no RFC defines (vendor SDP extensions, AV1's RTP format, IEEE 802.1Q, capture pseudo-headers): the
 * published spec, Internet-Draft or reference implementation's documentation that does, with a link.
 */
export interface SpecRef {
	rfc?: never;
	/** How people cite it, e.g. `draft-alvestrand-rmcat-remb-03`, `AV1 RTP payload format`, `IEEE 802.1Q`. */
	spec: string;
	section?: string;
	/** https:// link to the document (a stable or versioned address). */
	url: string;
}

export type NoteRef = RfcRef | SpecRef;

export interface Note {
	/** Short title per locale, e.g. `XOR-MAPPED-ADDRESS`. */
	title: Record<Locale, string>;
	/** One to four sentences per locale: what the field is for and how to read it. */
	text: Record<Locale, string>;
	ref?: NoteRef;
}

/** Notes keyed by the `noteId` of FieldSpan. */
export type NoteTable = Record<string, Note>;

export function rfcUrl(ref: RfcRef): string {
	return `https://www.rfc-editor.org/rfc/rfc${ref.rfc}${ref.section ? `#section-${ref.section}` : ''}`;
}

function isSpec(ref: NoteRef): ref is SpecRef {
	return 'spec' in ref;
}

/** Where a note's reference can be read. */
export function refUrl(ref: NoteRef): string {
	return isSpec(ref) ? ref.url : rfcUrl(ref);
}

/** `RFC 8866 §5.2`, `draft-alvestrand-rmcat-remb-03 §2.2`, `3GPP TS 26.114 §7.4.5`. */
export function refLabel(ref: NoteRef): string {
	const name = isSpec(ref) ? ref.spec : `RFC ${ref.rfc}`;
	return ref.section ? `${name} §${ref.section}` : name;
}
