// What a traversal scenario can set, and the defaults.
import type { PacketPurpose } from '../core/types';
import type { NatSetting } from '../nat/behaviour';

export interface TraversalOptions {
	/** Peer A's NAT: a behaviour (partial is fine), a classic name, or 'none' (a public address). */
	natA?: NatSetting;
	natB?: NatSetting;
	/** Both peers behind one NAT (natA's behaviour), on separate inside subnets that reach each other only by hairpinning. */
	sameNat?: boolean;
	/** A STUN server on the public internet (default true). */
	stunServer?: boolean;
	/** A TURN server on the public internet (default false). */
	turnServer?: boolean;
	/** How the agents reach the TURN server: UDP (default) or TCP (`turn:…?transport=tcp`), which gets through a UDP-blocking firewall. */
	turnTransport?: 'udp' | 'tcp';
	/** A firewall that blocks UDP: for both peers (true) or one. */
	udpBlocked?: boolean | 'A' | 'B';
	/** One-way latency across the public internet, ms (default 20). */
	latencyMs?: number;
	/** Loss rate on the public internet, 0–1 (default 0), drawn from the seeded PRNG. */
	loss?: number;
	/** Seed for every random choice in the run (default 1). */
	seed?: number;
	/** Delay of the idealized signaling channel that carries candidates, ms (default 0). */
	signalingDelayMs?: number;
	/** Keep running this long after both agents connect (default 0: stop as soon as they do). */
	holdMs?: number;
	/** Give up at this virtual time, ms (default 60 000). */
	maxDurationMs?: number;
	/** Drop the n-th (1-based) packet with this purpose on the public internet (a scripted loss). */
	dropNth?: { purpose: PacketPurpose; n: number };
	/** More scripted losses, like `dropNth` (both apply): the n-th packet of each purpose listed is lost. */
	dropPackets?: { purpose: PacketPurpose; n: number }[];
	/**
	 * Scripted faults: at `atMs` the NAT of peer A or B forgets its mappings — every one (as when it reboots), or
	 * only the one whose external address is `external` ("ip:port"). With `sameNat` both names mean the one NAT.
	 */
	expireMappings?: { nat: 'A' | 'B'; atMs: number; external?: string }[];
	/** A scripted fault: the TURN server stops at this virtual time, drops its allocations and answers nothing after. */
	turnStopAtMs?: number;
	/** Peer A or B is an ICE-lite agent (RFC 8445 §2.5: host candidates only, no checks, always controlled). */
	iceLite?: 'A' | 'B';
	/**
	 * When an agent's iceConnectionState becomes `failed`, the application restarts ICE (RFC 8445 §9: an offer
	 * with new ufrag/pwd, regathering, new checks) — once per run. Default false.
	 */
	iceRestart?: boolean;
	/**
	 * Checklist size limit (RFC 8445 §6.1.2.5; default here 20, not the RFC's 100, so that a runaway — APDM on
	 * both sides, where every answer makes a new mapping and so a new peer-reflexive pair — stays short enough to
	 * read in the trace).
	 */
	pairLimit?: number;
	/** Both agents start controlling (to show a role conflict, RFC 8445 §7.3.1.1). */
	bothControlling?: boolean;
	/** Stop after this step (event index): a run cut short for replay comparisons. */
	stopAtStep?: number;
}

type Optional = 'dropNth' | 'stopAtStep' | 'turnStopAtMs' | 'iceLite';

export type ResolvedOptions = Required<Omit<TraversalOptions, Optional>> & Pick<TraversalOptions, Optional>;

export function resolveOptions(o: TraversalOptions): ResolvedOptions {
	return {
		natA: o.natA ?? 'port-restricted-cone',
		natB: o.natB ?? 'port-restricted-cone',
		sameNat: o.sameNat ?? false,
		stunServer: o.stunServer ?? true,
		turnServer: o.turnServer ?? false,
		turnTransport: o.turnTransport ?? 'udp',
		udpBlocked: o.udpBlocked ?? false,
		latencyMs: o.latencyMs ?? 20,
		loss: o.loss ?? 0,
		seed: o.seed ?? 1,
		signalingDelayMs: o.signalingDelayMs ?? 0,
		holdMs: o.holdMs ?? 0,
		maxDurationMs: o.maxDurationMs ?? 60_000,
		bothControlling: o.bothControlling ?? false,
		pairLimit: o.pairLimit ?? 20,
		dropNth: o.dropNth,
		dropPackets: o.dropPackets ?? [],
		expireMappings: o.expireMappings ?? [],
		turnStopAtMs: o.turnStopAtMs,
		iceLite: o.iceLite,
		iceRestart: o.iceRestart ?? false,
		stopAtStep: o.stopAtStep
	};
}
