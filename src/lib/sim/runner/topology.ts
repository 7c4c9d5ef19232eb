// The network a traversal scenario runs on. Addresses come from the documentation ranges (RFC 5737 for public,
// RFC 1918 for private), so nothing in a trace is anyone's real address.
import type { Prng } from '../core/prng';
import type { Endpoint } from '../core/types';
import { resolveNat } from '../nat/behaviour';
import { NatDevice } from '../nat/nat-device';
import type { Host, Network } from '../net/network';
import { addStunServer, STUN_ADDRESSES, STUN_PORTS } from '../stun/stun-service';
import type { ResolvedOptions } from './options';

export const STUN_SERVER: Endpoint = { address: STUN_ADDRESSES[0], port: STUN_PORTS[0] };
export const TURN_SERVER: Endpoint = { address: '192.0.2.2', port: 3478 };
export const AGENT_PORT = 5000;

export interface Topology {
	peers: Record<'A' | 'B', Host>;
	nats: NatDevice[];
	/** The STUN server's two hosts (RFC 5780: two addresses). */
	stun?: Host[];
	turn?: Host;
}

export function buildTopology(net: Network, o: ResolvedOptions, rng: Prng): Topology {
	const blocked = (p: 'A' | 'B') => o.udpBlocked === true || o.udpBlocked === p;
	const nats: NatDevice[] = [];
	const peers = {} as Record<'A' | 'B', Host>;
	if (o.sameNat) {
		const behaviour = resolveNat(o.natA);
		if (!behaviour) throw new RangeError('sameNat needs a NAT (natA is none)');
		const nat = new NatDevice('NAT', '198.51.100.1', ['10.0.0.0/24', '10.0.1.0/24'], behaviour, rng.fork());
		nats.push(nat);
		peers.A = {
			name: 'A',
			address: '10.0.0.2',
			subnet: '10.0.0.0/24',
			gateway: nat,
			udpBlocked: blocked('A')
		};
		peers.B = {
			name: 'B',
			address: '10.0.1.2',
			subnet: '10.0.1.0/24',
			gateway: nat,
			udpBlocked: blocked('B')
		};
	} else {
		const sides = [
			{
				name: 'A' as const,
				setting: o.natA,
				pub: '198.51.100.1',
				host: '198.51.100.10',
				inside: '10.0.0.2',
				subnet: '10.0.0.0/24'
			},
			{
				name: 'B' as const,
				setting: o.natB,
				pub: '203.0.113.1',
				host: '203.0.113.10',
				inside: '192.168.1.2',
				subnet: '192.168.1.0/24'
			}
		];
		for (const s of sides) {
			const behaviour = resolveNat(s.setting);
			const natRng = rng.fork();
			if (!behaviour) {
				peers[s.name] = {
					name: s.name,
					address: s.host,
					subnet: `${s.host}/32`,
					udpBlocked: blocked(s.name)
				};
				continue;
			}
			const nat = new NatDevice(`NAT-${s.name}`, s.pub, [s.subnet], behaviour, natRng);
			nats.push(nat);
			peers[s.name] = {
				name: s.name,
				address: s.inside,
				subnet: s.subnet,
				gateway: nat,
				udpBlocked: blocked(s.name)
			};
		}
	}
	for (const nat of nats) net.addNat(nat);
	net.addHost(peers.A);
	net.addHost(peers.B);
	const t: Topology = { peers, nats };
	if (o.stunServer) t.stun = addStunServer(net);
	if (o.turnServer) {
		t.turn = { name: 'TURN', address: TURN_SERVER.address, subnet: `${TURN_SERVER.address}/32` };
		net.addHost(t.turn);
	}
	return t;
}
