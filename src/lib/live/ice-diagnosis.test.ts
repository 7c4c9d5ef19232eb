import { describe, expect, test } from 'vitest';
import { parseIceServerUrl } from '$lib/protocol/ice';
import {
	checkConfiguration,
	diagnose,
	matchServer,
	type ConfiguredUrl,
	type GatherResult
} from './ice-diagnosis';

const cfg = (...texts: string[]): ConfiguredUrl[] =>
	texts.map((text) => ({ text, url: parseIceServerUrl(text) }));
// Candidate lines as Chromium 14x writes them (shape from this lab's e2e runs against coturn on 127.0.0.1).
const HOST = 'candidate:1 1 udp 2113937151 127.0.0.1 50000 typ host generation 0 ufrag abcd network-cost 999';
const RELAY =
	'candidate:2 1 udp 41885439 127.0.0.1 61000 typ relay raddr 0.0.0.0 rport 0 generation 0 ufrag abcd network-cost 999';
const SRFLX = 'candidate:3 1 udp 1677729535 203.0.113.7 46154 typ srflx raddr 10.0.1.5 rport 46154';
const run = (r: Partial<GatherResult>): GatherResult => ({
	policy: 'all',
	outcome: 'complete',
	candidates: [],
	errors: [],
	...r
});
const ids = (f: { id: string }[]) => f.map((x) => x.id);

describe('checkConfiguration', () => {
	test('TURN without credentials, relay policy without TURN, stuns', () => {
		expect(ids(checkConfiguration(cfg('turn:a.example'), 'all', 'u', ''))).toEqual([
			'turn-needs-credentials'
		]);
		expect(ids(checkConfiguration(cfg('stun:a.example'), 'relay', '', ''))).toEqual(['relay-policy-no-turn']);
		expect(ids(checkConfiguration(cfg('stuns:a.example'), 'all', '', ''))).toEqual(['stuns']);
		// turns: + ?transport=udp asks for TURN over DTLS (RFC 7350), which Chromium and Firefox replace with TLS over TCP.
		expect(checkConfiguration(cfg('turns:a.example?transport=udp'), 'relay', 'u', 'p')).toEqual([
			{ id: 'turns-udp', severity: 'warn', url: 'turns:a.example?transport=udp' }
		]);
		expect(
			checkConfiguration(cfg('turns:a.example?transport=tcp', 'turns:b.example'), 'relay', 'u', 'p')
		).toEqual([]);
		expect(checkConfiguration(cfg('turn:a.example', 'stun:b.example'), 'relay', 'u', 'p')).toEqual([]);
	});

	test('turns: to an IP address: the certificate must name it (Firefox ESR skips such URLs)', () => {
		expect(checkConfiguration(cfg('turns:192.0.2.1:443?transport=tcp'), 'relay', 'u', 'p')).toEqual([
			{ id: 'turns-ip', severity: 'warn', url: 'turns:192.0.2.1:443?transport=tcp' }
		]);
		expect(ids(checkConfiguration(cfg('turns:[2001:db8::1]'), 'relay', 'u', 'p'))).toEqual(['turns-ip']);
		expect(ids(checkConfiguration(cfg('turns:127.0.0.1?transport=udp'), 'relay', 'u', 'p'))).toEqual([
			'turns-udp',
			'turns-ip'
		]);
		// Plain TURN has no certificate; a name is what a certificate is issued for.
		expect(checkConfiguration(cfg('turn:192.0.2.1', 'turns:turn.example.com'), 'relay', 'u', 'p')).toEqual(
			[]
		);
	});
});

describe('matchServer', () => {
	const urls = cfg('turn:127.0.0.1:3478', 'turn:127.0.0.1:3478?transport=tcp', 'stun:Example.org');
	test.each([
		{ args: 'turn:127.0.0.1:3478?transport=udp', expected: 0 },
		{ args: 'turn:127.0.0.1:3478?transport=tcp', expected: 1 },
		{ args: 'stun:example.org:3478', expected: 2 },
		{ args: 'turn:127.0.0.1:9', expected: -1 },
		{ args: null, expected: -1 }
	])('$args', ({ args, expected }) => {
		const m = matchServer(args, urls);
		expect(m ? urls.indexOf(m) : -1).toBe(expected);
	});
});

