// The transports the model's aggregate states are computed over: one RTCIceTransport (with its gatherer)
// under one RTCDtlsTransport per id. With BUNDLE there is usually one, id "0" (the first mid).
import type { DtlsTransportState, IceGathererState, IceTransportState, TransportEvent } from './types';

export interface TransportState {
	gatherer: IceGathererState;
	ice: IceTransportState;
	dtls: DtlsTransportState;
}

export type Transports = Readonly<Record<string, TransportState>>;

export const DEFAULT_TRANSPORT_ID = '0';

const fresh = (): TransportState => ({ gatherer: 'new', ice: 'new', dtls: 'new' });

function update(transports: Transports, id: string, change: Partial<TransportState>): Transports {
	return { ...transports, [id]: { ...(transports[id] ?? fresh()), ...change } };
}

/** Applying a local description with new ICE credentials: every transport's gatherer starts (or a first one). */
export function startGathering(transports: Transports): Transports {
	const ids = Object.keys(transports);
	if (ids.length === 0) return { [DEFAULT_TRANSPORT_ID]: { ...fresh(), gatherer: 'gathering' } };
	return Object.fromEntries(ids.map((id) => [id, { ...transports[id], gatherer: 'gathering' }]));
}

/** A transport event; an id not seen before creates the transport. */
export function applyTransportEvent(transports: Transports, event: TransportEvent): Transports {
	const id = event.transportId ?? DEFAULT_TRANSPORT_ID;
	switch (event.type) {
		case 'transport.iceCandidate':
			return update(transports, id, { gatherer: 'gathering' });
		case 'transport.gatheringComplete':
			return update(transports, id, { gatherer: 'complete' });
		case 'transport.iceState':
			return update(transports, id, { ice: event.state });
		case 'transport.dtlsState':
			return update(transports, id, { dtls: event.state });
	}
}

/** close(): every RTCDtlsTransport and RTCIceTransport goes to "closed" (webrtc-pc "close the connection"). */
export function closeTransports(transports: Transports): Transports {
	return Object.fromEntries(
		Object.entries(transports).map(([id, t]) => [id, { ...t, ice: 'closed', dtls: 'closed' }])
	);
}
