// Trickle, the check RTO, regular nomination, the W3C states completed/disconnected, consent freshness, ICE
// restart, ICE-lite, the scripted faults and the structured reasons — all on the virtual clock.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { decodeStun, getAttribute } from '../../protocol/stun';
import { seedPrng } from '../core/prng';
import type { RunEvent } from '../core/types';
import { iceAgentMachine } from '../ice/agent-machine';
import type { AgentCandidate, AgentInput } from '../ice/types';
import { scenario } from '../scenarios';
import { observe } from './observe';
import { runSimulation, simulateTraversal } from './simulate';

type Of<K extends RunEvent['kind']> = RunEvent & { kind: K };
const ofKind = <K extends RunEvent['kind']>(events: RunEvent[], kind: K) =>
	events.filter((e): e is Of<K> => e.kind === kind);
const states = (events: RunEvent[], agent: string) =>
	ofKind(events, 'state').filter((e) => e.agent === agent && e.region === 'iceConnectionState');
const username = (bytes: Uint8Array) => getAttribute(decodeStun(bytes).value, 'USERNAME');
const useCandidate = (bytes: Uint8Array) => getAttribute(decodeStun(bytes).value, 'USE-CANDIDATE') === true;

describe('check RTO (RFC 8445 §14.3)', () => {
	const input: AgentInput = {
		name: 'A',
		role: 'controlling',
		tieBreaker: 1n,
		ufrag: 'aaaa',
		pwd: 'a-password-of-22-chars',
		remoteUfrag: 'bbbb',
		remotePwd: 'b-password-of-22-chars',
		base: { address: '198.51.100.10', port: 5000 },
		rng: seedPrng(1)
	};
	const remotes = (n: number): AgentCandidate[] =>
		Array.from({ length: n }, (_, i) => ({
			id: `B-host-${i}`,
			ufrag: 'bbbb',
			foundation: String(i + 1),
			component: 1,
			transport: 'udp',
			priority: 2130706431 - i,
			address: `203.0.113.${10 + i}`,
			port: 5000,
			type: 'host',
			base: { address: `203.0.113.${10 + i}`, port: 5000 }
		}));
	const rtxDelays = (n: number): number[] => {
		const [s0] = initialTransition(iceAgentMachine, input);
		let [s] = transition(iceAgentMachine, s0, { type: 'gather.start', now: 0 });
		[s] = transition(iceAgentMachine, s, { type: 'signal.candidates', now: 0, candidates: remotes(n) });
		const delays: number[] = [];
		for (let i = 0; i < n; i++) {
			[s] = transition(iceAgentMachine, s, { type: 'timer.fired', now: i * 50, name: 'ta' });
			const timer = s.context.outbox.find((c) => c.type === 'timer' && c.name.startsWith('rtx:'));
			delays.push(timer?.type === 'timer' ? timer.delayMs : NaN);
		}
		return delays;
	};

	it('is 500 ms when few checks are pending', () => {
		// 2 pairs, both pending: 50 × 2 × 2 = 200 ms < 500 ms.
		expect(rtxDelays(2)).toEqual([500, 500]);
	});

	it('is Ta × N × (Waiting + In-Progress) when that is more', () => {
		// 6 pairs; every pair stays pending (none answered): 50 × 6 × 6 = 1800 ms for each transaction.
		expect(rtxDelays(6)).toEqual([1800, 1800, 1800, 1800, 1800, 1800]);
	});

	it('doubles from that RTO on each retransmission (RFC 8489 §6.2.1)', () => {
		const r = simulateTraversal({ natA: 'port-restricted-cone', natB: 'port-restricted-cone', holdMs: 0 });
		// A's first check goes to B's private host address; it is sent again after 500, then 1000 ms more.
		const first = r.trace.find((p) => p.sender === 'A' && p.purpose === 'check');
		const again = r.trace.filter(
			(p) => p.sender === 'A' && p.bytes.join() === first?.bytes.join() && p.id !== first?.id
		);
		expect(again.map((p) => p.sendTime - (first?.sendTime ?? 0))).toEqual([500]);
	});
});