describe('diagnose', () => {
	const table: { name: string; urls: string[]; result: Partial<GatherResult>; expected: string[] }[] = [
		{
			name: 'TURN works (the routine first 401 is not a failure)',
			urls: ['turn:127.0.0.1:3478'],
			result: {
				candidates: [{ candidate: HOST }, { candidate: RELAY, url: 'turn:127.0.0.1:3478?transport=udp' }],
				errors: [{ errorCode: 401, url: 'turn:127.0.0.1:3478?transport=udp' }]
			},
			expected: ['relay-ok']
		},
		{
			name: 'wrong password',
			urls: ['turn:127.0.0.1:3478'],
			result: {
				candidates: [{ candidate: HOST }],
				errors: [{ errorCode: 401, url: 'turn:127.0.0.1:3478?transport=udp' }]
			},
			expected: ['auth-failed']
		},
		{
			name: 'unreachable over UDP: suggests TCP/TLS',
			urls: ['turn:127.0.0.1:9'],
			result: { errors: [{ errorCode: 701, url: 'turn:127.0.0.1:9?transport=udp' }] },
			expected: ['unreachable', 'try-tcp']
		},
		{
			name: 'unreachable with a TCP URL configured too: no TCP suggestion',
			urls: ['turn:127.0.0.1:9', 'turn:127.0.0.1:9?transport=tcp'],
			result: {
				outcome: 'timeout',
				errors: [{ errorCode: 701, url: 'turn:127.0.0.1:9?transport=udp' }]
			},
			expected: ['unreachable', 'no-answer', 'timeout']
		},
		{
			name: 'STUN works, TURN refuses with 486',
			urls: ['stun:s.example', 'turn:t.example'],
			result: {
				candidates: [{ candidate: SRFLX, url: 'stun:s.example:3478' }],
				errors: [
					{ errorCode: 486, errorText: 'Allocation Quota Reached', url: 'turn:t.example:3478?transport=udp' }
				]
			},
			expected: ['srflx-ok', 'server-error', 'stun-ok-turn-not']
		},
		{
			name: 'STUN answered but no srflx (no NAT in between)',
			urls: ['stun:s.example'],
			result: { candidates: [{ candidate: HOST }] },
			expected: ['srflx-hidden']
		},
		{
			name: 'relay policy, relay gathered; a candidate without url is attributed to the only TURN server',
			urls: ['turn:t.example'],
			result: { policy: 'relay', candidates: [{ candidate: RELAY }] },
			expected: ['relay-ok', 'relay-only']
		},
		{
			name: 'no answer over UDP before the wait ended',
			urls: ['turn:127.0.0.1:9'],
			result: { outcome: 'timeout', candidates: [{ candidate: HOST }] },
			expected: ['no-answer', 'try-tcp', 'timeout']
		},
		{
			name: 'turns: refused or its certificate rejected (Chromium: 701 either way): a TLS failure',
			urls: ['turns:127.0.0.1:5349?transport=tcp'],
			result: {
				policy: 'relay',
				errors: [
					{
						errorCode: 701,
						errorText: 'Failed to establish connection',
						url: 'turns:127.0.0.1:5349?transport=tcp'
					}
				]
			},
			expected: ['tls-failed', 'relay-only']
		},
		{
			name: 'turns: with no ?transport= is TLS too; stuns: unreachable is a TLS failure',
			urls: ['turns:t.example', 'stuns:s.example'],
			result: {
				errors: [
					{ errorCode: 701, url: 'turns:t.example:5349?transport=tcp' },
					{ errorCode: 701, url: 'stuns:s.example:5349' }
				]
			},
			expected: ['tls-failed', 'tls-failed']
		},
		{
			name: 'turns:…?transport=udp is reached over TLS too: a refused connection is a TLS failure',
			urls: ['turns:127.0.0.1:5349?transport=udp'],
			result: { errors: [{ errorCode: 701, url: 'turns:127.0.0.1:5349?transport=udp' }] },
			expected: ['tls-failed']
		},
		{
			name: 'turns: silent until the wait ended: no TLS handshake (e.g. a plain TCP TURN port)',
			urls: ['turns:127.0.0.1:3478?transport=tcp'],
			result: { outcome: 'timeout', policy: 'relay' },
			expected: ['tls-no-handshake', 'timeout', 'relay-only']
		},
		{
			name: 'turns: and turn: both fail over TCP: TLS and plain findings side by side, no TCP suggestion',
			urls: ['turn:127.0.0.1:9?transport=tcp', 'turns:127.0.0.1:9?transport=tcp'],
			result: {
				errors: [
					{ errorCode: 701, url: 'turn:127.0.0.1:9?transport=tcp' },
					{ errorCode: 701, url: 'turns:127.0.0.1:9?transport=tcp' }
				]
			},
			expected: ['unreachable', 'tls-failed']
		},
		{
			name: 'turns: works',
			urls: ['turns:127.0.0.1:5349?transport=tcp'],
			result: {
				policy: 'relay',
				candidates: [{ candidate: RELAY, url: 'turns:127.0.0.1:5349?transport=tcp' }],
				errors: [{ errorCode: 401, url: 'turns:127.0.0.1:5349?transport=tcp' }]
			},
			expected: ['relay-ok', 'relay-only']
		},
		{
			name: 'no url on the candidates (Firefox): relayProtocol tells a UDP server from a TLS one',
			urls: ['turn:127.0.0.1:3478', 'turns:localhost:5349?transport=tcp'],
			result: { policy: 'relay', candidates: [{ candidate: RELAY, relayProtocol: 'tls' }] },
			expected: ['no-relay', 'relay-ok', 'relay-only']
		},
		{
			name: 'no url: turns:…?transport=udp is reached over TLS, so a tls relay is its own',
			urls: ['turn:127.0.0.1:3478?transport=tcp', 'turns:localhost?transport=udp'],
			result: { policy: 'relay', candidates: [{ candidate: RELAY, relayProtocol: 'tls' }] },
			expected: ['no-relay', 'relay-ok', 'relay-only']
		},
		{
			name: 'no url, two servers alike: neither is blamed, neither is credited',
			urls: ['turn:a.example', 'turn:b.example'],
			result: {
				policy: 'relay',
				candidates: [{ candidate: RELAY, relayProtocol: 'udp' }],
				errors: [{ errorCode: 401, url: 'turn:a.example:3478?transport=udp' }]
			},
			expected: ['relay-unattributed', 'relay-unattributed', 'relay-only']
		},
		{
			name: 'no url, no relayProtocol, two TURN servers: neither is credited, neither is blamed',
			urls: ['turn:a.example', 'turns:b.example'],
			result: { policy: 'relay', candidates: [{ candidate: RELAY }] },
			expected: ['relay-unattributed', 'relay-unattributed', 'relay-only']
		},
		{
			name: 'gathering completed without a relay or an error',
			urls: ['turn:127.0.0.1:9?transport=tcp'],
			result: { candidates: [{ candidate: HOST }] },
			expected: ['no-relay']
		},
		{ name: 'no servers', urls: [], result: { candidates: [{ candidate: HOST }] }, expected: ['no-servers'] }
	];
	for (const { name, urls, result, expected } of table) {
		test(name, () => expect(ids(diagnose(cfg(...urls), run(result)))).toEqual(expected));
	}
	test('findings name the URL as written and carry the code', () => {
		const [f] = diagnose(
			cfg('TURN:127.0.0.1:3478'),
			run({
				errors: [{ errorCode: 401, errorText: 'Unauthorized', url: 'turn:127.0.0.1:3478?transport=udp' }]
			})
		);
		expect(f).toEqual({
			id: 'auth-failed',
			severity: 'error',
			url: 'TURN:127.0.0.1:3478',
			code: 401,
			text: 'Unauthorized'
		});
	});
});
