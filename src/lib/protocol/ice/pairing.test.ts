import { describe, expect, test } from 'vitest';
import { formCandidatePairs, baseOf } from './pairing';
import { pruneCandidatePairs } from './pruning';
import { parseCandidate } from './candidate';
import { computePairPriority } from './pair-priority';

const c = (line: string) => parseCandidate(line).value;

// Local side: Chrome-style candidates (IPv4 host, its srflx, IPv6 host, TCP active host, RTCP host).
const localHost = c('candidate:1 1 udp 2122260223 10.0.1.5 46154 typ host');
const localSrflx = c('candidate:2 1 udp 1686052607 203.0.113.7 46154 typ srflx raddr 10.0.1.5 rport 46154');
const localV6 = c('candidate:3 1 udp 2122262783 2001:db8::5 50000 typ host');
const localTcp = c('candidate:4 1 tcp 1518280447 10.0.1.5 9 typ host tcptype active');
const localRtcp = c('candidate:1 2 udp 2122260222 10.0.1.5 46155 typ host');
// Remote side.
const remoteHost = c('candidate:7 1 UDP 2130706431 192.0.2.10 8998 typ host');
const remoteSrflx = c(
	'candidate:8 1 UDP 1694498815 198.51.100.9 45664 typ srflx raddr 192.0.2.10 rport 8998'
);
const remoteTcp = c('candidate:9 1 TCP 1518280447 192.0.2.10 443 typ host tcptype passive');
const remoteMdns = c(
	'candidate:10 1 udp 2122260223 2cf0b2c0-0842-4fe3-aaa0-4556a2dfbadc.local 5000 typ host'
);

describe('formCandidatePairs (RFC 8445 §6.1.2.2)', () => {
	const pairs = formCandidatePairs(
		[localHost, localSrflx, localV6, localTcp, localRtcp],
		[remoteHost, remoteSrflx, remoteTcp, remoteMdns],
		'controlling'
	);
	const names = pairs.map((p) => `${p.local.foundation}-${p.remote.foundation}`);

	test('same component, same IP version, compatible transport only', () => {
		expect(names).toEqual(['1-7', '1-8', '2-7', '2-8', '4-9']);
	});

	test('pair priority uses the controlling side as G', () => {
		const p = pairs.find((x) => x.local === localHost && x.remote === remoteHost)!;
		expect(p.priority).toBe(computePairPriority(localHost.priority, remoteHost.priority));
		const controlled = formCandidatePairs([localHost], [remoteHost], 'controlled')[0];
		expect(controlled.priority).toBe(computePairPriority(remoteHost.priority, localHost.priority));
	});

	test('a pair foundation joins both foundations; every pair starts frozen', () => {
		expect(pairs.map((p) => p.foundation)).toEqual(['1:7', '1:8', '2:7', '2:8', '4:9']);
		expect(pairs.every((p) => p.state === 'frozen')).toBe(true);
	});

	test('baseOf: a server-reflexive candidate is replaced by its base', () => {
		expect(baseOf(localSrflx)).toEqual({ address: '10.0.1.5', port: 46154 });
		expect(baseOf(localHost)).toEqual({ address: '10.0.1.5', port: 46154 });
	});
});

describe('pruneCandidatePairs (RFC 8445 §6.1.2.4–§6.1.2.5)', () => {
	const pairs = formCandidatePairs([localHost, localSrflx], [remoteHost, remoteSrflx], 'controlling');

	test('srflx-local pairs are redundant with the host pairs sharing the base', () => {
		const { kept, redundant, overLimit } = pruneCandidatePairs(pairs);
		expect(kept.map((p) => p.foundation)).toEqual(['1:7', '1:8']);
		expect(redundant.map((p) => p.foundation)).toEqual(['2:7', '2:8']);
		expect(overLimit).toEqual([]);
	});

	test('limit keeps the highest-priority pairs', () => {
		const { kept, overLimit } = pruneCandidatePairs(pairs, 1);
		expect(kept.map((p) => p.foundation)).toEqual(['1:7']);
		expect(overLimit.map((p) => p.foundation)).toEqual(['1:8']);
	});
});
