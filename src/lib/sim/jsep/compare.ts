// Model beside reality: list where the model's prediction and the browser's reported attributes differ.
import type { JsepSnapshot } from './jsep-model';
import type { SessionDescription } from './types';

/** What the live lab reads off a real RTCPeerConnection; absent fields are not compared. */
export interface BrowserReported {
	signalingState?: string;
	iceGatheringState?: string;
	iceConnectionState?: string;
	connectionState?: string;
	localDescription?: SessionDescription | null;
	remoteDescription?: SessionDescription | null;
	pendingLocalDescription?: SessionDescription | null;
	currentLocalDescription?: SessionDescription | null;
	pendingRemoteDescription?: SessionDescription | null;
	currentRemoteDescription?: SessionDescription | null;
}

export interface Disagreement {
	field: string;
	predicted: string | null;
	reported: string | null;
}

export interface CompareOptions {
	/** Also compare SDP text (only meaningful when the model was fed the browser's own SDP). */
	compareSdp?: boolean;
}

const STATE_FIELDS = [
	'signalingState',
	'iceGatheringState',
	'iceConnectionState',
	'connectionState'
] as const;

const DESCRIPTION_FIELDS = [
	'localDescription',
	'remoteDescription',
	'pendingLocalDescription',
	'currentLocalDescription',
	'pendingRemoteDescription',
	'currentRemoteDescription'
] as const;

export function compare(
	predicted: JsepSnapshot,
	reported: BrowserReported,
	options: CompareOptions = {}
): Disagreement[] {
	const out: Disagreement[] = [];
	for (const field of STATE_FIELDS) {
		const r = reported[field];
		if (r !== undefined && r !== predicted[field]) {
			out.push({ field, predicted: predicted[field], reported: r });
		}
	}
	for (const field of DESCRIPTION_FIELDS) {
		const r = reported[field];
		if (r === undefined) continue;
		const p = predicted[field];
		// Descriptions compare by presence and type: the model's SDP is a stand-in unless fed the real one.
		if ((p?.type ?? null) !== (r?.type ?? null)) {
			out.push({ field, predicted: p?.type ?? null, reported: r?.type ?? null });
		} else if (options.compareSdp && p && r && p.sdp !== r.sdp) {
			out.push({ field: `${field}.sdp`, predicted: p.sdp, reported: r.sdp });
		}
	}
	return out;
}
