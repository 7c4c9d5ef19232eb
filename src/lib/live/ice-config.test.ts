import { describe, expect, test } from 'vitest';
import { buildIceConfig } from './ice-config';

describe('buildIceConfig', () => {
	test.each([
		{
			args: [
				['turn:127.0.0.1:3478', 'turn:127.0.0.1:3478?transport=tcp'],
				'test',
				'secret',
				'relay'
			] as const,
			expected: {
				iceServers: [
					{
						urls: ['turn:127.0.0.1:3478', 'turn:127.0.0.1:3478?transport=tcp'],
						username: 'test',
						credential: 'secret'
					}
				],
				iceTransportPolicy: 'relay'
			}
		},
		{
			args: [['stun:127.0.0.1'], '', '', 'all'] as const,
			expected: { iceServers: [{ urls: ['stun:127.0.0.1'] }], iceTransportPolicy: 'all' }
		},
		{ args: [[], 'u', 'p', 'all'] as const, expected: { iceServers: [], iceTransportPolicy: 'all' } }
	])('$args', ({ args, expected }) => {
		expect(buildIceConfig([...args[0]], args[1], args[2], args[3])).toEqual(expected);
	});
});
