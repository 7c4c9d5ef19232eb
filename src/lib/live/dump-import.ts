// Reads a chrome://webrtc-internals dump ("Create a WebRTC-Internals dump" → 'Download the "webrtc-internals
// dump"') for viewing offline. Untrusted input: every field is checked before use, problems come back as a
// DumpError naming the JSON path (or the line and column of a syntax error); nothing here throws.
//
// Two generations of the format are read (both have { PeerConnections: { "<id>": { url, rtcConfiguration,
// updateLog, stats } }, getUserMedia, UserAgent }):
// - current (Chromium ≳ 117, checked against 156): an updateLog entry is { type, value, timestamp } with
//   `timestamp` in ms since the epoch, `value` JSON text ('"stable"', '{"type":"offer","sdp":"…"}') and event types
//   prefixed "on" (onsignalingstatechange, onicecandidate); the pc has `pid` and no lid/rid/constraints.
// - older (what fippo's webrtc-dump-importer was written for): { time, type, value } with `time` a locale date
//   string, plain-text values ("stable", "type: offer, sdp: v=0…", "sdpMid: 0, sdpMLineIndex: 0, candidate: …"),
//   event types without "on"; the pc has pid, rid, lid, constraints.
// In both, stats are { "<statsId>-<field>": { startTime, endTime, statsType, values: "<JSON array>" } }: one value
// per poll (about one a second), with only the first and last poll's time kept.
// A gzip file ("Compress result") is unpacked first.
// - rtcstats (the page's other download, 'Download the "rtcstats dump"', the format of the rtcstats library and its
//   dump-importer; checked against Chromium 156): line 1 "RTCStatsDump", line 2 {"fileFormat":3}, then one JSON
//   array per line, [method, pcId, value, time] ('create' lines put the page URL before the time). The first line's
//   time is ms since the epoch, every later one the difference to the line before. getStats values are whole
//   reports, or delta-compressed ones as the rtcstats library writes them (a shared top-level `timestamp`, objects
//   and fields that did not change left out), which are merged onto the previous report.
import type { StatsObject, StatsRecord, StatsSample } from './stats';

/** Largest dump accepted, in bytes of (unpacked) text: a long call with many streams stays well below. */
export const MAX_DUMP_BYTES = 64 * 1024 * 1024;

export type DumpErrorCode =
	| 'empty'
	| 'too-large'
	| 'gzip'
	| 'encoding'
	| 'rtcstats-version'
	| 'syntax'
	| 'not-object'
	| 'no-peer-connections'
	| 'wrong-type'
	| 'bad-key'
	| 'bad-values'
	| 'bad-time';

export interface DumpError {
	code: DumpErrorCode;
	/** Where in the JSON, e.g. PeerConnections["8-1"].updateLog[3].type */
	path?: string;
	/** What was expected there (wrong-type), the text found (bad-time), or the parser's own words (syntax, gzip). */
	detail?: string;
	/** The JSON type found instead (wrong-type, not-object). */
	found?: string;
	/** 1-based line and column of a syntax error; rtcstats-version gives the header's line. */
	line?: number;
	column?: number;
}

export type DumpResult = { ok: true; dump: ImportedDump } | { ok: false; error: DumpError };

export type StateField = 'signalingState' | 'iceGatheringState' | 'iceConnectionState' | 'connectionState';

export interface ImportedEvent {
	/** Milliseconds since the dump's first event or stat; null when the entry's time cannot be read. */
	t: number | null;
	/** The time as the dump wrote it. */
	time: string;
	type: string;
	/** The value as text: JSON values are unwrapped when they are a plain string. */
	value: string;
}

export interface ImportedDescription {
	t: number | null;
	/** The updateLog entry it came from (setLocalDescription, setRemoteDescription, createOfferOnSuccess, …). */
	source: string;
	type: string;
	sdp: string;
	/** Applied with setLocalDescription / setRemoteDescription (not just created). */
	applied: boolean;
	local: boolean;
}

