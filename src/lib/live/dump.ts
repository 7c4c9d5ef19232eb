// An export in the shape chrome://webrtc-internals downloads ('Download the "webrtc-internals dump"'), written
// as Chromium 156 writes it (see ./dump-import for the two generations of the format), so the recorded call opens
// in tools that read those dumps and in this lab's own import: { getUserMedia, PeerConnections: { "<pid>-<n>": {
// pid, url, rtcConfiguration, updateLog: [{ type, value, timestamp }], stats: { "<statsId>-<field>": { startTime,
// endTime, statsType, values: "<JSON array>" } } } }, UserAgent, timestamp }. updateLog values are JSON text
// ('"stable"', '{"type":"offer","sdp":"…"}'), event types start with "on", timestamps are ms since the epoch.
import type { StatsSample, Side } from './stats';

/** One line of the lab's event log (LoopbackCall.log). */
export interface PageLogEntry {
	/** Milliseconds since the call started. */
	t: number;
	pc: string;
	kind: string;
	text: string;
}

export interface DumpInput {
	samples: readonly StatsSample[];
	log: readonly PageLogEntry[];
	/** Each offer/answer exchange in order: the SDPs the log's description calls carried. */
	rounds: readonly { offer: string; answer: string | null }[];
	/** Wall-clock time (ms since the epoch) when the call started. */
	startedAt: number;
	userAgent: string;
	url: string;
	rtcConfiguration: string;
	/** Stands in for the renderer process id of the real dump. */
	pid?: number;
	/** When the dump was made (ms since the epoch); now if not given. */
	exportedAt?: number;
}

export interface UpdateLogEntry {
	type: string;
	value: string;
	timestamp: number;
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
			url: string;
			rtcConfiguration: string;
			updateLog: UpdateLogEntry[];
			stats: Record<string, StatsSeries>;
		}
	>;
	UserAgent: string;
	timestamp: number;
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

const DESCRIPTION_CALL = /^(setLocalDescription|setRemoteDescription)\((offer|answer)\)$/;
const STATE_EVENT =
	/^(signalingstatechange|icegatheringstatechange|iceconnectionstatechange|connectionstatechange) → (.+)$/;

/**
 * One pc's lines of the lab's event log as webrtc-internals update entries: API calls and their results
 * ("…OnSuccess", "…OnFailure"), browser events ("on…"), with the SDP each description call carried (taken from
 * the negotiation rounds in order) and, for addIceCandidate, the candidate the other pc gathered (the signaling
 * channel keeps order, so the n-th addIceCandidate got the other side's n-th candidate).
 */
export function updateLog(
	log: readonly PageLogEntry[],
	rounds: DumpInput['rounds'],
	side: Side,
	startedAt: number
): UpdateLogEntry[] {
	const other: Side = side === 'caller' ? 'callee' : 'caller';
	const remoteCandidates = log
		.filter((e) => e.pc === other && e.kind === 'event' && e.text.startsWith('icecandidate candidate:'))
		.map((e) => e.text.slice('icecandidate '.length));
	const seen: Record<string, number> = {};
	let added = 0;
	const sdpFor = (call: string, type: string): string | null => {
		const n = (seen[call] = (seen[call] ?? -1) + 1);
		const round = rounds[n];
		return (type === 'offer' ? round?.offer : round?.answer) ?? null;
	};
	const out: UpdateLogEntry[] = [];
	const push = (e: PageLogEntry, type: string, value: string) =>
		out.push({ type, value, timestamp: startedAt + e.t });
	for (const e of log) {
		if (e.pc !== side) continue;
		if (e.kind === 'api') {
			const d = DESCRIPTION_CALL.exec(e.text);
			if (d) {
				const sdp = sdpFor(e.text, d[2]);
				push(e, d[1], sdp === null ? '' : JSON.stringify({ type: d[2], sdp }));
			} else if (e.text === 'addIceCandidate()') {
				const candidate = remoteCandidates[added++];
				push(e, 'addIceCandidate', candidate ? JSON.stringify({ candidate }) : '');
			} else {
				const m = /^([\w.]+?)\((.*)\)$/s.exec(e.text);
				push(e, m ? m[1] : e.text, m ? m[2] : '');
			}
		} else if (e.kind === 'result' || e.kind === 'error') {
			const m = /^([\w.]+?)\(.*?\) (✓|✗)\s*(.*)$/s.exec(e.text);
			if (!m) push(e, e.kind, e.text);
			else if (m[2] === '✓' && (m[1] === 'createOffer' || m[1] === 'createAnswer')) {
				// Chromium logs the description a create call produced.
				const type = m[1] === 'createOffer' ? 'offer' : 'answer';
				const sdp = sdpFor(m[1], type);
				push(e, `${m[1]}OnSuccess`, sdp === null ? '' : JSON.stringify({ type, sdp }));
			} else push(e, `${m[1]}${m[2] === '✓' ? 'OnSuccess' : 'OnFailure'}`, m[3]);
		} else if (e.kind === 'event') {
			const state = STATE_EVENT.exec(e.text);
			if (state) push(e, `on${state[1]}`, JSON.stringify(state[2]));
			else if (e.text.startsWith('icecandidate candidate:'))
				push(e, 'onicecandidate', JSON.stringify({ candidate: e.text.slice('icecandidate '.length) }));
			else if (e.text.startsWith('icecandidate null')) continue;
			else {
				const m = /^(\S+)\s*(.*)$/s.exec(e.text)!;
				push(e, /^[a-z]+$/.test(m[1]) ? `on${m[1]}` : m[1], m[2]);
			}
		}
	}
	return out;
}

export function webrtcInternalsDump(input: DumpInput): WebrtcInternalsDump {
	const pid = input.pid ?? 1;
	const connections: WebrtcInternalsDump['PeerConnections'] = {};
	SIDES.forEach((side, i) => {
		connections[`${pid}-${i + 1}`] = {
			pid,
			url: input.url,
			rtcConfiguration: input.rtcConfiguration,
			updateLog: updateLog(input.log, input.rounds, side, input.startedAt),
			stats: statsSeries(input.samples, side)
		};
	});
	return {
		getUserMedia: [],
		PeerConnections: connections,
		UserAgent: input.userAgent,
		timestamp: input.exportedAt ?? Date.now()
	};
}
