import { describe, expect, test } from 'vitest';
import { addressFamily, classifyAddress } from './address';

describe('classifyAddress', () => {
	const table: { args: string; expected: ReturnType<typeof classifyAddress> }[] = [
		{ args: '192.0.2.1', expected: 'ipv4' },
		{ args: '0.0.0.0', expected: 'ipv4' },
		{ args: '255.255.255.255', expected: 'ipv4' },
		{ args: '2001:db8::1', expected: 'ipv6' },
		{ args: '::', expected: 'ipv6' },
		{ args: '::ffff:192.0.2.1', expected: 'ipv6' },
		{ args: '2a02:a03f:3eb0:e000:b0aa:d60a:cff2:933c', expected: 'ipv6' },
		{ args: '2cf0b2c0-0842-4fe3-aaa0-4556a2dfbadc.local', expected: 'mdns' },
		{ args: 'turn.example.net', expected: 'fqdn' },
		{ args: '256.1.1.1', expected: 'fqdn' }, // not an IPv4 address, but the RFC 4566 FQDN characters
		{ args: '1:2:3:4:5:6:7:8:9', expected: undefined },
		{ args: '1::2::3', expected: undefined },
		{ args: 'a_b.example', expected: undefined },
		{ args: 'ab', expected: undefined }
	];
	test.each(table)('$args → $expected', ({ args, expected }) => {
		expect(classifyAddress(args)).toBe(expected);
	});

	test('addressFamily', () => {
		expect([addressFamily('10.0.0.1'), addressFamily('fe80::1'), addressFamily('x.local')]).toEqual([
			4,
			6,
			undefined
		]);
	});
});
