import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	breakdownPriority,
	computeCandidatePriority,
	describeTypePreference,
	RECOMMENDED_TYPE_PREFERENCES,
	type PriorityParts
} from './candidate-priority';
import { parseCandidate } from './candidate';

describe('breakdownPriority of real candidates', () => {
	// Priorities from real browsers (test/fixtures/ice/candidates.json) and RFC 8839 §4.2.6; the expected parts were
	// worked out independently (python: p >> 24, (p >> 8) & 0xffff, 256 - (p & 0xff)).
	const table: { args: number; expected: PriorityParts; source: string }[] = [
		{
			args: 2130706431,
			expected: { typePreference: 126, localPreference: 65535, componentId: 1 },
			source: 'RFC 8839 host'
		},
		{
			args: 1694498815,
			expected: { typePreference: 100, localPreference: 65535, componentId: 1 },
			source: 'RFC 8839 srflx'
		},
		{
			args: 2122260223,
			expected: { typePreference: 126, localPreference: 32542, componentId: 1 },
			source: 'Chrome host'
		},
		{
			args: 2122262783,
			expected: { typePreference: 126, localPreference: 32552, componentId: 1 },
			source: 'Chrome IPv6 host'
		},
		{
			args: 1677729535,
			expected: { typePreference: 100, localPreference: 30, componentId: 1 },
			source: 'Chrome srflx'
		},
		{
			args: 1518280447,
			expected: { typePreference: 90, localPreference: 32542, componentId: 1 },
			source: 'Chrome TCP host'
		},
		{
			args: 33562623,
			expected: { typePreference: 2, localPreference: 31, componentId: 1 },
			source: 'Chrome UDP relay'
		},
		{
			args: 2113937151,
			expected: { typePreference: 126, localPreference: 30, componentId: 1 },
			source: 'older Chrome host'
		},
		{
			args: 1845501695,
			expected: { typePreference: 110, localPreference: 30, componentId: 1 },
			source: 'older Chrome srflx'
		},
		{
			args: 2122187007,
			expected: { typePreference: 126, localPreference: 32256, componentId: 1 },
			source: 'Firefox host'
		},
		{
			args: 2122187006,
			expected: { typePreference: 126, localPreference: 32256, componentId: 2 },
			source: 'Firefox RTCP host'
		},
		{
			args: 1685921791,
			expected: { typePreference: 100, localPreference: 32031, componentId: 1 },
			source: 'Firefox srflx'
		},
		{
			args: 2105458943,
			expected: { typePreference: 125, localPreference: 32448, componentId: 1 },
			source: 'Firefox TCP active'
		},
		{
			args: 659136,
			expected: { typePreference: 0, localPreference: 2574, componentId: 64 },
			source: 'FreeSWITCH'
		}
	];
	test.each(table)('$source: $args', ({ args, expected }) => {
		expect(breakdownPriority(args)).toEqual(expected);
		expect(computeCandidatePriority(expected)).toBe(args);
	});

	test('the user brief example: srflx 1677729535', () => {
		const { value } = parseCandidate(
			'candidate:842163049 1 udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.1.5 rport 46154 generation 0 ufrag EsAw network-id 1 network-cost 10'
		);
		expect(breakdownPriority(value.priority)).toEqual({
			typePreference: 100,
			localPreference: 30,
			componentId: 1
		});
	});

	test('every fixture line: component from the priority equals the component field', () => {
		const lines: { line: string }[] = JSON.parse(
			readFileSync('test/fixtures/ice/candidates.json', 'utf8')
		).candidates;
		const mismatches = lines
			.map(({ line }) => parseCandidate(line).value)
			.filter((c) => breakdownPriority(c.priority).componentId !== c.component)
			.map((c) => `${c.foundation} ${c.priority}`);
		// Only the FreeSWITCH/ice-lite lines (and Chrome's old TCP candidates, which reuse component 1's priority
		// for component 2) do not follow the recommended formula.
		expect(mismatches.length).toBeLessThan(lines.length / 4);
	});
});

describe('computeCandidatePriority', () => {
	test('RFC 8445 §5.1.2.1 with the recommended preferences', () => {
		const table = [
			{
				args: { typePreference: RECOMMENDED_TYPE_PREFERENCES.host, localPreference: 65535, componentId: 1 },
				expected: 2130706431
			},
			{
				args: { typePreference: RECOMMENDED_TYPE_PREFERENCES.prflx, localPreference: 65535, componentId: 1 },
				expected: 1862270975
			},
			{
				args: { typePreference: RECOMMENDED_TYPE_PREFERENCES.srflx, localPreference: 65535, componentId: 1 },
				expected: 1694498815
			},
			{
				args: { typePreference: RECOMMENDED_TYPE_PREFERENCES.relay, localPreference: 65535, componentId: 1 },
				expected: 16777215
			},
			{ args: { typePreference: 126, localPreference: 65535, componentId: 2 }, expected: 2130706430 },
			{ args: { typePreference: 0, localPreference: 0, componentId: 256 }, expected: 0 }
		];
		for (const { args, expected } of table) expect(computeCandidatePriority(args)).toBe(expected);
	});

	test('out-of-range parts are RangeErrors', () => {
		expect(() =>
			computeCandidatePriority({ typePreference: 127, localPreference: 0, componentId: 1 })
		).toThrow(RangeError);
		expect(() =>
			computeCandidatePriority({ typePreference: 0, localPreference: 65536, componentId: 1 })
		).toThrow(RangeError);
		expect(() => computeCandidatePriority({ typePreference: 0, localPreference: 0, componentId: 0 })).toThrow(
			RangeError
		);
		expect(() => breakdownPriority(2 ** 32)).toThrow(RangeError);
	});
});

describe('describeTypePreference', () => {
	const table = [
		{ args: 126, expected: { recommendedFor: 'host', nearest: 'host' } },
		{ args: 110, expected: { recommendedFor: 'prflx', nearest: 'prflx' } },
		{ args: 100, expected: { recommendedFor: 'srflx', nearest: 'srflx' } },
		{ args: 0, expected: { recommendedFor: 'relay', nearest: 'relay' } },
		{ args: 2, expected: { nearest: 'relay' } },
		{ args: 125, expected: { nearest: 'host' } }
	];
	test.each(table)('$args', ({ args, expected }) => expect(describeTypePreference(args)).toEqual(expected));
});
