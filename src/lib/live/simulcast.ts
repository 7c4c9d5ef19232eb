// Simulcast in a loopback (RFC 8853, RID RFC 8851). The caller offers `a=rid:<id> send` lines and
// `a=simulcast:send q;h;f` for a video m-section; Chromium as the answerer cannot receive simulcast, so its answer
// leaves both out and the caller would then send a single layer. In a call through an SFU, the SFU answers with
// `a=rid:<id> recv` and `a=simulcast:recv …`, receives every layer, and forwards one to each receiver. The lab
// plays that SFU's part for the caller: it adds those lines to the answer before the caller applies it, so the
// caller sends every layer; the callee, like a receiver behind an SFU, decodes one of them.
import { counterDelta, type StatsSample } from './stats';

/** The layers the lab sends when simulcast is on: quarter, half and full resolution. */
export const SIMULCAST_LAYERS: readonly { rid: string; scaleResolutionDownBy: number }[] = [
	{ rid: 'q', scaleResolutionDownBy: 4 },
	{ rid: 'h', scaleResolutionDownBy: 2 },
	{ rid: 'f', scaleResolutionDownBy: 1 }
];

/** The send rids an m-section offers (RFC 8853 §5.1 `a=simulcast:send`), in order; [] when none. */
export function offeredSimulcast(section: string): string[] {
	const line = /^a=simulcast:send (\S+)/m.exec(section);
	if (!line) return [];
	// Alternatives are comma-separated within a stream; paused ones start with `~` (RFC 8853 §5.1).
	return line[1].split(';').map((s) => s.split(',')[0].replace(/^~/, ''));
}

/** Splits an SDP into its session part and m-sections, keeping every line ending. */
function sections(sdp: string): string[] {
	return sdp.split(/(?=^m=)/m);
}

/**
 * The answer as an SFU would write it: every m-section whose offer carries `a=simulcast:send` gets the matching
 * `a=rid:<id> recv` lines and `a=simulcast:recv` (RFC 8853 §5.3), unless the answer already has them. Other
 * sections, and answers that already accept simulcast, are returned unchanged.
 */
export function acceptSimulcast(offer: string, answer: string): { sdp: string; added: string[] } {
	const offered = sections(offer);
	const eol = answer.includes('\r\n') ? '\r\n' : '\n';
	const added: string[] = [];
	const out = sections(answer).map((section, i) => {
		if (i === 0 || /^a=simulcast:/m.test(section) || /^m=\S+ 0 /.test(section)) return section;
		const rids = offeredSimulcast(offered[i] ?? '');
		if (rids.length === 0) return section;
		const lines = [...rids.map((r) => `a=rid:${r} recv`), `a=simulcast:recv ${rids.join(';')}`];
		added.push(...lines);
		const body = section.endsWith(eol) ? section : section + eol;
		return body + lines.join(eol) + eol;
	});
	return { sdp: out.join(''), added };
}

/** One encoding the caller sends (an outbound-rtp object), as the layers table shows it. */
export interface LayerRow {
	id: string;
	rid: string | null;
	ssrc: number | null;
	width: number | null;
	height: number | null;
	fps: number | null;
	/** Sent bitrate over the last sample interval, kbit/s; null on the object's first sample or a reset. */
	kbps: number | null;
	limitation: string | null;
	/** The callee has an inbound-rtp for this SSRC: it is the layer being decoded. */
	received: boolean;
}

const n = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/**
 * The caller's video outbound-rtp objects (one per rid with simulcast, webrtc-stats §6.4 `rid`) with their sent
 * bitrate, and which of them the callee receives (its inbound-rtp objects with the same SSRC).
 */
export function layerRows(prev: StatsSample | undefined, cur: StatsSample | undefined): LayerRow[] {
	if (!cur) return [];
	const receivedSsrcs = new Set(
		Object.values(cur.callee)
			.filter((s) => s.type === 'inbound-rtp' && s.kind === 'video')
			.map((s) => n(s.ssrc))
	);
	const rows = Object.values(cur.caller)
		.filter((s) => s.type === 'outbound-rtp' && s.kind === 'video')
		.map((s): LayerRow => {
			const p = prev?.caller[s.id];
			const dt = p ? (s.timestamp - p.timestamp) / 1000 : 0;
			const d = p ? counterDelta(p.bytesSent, s.bytesSent) : null;
			const ssrc = n(s.ssrc);
			return {
				id: s.id,
				rid: typeof s.rid === 'string' ? s.rid : null,
				ssrc,
				width: n(s.frameWidth),
				height: n(s.frameHeight),
				fps: n(s.framesPerSecond),
				kbps: d !== null && dt > 0 ? (d * 8) / 1000 / dt : null,
				limitation: typeof s.qualityLimitationReason === 'string' ? s.qualityLimitationReason : null,
				received: ssrc !== null && receivedSsrcs.has(ssrc)
			};
		});
	const order = SIMULCAST_LAYERS.map((l) => l.rid);
	return rows.sort((a, b) => order.indexOf(a.rid ?? '') - order.indexOf(b.rid ?? ''));
}
