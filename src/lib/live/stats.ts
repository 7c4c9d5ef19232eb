// Pure functions over sampled getStats() reports: per-second rates from cumulative counters, ratios of deltas,
// gauges and categories, as time series for the charts. W3C webrtc-stats: most RTP fields are counters that
// only grow while their object lives; objects appear and disappear as senders, receivers and SSRCs change.

/** One RTCStats dictionary, copied out of an RTCStatsReport. */
export interface StatsObject {
	id: string;
	type: string;
	timestamp: number;
	[field: string]: unknown;
}

/** An RTCStatsReport as a plain object keyed by stats id. */
export type StatsRecord = Record<string, StatsObject>;

export type Side = 'caller' | 'callee';

/** Both peers' reports taken at one tick; `t` is milliseconds since the call started. */
export interface StatsSample {
	t: number;
	caller: StatsRecord;
	callee: StatsRecord;
}

export interface Selector {
	side: Side;
	type: string;
	kind?: 'audio' | 'video';
	/** Only the candidate pair a transport has selected (transport.selectedCandidatePairId). */
	selectedPair?: boolean;
}

export type MetricValue =
	/** Δfield / Δseconds × scale, summed over the matching objects present in both samples. */
	| { kind: 'rate'; field: string; scale?: number }
	/** Δnum / Δden × scale on the most active object (e.g. jitterBufferDelay / jitterBufferEmittedCount). */
	| { kind: 'ratio'; num: string; den: string; scale?: number }
	/** The field's value × scale on the most active object. */
	| { kind: 'gauge'; field: string; scale?: number };

export interface SeriesDef {
	id: string;
	select: Selector;
	value: MetricValue;
}

/** A chart point; `v: null` is a gap (no object, a counter reset, or nothing to divide by). */
export interface Point {
	t: number;
	v: number | null;
}

const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/**
 * The growth of a cumulative counter between two reports of the same object, or null when it cannot be known:
 * a missing value, or a value that went down (the counter was reset, e.g. a new object reused the id).
 */
export function counterDelta(prev: unknown, cur: unknown): number | null {
	const p = num(prev);
	const c = num(cur);
	if (p === undefined || c === undefined || c < p) return null;
	return c - p;
}

/** The objects of a report that a selector picks. */
export function selectObjects(record: StatsRecord | undefined, select: Selector): StatsObject[] {
	if (!record) return [];
	const all = Object.values(record);
	if (select.selectedPair) {
		const ids = new Set(
			all.filter((s) => s.type === 'transport').map((s) => s.selectedCandidatePairId as string)
		);
		// Firefox has no transport stats; it marks the pair in use with its own `selected` field.
		return all.filter((s) => s.type === 'candidate-pair' && (ids.has(s.id) || s.selected === true));
	}
	return all.filter((s) => s.type === select.type && (select.kind === undefined || s.kind === select.kind));
}

/** Counters whose growth marks the object that is carrying the stream now. */
const ACTIVITY_FIELDS = [
	'packetsSent',
	'packetsReceived',
	'roundTripTimeMeasurements',
	'framesDecoded',
	'framesEncoded',
	'bytesSent',
	'bytesReceived'
];

function activity(prev: StatsObject | undefined, cur: StatsObject): number {
	if (!prev) return 0;
	let sum = 0;
	for (const f of ACTIVITY_FIELDS) sum += counterDelta(prev[f], cur[f]) ?? 0;
	return sum;
}

/**
 * Of several matching objects (an old SSRC kept after a track swap beside the new one), the one whose counters
 * grew most since the previous sample; on a tie the later one in the report.
 */
export function mostActive(objects: StatsObject[], prev: StatsRecord | undefined): StatsObject | undefined {
	let best: StatsObject | undefined;
	let bestActivity = -1;
	for (const o of objects) {
		const a = activity(prev?.[o.id], o);
		if (a >= bestActivity) {
			best = o;
			bestActivity = a;
		}
	}
	return best;
}