export interface ImportedCandidate {
	t: number;
	candidate: string;
	sdpMid: string | null;
}

export interface ImportedTransition {
	t: number | null;
	field: StateField;
	value: string;
}

export interface ImportedSeries {
	statsId: string;
	statsType: string;
	field: string;
	/** Ms since the dump's origin, one per value (spread evenly between startTime and endTime). */
	times: number[];
	values: unknown[];
}

export interface ImportedPeerConnection {
	id: string;
	url: string;
	rtcConfiguration: string;
	constraints: string | null;
	events: ImportedEvent[];
	descriptions: ImportedDescription[];
	/** Each applied offer with the answer applied after it (null while none was). */
	negotiations: { offer: ImportedDescription; answer: ImportedDescription | null }[];
	localCandidates: ImportedCandidate[];
	remoteCandidates: ImportedCandidate[];
	transitions: ImportedTransition[];
	series: ImportedSeries[];
}

export interface ImportedDump {
	format: 'current' | 'older' | 'rtcstats';
	userAgent: string | null;
	/** Wall-clock time (ms since the epoch) that t = 0 stands for, or null when no time could be read. */
	origin: number | null;
	getUserMediaCalls: number;
	peerConnections: ImportedPeerConnection[];
}

const fail = (error: DumpError): DumpResult => ({ ok: false, error });

/** JSON-path-like text for error messages: PeerConnections["8-1"].updateLog[3]. */
const key = (parent: string, k: string) =>
	/^[A-Za-z_$][\w$]*$/.test(k) ? `${parent}.${k}` : `${parent}[${JSON.stringify(k)}]`;

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

const typeName = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);

class Invalid {
	constructor(readonly error: DumpError) {}
}

function expectType<T>(value: unknown, path: string, want: 'string' | 'number' | 'object' | 'array'): T {
	const ok =
		want === 'object' ? isRecord(value) : want === 'array' ? Array.isArray(value) : typeof value === want;
	if (!ok || (want === 'number' && !Number.isFinite(value)))
		throw new Invalid({ code: 'wrong-type', path, detail: want, found: typeName(value) });
	return value as T;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: offset - start + 1 };
}

function syntaxError(text: string, e: unknown): DumpError {
	const message = e instanceof Error ? e.message : String(e);
	const lc = /line (\d+) column (\d+)/.exec(message);
	if (lc) return { code: 'syntax', line: Number(lc[1]), column: Number(lc[2]), detail: message };
	const pos = /position (\d+)/.exec(message);
	if (pos) return { code: 'syntax', ...lineColumn(text, Number(pos[1])), detail: message };
	if (/end of (JSON|data) input/i.test(message))
		return { code: 'syntax', ...lineColumn(text, text.length), detail: message };
	return { code: 'syntax', detail: message };
}

