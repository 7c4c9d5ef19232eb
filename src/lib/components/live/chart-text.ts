// The words around each stats chart (title, what the stat means, where it comes from; series and unit names),
// shared by the live call and the dump viewer. Chart and series ids come from $lib/live/metrics.
import { m } from '$lib/paraglide/messages.js';
import type { ChartId, SeriesLabel } from '$lib/live/metrics';

export const CHART_TEXT: Record<
	ChartId,
	{ title: () => string; explain: () => string; source: () => string }
> = {
	bitrate: {
		title: m.loopback_chart_bitrate_title,
		explain: m.loopback_chart_bitrate_explain,
		source: m.loopback_chart_bitrate_source
	},
	packets: {
		title: m.loopback_chart_packets_title,
		explain: m.loopback_chart_packets_explain,
		source: m.loopback_chart_packets_source
	},
	frames: {
		title: m.loopback_chart_frames_title,
		explain: m.loopback_chart_frames_explain,
		source: m.loopback_chart_frames_source
	},
	resolution: {
		title: m.loopback_chart_resolution_title,
		explain: m.loopback_chart_resolution_explain,
		source: m.loopback_chart_resolution_source
	},
	jitter: {
		title: m.loopback_chart_jitter_title,
		explain: m.loopback_chart_jitter_explain,
		source: m.loopback_chart_jitter_source
	},
	jitterBuffer: {
		title: m.loopback_chart_jb_title,
		explain: m.loopback_chart_jb_explain,
		source: m.loopback_chart_jb_source
	},
	rtt: {
		title: m.loopback_chart_rtt_title,
		explain: m.loopback_chart_rtt_explain,
		source: m.loopback_chart_rtt_source
	},
	lost: {
		title: m.loopback_chart_lost_title,
		explain: m.loopback_chart_lost_explain,
		source: m.loopback_chart_lost_source
	},
	feedback: {
		title: m.loopback_chart_feedback_title,
		explain: m.loopback_chart_feedback_explain,
		source: m.loopback_chart_feedback_source
	},
	availableBitrate: {
		title: m.loopback_chart_aob_title,
		explain: m.loopback_chart_aob_explain,
		source: m.loopback_chart_aob_source
	}
};
export const SERIES_TEXT: Record<SeriesLabel, () => string> = {
	videoOut: m.loopback_series_video_out,
	videoIn: m.loopback_series_video_in,
	audioOut: m.loopback_series_audio_out,
	audioIn: m.loopback_series_audio_in,
	video: m.loopback_series_video,
	audio: m.loopback_series_audio,
	sent: m.loopback_series_sent,
	received: m.loopback_series_received,
	encoded: m.loopback_series_encoded,
	decoded: m.loopback_series_decoded,
	width: m.loopback_series_width,
	height: m.loopback_series_height,
	ice: m.loopback_series_ice,
	nack: () => 'NACK',
	pli: () => 'PLI',
	fir: () => 'FIR',
	available: m.loopback_series_available
};
export const UNIT_TEXT = {
	kbps: 'kbit/s',
	pps: m.loopback_unit_pps,
	fps: m.loopback_unit_fps,
	px: 'px',
	ms: 'ms',
	packets: m.loopback_unit_packets,
	count: m.loopback_unit_count
};
export const unitText = (u: keyof typeof UNIT_TEXT) => {
	const x = UNIT_TEXT[u];
	return typeof x === 'string' ? x : x();
};
