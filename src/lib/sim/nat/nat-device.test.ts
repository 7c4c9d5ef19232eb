import { describe, expect, it } from 'vitest';
import { Prng } from '../core/prng';
import type { Endpoint, Packet } from '../core/types';
import { CLASSIC_NATS, DEFAULT_NAT, resolveNat, type NatBehaviour } from './behaviour';
import { NatDevice } from './nat-device';

const inside: Endpoint = { address: '10.0.0.2', port: 5000 };
const stun: Endpoint = { address: '192.0.2.1', port: 3478 };
const peer: Endpoint = { address: '203.0.113.9', port: 4000 };
const peerOtherPort: Endpoint = { address: '203.0.113.9', port: 4001 };

const nat = (b: Partial<NatBehaviour>) =>
	new NatDevice(
		'NAT',
		'198.51.100.1',
		['10.0.0.0/24'],
		{ ...DEFAULT_NAT, portAllocation: 'sequential', ...b },
		Prng.fromSeed(1)
	);

let id = 1;
const packet = (src: Endpoint, dst: Endpoint): Packet => ({
	id: id++,
	transport: 'udp',
	src,
	dst,
	bytes: new Uint8Array(0),
	purpose: 'check'
});

describe('RFC 4787 §4.1 mapping behaviour', () => {
	it.each([
		// [mapping, same external port toward (stun, peer, peer's other port)?]
		{ args: 'endpoint-independent' as const, expected: [true, true] },
		{ args: 'address-dependent' as const, expected: [false, true] },
		{ args: 'address-and-port-dependent' as const, expected: [false, false] }
	])(
		'$args: reuse toward a new address / a new port of the same address = $expected',
		({ args, expected }) => {
			const n = nat({ mapping: args });
			const a = n.outbound(packet(inside, stun), 0).packet?.src.port;
			const b = n.outbound(packet(inside, peer), 0).packet?.src.port;
			const c = n.outbound(packet(inside, peerOtherPort), 0).packet?.src.port;
			expect([a === b, b === c]).toEqual(expected);
		}
	);

	it('explains a new mapping and a reused one', () => {
		const n = nat({ mapping: 'endpoint-independent' });
		expect(n.outbound(packet(inside, stun), 0).reason).toBe(
			'translated 10.0.0.2:5000 → 198.51.100.1:62000 (new mapping, endpoint-independent)'
		);
		expect(n.outbound(packet(inside, peer), 1000).reason).toBe(
			'translated 10.0.0.2:5000 → 198.51.100.1:62000 (mapping #1, kept until 121.0 s)'
		);
	});
});

describe('RFC 4787 §5 filtering behaviour (state per mapping)', () => {
	it.each([
		// which of (stun, peer, peer's other port, a stranger) may send in after the mapping sent to stun and peer
		{ args: 'endpoint-independent' as const, expected: [true, true, true, true] },
		{ args: 'address-dependent' as const, expected: [true, true, true, false] },
		{ args: 'address-and-port-dependent' as const, expected: [true, true, false, false] }
	])('$args admits $expected', ({ args, expected }) => {
		const n = nat({ mapping: 'endpoint-independent', filtering: args });
		const ext = n.outbound(packet(inside, stun), 0).packet?.src as Endpoint;
		n.outbound(packet(inside, peer), 0);
		const from = [stun, peer, peerOtherPort, { address: '192.0.2.77', port: 9 }];
		expect(from.map((f) => n.inbound(packet(f, ext)).verdict === 'translated')).toEqual(expected);
	});

	it('says why it drops', () => {
		const n = nat({ filtering: 'address-and-port-dependent' });
		const ext = n.outbound(packet(inside, stun), 0).packet?.src as Endpoint;
		const d = n.inbound(packet(peer, ext));
		expect(d.verdict).toBe('filtered');
		expect(d.reason).toMatch(/^dropped: no mapping permits 203\.0\.113\.9:4000 → 10\.0\.0\.2:5000/);
		expect(n.inbound(packet(peer, { address: '198.51.100.1', port: 1 })).reason).toMatch(/no mapping for/);
	});

	it('judges a packet only by the mapping it arrives on (address-dependent mapping + filtering)', () => {
		const n = nat({ mapping: 'address-dependent', filtering: 'address-dependent' });
		const toStun = n.outbound(packet(inside, stun), 0).packet?.src as Endpoint;
		n.outbound(packet(inside, peer), 0); // another mapping, toward the peer's address
		// The internal endpoint has sent to the peer, but not through the STUN mapping: filtered per mapping.
		expect(n.inbound(packet(peer, toStun)).verdict).toBe('filtered');
	});
});

describe('port allocation, lifetime, presets', () => {
	it('preserves the internal port when it is free', () => {
		const n = nat({ portAllocation: 'preserving', mapping: 'address-and-port-dependent' });
		expect(n.outbound(packet(inside, stun), 0).packet?.src.port).toBe(5000);
		expect(n.outbound(packet(inside, peer), 0).packet?.src.port).toBe(62000);
	});

	it('draws random ports from the seed, the same for the same seed', () => {
		const ports = (seed: number) => {
			const n = new NatDevice(
				'N',
				'198.51.100.1',
				['10.0.0.0/24'],
				{ ...DEFAULT_NAT, mapping: 'address-and-port-dependent', portAllocation: 'random' },
				Prng.fromSeed(seed)
			);
			return [stun, peer, peerOtherPort].map((d) => n.outbound(packet(inside, d), 0).packet?.src.port);
		};
		expect(ports(3)).toEqual(ports(3));
		expect(ports(3)).not.toEqual(ports(4));
		for (const p of ports(3)) expect(p).toBeGreaterThanOrEqual(49152);
	});

	it('expires a mapping only when outbound traffic has not refreshed it', () => {
		const n = nat({ lifetimeMs: 1000 });
		const first = n.outbound(packet(inside, stun), 0).mapping;
		n.outbound(packet(inside, stun), 800); // refresh: now lives until 1800
		expect(n.expire(first?.id ?? 0, 1000)).toBeUndefined();
		expect(n.expire(first?.id ?? 0, 1800)?.expiresAt).toBe(1800);
		expect(n.table()).toEqual([]);
	});

	it('maps the classic names to RFC 4787 behaviour', () => {
		expect(CLASSIC_NATS).toEqual({
			'full-cone': { mapping: 'endpoint-independent', filtering: 'endpoint-independent' },
			'restricted-cone': { mapping: 'endpoint-independent', filtering: 'address-dependent' },
			'port-restricted-cone': { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent' },
			symmetric: { mapping: 'address-and-port-dependent', filtering: 'address-and-port-dependent' }
		});
		expect(resolveNat('none')).toBeUndefined();
		expect(resolveNat({ hairpin: false })).toEqual({ ...DEFAULT_NAT, hairpin: false });
	});
});
