// The RTCConfiguration the ICE server lab builds from what the user typed, and its hand-over to the loopback
// lab through sessionStorage (this tab only, gone when it closes) — never through the URL, because it carries
// the TURN credential.

export interface LabIceConfig {
	iceServers: RTCIceServer[];
	iceTransportPolicy: RTCIceTransportPolicy;
}

export const HANDOVER_KEY = 'webrtc-lab:loopback-ice-config';

/** One RTCIceServer for all the URLs (webrtc-pc §4.2.2: a credential applies to every URL of its server). */
export function buildIceConfig(
	urls: string[],
	username: string,
	credential: string,
	policy: RTCIceTransportPolicy
): LabIceConfig {
	const server: RTCIceServer = { urls };
	if (username) server.username = username;
	if (credential) server.credential = credential;
	return { iceServers: urls.length ? [server] : [], iceTransportPolicy: policy };
}

function isConfig(x: unknown): x is LabIceConfig {
	if (!x || typeof x !== 'object') return false;
	const c = x as Record<string, unknown>;
	return (
		(c.iceTransportPolicy === 'all' || c.iceTransportPolicy === 'relay') &&
		Array.isArray(c.iceServers) &&
		c.iceServers.every(
			(s) =>
				s &&
				typeof s === 'object' &&
				Array.isArray((s as RTCIceServer).urls) &&
				((s as RTCIceServer).urls as unknown[]).every((u) => typeof u === 'string')
		)
	);
}

export function handOver(config: LabIceConfig): void {
	try {
		sessionStorage.setItem(HANDOVER_KEY, JSON.stringify(config));
	} catch {
		// Storage disabled: the loopback lab's own form still works.
	}
}

/** The configuration handed over from the ICE server lab in this tab, if any. */
export function takeHandOver(): LabIceConfig | null {
	try {
		const text = sessionStorage.getItem(HANDOVER_KEY);
		const value: unknown = text ? JSON.parse(text) : null;
		return isConfig(value) ? value : null;
	} catch {
		return null;
	}
}
