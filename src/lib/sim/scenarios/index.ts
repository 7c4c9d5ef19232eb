// Named traversal scenarios for the NAT lab: each is a set of simulateTraversal options and what a learner should
// see happen.
import type { TraversalOptions } from '../runner/options';

export interface Scenario {
	id: string;
	title: string;
	/** What happens, in plain words (the lab's caption). */
	summary: string;
	options: TraversalOptions;
}

export const SCENARIOS: readonly Scenario[] = [
	{
		id: 'home-routers',
		title: 'Home routers on both sides',
		summary:
			'Two typical home NATs (endpoint-independent mapping, address-and-port-dependent filtering). Each side’s checks open its own NAT for the other’s, and the server-reflexive pair connects directly.',
		options: { natA: 'port-restricted-cone', natB: 'port-restricted-cone' }
	},
	{
		id: 'symmetric-cgnat-one-side',
		title: 'One side behind a symmetric carrier-grade NAT',
		summary:
			'A’s carrier NAT makes a new mapping for every destination, so the address A learns from STUN is not the one B sees. B’s router filters by address only, so A’s checks from the new mapping get in; B learns it as a peer-reflexive candidate and the pair connects directly.',
		options: {
			natA: {
				mapping: 'address-and-port-dependent',
				filtering: 'address-and-port-dependent',
				portAllocation: 'random'
			},
			natB: 'restricted-cone'
		}
	},
	{
		id: 'both-symmetric',
		title: 'Symmetric NATs on both sides',
		summary:
			'Every answer to a newly learnt address makes yet another mapping on the other side, so no direct check ever succeeds. Only a relay (TURN) can connect these two.',
		options: { natA: 'symmetric', natB: 'symmetric', turnServer: true }
	},
	{
		id: 'udp-blocked',
		title: 'UDP blocked by a firewall',
		summary:
			'A’s firewall lets no UDP out: STUN gets no answer (retransmitted for 39.5 s) and every direct check is dropped before it leaves. TURN over TCP gets through: A reaches the relay over TCP, and the relay talks UDP to B.',
		options: {
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			udpBlocked: 'A',
			turnServer: true,
			turnTransport: 'tcp',
			maxDurationMs: 90_000
		}
	},
	{
		id: 'same-nat-hairpin',
		title: 'Both peers behind one NAT, with hairpinning',
		summary:
			'The peers sit on separate inside networks of one NAT. Checks to each other’s server-reflexive address go out to the NAT’s own public address and are hairpinned back inside (RFC 4787 §6).',
		options: {
			sameNat: true,
			natA: { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', hairpin: true }
		}
	},
	{
		id: 'same-nat-no-hairpin',
		title: 'Both peers behind one NAT, no hairpinning',
		summary:
			'The same two peers, but the NAT drops packets sent to its own public address: no path between them works.',
		options: {
			sameNat: true,
			natA: { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', hairpin: false }
		}
	},
	{
		id: 'mapping-expires',
		title: 'A mapping expires mid-call',
		summary:
			'These NATs forget a mapping after 4 s of silence (RFC 4787 REQ-5 asks for at least 2 minutes). Consent checks every 5 s are too rare: the mappings expire, the next checks leave from new ports that the other NAT filters, and consent runs out 30 s later.',
		options: {
			natA: { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', lifetimeMs: 4000 },
			natB: { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', lifetimeMs: 4000 },
			holdMs: 60_000,
			maxDurationMs: 90_000
		}
	},
	{
		id: 'nat-reboot-restart',
		title: 'A NAT reboots mid-call; ICE restarts',
		summary:
			'Ten seconds into the call NAT A reboots and forgets its mappings. A’s next consent check leaves from a new port that B’s NAT filters, and B’s checks find no mapping: consent checks go unanswered (disconnected), consent expires 30 s after the last answer (failed), and the application restarts ICE — new credentials, new candidates, new checks — which connects again.',
		options: {
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			expireMappings: [{ nat: 'A', atMs: 10_000 }],
			iceRestart: true,
			holdMs: 30_000,
			maxDurationMs: 120_000
		}
	},
	{
		id: 'turn-server-stops',
		title: 'The TURN server stops mid-call',
		summary:
			'Two symmetric NATs connect through the relay. Ten seconds in, the TURN server stops: its allocations are gone and it answers nothing. Consent checks through it go unanswered (disconnected) and consent expires 30 s after the last answer (failed).',
		options: {
			natA: 'symmetric',
			natB: 'symmetric',
			turnServer: true,
			turnStopAtMs: 10_000,
			holdMs: 60_000,
			maxDurationMs: 90_000
		}
	},
	{
		id: 'ice-lite-server',
		title: 'An ICE-lite server',
		summary:
			'B is an ICE-lite server on a public address, as many media servers are: it offers only its host candidate, never checks, and is always controlled. A, behind a home router, does all the checking and nominates; B answers and accepts the nomination.',
		options: { natA: 'port-restricted-cone', natB: 'none', iceLite: 'B' }
	},
	{
		id: 'dropped-check',
		title: 'A lost check is retransmitted',
		summary:
			'The first check to cross the internet is lost. No answer comes, so after RTO (500 ms) the agent sends the very same request again, and the pair still connects.',
		options: {
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			dropNth: { purpose: 'check', n: 1 }
		}
	}
];

export function scenario(id: string): Scenario {
	const s = SCENARIOS.find((x) => x.id === id);
	if (!s) throw new RangeError(`no scenario ${id}`);
	return s;
}
