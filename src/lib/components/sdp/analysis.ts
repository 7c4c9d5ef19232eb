// Everything SdpView and SdpCompare show, computed in one place so the same code runs on the main thread (small
// SDPs, and the server-side prerender) or in sdp.worker.ts (large ones). From the worker a large document comes
// back without its per-line objects (copying those into the page would itself block it for hundreds of ms):
// only typed arrays of line offsets and sections, which are transferred, and each line the view shows is parsed
// again on demand (parseSdp is line-local, so a single line parses to the same fields).
import { compareOfferAnswer, lintSdp, parseSdp, type OfferAnswerResult } from '$lib/protocol/sdp';
import type { Finding } from '$lib/protocol/sdp/lint';
import type { SdpDocument, SdpLine, SdpMediaSection, SdpSession } from '$lib/protocol/sdp/types';
import { groupLines, type LineGroup } from './sdp-model';

/** Texts up to this many characters are analysed synchronously (parse + lint of 100 KB take ~30 ms). */
export const SYNC_LIMIT = 100_000;

/**
 * The largest text the lab reads: 8 MiB. A real SDP is a few KB; the 1 MB case (thousands of candidates) is
 * analysed off the main thread in about a second, so beyond this a paste is refused rather than left to churn.
 */
export const MAX_INPUT = 8 * 1024 * 1024;

export type SdpRole = 'offer' | 'answer';

/** What the view needs, whether the lines are at hand or parsed on demand. */
export interface Analysis {
	lineCount: number;
	line(index: number): SdpLine;
	/** The structure without (or with) its lines: explainLine and the codec tables read `media` only. */
	doc: SdpDocument;
	findings: Finding[];
	groups: LineGroup[];
}

export function analyze(sdp: string, role?: SdpRole): Analysis {
	const doc = parseSdp(sdp);
	return {
		lineCount: doc.lines.length,
		line: (i) => doc.lines[i],
		doc,
		findings: lintSdp(doc, role ? { role } : {}),
		groups: groupLines(doc)
	};
}

/** A large document as the worker sends it back. */
export interface PackedAnalysis {
	start: Int32Array;
	end: Int32Array;
	section: Int32Array;
	session: SdpSession;
	media: SdpMediaSection[];
	findings: Finding[];
	groups: LineGroup[];
}

export function pack(sdp: string, role?: SdpRole): PackedAnalysis {
	const doc = parseSdp(sdp);
	const n = doc.lines.length;
	const start = new Int32Array(n);
	const end = new Int32Array(n);
	const section = new Int32Array(n);
	doc.lines.forEach((l, i) => {
		start[i] = l.start;
		end[i] = l.end;
		section[i] = l.section;
	});
	return {
		start,
		end,
		section,
		session: doc.session,
		// Candidates are the bulk of a large SDP and nothing on the page reads them from the structure.
		media: doc.media.map((m) => ({ ...m, ice: { ...m.ice, candidates: [] } })),
		findings: lintSdp(doc, role ? { role } : {}),
		groups: groupLines(doc)
	};
}

/** Re-parses one line of `sdp` as parseSdp would have, with absolute offsets. */
export function parseLineAt(
	sdp: string,
	start: number,
	end: number,
	number: number,
	section: number
): SdpLine {
	const parsed = parseSdp(sdp.slice(start, end)).lines[0] ?? {
		number,
		text: '',
		start: 0,
		end: 0,
		type: '',
		value: '',
		fields: [],
		section
	};
	const shift = <T extends { start?: number; end?: number }>(x: T): T => ({
		...x,
		...(x.start !== undefined ? { start: x.start + start } : {}),
		...(x.end !== undefined ? { end: x.end + start } : {})
	});
	const line: SdpLine = { ...parsed, number, start, end, section, fields: parsed.fields.map(shift) };
	if (parsed.problems) line.problems = parsed.problems.map(shift);
	return line;
}

export function unpack(sdp: string, p: PackedAnalysis): Analysis {
	const cache = new Map<number, SdpLine>();
	const doc: SdpDocument = { lines: [], session: p.session, media: p.media };
	return {
		lineCount: p.start.length,
		line(i) {
			let l = cache.get(i);
			if (!l) {
				l = parseLineAt(sdp, p.start[i], p.end[i], i + 1, p.section[i]);
				if (cache.size > 5000) cache.clear();
				cache.set(i, l);
			}
			return l;
		},
		doc,
		findings: p.findings,
		groups: p.groups
	};
}

export function compare(offer: string, answer: string): OfferAnswerResult {
	return compareOfferAnswer(offer, answer);
}

export type WorkerRequest =
	| { id: number; type: 'analyze'; sdp: string; role?: SdpRole }
	| { id: number; type: 'compare'; offer: string; answer: string };

export type WorkerResponse =
	| { id: number; type: 'analyze'; packed: PackedAnalysis }
	| { id: number; type: 'compare'; result: OfferAnswerResult };

/** The worker's message handler, kept here so it can be tested without a Worker. */
export function handleRequest(req: WorkerRequest): WorkerResponse {
	return req.type === 'analyze'
		? { id: req.id, type: 'analyze', packed: pack(req.sdp, req.role) }
		: { id: req.id, type: 'compare', result: compare(req.offer, req.answer) };
}

/** Buffers to transfer rather than copy. */
export function transferables(res: WorkerResponse): ArrayBuffer[] {
	return res.type === 'analyze'
		? [res.packed.start.buffer, res.packed.end.buffer, res.packed.section.buffer].filter(
				(b): b is ArrayBuffer => b instanceof ArrayBuffer
			)
		: [];
}