describe('trickle ICE (RFC 8838)', () => {
	const r = simulateTraversal({
		natA: 'port-restricted-cone',
		natB: 'port-restricted-cone',
		signalingDelayMs: 100
	});
	const signals = ofKind(r.events, 'signal');

	it('sends each candidate as it is gathered, then end-of-candidates, each after the signaling delay', () => {
		const fromA = signals.filter((e) => e.from === 'A');
		expect(fromA.map((e) => e.carried?.[0]?.split(' ')[0] ?? 'end')).toEqual(['host', 'srflx', 'end']);
		expect(fromA[0].t).toBe(100);
		expect(fromA[2].endOfCandidates).toBe(true);
		// The srflx candidate left when the STUN answer came (42 ms) and arrived 100 ms later.
		const srflx = r.events.find(
			(e) => e.kind === 'candidate' && e.agent === 'A' && e.side === 'local' && e.candidate.type === 'srflx'
		);
		expect(fromA[1].t).toBe((srflx?.t ?? 0) + 100);
	});

	it('starts checking on what has arrived: the host pair before the srflx candidate is known', () => {
		const firstCheck = r.trace.find((p) => p.sender === 'A' && p.purpose === 'check');
		const srflxArrives = signals.find((e) => e.to === 'A' && e.carried?.[0]?.startsWith('srflx'))?.t ?? 0;
		expect(firstCheck?.sendTime).toBe(100);
		expect(firstCheck?.to.address).toBe('192.168.1.2');
		expect(firstCheck?.sendTime).toBeLessThan(srflxArrives);
		expect(r.outcome).toBe('direct');
	});

	it('ignores candidates of an earlier ICE generation (their ufrag is stale)', () => {
		const run = runSimulation(scenario('nat-reboot-restart').options);
		for (const name of ['A', 'B'] as const) {
			const ctx = run.agents[name].context;
			expect(ctx.generation).toBe(1);
			for (const c of ctx.remote.filter((x) => x.type !== 'prflx')) expect(c.ufrag).toBe(ctx.remoteUfrag);
		}
	});
});

describe('regular nomination (RFC 8445 §8.1.1)', () => {
	it('waits while a higher-priority pair is still being checked, then nominates the best valid pair', () => {
		const r = simulateTraversal({ natA: 'port-restricted-cone', natB: 'port-restricted-cone' });
		const firstValid = r.agents.A.pairHistory.find((e) => e.pair.valid)?.t ?? Infinity;
		const nominations = r.trace.filter(
			(p) => p.sender === 'A' && p.purpose === 'check' && useCandidate(p.bytes)
		);
		expect(nominations.length).toBeGreaterThan(0);
		expect(nominations[0].sendTime).toBeGreaterThanOrEqual(firstValid + 1000);
		const note = ofKind(r.events, 'note').find((e) => e.why?.code === 'ice.nominate');
		expect(note?.why?.params.rule).toBe('waited');
		// The selected pair is the highest-priority pair of the valid list.
		const valid = r.agents.A.pairs.filter((p) => p.valid);
		const best = valid.sort((a, b) => (BigInt(b.priority) > BigInt(a.priority) ? 1 : -1))[0];
		expect(r.agents.A.selectedPairId).toBe(best.id);
	});

	it('nominates at once when no higher-priority pair is pending', () => {
		const r = simulateTraversal({ natA: 'none', natB: 'none' });
		const firstValid = r.agents.A.pairHistory.find((e) => e.pair.valid)?.t ?? Infinity;
		const nomination = r.trace.find(
			(p) => p.sender === 'A' && p.purpose === 'check' && useCandidate(p.bytes)
		);
		expect(nomination?.sendTime).toBe(firstValid);
		expect(ofKind(r.events, 'note').find((e) => e.why?.code === 'ice.nominate')?.why?.params.rule).toBe(
			'best'
		);
	});

	it('cancels the Waiting and Frozen pairs once a pair is nominated (§8.1.2)', () => {
		const r = simulateTraversal({ natA: 'symmetric', natB: 'restricted-cone' });
		for (const p of r.agents.A.pairs.filter((x) => x.failure?.startsWith('cancelled')))
			expect(p.failure).toMatch(/was nominated \(RFC 8445 §8\.1\.2\)/);
		expect(r.outcome).toBe('direct');
	});
});

describe('iceConnectionState completed and disconnected', () => {
	it('is completed when every check is done and both sides sent end-of-candidates', () => {
		const r = simulateTraversal({ natA: 'none', natB: 'none' });
		expect(r.agents.A.connectionState).toBe('completed');
		expect(r.agents.B.connectionState).toBe('completed');
	});

	it('is connected while higher-priority checks run on, completed when they time out', () => {
		const r = simulateTraversal({
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			holdMs: 50_000
		});
		const a = states(r.events, 'A').map((e) => `${e.to}@${e.t}`);
		expect(a[0]).toMatch(/^checking@/);
		expect(a[1]).toMatch(/^connected@/);
		// The host-to-host check (to a private address) gives up 39.5 s after it started (RTO 500 ms).
		expect(a[2]).toBe(
			`completed@${39_500 + (r.trace.find((p) => p.sender === 'A' && p.purpose === 'check')?.sendTime ?? 0)}`
		);
	});
});

