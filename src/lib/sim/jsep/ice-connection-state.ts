// W3C webrtc-pc §4.3.4 RTCIceConnectionState: derived from the RTCIceTransport states. Rows are tried in
// the spec's order; each applies only when "none of the previous states apply".
import type { IceConnectionState, IceTransportState } from './types';

export function aggregateIceConnectionState(
	isClosed: boolean,
	transports: readonly IceTransportState[]
): IceConnectionState {
	const all = (...states: IceTransportState[]) => transports.every((s) => states.includes(s));
	const any = (...states: IceTransportState[]) => transports.some((s) => states.includes(s));
	// closed: the RTCPeerConnection object's [[IsClosed]] slot is true.
	if (isClosed) return 'closed';
	// failed: any RTCIceTransports are in the "failed" state.
	if (any('failed')) return 'failed';
	// disconnected: any RTCIceTransports are in the "disconnected" state.
	if (any('disconnected')) return 'disconnected';
	// new: all RTCIceTransports are "new" or "closed", or there are no transports.
	if (all('new', 'closed')) return 'new';
	// checking: any RTCIceTransports are "new" or "checking".
	if (any('new', 'checking')) return 'checking';
	// completed: all RTCIceTransports are "completed" or "closed".
	if (all('completed', 'closed')) return 'completed';
	// connected: all RTCIceTransports are "connected", "completed" or "closed" — all that remains.
	return 'connected';
}
