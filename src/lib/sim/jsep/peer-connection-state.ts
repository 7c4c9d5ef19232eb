// W3C webrtc-pc §4.3.3 RTCPeerConnectionState (editor's draft wording, in terms of [[IceConnectionState]]
// and the RTCDtlsTransport states). Rows are tried in order.
import { aggregateIceConnectionState } from './ice-connection-state';
import type { DtlsTransportState, IceTransportState, PeerConnectionState } from './types';

export interface ConnectionStateInput {
	isClosed: boolean;
	iceTransports: readonly IceTransportState[];
	dtlsTransports: readonly DtlsTransportState[];
}

export function aggregateConnectionState(input: ConnectionStateInput): PeerConnectionState {
	const ice = aggregateIceConnectionState(input.isClosed, input.iceTransports);
	const dtls = input.dtlsTransports;
	const allDtls = (...states: DtlsTransportState[]) => dtls.every((s) => states.includes(s));
	// closed: [[IceConnectionState]] is "closed".
	if (ice === 'closed') return 'closed';
	// failed: [[IceConnectionState]] is "failed" or any RTCDtlsTransports are "failed".
	if (ice === 'failed' || dtls.includes('failed')) return 'failed';
	// disconnected: [[IceConnectionState]] is "disconnected".
	if (ice === 'disconnected') return 'disconnected';
	// new: [[IceConnectionState]] is "new" and all RTCDtlsTransports are "new" or "closed", or there
	// are no transports.
	const noTransports = input.iceTransports.length === 0 && dtls.length === 0;
	if ((ice === 'new' && allDtls('new', 'closed')) || noTransports) return 'new';
	// connected: [[IceConnectionState]] is "connected" and all RTCDtlsTransports are "connected" or
	// "closed". The draft names only "connected"; the 2021 Recommendation ("all RTCIceTransports are in
	// the connected, completed or closed state") and browsers also count "completed".
	if ((ice === 'connected' || ice === 'completed') && allDtls('connected', 'closed')) {
		return 'connected';
	}
	// connecting: none of the previous states apply.
	return 'connecting';
}