describe('consent freshness (RFC 7675)', () => {
	const hold = simulateTraversal({
		natA: 'port-restricted-cone',
		natB: 'port-restricted-cone',
		holdMs: 60_000
	});

	it('sends a consent check every 5 s × [0.8, 1.2], drawn from the seeded stream', () => {
		const sends = hold.trace
			.filter((p) => p.sender === 'A' && p.purpose === 'consent')
			.map((p) => p.sendTime);
		const gaps = sends.slice(1).map((t, i) => t - sends[i]);
		expect(gaps.length).toBeGreaterThan(8);
		for (const g of gaps) {
			expect(g).toBeGreaterThanOrEqual(4000);
			expect(g).toBeLessThanOrEqual(6000);
		}
		expect(new Set(gaps).size).toBeGreaterThan(3);
		// Same seed, same draws; another seed, other draws.
		const again = simulateTraversal({ ...hold.options, seed: 1 });
		expect(again.trace.filter((p) => p.purpose === 'consent').map((p) => p.sendTime)).toEqual(
			hold.trace.filter((p) => p.purpose === 'consent').map((p) => p.sendTime)
		);
		const other = simulateTraversal({ ...hold.options, seed: 2 });
		expect(other.trace.filter((p) => p.purpose === 'consent').map((p) => p.sendTime)).not.toEqual(
			hold.trace.filter((p) => p.purpose === 'consent').map((p) => p.sendTime)
		);
		expect(hold.agents.A.connectionState).toMatch(/connected|completed/);
	});

	it('goes disconnected 2.5 s after an unanswered consent check, failed 30 s after the last answer', () => {
		const r = simulateTraversal({
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			expireMappings: [{ nat: 'A', atMs: 10_000 }],
			holdMs: 60_000,
			maxDurationMs: 90_000
		});
		expect(r.outcome).toBe('failed');
		const a = states(r.events, 'A');
		const disconnected = a.find((e) => e.to === 'disconnected');
		const failed = a.find((e) => e.to === 'failed');
		expect(disconnected?.why?.code).toBe('ice.consent.stale');
		expect(failed?.from).toBe('disconnected');
		expect(failed?.why?.code).toBe('ice.consent.lost');
		// disconnected: the first consent check after the reboot, unanswered for 2.5 s.
		const firstLost = r.trace.find(
			(p) => p.sender === 'A' && p.purpose === 'consent' && p.sendTime >= 10_000
		);
		expect(disconnected?.t).toBe((firstLost?.sendTime ?? 0) + 2500);
		// failed: exactly 30 s after the last answered consent check.
		const lastAnswer = r.trace
			.filter((p) => p.receiver === 'A' && p.purpose === 'check-response' && p.sendTime < 10_000)
			.map((p) => p.receiveTime ?? 0)
			.pop();
		expect(failed?.t).toBe((lastAnswer ?? 0) + 30_000);
		// After consent is lost the agent stops sending on the pair.
		expect(
			r.trace.some((p) => p.sender === 'A' && p.purpose === 'consent' && p.sendTime > (failed?.t ?? 0))
		).toBe(false);
	});

	it('comes back from disconnected to connected when consent checks are answered again', () => {
		// Lose a run of consent checks (scripted), long enough for one to stay unanswered 2.5 s; the next ones get
		// through.
		const r = simulateTraversal({
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			dropPackets: Array.from({ length: 8 }, (_, i) => ({ purpose: 'consent' as const, n: 3 + i })),
			holdMs: 40_000,
			maxDurationMs: 60_000
		});
		const back = ['A', 'B'].flatMap((n) =>
			states(r.events, n).filter((e) => e.from === 'disconnected' && e.to === 'connected')
		);
		expect(back.length).toBeGreaterThan(0);
		for (const e of back) expect(e.why?.code).toBe('ice.consent.fresh');
		expect(r.outcome).toBe('direct');
	});
});

