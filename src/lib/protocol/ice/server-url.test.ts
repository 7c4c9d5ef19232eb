import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	DEFAULT_PORTS,
	formatIceServerUrl,
	parseIceServerUrl,
	parseIceServerUrlList,
	type IceServerUrl
} from './server-url';
import { ParseError } from './parse-error';

describe('parseIceServerUrl: RFC 7064 / RFC 7065 examples and common forms', () => {
	const table: { args: string; expected: Partial<IceServerUrl> }[] = [
		// RFC 7064 §3.3 example
		{
			args: 'stun:example.org',
			expected: { scheme: 'stun', host: 'example.org', port: 3478, portWritten: false }
		},
		{
			args: 'stuns:example.org',
			expected: { scheme: 'stuns', secure: true, port: 5349, serverTransport: 'tls' }
		},
		// RFC 7065 §3.3 examples
		{ args: 'turn:example.org', expected: { scheme: 'turn', port: 3478, serverTransport: 'udp' } },
		{ args: 'turns:example.org', expected: { scheme: 'turns', port: 5349, serverTransport: 'tls' } },
		{ args: 'turn:example.org:8000', expected: { port: 8000, portWritten: true } },
		{ args: 'turn:example.org?transport=udp', expected: { transport: 'udp', serverTransport: 'udp' } },
		{ args: 'turn:example.org?transport=tcp', expected: { transport: 'tcp', serverTransport: 'tcp' } },
		{ args: 'turns:example.org?transport=tcp', expected: { transport: 'tcp', serverTransport: 'tls' } },
		{ args: 'turns:example.org?transport=udp', expected: { serverTransport: 'dtls' } },
		{
			args: 'TURN:127.0.0.1:3478?Transport=TCP',
			expected: { scheme: 'turn', hostKind: 'ipv4', transport: 'tcp' }
		},
		{ args: 'stun:[2001:db8::1]:19302', expected: { host: '2001:db8::1', hostKind: 'ipv6', port: 19302 } },
		{ args: 'turn:[::1]', expected: { host: '::1', hostKind: 'ipv6', port: 3478 } },
		{ args: 'stun:stun.l.google.com:19302', expected: { hostKind: 'name', port: 19302 } }
	];
	for (const { args, expected } of table) {
		test(args, () => expect(parseIceServerUrl(args)).toMatchObject(expected));
	}
});

describe('parseIceServerUrl: errors point at the character', () => {
	const table: { args: string; code: string; position: number }[] = [
		{ args: '', code: 'empty', position: 0 },
		{ args: 'example.org', code: 'missing-scheme', position: 0 },
		{ args: 'http://example.org', code: 'bad-scheme', position: 0 },
		{ args: 'stun://example.org', code: 'slashes', position: 5 },
		{ args: 'turn:', code: 'missing-host', position: 5 },
		{ args: 'turn:example.org:', code: 'bad-port', position: 17 },
		{ args: 'turn:example.org:x', code: 'bad-port', position: 17 },
		{ args: 'turn:example.org:0', code: 'port-range', position: 17 },
		{ args: 'turn:example.org:65536', code: 'port-range', position: 17 },
		{ args: 'turn:example.org:3478x', code: 'trailing', position: 21 },
		{ args: 'stun:example.org?transport=udp', code: 'stun-query', position: 16 },
		{ args: 'turn:example.org?proto=udp', code: 'bad-query', position: 16 },
		{ args: 'turn:example.org?transport=', code: 'bad-transport', position: 27 },
		{ args: 'turn:example.org?transport=sctp', code: 'unknown-transport', position: 27 },
		{ args: 'turn:example.org?transport=u/p', code: 'bad-transport', position: 28 },
		{ args: 'turn:user@example.org', code: 'bad-host', position: 9 },
		{ args: 'turn:example.org/path', code: 'bad-host', position: 16 },
		{ args: 'turn:2001:db8::1', code: 'bad-ipv6', position: 5 },
		{ args: 'turn:[2001:db8::1', code: 'bad-ipv6', position: 5 },
		{ args: 'turn:[example]', code: 'bad-ipv6', position: 6 },
		{ args: 'turn:256.1.1.1', code: 'bad-ipv4', position: 5 },
		{ args: 'turn:exa mple.org', code: 'space', position: 8 },
		{ args: 'turn:例子.org', code: 'bad-character', position: 5 },
		{ args: 'turn:a%zz', code: 'bad-host', position: 6 }
	];
	for (const { args, code, position } of table) {
		test(JSON.stringify(args), () => {
			try {
				parseIceServerUrl(args);
				expect.unreachable();
			} catch (e) {
				expect(e).toBeInstanceOf(ParseError);
				expect((e as ParseError).code).toBe(code);
				expect((e as ParseError).position).toBe(position);
			}
		});
	}
});

describe('parseIceServerUrlList', () => {
	test('one URL a line, blank lines skipped, positions in the raw line', () => {
		const lines = parseIceServerUrlList('stun:a.example\n\n  turn:b.example:x\r\nturns:c.example');
		expect(lines.map((l) => l.line)).toEqual([1, 3, 4]);
		expect(lines[0].url?.host).toBe('a.example');
		expect(lines[1].error?.code).toBe('bad-port');
		expect(lines[1].error?.position).toBe(2 + 'turn:b.example:'.length);
		expect(lines[2].url?.port).toBe(5349);
	});
});

const hostArb = fc.oneof(
	fc.domain(),
	fc.ipV4(),
	fc.ipV6().map((a) => `[${a}]`)
);
const urlArb = fc
	.tuple(
		fc.constantFrom('stun', 'stuns', 'turn', 'turns', 'TURN', 'Stun'),
		hostArb,
		fc.option(fc.integer({ min: 1, max: 65535 })),
		fc.option(fc.constantFrom('udp', 'tcp', 'UDP'))
	)
	.map(([scheme, host, port, transport]) => {
		const turn = scheme.toLowerCase().startsWith('turn');
		return `${scheme}:${host}${port === null ? '' : `:${port}`}${turn && transport !== null ? `?transport=${transport}` : ''}`;
	});

describe('properties', () => {
	test('every generated valid URL parses; the canonical form parses to the same value', () => {
		fc.assert(
			fc.property(urlArb, (text) => {
				const u = parseIceServerUrl(text);
				const again = parseIceServerUrl(formatIceServerUrl(u));
				expect(again).toEqual({ ...u, portWritten: true });
				expect(u.port).toBe(u.portWritten ? u.port : DEFAULT_PORTS[u.scheme]);
			})
		);
	});
	test('garbage only ever yields ParseError, with a position inside the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => `turn:${s}`),
					urlArb.map((u) => u + '?')
				),
				(text) => {
					try {
						parseIceServerUrl(text);
					} catch (e) {
						expect(e).toBeInstanceOf(ParseError);
						expect((e as ParseError).position).toBeGreaterThanOrEqual(0);
						expect((e as ParseError).position).toBeLessThanOrEqual(text.length);
					}
				}
			),
			{ numRuns: 2000 }
		);
	});
	test('a one-character mutation of a valid URL parses or throws ParseError', () => {
		fc.assert(
			fc.property(
				urlArb,
				fc.nat(),
				fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
				(text, at, ch) => {
					const i = at % text.length;
					const mutated = text.slice(0, i) + ch + text.slice(i + 1);
					try {
						parseIceServerUrl(mutated);
					} catch (e) {
						expect(e).toBeInstanceOf(ParseError);
					}
				}
			)
		);
	});
});
