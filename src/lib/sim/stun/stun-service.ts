// Puts the STUN server on a simulated network: two hosts (its two addresses, RFC 5780 §4.1), each answering on
// any port; an answer whose CHANGE-REQUEST asks for the other address leaves from the other host.
import type { Host, Network } from '../net/network';
import { answerBinding, otherAddressOf } from './stun-server';

export const STUN_ADDRESSES: [string, string] = ['192.0.2.1', '192.0.2.3'];
export const STUN_PORTS: [number, number] = [3478, 3479];

export function addStunServer(net: Network): Host[] {
	const hosts: Host[] = STUN_ADDRESSES.map((address, i) => ({
		name: i === 0 ? 'STUN' : 'STUN-2',
		address,
		subnet: `${address}/32`
	}));
	for (const host of hosts) {
		host.receive = (p) => {
			const reply = answerBinding(p, {
				local: p.dst,
				other: otherAddressOf(p.dst, STUN_ADDRESSES, STUN_PORTS)
			});
			if (!reply) return;
			const sender = hosts.find((h) => h.address === reply.from.address) ?? host;
			net.send(sender.name, reply.from, reply.to, reply.bytes, 'binding-response');
		};
		net.addHost(host);
	}
	return hosts;
}
