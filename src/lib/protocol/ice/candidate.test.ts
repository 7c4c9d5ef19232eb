import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseCandidate, serializeCandidate, type Candidate } from './candidate';
import { ParseError } from './parse-error';

const fixtures: { line: string; fixture: string }[] = JSON.parse(
	readFileSync('test/fixtures/ice/candidates.json', 'utf8')
).candidates;

// RFC 8839 §4.2.6 SDP example (the second line is folded there for readability; unfolded here).
const RFC8839_HOST = 'a=candidate:1 1 UDP 2130706431 203.0.113.141 8998 typ host';
const RFC8839_SRFLX =
	'a=candidate:2 1 UDP 1694498815 192.0.2.3 45664 typ srflx raddr 203.0.113.141 rport 8998';

describe('parseCandidate: table', () => {
	const table: { args: string; expected: Partial<Candidate> }[] = [
		{
			args: RFC8839_HOST,
			expected: {
				prefix: 'a=candidate:',
				foundation: '1',
				component: 1,
				transport: 'UDP',
				priority: 2130706431,
				address: '203.0.113.141',
				addressKind: 'ipv4',
				port: 8998,
				type: 'host',
				extensions: []
			}
		},
		{
			args: RFC8839_SRFLX,
			expected: { foundation: '2', type: 'srflx', raddr: '203.0.113.141', rport: 8998, priority: 1694498815 }
		},
		{
			args: 'candidate:842163049 1 udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.1.5 rport 46154 generation 0 ufrag EsAw network-id 1 network-cost 10',
			expected: {
				prefix: 'candidate:',
				transport: 'udp',
				type: 'srflx',
				raddr: '10.0.1.5',
				rport: 46154,
				generation: 0,
				ufrag: 'EsAw',
				networkId: 1,
				networkCost: 10,
				extensionOrder: ['generation', 'ufrag', 'network-id', 'network-cost']
			}
		},
		{
			args: '1754264922 1 tcp 1518280447 10.101.2.67 9 typ host tcptype active generation 0 network-id 2 network-cost 10',
			expected: { prefix: '', transport: 'tcp', port: 9, tcptype: 'active', networkId: 2 }
		},
		{
			args: 'candidate:1560499547 1 udp 2113937151 2cf0b2c0-0842-4fe3-aaa0-4556a2dfbadc.local 33192 typ host generation 0 network-cost 999',
			expected: {
				address: '2cf0b2c0-0842-4fe3-aaa0-4556a2dfbadc.local',
				addressKind: 'mdns',
				networkCost: 999
			}
		},
		{
			args: 'candidate:1 1 UDP 2122252543 2a02:a03f:3eb0:e000:b0aa:d60a:cff2:933c 44087 typ host',
			expected: { addressKind: 'ipv6', port: 44087 }
		},
		{
			args: 'candidate:1 1 udp 33562623 turn.example.net 3478 typ relay raddr 0.0.0.0 rport 0 foo bar generation 0 baz qux',
			expected: {
				addressKind: 'fqdn',
				type: 'relay',
				generation: 0,
				extensions: [
					{ name: 'foo', value: 'bar' },
					{ name: 'baz', value: 'qux' }
				],
				extensionOrder: ['foo', 'generation', 'baz']
			}
		}
	];
	test.each(table)('$args', ({ args, expected }) => {
		const { value } = parseCandidate(args);
		expect(value).toMatchObject(expected);
		expect(serializeCandidate(value)).toBe(args);
	});

	test('ranges point at the characters of each field', () => {
		const line =
			'candidate:842163049 1 udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.1.5 rport 46154 generation 0 ufrag EsAw network-id 1 network-cost 10 x-new 7';
		const { ranges } = parseCandidate(line);
		const at = (field: string) => ranges.find((r) => r.field === field)!;
		expect(ranges.map((r) => r.field)).toEqual([
			'prefix',
			'foundation',
			'component',
			'transport',
			'priority',
			'address',
			'port',
			'type',
			'raddr',
			'rport',
			'generation',
			'ufrag',
			'networkId',
			'networkCost',
			'extension'
		]);
		expect(line.slice(at('prefix').start, at('prefix').end)).toBe('candidate:');
		expect(line.slice(at('priority').start, at('priority').end)).toBe('1677729535');
		expect(line.slice(at('type').start, at('type').end)).toBe('typ srflx');
		expect(line.slice(at('type').valueStart, at('type').end)).toBe('srflx');
		expect(line.slice(at('raddr').start, at('raddr').end)).toBe('raddr 10.0.1.5');
		expect(line.slice(at('networkCost').valueStart, at('networkCost').end)).toBe('10');
		expect(at('extension')).toMatchObject({ name: 'x-new', value: '7' });
		for (const r of ranges) expect(line.slice(r.valueStart, r.end)).toBe(r.value);
	});
});