/** One point of a series from two consecutive samples (prev may be undefined for the first). */
export function pointAt(prev: StatsSample | undefined, cur: StatsSample, def: SeriesDef): Point {
	const objects = selectObjects(cur[def.select.side], def.select);
	const prevRecord = prev?.[def.select.side];
	const value = def.value;
	const scale = value.scale ?? 1;
	if (value.kind === 'gauge') {
		const o = mostActive(objects, prevRecord);
		const v = num(o?.[value.field]);
		return { t: cur.t, v: v === undefined ? null : v * scale };
	}
	if (!prevRecord) return { t: cur.t, v: null };
	if (value.kind === 'rate') {
		let sum = 0;
		let any = false;
		for (const o of objects) {
			const p = prevRecord[o.id];
			if (!p) continue; // a new object: no rate until its second sample
			const dt = (o.timestamp - p.timestamp) / 1000;
			const d = counterDelta(p[value.field], o[value.field]);
			if (d === null || !(dt > 0)) continue;
			sum += d / dt;
			any = true;
		}
		return { t: cur.t, v: any ? sum * scale : null };
	}
	const o = mostActive(objects, prevRecord);
	const p = o ? prevRecord[o.id] : undefined;
	if (!o || !p) return { t: cur.t, v: null };
	const dn = counterDelta(p[value.num], o[value.num]);
	const dd = counterDelta(p[value.den], o[value.den]);
	if (dn === null || dd === null || dd === 0) return { t: cur.t, v: null };
	return { t: cur.t, v: (dn / dd) * scale };
}

/** A whole series over the samples, one point per sample. */
export function seriesPoints(samples: readonly StatsSample[], def: SeriesDef): Point[] {
	return samples.map((s, i) => pointAt(i > 0 ? samples[i - 1] : undefined, s, def));
}

/** A text field over time (e.g. qualityLimitationReason) from the most active matching object. */
export function categoryPoints(
	samples: readonly StatsSample[],
	select: Selector,
	field: string
): { t: number; value: string | null }[] {
	return samples.map((s, i) => {
		const prev = i > 0 ? samples[i - 1][select.side] : undefined;
		const o = mostActive(selectObjects(s[select.side], select), prev);
		const v = o?.[field];
		return { t: s.t, value: typeof v === 'string' ? v : null };
	});
}

/** An RTCStatsReport (a maplike) as a plain record, for sampling and export. */
export function reportToRecord(report: { forEach(cb: (value: StatsObject) => void): void }): StatsRecord {
	const out: StatsRecord = {};
	report.forEach((s) => {
		out[s.id] = { ...s };
	});
	return out;
}

/**
 * Seconds (samples) a call runs before a stat it never reported counts as "not reported by this browser":
 * remote-inbound-rtp appears 0.5–2.5 s after connecting and its roundTripTime 1–2.5 s after that.
 */
export const REPORTED_WITHIN = 6;

export type Reported = 'yes' | 'no' | 'unknown';

/**
 * Whether the browser reports what a chart needs (webrtc-stats fields differ between browsers, e.g. Firefox
 * has no availableOutgoingBitrate and no qualityLimitationReason): 'yes' once a matching object carries every
 * field as `kind`; 'no' after REPORTED_WITHIN samples without; 'unknown' before that.
 */
export function fieldsReported(
	samples: readonly StatsSample[],
	select: Selector,
	fields: readonly string[],
	kind: 'number' | 'string' = 'number'
): Reported {
	for (const s of samples)
		for (const o of selectObjects(s[select.side], select))
			if (fields.every((f) => typeof o[f] === kind && (kind === 'string' || Number.isFinite(o[f]))))
				return 'yes';
	return samples.length >= REPORTED_WITHIN ? 'no' : 'unknown';
}

/** fieldsReported for a chart series: the counter of a rate, both counters of a ratio, a gauge's field. */
export function seriesReported(samples: readonly StatsSample[], def: SeriesDef): Reported {
	const v = def.value;
	return fieldsReported(samples, def.select, v.kind === 'ratio' ? [v.num, v.den] : [v.field]);
}
