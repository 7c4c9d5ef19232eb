import { describe, expect, it } from 'vitest';
import { aggregateIceConnectionState } from './ice-connection-state';
import type { IceConnectionState, IceTransportState } from './types';

// W3C webrtc-pc §4.3.4 RTCIceConnectionState, row by row (each row only when no earlier one applies).
const ROWS: { rule: string; closed?: boolean; args: IceTransportState[]; expected: IceConnectionState }[] = [
	{ rule: 'closed: [[IsClosed]] is true', closed: true, args: ['connected'], expected: 'closed' },
	{ rule: 'closed: [[IsClosed]] wins over failed', closed: true, args: ['failed'], expected: 'closed' },
	{ rule: 'failed: any transport failed', args: ['failed'], expected: 'failed' },
	{ rule: 'failed: any failed wins over disconnected', args: ['disconnected', 'failed'], expected: 'failed' },
	{ rule: 'failed: any failed wins over connected', args: ['connected', 'failed'], expected: 'failed' },
	{ rule: 'disconnected: any disconnected', args: ['disconnected'], expected: 'disconnected' },
	{
		rule: 'disconnected: any disconnected beside checking',
		args: ['checking', 'disconnected'],
		expected: 'disconnected'
	},
	{ rule: 'new: there are no transports', args: [], expected: 'new' },
	{ rule: 'new: all new', args: ['new', 'new'], expected: 'new' },
	{ rule: 'new: all new or closed', args: ['new', 'closed'], expected: 'new' },
	{ rule: 'new: all closed', args: ['closed'], expected: 'new' },
	{ rule: 'checking: any checking', args: ['checking'], expected: 'checking' },
	{ rule: 'checking: any new beside connected', args: ['new', 'connected'], expected: 'checking' },
	{ rule: 'checking: any checking beside completed', args: ['completed', 'checking'], expected: 'checking' },
	{ rule: 'completed: all completed', args: ['completed'], expected: 'completed' },
	{ rule: 'completed: all completed or closed', args: ['completed', 'closed'], expected: 'completed' },
	{ rule: 'connected: all connected', args: ['connected'], expected: 'connected' },
	{
		rule: 'connected: connected, completed or closed',
		args: ['connected', 'completed', 'closed'],
		expected: 'connected'
	}
];

describe('aggregateIceConnectionState', () => {
	it.each(ROWS)('$rule', ({ closed, args, expected }) => {
		expect(aggregateIceConnectionState(closed ?? false, args)).toBe(expected);
	});
});