describe('ICE restart (RFC 8445 §9)', () => {
	const r = simulateTraversal(scenario('nat-reboot-restart').options);

	it('disconnected → failed → restart with new credentials → checking → connected', () => {
		expect(r.outcome).toBe('direct');
		expect(r.restarts).toBe(1);
		expect(r.reason).toMatch(/after an ICE restart/);
		const restarts = ofKind(r.events, 'restart');
		expect(restarts.map((e) => e.why.params.role).sort()).toEqual(['answerer', 'offerer']);
		const offerer = restarts.find((e) => e.why.params.role === 'offerer');
		const seq = states(r.events, offerer?.agent ?? '').map((e) => e.to);
		expect(seq.slice(seq.indexOf('disconnected'))).toEqual(
			expect.arrayContaining(['disconnected', 'failed', 'checking'])
		);
		expect(seq[seq.length - 1]).toMatch(/connected|completed/);
		expect(
			ofKind(r.events, 'signal')
				.map((e) => e.restart)
				.filter(Boolean)
		).toEqual(['offer', 'answer']);
	});

	it('regathers and checks with the new ufrag; the fold clears the old candidates and pairs', () => {
		const at = ofKind(r.events, 'restart')[0].t;
		const newUfrags = new Set(ofKind(r.events, 'restart').map((e) => e.ufrag));
		const after = r.trace.filter((p) => p.purpose === 'check' && p.sendTime > at);
		expect(after.length).toBeGreaterThan(0);
		for (const p of after) {
			const [theirs, mine] = String(username(p.bytes)).split(':');
			expect(newUfrags.has(theirs) && newUfrags.has(mine)).toBe(true);
		}
		expect(r.trace.some((p) => p.purpose === 'binding-request' && p.sendTime >= at)).toBe(true);
		const sim = runSimulation(scenario('nat-reboot-restart').options);
		const o = observe(sim.events);
		for (const name of ['A', 'B'] as const) {
			const live = sim.agents[name];
			expect(o.agents[name].pairs.map((p) => [p.id, p.state])).toEqual(
				live.context.pairs.map((p) => [p.id, p.state])
			);
			expect(o.agents[name].localCandidates.map((c) => c.id)).toEqual(live.context.local.map((c) => c.id));
			expect(o.agents[name].selectedPairId).toBe(live.context.selected);
		}
	});

	it('without iceRestart the same fault ends failed', () => {
		const { iceRestart: _, ...rest } = scenario('nat-reboot-restart').options;
		const f = simulateTraversal({ ...rest, holdMs: 60_000 });
		expect(f.outcome).toBe('failed');
		expect(f.restarts).toBe(0);
		expect(f.reason).toMatch(/forgot its mappings/);
	});
});

describe('ICE-lite (RFC 8445 §2.5)', () => {
	const r = simulateTraversal(scenario('ice-lite-server').options);

	it('the lite peer offers only its host candidate, sends no check and no STUN, and is controlled', () => {
		expect(r.outcome).toBe('direct');
		expect(r.agents.B.localCandidates.map((c) => c.type)).toEqual(['host']);
		expect(r.agents.B.role).toBe('controlled');
		expect(r.agents.A.role).toBe('controlling');
		expect(r.trace.filter((p) => p.sender === 'B').every((p) => p.purpose === 'check-response')).toBe(true);
	});

	it('the full agent nominates; the lite agent selects the nominated pair', () => {
		expect(r.trace.some((p) => p.sender === 'A' && p.purpose === 'check' && useCandidate(p.bytes))).toBe(
			true
		);
		const selected = r.agents.B.pairs.find((p) => p.id === r.agents.B.selectedPairId);
		expect(selected?.nominated).toBe(true);
		expect(selected?.local.address).toBe('203.0.113.10');
	});
});

