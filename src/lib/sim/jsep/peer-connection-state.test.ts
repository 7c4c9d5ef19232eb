import { describe, expect, it } from 'vitest';
import { aggregateConnectionState } from './peer-connection-state';
import type { DtlsTransportState, IceTransportState, PeerConnectionState } from './types';

// W3C webrtc-pc §4.3.3 RTCPeerConnectionState, row by row (each row only when no earlier one applies).
const ROWS: {
	rule: string;
	closed?: boolean;
	ice: IceTransportState[];
	dtls: DtlsTransportState[];
	expected: PeerConnectionState;
}[] = [
	{
		rule: 'closed: [[IceConnectionState]] is closed',
		closed: true,
		ice: ['connected'],
		dtls: ['connected'],
		expected: 'closed'
	},
	{ rule: 'failed: ICE connection state failed', ice: ['failed'], dtls: ['connected'], expected: 'failed' },
	{ rule: 'failed: any DTLS transport failed', ice: ['connected'], dtls: ['failed'], expected: 'failed' },
	{
		rule: 'failed: DTLS failed wins over ICE disconnected',
		ice: ['disconnected'],
		dtls: ['failed'],
		expected: 'failed'
	},
	{
		rule: 'disconnected: ICE connection state disconnected',
		ice: ['disconnected'],
		dtls: ['connected'],
		expected: 'disconnected'
	},
	{ rule: 'new: there are no transports', ice: [], dtls: [], expected: 'new' },
	{ rule: 'new: ICE new and all DTLS new', ice: ['new'], dtls: ['new'], expected: 'new' },
	{
		rule: 'new: ICE new and all DTLS new or closed',
		ice: ['new', 'closed'],
		dtls: ['new', 'closed'],
		expected: 'new'
	},
	{
		rule: 'connected: ICE connected and all DTLS connected',
		ice: ['connected'],
		dtls: ['connected'],
		expected: 'connected'
	},
	{
		rule: 'connected: ICE completed counts (2021 REC wording)',
		ice: ['completed'],
		dtls: ['connected'],
		expected: 'connected'
	},
	{
		rule: 'connected: DTLS connected or closed',
		ice: ['connected', 'closed'],
		dtls: ['connected', 'closed'],
		expected: 'connected'
	},
	{ rule: 'connecting: ICE checking', ice: ['checking'], dtls: ['new'], expected: 'connecting' },
	{
		rule: 'connecting: ICE connected, DTLS connecting',
		ice: ['connected'],
		dtls: ['connecting'],
		expected: 'connecting'
	},
	{
		rule: 'connecting: ICE connected, DTLS still new',
		ice: ['connected'],
		dtls: ['new'],
		expected: 'connecting'
	},
	{
		rule: 'connecting: ICE new but a DTLS transport connecting',
		ice: ['new'],
		dtls: ['connecting'],
		expected: 'connecting'
	}
];

describe('aggregateConnectionState', () => {
	it.each(ROWS)('$rule', ({ closed, ice, dtls, expected }) => {
		expect(
			aggregateConnectionState({ isClosed: closed ?? false, iceTransports: ice, dtlsTransports: dtls })
		).toBe(expected);
	});
});
