// Optional real media for the loopback call: camera + microphone (getUserMedia) or a screen (getDisplayMedia).
// A failure is classified so the page can say why and keep sending the synthetic media instead.

export type SourceKind = 'synthetic' | 'camera' | 'screen';

/** Why a capture failed, from the DOMException names of the Media Capture specs. */
export type SourceProblem = 'denied' | 'no-device' | 'in-use' | 'unsupported' | 'other';

export type Capture =
	{ ok: true; stream: MediaStream } | { ok: false; problem: SourceProblem; detail: string };

/** Media Capture and Streams §9.2 (getUserMedia errors) and Screen Capture §5.1 (getDisplayMedia). */
export function classifyCaptureError(e: unknown): { problem: SourceProblem; detail: string } {
	const name = e instanceof Error || e instanceof DOMException ? e.name : '';
	const detail = e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
	if (name === 'NotAllowedError' || name === 'SecurityError') return { problem: 'denied', detail };
	if (name === 'NotFoundError' || name === 'OverconstrainedError') return { problem: 'no-device', detail };
	if (name === 'NotReadableError' || name === 'AbortError') return { problem: 'in-use', detail };
	if (name === 'TypeError' || name === 'NotSupportedError') return { problem: 'unsupported', detail };
	return { problem: 'other', detail };
}

/** Opens the camera and microphone, or a screen (video only; the call keeps its synthetic tone). */
export async function capture(kind: Exclude<SourceKind, 'synthetic'>): Promise<Capture> {
	const devices = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
	const open =
		kind === 'camera' ? devices?.getUserMedia?.bind(devices) : devices?.getDisplayMedia?.bind(devices);
	if (!open) return { ok: false, problem: 'unsupported', detail: `${kind}: no mediaDevices API` };
	try {
		const constraints: MediaStreamConstraints =
			kind === 'camera'
				? { video: true, audio: true }
				: { video: { frameRate: { ideal: 15 } }, audio: false };
		return { ok: true, stream: await open(constraints) };
	} catch (e) {
		return { ok: false, ...classifyCaptureError(e) };
	}
}
