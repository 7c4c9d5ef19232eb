// An export in the shape chrome://webrtc-internals downloads ("Create a WebRTC-Internals dump"), so the recorded
// call opens in tools that read those dumps: { getUserMedia, PeerConnections: { "<pid>-<lid>": { url,
// rtcConfiguration, constraints, updateLog: [{ time, type, value }], stats: { "<statsId>-<field>": { startTime,
// endTime, statsType, values: "<JSON array>" } } } }, UserAgent }.
import type { StatsSample, Side } from './stats';

export interface DumpLogEntry {
	/** Milliseconds since the call started. */
	t: number;
	pc: string;
	type: string;
	value: string;
}

export interface DumpInput {
	samples: readonly StatsSample[];
	log: readonly DumpLogEntry[];
	/** Wall-clock time (ms since the epoch) when the call started. */
	startedAt: number;
	userAgent: string;
	url: string;
	rtcConfiguration: string;
	/** Stands in for the renderer process id of the real dump. */
	pid?: number;
}

interface StatsSeries {
	startTime: string;
	endTime: string;
	statsType: string;
	values: string;
}

export interface WebrtcInternalsDump {
	getUserMedia: unknown[];
	PeerConnections: Record<
		string,
		{
			pid: number;
			lid: number;
			url: string;
			rtcConfiguration: string;
			constraints: string;
			updateLog: { time: string; type: string; value: string }[];
			stats: Record<string, StatsSeries>;
		}
	>;
	UserAgent: string;
}

const SIDES: Side[] = ['caller', 'callee'];

/** Every field of every stats object over time, one series per "<id>-<field>" as webrtc-internals keeps them. */
export function statsSeries(samples: readonly StatsSample[], side: Side): Record<string, StatsSeries> {
	const series = new Map<string, { type: string; times: number[]; values: unknown[] }>();
	for (const sample of samples) {
		for (const stats of Object.values(sample[side])) {
			for (const [field, value] of Object.entries(stats)) {
				if (field === 'id' || field === 'type' || field === 'timestamp') continue;
				const key = `${stats.id}-${field}`;
				let s = series.get(key);
				if (!s) series.set(key, (s = { type: stats.type, times: [], values: [] }));
				s.times.push(stats.timestamp);
				s.values.push(value);
			}
		}
	}
	const out: Record<string, StatsSeries> = {};
	for (const [key, s] of series) {
		out[key] = {
			startTime: new Date(s.times[0]).toISOString(),
			endTime: new Date(s.times[s.times.length - 1]).toISOString(),
			statsType: s.type,
			values: JSON.stringify(s.values)
		};
	}
	return out;
}

export function webrtcInternalsDump(input: DumpInput): WebrtcInternalsDump {
	const pid = input.pid ?? 1;
	const connections: WebrtcInternalsDump['PeerConnections'] = {};
	SIDES.forEach((side, i) => {
		const lid = i + 1;
		connections[`${pid}-${lid}`] = {
			pid,
			lid,
			url: input.url,
			rtcConfiguration: input.rtcConfiguration,
			constraints: '',
			updateLog: input.log
				.filter((e) => e.pc === side)
				.map((e) => ({
					time: new Date(input.startedAt + e.t).toISOString(),
					type: e.type,
					value: e.value
				})),
			stats: statsSeries(input.samples, side)
		};
	});
	return { getUserMedia: [], PeerConnections: connections, UserAgent: input.userAgent };
}