/** A value from the updateLog: JSON text in current dumps, plain text in older ones. */
function unwrap(value: string): unknown {
	const v = value.trim();
	if (v === '' || !/^[[{"]/.test(v)) return value;
	try {
		return JSON.parse(v);
	} catch {
		return value;
	}
}

function asText(value: string): string {
	const u = unwrap(value);
	return typeof u === 'string' ? u : value;
}

/** { type, sdp } from '{"type":"offer","sdp":"…"}' or the older "type: offer, sdp: v=0…". */
function parseDescription(value: string): { type: string; sdp: string } | null {
	const u = unwrap(value);
	if (isRecord(u) && typeof u.sdp === 'string' && u.sdp !== '')
		return { type: typeof u.type === 'string' ? u.type : '', sdp: u.sdp };
	const m = /^\s*type: ([\w-]+), sdp: ([\s\S]+)$/.exec(value);
	return m ? { type: m[1], sdp: m[2] } : null;
}

/** { candidate, sdpMid } from JSON or the older "sdpMid: 0, sdpMLineIndex: 0, candidate: candidate:…". */
function parseCandidateValue(value: string): { candidate: string; sdpMid: string | null } | null {
	const u = unwrap(value);
	if (isRecord(u) && typeof u.candidate === 'string')
		return u.candidate === ''
			? null
			: { candidate: u.candidate, sdpMid: typeof u.sdpMid === 'string' ? u.sdpMid : null };
	const m = /sdpMid: ([^,]*), sdpMLineIndex: [^,]*, candidate: (candidate:[^\n]+)/.exec(value);
	return m ? { candidate: m[2].trim(), sdpMid: m[1] } : null;
}

const STATE_EVENTS: Record<string, StateField> = {
	signalingstatechange: 'signalingState',
	icegatheringstatechange: 'iceGatheringState',
	iceconnectionstatechange: 'iceConnectionState',
	connectionstatechange: 'connectionState'
};

/** The event name without the "on" prefix current dumps use, lower-cased. */
const bareType = (type: string) => type.toLowerCase().replace(/^on/, '');

interface RawEvent {
	time: number | null;
	timeText: string;
	type: string;
	value: string;
}

interface RawSeries {
	statsId: string;
	field: string;
	statsType: string;
	start: number;
	end: number;
	values: unknown[];
	/** Each value's own time, ms since the epoch, when the format keeps it (rtcstats); else spread start → end. */
	times?: number[];
}

interface RawPc {
	id: string;
	url: string;
	rtcConfiguration: string;
	constraints: string | null;
	events: RawEvent[];
	series: RawSeries[];
}

function textOf(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value === undefined) return '';
	return JSON.stringify(value, null, 1);
}

function readEvent(entry: unknown, path: string): { event: RawEvent; current: boolean } {
	const e = expectType<Record<string, unknown>>(entry, path, 'object');
	const type = expectType<string>(e.type, `${path}.type`, 'string');
	const value = e.value === undefined ? '' : expectType<string>(e.value, `${path}.value`, 'string');
	if (e.timestamp !== undefined) {
		const ts = expectType<number>(e.timestamp, `${path}.timestamp`, 'number');
		return { event: { time: ts, timeText: new Date(ts).toISOString(), type, value }, current: true };
	}
	if (e.time !== undefined) {
		const text = expectType<string>(e.time, `${path}.time`, 'string');
		const parsed = Date.parse(text);
		return {
			event: { time: Number.isFinite(parsed) ? parsed : null, timeText: text, type, value },
			current: false
		};
	}
	return { event: { time: null, timeText: '', type, value }, current: false };
}

function readTime(value: unknown, path: string): number {
	const text = expectType<string>(value, path, 'string');
	const t = Date.parse(text);
	if (!Number.isFinite(t)) throw new Invalid({ code: 'bad-time', path, detail: text });
	return t;
}

function readSeries(name: string, entry: unknown, path: string): RawSeries {
	const dash = name.lastIndexOf('-');
	if (dash <= 0 || dash === name.length - 1) throw new Invalid({ code: 'bad-key', path });
	const s = expectType<Record<string, unknown>>(entry, path, 'object');
	const statsType = expectType<string>(s.statsType, `${path}.statsType`, 'string');
	const valuesText = expectType<string>(s.values, `${path}.values`, 'string');
	let values: unknown;
	try {
		values = JSON.parse(valuesText);
	} catch (e) {
		throw new Invalid({ code: 'bad-values', path: `${path}.values`, detail: (e as Error).message });
	}
	if (!Array.isArray(values))
		throw new Invalid({ code: 'bad-values', path: `${path}.values`, found: typeName(values) });
	const start = readTime(s.startTime, `${path}.startTime`);
	const end = readTime(s.endTime, `${path}.endTime`);
	return { statsId: name.slice(0, dash), field: name.slice(dash + 1), statsType, start, end, values };
}

function readPc(id: string, entry: unknown, path: string): { pc: RawPc; current: boolean } {
	const p = expectType<Record<string, unknown>>(entry, path, 'object');
	const log =
		p.updateLog === undefined ? [] : expectType<unknown[]>(p.updateLog, `${path}.updateLog`, 'array');
	const stats =
		p.stats === undefined ? {} : expectType<Record<string, unknown>>(p.stats, `${path}.stats`, 'object');
	let current = false;
	const events = log.map((e, i) => {
		const r = readEvent(e, `${path}.updateLog[${i}]`);
		current ||= r.current;
		return r.event;
	});
	const series = Object.entries(stats).map(([name, s]) => readSeries(name, s, key(`${path}.stats`, name)));
	const url = p.url === undefined ? '' : expectType<string>(p.url, `${path}.url`, 'string');
	return {
		pc: {
			id,
			url,
			rtcConfiguration: textOf(p.rtcConfiguration),
			constraints: p.constraints === undefined ? null : textOf(p.constraints),
			events,
			series
		},
		current
	};
}

function spreadTimes(s: RawSeries, origin: number): number[] {
	if (s.times) return s.times.map((t) => t - origin);
	const n = s.values.length;
	if (n === 1) return [s.start - origin];
	const step = (s.end - s.start) / (n - 1);
	return s.values.map((_, i) => s.start + i * step - origin);
}

function buildPc(raw: RawPc, origin: number): ImportedPeerConnection {
	const rel = (t: number | null) => (t === null ? null : t - origin);
	const events: ImportedEvent[] = raw.events.map((e) => ({
		t: rel(e.time),
		time: e.timeText,
		type: e.type,
		value: asText(e.value)
	}));
	const descriptions: ImportedDescription[] = [];
	const localCandidates: ImportedCandidate[] = [];
	const remoteCandidates: ImportedCandidate[] = [];
	const transitions: ImportedTransition[] = [];
	raw.events.forEach((e, i) => {
		const t = events[i].t;
		const bare = bareType(e.type);
		const field = STATE_EVENTS[bare];
		if (field) {
			transitions.push({ t, field, value: asText(e.value) });
			return;
		}
		if (
			/^(setlocaldescription|setremotedescription|createofferonsuccess|createansweronsuccess)$/.test(bare)
		) {
			const d = parseDescription(e.value);
			if (d)
				descriptions.push({
					t,
					source: e.type,
					type: d.type,
					sdp: d.sdp,
					applied: bare.startsWith('set'),
					local: bare !== 'setremotedescription'
				});
			return;
		}
		if (bare === 'icecandidate' || bare === 'addicecandidate') {
			const c = parseCandidateValue(e.value);
			if (c) (bare === 'icecandidate' ? localCandidates : remoteCandidates).push({ t: t ?? 0, ...c });
		}
	});
	const negotiations: ImportedPeerConnection['negotiations'] = [];
	for (const d of descriptions) {
		if (!d.applied) continue;
		if (d.type === 'offer') negotiations.push({ offer: d, answer: null });
		else if ((d.type === 'answer' || d.type === 'pranswer') && negotiations.length) {
			const last = negotiations[negotiations.length - 1];
			if (last.answer === null || last.answer.type === 'pranswer') last.answer = d;
		}
	}
	const series: ImportedSeries[] = raw.series.map((s) => ({
		statsId: s.statsId,
		statsType: s.statsType,
		field: s.field,
		times: spreadTimes(s, origin),
		values: s.values
	}));
	return {
		id: raw.id,
		url: raw.url,
		rtcConfiguration: raw.rtcConfiguration,
		constraints: raw.constraints,
		events,
		descriptions,
		negotiations,
		localCandidates,
		remoteCandidates,
		transitions,
		series
	};
}

/** Parses the JSON text of a webrtc-internals dump. Never throws. */
export function parseDump(text: string): DumpResult {
	try {
		return parseDumpUnsafe(text);
	} catch (e) {
		if (e instanceof Invalid) return fail(e.error);
		// A bug of ours, or input deep enough to exhaust the stack: still an answer, never an exception.
		return fail({ code: 'syntax', detail: e instanceof Error ? e.message : String(e) });
	}
}

function parseDumpUnsafe(text: string): DumpResult {
	if (text.length > MAX_DUMP_BYTES) return fail({ code: 'too-large', detail: String(MAX_DUMP_BYTES) });
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (trimmed === '') return fail({ code: 'empty' });
	if (trimmed.startsWith('RTCStatsDump')) return parseRtcStats(trimmed, true);
	// The same lines without the two header lines (as an rtcstats server stores them).
	if (/^\[\s*"create"/.test(trimmed)) return parseRtcStats(trimmed, false);
	let json: unknown;
	try {
		json = JSON.parse(trimmed);
	} catch (e) {
		return fail(syntaxError(trimmed, e));
	}
	if (!isRecord(json)) return fail({ code: 'not-object', found: typeName(json) });
	if (json.PeerConnections === undefined) return fail({ code: 'no-peer-connections' });
	const pcs = expectType<Record<string, unknown>>(json.PeerConnections, 'PeerConnections', 'object');
	const userAgent =
		json.UserAgent === undefined ? null : expectType<string>(json.UserAgent, 'UserAgent', 'string');
	const gum =
		json.getUserMedia === undefined ? [] : expectType<unknown[]>(json.getUserMedia, 'getUserMedia', 'array');
	let current = false;
	const raw = Object.entries(pcs).map(([id, p]) => {
		const r = readPc(id, p, key('PeerConnections', id));
		current ||= r.current;
		return r.pc;
	});
	return build(current ? 'current' : 'older', userAgent, gum.length, raw);
}

function build(
	format: ImportedDump['format'],
	userAgent: string | null,
	getUserMediaCalls: number,
	raw: RawPc[]
): DumpResult {
	let origin = Infinity;
	for (const pc of raw) {
		for (const e of pc.events) if (e.time !== null && e.time < origin) origin = e.time;
		for (const s of pc.series) if (s.start < origin) origin = s.start;
	}
	const o = Number.isFinite(origin) ? origin : 0;
	return {
		ok: true,
		dump: {
			format,
			userAgent,
			origin: Number.isFinite(origin) ? origin : null,
			getUserMediaCalls,
			peerConnections: raw.map((pc) => buildPc(pc, o))
		}
	};
}

/** "Chromium/156 (Linux)" from the navigator.userAgentData an rtcstats dump's first line keeps. */
function userAgentFromData(data: unknown): string | null {
	if (!isRecord(data) || !isRecord(data.userAgentData)) return null;
	const { brands, platform } = data.userAgentData;
	const named = (Array.isArray(brands) ? brands : [])
		.filter((b) => isRecord(b) && typeof b.brand === 'string' && !/not.a.brand/i.test(b.brand))
		.map((b) => `${(b as { brand: string }).brand}/${String((b as { version?: unknown }).version ?? '')}`);
	if (named.length === 0) return null;
	return typeof platform === 'string' && platform ? `${named.join(' ')} (${platform})` : named.join(' ');
}

/** The rtcstats dump (see the top of this file), with or without its two header lines. Problems name the line. */
function parseRtcStats(text: string, withHeader: boolean): DumpResult {
	const lines = text.split(/\r?\n/);
	if (withHeader) {
		let header: unknown;
		try {
			header = JSON.parse(lines[1] ?? '');
		} catch (e) {
			return fail({ ...syntaxError(lines[1] ?? '', e), line: 2 });
		}
		const version = isRecord(header) ? header.fileFormat : undefined;
		if (version !== 3) return fail({ code: 'rtcstats-version', line: 2, detail: String(version) });
	}
	const pcs = new Map<string, RawPc>();
	const reports = new Map<string, StatsRecord>();
	const series = new Map<string, Map<string, RawSeries>>();
	let userAgent: string | null = null;
	let time: number | null = null;
	const pcOf = (id: string): RawPc => {
		let pc = pcs.get(id);
		if (!pc) {
			pc = { id, url: '', rtcConfiguration: '', constraints: null, events: [], series: [] };
			pcs.set(id, pc);
		}
		return pc;
	};
	for (let i = withHeader ? 2 : 0; i < lines.length; i++) {
		const line = lines[i].trim();
		if (line === '') continue;
		const where = (suffix = '') => `line ${i + 1}${suffix}`;
		let entry: unknown;
		try {
			entry = JSON.parse(line);
		} catch (e) {
			const err = syntaxError(line, e);
			return fail({ ...err, line: i + 1 });
		}
		if (!Array.isArray(entry) || entry.length < 3)
			return fail({
				code: 'wrong-type',
				path: where(),
				detail: '[method, pc id, value, time]',
				found: typeName(entry)
			});
		const [method, id, value] = entry as unknown[];
		const delta = entry[entry.length - 1];
		if (typeof method !== 'string')
			return fail({ code: 'wrong-type', path: where('[0]'), detail: 'string', found: typeName(method) });
		if (typeof delta !== 'number' || !Number.isFinite(delta))
			return fail({ code: 'bad-time', path: where(`[${entry.length - 1}]`), detail: String(delta) });
		time = time === null ? delta : time + delta;
		if (id === null) {
			if (method === 'create') userAgent = userAgentFromData(value);
			continue;
		}
		if (typeof id !== 'string')
			return fail({ code: 'wrong-type', path: where('[1]'), detail: 'string', found: typeName(id) });
		const pc = pcOf(id);
		if (method === 'create') {
			pc.rtcConfiguration = textOf(value);
			if (typeof entry[3] === 'string' && entry.length > 4) pc.url = entry[3];
			continue;
		}
		if (method !== 'getStats') {
			const event = value === null || value === undefined ? '' : textOf(value);
			pc.events.push({ time, timeText: new Date(time).toISOString(), type: method, value: event });
			continue;
		}
		if (!isRecord(value))
			return fail({ code: 'wrong-type', path: where('[2]'), detail: 'object', found: typeName(value) });
		// A delta-compressed report has a shared timestamp and only what changed; a whole report replaces the last.
		const compressed = typeof value.timestamp === 'number';
		const shared = compressed ? (value.timestamp as number) : time;
		const previous = reports.get(id);
		const report: StatsRecord = compressed ? (previous ?? Object.create(null)) : Object.create(null);
		for (const [statsId, o] of Object.entries(value)) {
			if (statsId === 'timestamp' && compressed) continue;
			if (!isRecord(o))
				return fail({
					code: 'wrong-type',
					path: where(key('[2]', statsId)),
					detail: 'object',
					found: typeName(o)
				});
			const merged = Object.assign(
				Object.create(null) as StatsObject,
				compressed ? previous?.[statsId] : undefined,
				o,
				{ id: statsId }
			);
			if (typeof merged.timestamp !== 'number' || merged.timestamp === 0) merged.timestamp = shared;
			report[statsId] = merged;
		}
		reports.set(id, report);
		let byKey = series.get(id);
		if (!byKey) {
			byKey = new Map();
			series.set(id, byKey);
		}
		for (const o of Object.values(report)) {
			for (const [field, v] of Object.entries(o)) {
				if (field === 'id') continue;
				const k = `${o.id}-${field}`;
				let s = byKey.get(k);
				if (!s) {
					s = {
						statsId: o.id,
						field,
						statsType: String(o.type),
						start: o.timestamp,
						end: o.timestamp,
						values: [],
						times: []
					};
					byKey.set(k, s);
					pc.series.push(s);
				}
				s.values.push(v);
				s.times!.push(o.timestamp);
				s.end = o.timestamp;
			}
		}
	}
	return build('rtcstats', userAgent, 0, [...pcs.values()]);
}

const GZIP = [0x1f, 0x8b];

/** The bytes of a dump file: gzip ("Compress result") is unpacked, then the UTF-8 text parsed. Never throws. */
export async function parseDumpBytes(bytes: Uint8Array): Promise<DumpResult> {
	try {
		let data = bytes;
		if (data.length >= 2 && data[0] === GZIP[0] && data[1] === GZIP[1]) {
			const unpacked = await gunzip(data);
			if (!unpacked.ok) return fail(unpacked.error);
			data = unpacked.bytes;
		}
		if (data.length > MAX_DUMP_BYTES) return fail({ code: 'too-large', detail: String(MAX_DUMP_BYTES) });
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(data);
		} catch {
			return fail({ code: 'encoding' });
		}
		return parseDump(text);
	} catch (e) {
		return fail({ code: 'gzip', detail: e instanceof Error ? e.message : String(e) });
	}
}

async function gunzip(
	bytes: Uint8Array
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: DumpError }> {
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			// A small file can unpack to a huge one: stop at the limit instead of filling the memory.
			if (total > MAX_DUMP_BYTES) {
				await reader.cancel();
				return { ok: false, error: { code: 'too-large', detail: String(MAX_DUMP_BYTES) } };
			}
			chunks.push(value);
		}
	} catch (e) {
		return { ok: false, error: { code: 'gzip', detail: e instanceof Error ? e.message : String(e) } };
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return { ok: true, bytes: out };
}

/** webrtc-internals adds its own computed series, e.g. "[bytesSent_in_bits/s]": not fields of the stats object. */
export const isDerivedField = (field: string) => field.startsWith('[');

/**
 * A pc's stats series back as one report per poll, for the same charts the live call draws. webrtc-internals
 * polls getStats about once a second and appends each field's value, but the dump keeps only the time of a
 * series' first and last value (the stats object's own timestamp, which for remote-inbound-rtp is when the last
 * RTCP report came in and may stand still). So: the longest series gives the polls (its values spread evenly);
 * a series whose times advance like the polls puts each value at the nearest poll; one whose time stands still
 * puts its values one per poll from the poll nearest its start. An object's timestamp is its own (spread) time
 * where that advances, else its poll's, so rates divide by the object's own Δt.
 */
export function seriesSamples(series: readonly ImportedSeries[], origin = 0): StatsSample[] {
	const fields = series.filter(
		(s) =>
			s.values.length > 0 &&
			!isDerivedField(s.field) &&
			s.field !== 'id' &&
			s.field !== 'type' &&
			s.field !== 'timestamp'
	);
	if (fields.length === 0) return [];
	const span = (s: ImportedSeries) => s.times[s.times.length - 1] - s.times[0];
	let grid = fields[0];
	for (const s of fields)
		if (
			s.values.length > grid.values.length ||
			(s.values.length === grid.values.length && span(s) > span(grid))
		)
			grid = s;
	const n = grid.values.length;
	const step = n > 1 && span(grid) > 0 ? span(grid) / (n - 1) : 1000;
	const polls = Array.from({ length: n }, (_, i) => grid.times[0] + i * step);
	const nearest = (t: number) => Math.min(n - 1, Math.max(0, Math.round((t - polls[0]) / step)));
	// No prototype: a stats id or field named "__proto__" in the file stays an ordinary key.
	const records: StatsRecord[] = polls.map(() => Object.create(null) as StatsRecord);
	for (const s of fields) {
		const k = s.values.length;
		const regular = k === 1 || Math.abs(span(s) / (k - 1) - step) <= 0.3 * step;
		const first = nearest(s.times[0]);
		s.values.forEach((value, i) => {
			const poll = regular ? nearest(s.times[i]) : first + i;
			if (poll >= n) return;
			const record = records[poll];
			let o: StatsObject | undefined = record[s.statsId];
			if (!o) {
				o = Object.assign(Object.create(null) as StatsObject, {
					id: s.statsId,
					type: s.statsType,
					timestamp: origin + (regular ? s.times[i] : polls[poll])
				});
				record[s.statsId] = o;
			}
			o[s.field] = value;
		});
	}
	return polls.map((t, i) => ({ t: Math.round(t), caller: records[i], callee: records[i] }));
}
