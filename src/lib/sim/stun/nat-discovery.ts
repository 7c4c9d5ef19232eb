// NAT behaviour discovery with STUN (RFC 5780 §4.3 mapping, §4.4 filtering), run against the simulated NAT.
// The client behind the NAT asks a server with two addresses (A1, A2) and two ports (P1, P2):
//   mapping:   Test I to A1:P1 → X1; Test II to A2:P1 → X2 (= X1: endpoint-independent);
//              Test III to A2:P2 → X3 (= X2: address-dependent, else address-and-port-dependent).
//   filtering: from a fresh local port, Test I to A1:P1; Test II with CHANGE-REQUEST (IP and port) — an answer
//              from A2:P2 means endpoint-independent; else Test III with CHANGE-REQUEST (port) — an answer from
//              A1:P2 means address-dependent, none means address-and-port-dependent.
// Each request is retransmitted per RFC 8489 §6.2.1, so "no answer" takes 39.5 s of virtual time.
import {
	attribute,
	buildBindingRequest,
	decodeStun,
	encodeStun,
	getAttribute,
	isStun,
	type StunAttribute,
	type StunMessage
} from '../../protocol/stun';
import { Prng } from '../core/prng';
import { Scheduler } from '../core/scheduler';
import { sameEndpoint, type Endpoint, type RunEvent } from '../core/types';
import {
	resolveNat,
	type FilteringBehaviour,
	type MappingBehaviour,
	type NatSetting
} from '../nat/behaviour';
import { NatDevice } from '../nat/nat-device';
import { Network, type Host } from '../net/network';
import { afterSend } from './retransmission';
import { addStunServer, STUN_ADDRESSES, STUN_PORTS } from './stun-service';

export interface DiscoveryTest {
	name: string;
	from: Endpoint;
	to: Endpoint;
	change?: { changeIp: boolean; changePort: boolean };
	answered: boolean;
	mapped?: Endpoint;
	responseOrigin?: Endpoint;
}

export interface NatDiscovery {
	mapping: MappingBehaviour | 'no-nat';
	filtering: FilteringBehaviour | 'no-nat';
	tests: DiscoveryTest[];
	events: RunEvent[];
}

type Step = (next: () => void) => void;

export function discoverNatBehaviour(setting: NatSetting, seed = 1): NatDiscovery {
	const events: RunEvent[] = [];
	const clock = new Scheduler();
	const rng = Prng.fromSeed(seed);
	const net = new Network(clock, rng.fork(), (e) => events.push(e), {
		latencyMs: 20,
		lanLatencyMs: 1,
		loss: 0
	});
	const behaviour = resolveNat(setting);
	const client: Host = behaviour
		? { name: 'client', address: '10.0.0.2', subnet: '10.0.0.0/24' }
		: { name: 'client', address: '198.51.100.10', subnet: '198.51.100.10/32' };
	if (behaviour) {
		const nat = new NatDevice('NAT', '198.51.100.1', ['10.0.0.0/24'], behaviour, rng.fork());
		net.addNat(nat);
		client.gateway = nat;
	}
	net.addHost(client);
	addStunServer(net);
	const txRng = rng.fork();
	const pending = new Map<string, (m: StunMessage) => void>();
	const key = (id: Uint8Array) => Array.from(id).join(',');
	client.receive = (p) => {
		if (!isStun(p.bytes)) return;
		const m = decodeStun(p.bytes).value;
		pending.get(key(m.transactionId))?.(m);
	};

	const tests: DiscoveryTest[] = [];
	const ask = (name: string, port: number, to: Endpoint, change?: DiscoveryTest['change']): Step => {
		return (next) => {
			const from = { address: client.address, port };
			const test: DiscoveryTest = { name, from, to, answered: false };
			if (change) test.change = change;
			tests.push(test);
			const id = txRng.bytes(12);
			const attrs: StunAttribute[] = change ? [attribute('CHANGE-REQUEST', change)] : [];
			const bytes = encodeStun(buildBindingRequest({ transactionId: id, attributes: attrs }), {
				fingerprint: true
			});
			let sent = 0;
			const timerKey = `client:${key(id)}`;
			const transmit = () => {
				sent++;
				net.send('client', from, to, bytes, 'binding-request');
				const step = afterSend(sent);
				clock.schedule(step.delayMs, step.next === 'retransmit' ? transmit : finish, timerKey);
			};
			const finish = () => {
				pending.delete(key(id));
				clock.cancel(timerKey);
				next();
			};
			pending.set(key(id), (m) => {
				test.answered = true;
				const mapped = getAttribute(m, 'XOR-MAPPED-ADDRESS');
				const origin = getAttribute(m, 'RESPONSE-ORIGIN');
				if (mapped) test.mapped = { address: mapped.address, port: mapped.port };
				if (origin) test.responseOrigin = { address: origin.address, port: origin.port };
				finish();
			});
			transmit();
		};
	};
	const [a1, a2] = STUN_ADDRESSES;
	const [p1, p2] = STUN_PORTS;
	const result: NatDiscovery = { mapping: 'no-nat', filtering: 'no-nat', tests, events };
	const chain = (steps: Step[], done: () => void): void => {
		const go = (i: number) => (i < steps.length ? steps[i](() => go(i + 1)) : done());
		go(0);
	};
	const mappingSteps = [
		ask('mapping test I', 5000, { address: a1, port: p1 }),
		ask('mapping test II', 5000, { address: a2, port: p1 }),
		ask('mapping test III', 5000, { address: a2, port: p2 })
	];
	chain(mappingSteps, () => {
		const [t1, t2, t3] = tests;
		if (t1.mapped && sameEndpoint(t1.mapped, t1.from)) return;
		if (t1.mapped && t2.mapped && sameEndpoint(t1.mapped, t2.mapped)) result.mapping = 'endpoint-independent';
		else if (t2.mapped && t3.mapped && sameEndpoint(t2.mapped, t3.mapped))
			result.mapping = 'address-dependent';
		else result.mapping = 'address-and-port-dependent';
		// Filtering from a fresh port, so the mapping tests' traffic to A2 has not opened anything.
		chain(
			[
				ask('filtering test I', 5001, { address: a1, port: p1 }),
				ask('filtering test II', 5001, { address: a1, port: p1 }, { changeIp: true, changePort: true })
			],
			() => {
				if (tests[4].answered) {
					result.filtering = 'endpoint-independent';
					return;
				}
				chain(
					[ask('filtering test III', 5001, { address: a1, port: p1 }, { changeIp: false, changePort: true })],
					() => {
						result.filtering = tests[5].answered ? 'address-dependent' : 'address-and-port-dependent';
					}
				);
			}
		);
	});
	while (clock.step());
	return result;
}