describe('parseCandidate: errors point at the character', () => {
	const table: { args: string; expected: { code: string; position: number } }[] = [
		{ args: '', expected: { code: 'missing-field', position: 0 } },
		{ args: 'a=mid:0', expected: { code: 'not-a-candidate', position: 2 } },
		{ args: 'candidate:', expected: { code: 'missing-field', position: 10 } },
		{ args: 'candidate:1 1 UDP', expected: { code: 'missing-field', position: 17 } },
		{ args: 'candidate:1  1 UDP 1 1.2.3.4 1 typ host', expected: { code: 'extra-space', position: 12 } },
		{ args: 'candidate:1 1 UDP 1 1.2.3.4 1 typ host ', expected: { code: 'missing-field', position: 39 } },
		{ args: 'candidate:f_o 1 UDP 1 1.2.3.4 1 typ host', expected: { code: 'bad-foundation', position: 10 } },
		{ args: 'candidate:1 0 UDP 1 1.2.3.4 1 typ host', expected: { code: 'out-of-range', position: 12 } },
		{ args: 'candidate:1 257 UDP 1 1.2.3.4 1 typ host', expected: { code: 'out-of-range', position: 12 } },
		{ args: 'candidate:1 1 UDP x 1.2.3.4 1 typ host', expected: { code: 'bad-number', position: 18 } },
		{ args: 'candidate:1 1 UDP 01 1.2.3.4 1 typ host', expected: { code: 'bad-number', position: 18 } },
		{
			args: 'candidate:1 1 UDP 2147483648 1.2.3.4 1 typ host',
			expected: { code: 'out-of-range', position: 18 }
		},
		{ args: 'candidate:1 1 UDP 1 1.2.3.4:5 1 typ host', expected: { code: 'bad-address', position: 20 } },
		{ args: 'candidate:1 1 UDP 1 ab 1 typ host', expected: { code: 'bad-address', position: 20 } },
		{ args: 'candidate:1 1 UDP 1 1.2.3.4 65536 typ host', expected: { code: 'out-of-range', position: 28 } },
		{ args: 'candidate:1 1 UDP 1 1.2.3.4 1 type host', expected: { code: 'expected-typ', position: 30 } },
		{ args: 'candidate:1 1 UDP 1 1.2.3.4 1 typ HOST', expected: { code: 'bad-type', position: 34 } },
		{
			args: 'candidate:1 1 UDP 1 1.2.3.4 1 typ host generation',
			expected: { code: 'missing-value', position: 49 }
		},
		{
			args: 'candidate:1 1 TCP 1 1.2.3.4 9 typ host tcptype both',
			expected: { code: 'bad-tcptype', position: 47 }
		},
		{
			args: 'candidate:1 1 UDP 1 1.2.3.4 1 typ host generation 0 generation 1',
			expected: { code: 'duplicate-extension', position: 52 }
		},
		{ args: 'candidate:1 1 UDP 1 1.2.3.4 1 typ host\r\n', expected: { code: 'bad-character', position: 38 } },
		{
			args: 'candidate:1 1 UDP 1 1.2.3.4 1 typ host generation 0 raddr 1.2.3.4',
			expected: { code: 'misplaced-keyword', position: 52 }
		}
	];
	test.each(table)('$args → $expected.code', ({ args, expected }) => {
		let error: unknown;
		try {
			parseCandidate(args);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ParseError);
		expect(error).toMatchObject(expected);
	});
});

describe('real candidate lines', () => {
	test.each(fixtures)('$fixture: $line', ({ line }) => {
		const { value, ranges } = parseCandidate(line);
		expect(serializeCandidate(value)).toBe(line);
		for (const r of ranges) expect(line.slice(r.valueStart, r.end)).toBe(r.value);
	});
});

describe('properties', () => {
	test('random text: only ParseError', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
				try {
					parseCandidate(s);
				} catch (e) {
					expect(e).toBeInstanceOf(ParseError);
				}
			}),
			{ numRuns: 2000 }
		);
	});

	test('mutated real lines: only ParseError, and a success still round-trips', () => {
		const lines = fixtures.map((f) => f.line);
		fc.assert(
			fc.property(
				fc.constantFrom(...lines),
				fc.nat(),
				fc.constantFrom(' ', '', '0', 'a', ':', '-', '.', '\t', '99999999999', 'typ', 'raddr'),
				(line, at, insert) => {
					const i = at % (line.length + 1);
					const mutated = line.slice(0, i) + insert + line.slice(i + (insert === '' ? 1 : 0));
					try {
						const { value } = parseCandidate(mutated);
						expect(serializeCandidate(value)).toBe(mutated);
					} catch (e) {
						expect(e).toBeInstanceOf(ParseError);
					}
				}
			),
			{ numRuns: 2000 }
		);
	});

	const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
	const candidate = fc.record({
		prefix: fc.constantFrom('', 'candidate:', 'a=candidate:'),
		foundation: fc.stringMatching(/^[A-Za-z0-9+/]{1,32}$/),
		component: fc.integer({ min: 1, max: 256 }),
		transport: fc.constantFrom('udp', 'UDP', 'tcp', 'TCP'),
		priority: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
		address: fc.oneof(
			ipv4,
			fc.constant('2001:db8::1'),
			fc.uuid().map((u) => `${u}.local`)
		),
		port: fc.integer({ min: 0, max: 65535 }),
		type: fc.constantFrom('host', 'srflx', 'prflx', 'relay'),
		raddr: fc.option(ipv4, { nil: undefined }),
		rport: fc.option(fc.integer({ min: 0, max: 65535 }), { nil: undefined }),
		generation: fc.option(fc.nat(), { nil: undefined }),
		ufrag: fc.option(fc.stringMatching(/^[A-Za-z0-9+/]{4,8}$/), { nil: undefined }),
		networkCost: fc.option(fc.nat(999), { nil: undefined })
	});
	test('generated candidates: serialize → parse → serialize is stable', () => {
		fc.assert(
			fc.property(candidate, (c) => {
				const v = { ...c, addressKind: 'ipv4', extensions: [] } as unknown as Candidate;
				for (const k of Object.keys(v) as (keyof Candidate)[]) if (v[k] === undefined) delete v[k];
				const text = serializeCandidate(v);
				const parsed = parseCandidate(text).value;
				expect(serializeCandidate(parsed)).toBe(text);
				expect(parsed).toMatchObject({
					foundation: c.foundation,
					priority: c.priority,
					port: c.port,
					type: c.type
				});
			})
		);
	});
});
