import { describe, expect, it } from 'vitest';
import recording from '../../../test/fixtures/stats/chromium-loopback.json';
import firefoxRecording from '../../../test/fixtures/stats/firefox-loopback.json';
import { CHARTS, QUALITY_LIMITATION } from './metrics';
import {
	categoryPoints,
	counterDelta,
	fieldsReported,
	REPORTED_WITHIN,
	seriesReported,
	mostActive,
	pointAt,
	selectObjects,
	seriesPoints,
	type SeriesDef,
	type StatsObject,
	type StatsSample
} from './stats';

// Real getStats() output of Chromium 156 (test/fixtures/stats/README.md): 12 samples a second apart; at 5 s the
// caller swapped its video track and renegotiated, so a second outbound-rtp video object appears beside the old.
const samples = recording.samples as unknown as StatsSample[];
const videoOutIds = (s: StatsSample) =>
	Object.values(s.caller)
		.filter((o) => o.type === 'outbound-rtp' && o.kind === 'video')
		.map((o) => o.id);
/** The video sender's stats object before the swap, and the one after it. */
const OLD_ID = videoOutIds(samples[0])[0];
const NEW_ID = videoOutIds(samples.at(-1)!).find((id) => id !== OLD_ID)!;

const videoOutBitrate: SeriesDef = {
	id: 'vo',
	select: { side: 'caller', type: 'outbound-rtp', kind: 'video' },
	value: { kind: 'rate', field: 'bytesSent', scale: 8 / 1000 }
};

const obj = (id: string, fields: Record<string, unknown>, timestamp = 0): StatsObject => ({
	id,
	type: 'outbound-rtp',
	kind: 'video',
	timestamp,
	...fields
});

describe('counterDelta', () => {
	it.each([
		{ args: [10, 25], expected: 15 },
		{ args: [10, 10], expected: 0 },
		{ args: [25, 10], expected: null }, // reset
		{ args: [undefined, 10], expected: null },
		{ args: [10, undefined], expected: null },
		{ args: [10, Number.NaN], expected: null },
		{ args: ['10', 20], expected: null }
	])('$args → $expected', ({ args, expected }) => {
		expect(counterDelta(args[0], args[1])).toBe(expected);
	});
});

