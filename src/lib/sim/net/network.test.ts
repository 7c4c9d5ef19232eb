import { describe, expect, it } from 'vitest';
import { Prng } from '../core/prng';
import { Scheduler } from '../core/scheduler';
import type { Packet, RunEvent } from '../core/types';
import { DEFAULT_NAT } from '../nat/behaviour';
import { NatDevice } from '../nat/nat-device';
import { isPrivateAddress } from './address';
import { Network, type Host } from './network';

function world(loss = 0, seed = 1) {
	const clock = new Scheduler();
	const events: RunEvent[] = [];
	const net = new Network(clock, Prng.fromSeed(seed), (e) => events.push(e), {
		latencyMs: 20,
		lanLatencyMs: 1,
		loss
	});
	const nat = new NatDevice(
		'NAT',
		'198.51.100.1',
		['10.0.0.0/24'],
		{ ...DEFAULT_NAT, portAllocation: 'sequential' },
		Prng.fromSeed(2)
	);
	net.addNat(nat);
	const got: Packet[] = [];
	const inside: Host = {
		name: 'in',
		address: '10.0.0.2',
		subnet: '10.0.0.0/24',
		gateway: nat,
		receive: (p) => got.push(p)
	};
	const server: Host = {
		name: 'srv',
		address: '192.0.2.1',
		subnet: '192.0.2.1/32',
		receive: (p) => got.push(p)
	};
	net.addHost(inside);
	net.addHost(server);
	const run = () => {
		while (clock.step());
	};
	return { clock, net, events, got, run };
}

const payload = new Uint8Array([0, 1, 0, 0]);

describe('network', () => {
	it('carries a datagram through the NAT with LAN + internet latency, rewriting the source', () => {
		const w = world();
		w.net.send(
			'in',
			{ address: '10.0.0.2', port: 5000 },
			{ address: '192.0.2.1', port: 3478 },
			payload,
			'binding-request'
		);
		w.run();
		expect(w.got[0].src).toEqual({ address: '198.51.100.1', port: 62000 });
		expect(
			w.events.map((e) =>
				e.kind === 'device-action'
					? `${e.t} ${e.device}:${e.action}`
					: e.kind === 'mapping'
						? `${e.t} ${e.change}`
						: `${e.t} ${e.kind}`
			)
		).toEqual([
			'0 packet-sent',
			'1 created',
			'1 NAT:translated',
			'21 srv:delivered',
			// RFC 4787 §4.3: with no more outbound traffic the binding times out after its lifetime (120 s).
			'120001 expired'
		]);
	});

	it('does not route private addresses across the internet', () => {
		const w = world();
		w.net.send(
			'srv',
			{ address: '192.0.2.1', port: 3478 },
			{ address: '192.168.1.2', port: 5000 },
			payload,
			'check'
		);
		w.run();
		expect(w.got).toEqual([]);
		const drop = w.events.find((e) => e.kind === 'device-action');
		expect(drop).toMatchObject({ device: 'internet', action: 'dropped' });
		expect(isPrivateAddress('100.64.0.1')).toBe(true);
		expect(isPrivateAddress('203.0.113.1')).toBe(false);
	});

	it('draws loss from the seed: the same seed loses the same datagrams', () => {
		const lost = (seed: number) => {
			const w = world(0.5, seed);
			for (let i = 0; i < 20; i++) {
				w.net.send(
					'srv',
					{ address: '192.0.2.1', port: 3478 },
					{ address: '198.51.100.1', port: 1 },
					payload,
					'check'
				);
			}
			w.run();
			return w.events
				.filter((e) => e.kind === 'device-action' && e.action === 'lost')
				.map((e) => (e.kind === 'device-action' ? e.packetId : 0));
		};
		expect(lost(3)).toEqual(lost(3));
		expect(lost(3)).not.toEqual(lost(4));
		expect(lost(3).length).toBeGreaterThan(0);
	});

	it('blocks UDP but not TCP at a firewall', () => {
		const w = world();
		const fw: Host = { name: 'fw', address: '203.0.113.10', subnet: '203.0.113.10/32', udpBlocked: true };
		w.net.addHost(fw);
		w.net.send(
			'fw',
			{ address: '203.0.113.10', port: 1 },
			{ address: '192.0.2.1', port: 3478 },
			payload,
			'allocate'
		);
		w.net.send(
			'fw',
			{ address: '203.0.113.10', port: 1 },
			{ address: '192.0.2.1', port: 3478 },
			payload,
			'allocate',
			'tcp'
		);
		w.run();
		expect(w.got.map((p) => p.transport)).toEqual(['tcp']);
	});
});
