// Pure helpers behind SdpView: the session / m-section groups, the flat row list a (windowed) view renders, the
// text of a line cut into its fields, windowing math, lint counts and codec table rows.
import type { Finding, Severity } from '$lib/protocol/sdp/lint';
import type { SdpCodec, SdpDocument, SdpLine, SdpMediaSection } from '$lib/protocol/sdp/types';

export interface LineGroup {
	/** -1 for the session part, else the media section index. */
	section: number;
	/** Indexes into doc.lines, [first, last]. */
	first: number;
	last: number;
	kind?: string;
	mid?: string;
	direction?: string;
	port?: number;
	codecs: number;
}

/** The session part and each m-section as a contiguous run of lines (the parser numbers sections in order). */
export function groupLines(doc: Pick<SdpDocument, 'lines' | 'media' | 'session'>): LineGroup[] {
	const groups: LineGroup[] = [];
	doc.lines.forEach((line, i) => {
		const last = groups[groups.length - 1];
		if (last && last.section === line.section) last.last = i;
		else groups.push(describeGroup(doc, line.section, i));
	});
	return groups;
}

function describeGroup(
	doc: Pick<SdpDocument, 'media' | 'session'>,
	section: number,
	index: number
): LineGroup {
	const g: LineGroup = { section, first: index, last: index, codecs: 0 };
	const m: SdpMediaSection | undefined = section >= 0 ? doc.media[section] : undefined;
	if (m) {
		g.kind = m.media;
		g.mid = m.mid;
		g.direction = m.direction ?? doc.session.direction ?? 'sendrecv';
		g.port = m.port;
		g.codecs = m.codecs.filter((c) => c.role === 'media').length;
	}
	return g;
}

export type Row = { kind: 'header'; group: number } | { kind: 'line'; group: number; index: number };

/** Header row per group, then its lines unless the group is collapsed. */
export function buildRows(groups: LineGroup[], collapsed: ReadonlySet<number>): Row[] {
	const rows: Row[] = [];
	groups.forEach((g, gi) => {
		rows.push({ kind: 'header', group: gi });
		if (collapsed.has(g.section)) return;
		for (let i = g.first; i <= g.last; i++) rows.push({ kind: 'line', group: gi, index: i });
	});
	return rows;
}

/** Row position of a line (index into doc.lines), or -1 when its group is collapsed or it does not exist. */
export function rowOfLine(rows: Row[], index: number): number {
	return rows.findIndex((r) => r.kind === 'line' && r.index === index);
}

export interface WindowRange {
	start: number;
	end: number;
}

/** Rows [start, end) to render for a viewport over rows of fixed height, with `overscan` extra rows each side. */
export function windowRange(
	scrollTop: number,
	viewportHeight: number,
	rowHeight: number,
	count: number,
	overscan = 10
): WindowRange {
	if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
	const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
	const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
	const start = Math.max(0, Math.min(count - 1, first) - overscan);
	const end = Math.min(count, first + visible + overscan);
	return { start, end: Math.max(end, start + 1) };
}

/** scrollTop that puts a row about a third down the viewport (or leaves it alone when it is already visible). */
export function scrollToRow(
	row: number,
	scrollTop: number,
	viewportHeight: number,
	rowHeight: number
): number {
	const top = row * rowHeight;
	if (top >= scrollTop && top + rowHeight <= scrollTop + viewportHeight) return scrollTop;
	return Math.max(0, Math.round(top - viewportHeight / 3));
}

export interface Segment {
	text: string;
	/** Index into line.fields, when this piece is a field. */
	field?: number;
}

/** The line's text cut at its fields' character ranges; overlapping or out-of-range fields are skipped. */
export function segmentLine(line: Pick<SdpLine, 'text' | 'start' | 'fields'>): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	const order = line.fields.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start);
	for (const { f, i } of order) {
		const s = f.start - line.start;
		const e = Math.min(f.end - line.start, line.text.length);
		if (s < at || e <= s) continue;
		if (s > at) out.push({ text: line.text.slice(at, s) });
		out.push({ text: line.text.slice(s, e), field: i });
		at = e;
	}
	if (at < line.text.length || out.length === 0) out.push({ text: line.text.slice(at) });
	return out;
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
	const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
	for (const f of findings) counts[f.severity]++;
	return counts;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos; by line within each. */
export function sortFindings<T extends Pick<Finding, 'severity' | 'line'>>(findings: readonly T[]): T[] {
	return [...findings].sort(
		(a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line
	);
}

/** Most severe finding per line number. */
export function worstByLine(findings: readonly Pick<Finding, 'severity' | 'line'>[]): Map<number, Severity> {
	const out = new Map<number, Severity>();
	for (const f of findings) {
		const had = out.get(f.line);
		if (had === undefined || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[had]) out.set(f.line, f.severity);
	}
	return out;
}

/** `opus/48000/2`, `VP8/90000`, `PCMU/8000 (static)`-style label of a codec. */
export function codecLabel(c: Pick<SdpCodec, 'name' | 'clockRate' | 'channels'>): string {
	if (!c.name) return '?';
	return [c.name, c.clockRate, c.channels].filter((p) => p !== undefined).join('/');
}

/** The next line index reachable with the arrow keys from `index` in `rows` (skipping headers), or undefined. */
export function stepLine(rows: Row[], index: number | undefined, delta: 1 | -1): number | undefined {
	const lines = rows.filter((r): r is Extract<Row, { kind: 'line' }> => r.kind === 'line');
	if (lines.length === 0) return undefined;
	if (index === undefined) return (delta > 0 ? lines[0] : lines[lines.length - 1]).index;
	const at = lines.findIndex((r) => r.index === index);
	if (at < 0) return lines[0].index;
	return lines[Math.max(0, Math.min(lines.length - 1, at + delta))].index;
}

/** A note's text with `code` spans marked, for rendering as text and <code> (never as HTML). */
export function splitCode(text: string): { text: string; code: boolean }[] {
	return text
		.split('`')
		.map((t, i) => ({ text: t, code: i % 2 === 1 }))
		.filter((p) => p.text !== '');
}

/** Note areas that say what a line is about (the codec, header extension, feedback type, group semantics…). */
const SUBJECT_NOTE = /^sdp\.(codec|ext|rtcpFb|group|ssrcGroup|iceOption|setup|crypto)\./;

/**
 * The notes to show under a line's own note while no field is picked: those naming the line's subject (an
 * extmap's extension, an rtpmap's codec, an rtcp-fb's feedback type), at most three, in field order.
 */
export function subjectNotes(noteIds: readonly string[], lineNote: string | undefined): string[] {
	return noteIds.filter((id) => id !== lineNote && SUBJECT_NOTE.test(id)).slice(0, 3);
}