describe('scripted faults', () => {
	it('expireMappings: one mapping by its external address, with the fault as the reason', () => {
		const probe = simulateTraversal({ natA: 'port-restricted-cone', natB: 'port-restricted-cone' });
		const external = probe.agents.A.localCandidates.find((c) => c.type === 'srflx');
		const r = simulateTraversal({
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			expireMappings: [{ nat: 'A', atMs: 5000, external: `${external?.address}:${external?.port}` }],
			holdMs: 8000
		});
		const gone = ofKind(r.events, 'mapping').filter((e) => e.change === 'expired');
		expect(gone).toHaveLength(1);
		expect(gone[0].t).toBe(5000);
		expect(gone[0].why).toEqual({
			code: 'nat.mapping.flushed',
			params: { external: `${external?.address}:${external?.port}`, scope: 'one' }
		});
		expect(gone[0].reason).toMatch(/scripted fault/);
	});

	it('expireMappings: explains a fault that finds nothing to do', () => {
		const r = simulateTraversal({
			natA: 'none',
			natB: 'port-restricted-cone',
			expireMappings: [
				{ nat: 'A', atMs: 0 },
				{ nat: 'B', atMs: 0 },
				{ nat: 'B', atMs: 500, external: '203.0.113.1:1' }
			],
			holdMs: 1000
		});
		const notes = ofKind(r.events, 'note').map((e) => e.why?.code);
		expect(notes).toContain('fault.noNat');
		expect(notes.filter((c) => c === 'fault.nothingToExpire')).toHaveLength(2);
	});

	it('turnStopAtMs: the server drops its allocations and answers nothing after', () => {
		const r = simulateTraversal(scenario('turn-server-stops').options);
		const turn = ofKind(r.events, 'turn');
		const stopped = turn.find((e) => e.why.code === 'turn.stopped');
		expect(stopped?.t).toBe(10_000);
		expect(turn.some((e) => e.why.code === 'turn.allocation.deleted' && e.t === 10_000)).toBe(true);
		const after = turn.filter((e) => e.t > 10_000);
		expect(after.length).toBeGreaterThan(0);
		expect(after.every((e) => e.why.code === 'turn.drop.stopped')).toBe(true);
		expect(r.trace.some((p) => p.sender === 'TURN' && p.sendTime > 10_000)).toBe(false);
		expect(r.outcome).toBe('failed');
		expect(r.reason).toMatch(/TURN server stopped/);
		const noTurn = simulateTraversal({ turnStopAtMs: 10 });
		expect(ofKind(noTurn.events, 'note').some((e) => e.why?.code === 'fault.noTurn')).toBe(true);
	});

	it('dropPackets: any number of scripted losses, together with dropNth', () => {
		const r = simulateTraversal({
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			dropNth: { purpose: 'binding-request', n: 1 },
			dropPackets: [
				{ purpose: 'check', n: 1 },
				{ purpose: 'check', n: 2 },
				{ purpose: 'check-response', n: 1 }
			]
		});
		const lost = ofKind(r.events, 'device-action').filter((e) => e.action === 'lost');
		expect(lost.map((e) => `${e.why.params.purpose}#${e.why.params.n}`)).toEqual([
			'binding-request#1',
			'check#1',
			'check#2',
			'check-response#1'
		]);
		for (const e of lost) {
			expect(e.why.code).toBe('net.lost.scripted');
			expect(e.reason).toMatch(/scripted loss/);
		}
		expect(r.outcome).toBe('direct');
	});
});

describe('structured reasons', () => {
	const runs = [
		simulateTraversal({ natA: 'symmetric', natB: 'restricted-cone' }),
		simulateTraversal({ sameNat: true, natA: { hairpin: false } }),
		simulateTraversal({ sameNat: true, natA: { hairpin: true } }),
		simulateTraversal({ udpBlocked: 'A', turnServer: true, turnTransport: 'tcp', maxDurationMs: 90_000 }),
		simulateTraversal({ natA: 'full-cone', natB: 'full-cone', bothControlling: true }),
		simulateTraversal({ natA: 'port-restricted-cone', natB: 'port-restricted-cone', loss: 0.3, seed: 11 }),
		simulateTraversal(scenario('nat-reboot-restart').options),
		simulateTraversal(scenario('turn-server-stops').options),
		simulateTraversal(scenario('mapping-expires').options)
	];
	const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

	it('every event with an English reason also has a code and parameters, documented in the README', () => {
		const codes = new Set<string>();
		for (const r of runs) {
			for (const e of r.events) {
				const hasReason = 'reason' in e && e.reason !== undefined;
				if (
					e.kind === 'device-action' ||
					e.kind === 'role' ||
					e.kind === 'turn' ||
					e.kind === 'restart' ||
					hasReason
				) {
					const w = (e as { why?: { code: string; params: Record<string, unknown> } }).why;
					expect(w, JSON.stringify(e)).toBeDefined();
					expect(typeof w?.code).toBe('string');
					for (const v of Object.values(w?.params ?? {})) expect(['string', 'number']).toContain(typeof v);
					codes.add(w?.code ?? '');
				}
				if (e.kind === 'note' && e.why) codes.add(e.why.code);
			}
		}
		expect(codes.size).toBeGreaterThan(20);
		for (const code of codes) expect(readme, code).toContain(`\`${code}\``);
	});

	it('a filter decision carries who, to whom, the filtering and what the mapping sent to', () => {
		const filtered = runs
			.flatMap((r) => ofKind(r.events, 'device-action'))
			.find((e) => e.action === 'filtered');
		expect(filtered?.why.code).toBe('nat.drop.filtered');
		expect(Object.keys(filtered?.why.params ?? {}).sort()).toEqual(
			['external', 'filtering', 'from', 'mappingId', 'sentTo', 'to'].sort()
		);
	});
});