describe('rates from the recorded call', () => {
	it('the first sample has no rate; later ones match the counters by hand', () => {
		const points = seriesPoints(samples, videoOutBitrate);
		expect(points).toHaveLength(samples.length);
		expect(points[0].v).toBeNull();
		const [a, b] = [samples[1].caller, samples[2].caller];
		const id = OLD_ID;
		const expected =
			(((b[id].bytesSent as number) - (a[id].bytesSent as number)) * 8) /
			1000 /
			((b[id].timestamp - a[id].timestamp) / 1000);
		expect(points[2].v).toBeCloseTo(expected, 9);
		expect(points[2].v).toBeGreaterThan(100); // a 640×360 canvas at 30 fps: well over 100 kbit/s
	});

	it('an object that appears mid-call adds nothing until its second sample; the stalled one adds 0', () => {
		const swap = samples.findIndex((s) => Object.keys(s.caller).includes(NEW_ID));
		expect(swap).toBeGreaterThan(0);
		const before = samples[swap - 1];
		const at = samples[swap];
		// In the sample where it appears, only the old object counts.
		const old = OLD_ID;
		const dt = (at.caller[old].timestamp - before.caller[old].timestamp) / 1000;
		const oldRate =
			(((at.caller[old].bytesSent as number) - (before.caller[old].bytesSent as number)) * 8) / 1000 / dt;
		expect(pointAt(before, at, videoOutBitrate).v).toBeCloseTo(oldRate, 9);
		// Two samples later the old object has stopped and the new one carries the video.
		const later = pointAt(samples[swap + 1], samples[swap + 2], videoOutBitrate);
		expect(later.v).toBeGreaterThan(50);
		const frozen = samples[swap + 2].caller[old].bytesSent;
		expect(samples[swap + 1].caller[old].bytesSent).toBe(frozen);
	});

	it('a counter that goes down (reset) gives a gap, not a negative rate', () => {
		const prev = { t: 0, caller: { x: obj('x', { bytesSent: 5000 }, 0) }, callee: {} };
		const cur = { t: 1000, caller: { x: obj('x', { bytesSent: 100 }, 1000) }, callee: {} };
		expect(pointAt(prev, cur, videoOutBitrate).v).toBeNull();
	});

	it('an object that disappeared gives a gap; zero elapsed time gives a gap', () => {
		const prev = { t: 0, caller: { x: obj('x', { bytesSent: 5000 }, 0) }, callee: {} };
		expect(pointAt(prev, { t: 1000, caller: {}, callee: {} }, videoOutBitrate).v).toBeNull();
		const same = { t: 1000, caller: { x: obj('x', { bytesSent: 6000 }, 0) }, callee: {} };
		expect(pointAt(prev, same, videoOutBitrate).v).toBeNull();
	});

	it('ratio of deltas: jitter-buffer delay per emitted frame, from the recording', () => {
		const jb = CHARTS.find((c) => c.id === 'jitterBuffer')!.series[0];
		const points = seriesPoints(samples, jb).filter((p) => p.v !== null);
		expect(points.length).toBeGreaterThan(5);
		for (const p of points) expect(p.v).toBeGreaterThan(0);
		expect(pointAt(undefined, samples[0], jb).v).toBeNull();
	});

	it('gauges pick the object that is carrying the stream after the swap', () => {
		const rtt = CHARTS.find((c) => c.id === 'rtt')!.series[0];
		const last = samples.at(-1)!;
		const prev = samples.at(-2)!;
		const chosen = mostActive(selectObjects(last.caller, rtt.select), prev.caller);
		// remote-inbound-rtp is linked to its outbound-rtp by localId.
		expect(chosen?.localId).toBe(NEW_ID);
		expect(pointAt(prev, last, rtt).v).toBeCloseTo((chosen!.roundTripTime as number) * 1000, 9);
	});

	it('remote-inbound-rtp (RTT) is missing at first and appears within a few seconds', () => {
		const rtt = CHARTS.find((c) => c.id === 'rtt')!.series[0];
		const points = seriesPoints(samples, rtt);
		const first = points.findIndex((p) => p.v !== null);
		expect(first).toBeGreaterThanOrEqual(0);
		expect(points[first].t).toBeLessThan(4000);
	});

	it('every chart series yields numbers from the recording (no field name typos)', () => {
		for (const chart of CHARTS)
			for (const s of chart.series) {
				const values = seriesPoints(samples, s).filter((p) => p.v !== null);
				expect(values.length, `${chart.id}/${s.id}`).toBeGreaterThan(0);
			}
	});

	it('the selected candidate pair gives the available outgoing bitrate', () => {
		const aob = CHARTS.find((c) => c.id === 'availableBitrate')!.series[0];
		const v = seriesPoints(samples, aob).at(-1)!.v!;
		expect(v).toBeGreaterThan(100);
	});

	it('quality-limitation reason as categories', () => {
		const cats = categoryPoints(
			samples,
			{ side: 'caller', type: 'outbound-rtp', kind: 'video' },
			'qualityLimitationReason'
		);
		expect(cats).toHaveLength(samples.length);
		for (const c of cats) expect(['none', 'cpu', 'bandwidth', 'other']).toContain(c.value);
	});
});

// Real getStats() output of Firefox ESR 153 for the same call (test/fixtures/stats/README.md).
describe('which stats a browser reports', () => {
	const firefox = firefoxRecording.samples as unknown as StatsSample[];
	const notReported = (recorded: StatsSample[]) =>
		CHARTS.flatMap((c) =>
			c.series.filter((s) => seriesReported(recorded, s) !== 'yes').map((s) => `${c.id}/${s.label}`)
		);

	it('Chromium reports every series the lab charts', () => {
		expect(notReported(samples)).toEqual([]);
		expect(fieldsReported(samples, QUALITY_LIMITATION.select, [QUALITY_LIMITATION.field], 'string')).toBe(
			'yes'
		);
	});

	it('Firefox has no available outgoing bitrate and no quality-limitation reason', () => {
		expect(notReported(firefox)).toEqual(['availableBitrate/available']);
		expect(fieldsReported(firefox, QUALITY_LIMITATION.select, [QUALITY_LIMITATION.field], 'string')).toBe(
			'no'
		);
	});

	it('is unknown until the call has run long enough to tell', () => {
		const early = firefox.slice(0, REPORTED_WITHIN - 1);
		const available = CHARTS.find((c) => c.id === 'availableBitrate')!.series[0];
		expect(seriesReported(early, available)).toBe('unknown');
		expect(seriesReported(firefox.slice(0, REPORTED_WITHIN), available)).toBe('no');
		expect(seriesReported([], available)).toBe('unknown');
	});

	it('a field present but not a finite number does not count', () => {
		const s = (v: unknown): StatsSample => ({ t: 0, caller: { o: obj('o', { bytesSent: v }) }, callee: {} });
		expect(seriesReported([s(Number.NaN)], videoOutBitrate)).toBe('unknown');
		expect(seriesReported([s('12')], videoOutBitrate)).toBe('unknown');
		expect(seriesReported([s(12)], videoOutBitrate)).toBe('yes');
	});
});
