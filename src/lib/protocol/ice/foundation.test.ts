import { describe, expect, test } from 'vitest';
import { assignFoundations, foundationKey, groupByFoundation, type FoundationInput } from './foundation';

describe('foundations (RFC 8445 §5.1.1.3)', () => {
	const hostA: FoundationInput = { type: 'host', baseAddress: '10.0.1.5', transport: 'udp' };
	const table: { args: [FoundationInput, FoundationInput]; expected: boolean; why: string }[] = [
		{
			args: [hostA, { ...hostA }],
			expected: true,
			why: 'same everything (ports differ, which does not count)'
		},
		{
			args: [hostA, { ...hostA, transport: 'UDP' }],
			expected: true,
			why: 'transport compared case-insensitively'
		},
		{ args: [hostA, { ...hostA, transport: 'tcp' }], expected: false, why: 'different transport' },
		{ args: [hostA, { ...hostA, baseAddress: '10.0.1.6' }], expected: false, why: 'different base IP' },
		{
			args: [hostA, { ...hostA, type: 'srflx', serverAddress: '198.51.100.1' }],
			expected: false,
			why: 'different type'
		},
		{
			args: [
				{ type: 'srflx', baseAddress: '10.0.1.5', serverAddress: '198.51.100.1', transport: 'udp' },
				{ type: 'srflx', baseAddress: '10.0.1.5', serverAddress: '198.51.100.2', transport: 'udp' }
			],
			expected: false,
			why: 'different STUN server'
		},
		{
			args: [
				{ type: 'relay', baseAddress: '10.0.1.5', serverAddress: '198.51.100.1', transport: 'udp' },
				{ type: 'relay', baseAddress: '10.0.1.5', serverAddress: '198.51.100.1', transport: 'udp' }
			],
			expected: true,
			why: 'same TURN server and base'
		}
	];
	test.each(table)('$why', ({ args, expected }) => {
		expect(foundationKey(args[0]) === foundationKey(args[1])).toBe(expected);
	});

	test('assignFoundations numbers keys by first appearance', () => {
		expect(
			assignFoundations([
				hostA,
				{ type: 'srflx', baseAddress: '10.0.1.5', serverAddress: '198.51.100.1', transport: 'udp' },
				{ ...hostA },
				{ type: 'host', baseAddress: 'fe80::1', transport: 'udp' }
			])
		).toEqual(['1', '2', '1', '3']);
	});

	test('groupByFoundation keeps input order', () => {
		const g = groupByFoundation(['a1', 'b1', 'a2'], (s) => s[0]);
		expect([...g.entries()]).toEqual([
			['a', ['a1', 'a2']],
			['b', ['b1']]
		]);
	});
});
