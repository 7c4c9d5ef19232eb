import { describe, expect, it } from 'vitest';
import { decodeChannelData, isChannelData } from '../../protocol/turn';
import { decodeStun, getAttribute, isStun, verifyStun } from '../../protocol/stun';
import { observe } from './observe';
import { runSimulation, simulateTraversal } from './simulate';
import { MODEL_VERSION } from './version';

const bytesOf = (events: ReturnType<typeof simulateTraversal>['events']) =>
	events.flatMap((e) => (e.kind === 'packet-sent' ? [Array.from(e.bytes).join(',')] : []));

describe('simulateTraversal', () => {
	it('is deterministic: the same seed gives the same events, byte for byte', () => {
		const options = { natA: 'symmetric', natB: 'restricted-cone', loss: 0.1, seed: 77 } as const;
		const a = simulateTraversal(options);
		const b = simulateTraversal(options);
		expect(b.events).toEqual(a.events);
		expect(bytesOf(b.events)).toEqual(bytesOf(a.events));
		expect(a.modelVersion).toBe(MODEL_VERSION);
	});

	it('changes with the seed (transaction ids, ports, credentials)', () => {
		expect(bytesOf(simulateTraversal({ seed: 1 }).events)).not.toEqual(
			bytesOf(simulateTraversal({ seed: 2 }).events)
		);
	});

	it('sends only real messages: every packet decodes with the protocol library', () => {
		for (const options of [
			{},
			{ natA: 'symmetric', natB: 'symmetric' },
			{ loss: 0.2, seed: 5 },
			{ natA: 'symmetric', natB: 'symmetric', turnServer: true, holdMs: 20_000 },
			{ udpBlocked: true, turnServer: true, turnTransport: 'tcp', holdMs: 20_000, maxDurationMs: 90_000 }
		] as const) {
			const r = simulateTraversal(options);
			expect(r.trace.length).toBeGreaterThan(0);
			for (const p of r.trace) {
				if (isStun(p.bytes)) expect(() => decodeStun(p.bytes)).not.toThrow();
				else if (isChannelData(p.bytes)) expect(() => decodeChannelData(p.bytes)).not.toThrow();
				else throw new Error(`packet ${p.id} (${p.purpose}) is neither STUN nor ChannelData`);
			}
		}
	});

	it('signs checks with the remote password and ends every message with a correct FINGERPRINT', () => {
		const sim = runSimulation({ natA: 'full-cone', natB: 'full-cone' });
		const pwd = { A: sim.agents.A.context.pwd, B: sim.agents.B.context.pwd };
		let checks = 0;
		for (const e of sim.events) {
			if (e.kind !== 'packet-sent') continue;
			expect(verifyStun(e.bytes).fingerprint.ok).toBe(true);
			if (e.purpose !== 'check') continue;
			checks++;
			const m = decodeStun(e.bytes).value;
			const receiver = e.device === 'A' ? 'B' : 'A';
			// RFC 8445 §7.2.2: USERNAME is "receiver ufrag:sender ufrag"; the key is the receiver's password.
			expect(getAttribute(m, 'USERNAME')).toBe(
				`${sim.agents[receiver].context.ufrag}:${sim.agents[e.device as 'A' | 'B'].context.ufrag}`
			);
			expect(verifyStun(e.bytes, { password: pwd[receiver] }).messageIntegrity.ok).toBe(true);
			expect(getAttribute(m, 'PRIORITY')).toBeGreaterThan(0);
			expect(getAttribute(m, 'ICE-CONTROLLING') ?? getAttribute(m, 'ICE-CONTROLLED')).toBe(
				sim.agents[e.device as 'A' | 'B'].context.tieBreaker
			);
		}
		expect(checks).toBeGreaterThan(2);
	});

	it('nominates with USE-CANDIDATE from the controlling agent (regular nomination)', () => {
		const r = simulateTraversal({ natA: 'full-cone', natB: 'full-cone' });
		const nominations = r.trace.filter(
			(p) => p.purpose === 'check' && getAttribute(decodeStun(p.bytes).value, 'USE-CANDIDATE') === true
		);
		expect(nominations.length).toBeGreaterThan(0);
		expect(nominations.every((p) => p.sender === 'A')).toBe(true);
		expect(r.agents.B.pairs.some((p) => p.nominated)).toBe(true);
	});

	it('records per-device actions with reasons, and send/receive times', () => {
		const r = simulateTraversal({
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			latencyMs: 30
		});
		const delivered = r.trace.find((p) => p.purpose === 'binding-response' && p.fate === 'delivered');
		expect(delivered?.receiveTime).toBe((delivered?.sendTime ?? 0) + 30 + 1);
		expect(delivered?.actions.map((a) => a.action)).toEqual(['translated', 'delivered']);
		expect(delivered?.actions[0].reason).toMatch(/^translated 198\.51\.100\.1:\d+ → 10\.0\.0\.2:5000/);
	});

	it('resolves a role conflict with 487 (both agents start controlling)', () => {
		const r = simulateTraversal({ natA: 'full-cone', natB: 'full-cone', bothControlling: true });
		const codes = r.trace
			.filter((p) => p.purpose === 'check-response')
			.map((p) => getAttribute(decodeStun(p.bytes).value, 'ERROR-CODE')?.code)
			.filter((c) => c !== undefined);
		expect(codes).toContain(487);
		expect(new Set([r.agents.A.role, r.agents.B.role])).toEqual(new Set(['controlling', 'controlled']));
		expect(r.events.some((e) => e.kind === 'role')).toBe(true);
		expect(r.outcome).toBe('direct');
	});

	it('names the checklist states as RFC 8445 does, and the agent states as the W3C does', () => {
		const r = simulateTraversal({});
		const pairStates = new Set(r.agents.A.pairHistory.map((e) => e.pair.state));
		for (const s of pairStates)
			expect(['frozen', 'waiting', 'in-progress', 'succeeded', 'failed']).toContain(s);
		// Trickle ICE: checks start on the first candidates, before gathering completes.
		expect(r.agents.A.stateHistory.map((e) => `${e.region}:${e.to}`)).toEqual([
			'iceGatheringState:gathering',
			'iceConnectionState:checking',
			'iceGatheringState:complete',
			'iceConnectionState:connected'
		]);
	});

	it('survives loss by retransmitting (seeded loss)', () => {
		const r = simulateTraversal({
			natA: 'port-restricted-cone',
			natB: 'port-restricted-cone',
			loss: 0.3,
			seed: 11
		});
		expect(r.trace.some((p) => p.fate === 'lost')).toBe(true);
		expect(r.outcome).toBe('direct');
	});

	it('agrees with the engine: the fold of the events equals the live NAT tables and checklists', () => {
		for (const options of [
			{},
			{ natA: 'symmetric', natB: 'restricted-cone' },
			{ natA: 'symmetric', natB: 'symmetric' }
		] as const) {
			const sim = runSimulation(options);
			const o = observe(sim.events);
			expect(o.natTables).toEqual(sim.network.natTables());
			for (const name of ['A', 'B'] as const) {
				const live = sim.agents[name];
				expect(o.agents[name].pairs.map((p) => [p.id, p.state, p.valid, p.nominated])).toEqual(
					live.context.pairs.map((p) => [p.id, p.state, p.valid, p.nominated])
				);
				expect(o.agents[name].iceConnectionState).toBe(live.state('iceConnectionState'));
				expect(o.agents[name].localCandidates.map((c) => c.id)).toEqual(live.context.local.map((c) => c.id));
				expect(o.agents[name].remoteCandidates.map((c) => c.id)).toEqual(
					live.context.remote.map((c) => c.id)
				);
			}
		}
	});
});

describe('relayed traversal (TURN)', () => {
	const r = simulateTraversal({ natA: 'symmetric', natB: 'symmetric', turnServer: true, holdMs: 20_000 });

	it('connects two symmetric NATs through the relay', () => {
		expect(r.outcome).toBe('relayed');
		expect([r.selectedPair?.local.type, r.selectedPair?.remote.type]).toContain('relay');
	});

	it('goes through 401 → authenticated Allocate, CreatePermission, Send/Data indications, ChannelBind, ChannelData', () => {
		const purposes = new Set(r.trace.map((p) => p.purpose));
		for (const p of [
			'allocate',
			'allocate-response',
			'create-permission',
			'send-indication',
			'data-indication',
			'channel-bind',
			'channel-data'
		] as const) {
			expect(purposes).toContain(p);
		}
		const allocates = r.trace.filter((p) => p.purpose === 'allocate-response' && p.sender === 'TURN');
		const codes = allocates.map((p) => getAttribute(decodeStun(p.bytes).value, 'ERROR-CODE')?.code ?? 'ok');
		expect(codes.slice(0, 2)).toEqual([401, 401]);
		expect(codes).toContain('ok');
		expect(r.agents.A.localCandidates.map((c) => c.type)).toContain('relay');
	});
});

describe('TURN over TCP when UDP is blocked', () => {
	const r = simulateTraversal({
		udpBlocked: true,
		turnServer: true,
		turnTransport: 'tcp',
		holdMs: 20_000,
		maxDurationMs: 90_000
	});

	it('relays: client ↔ server over TCP, relay ↔ peer over UDP', () => {
		expect(r.outcome).toBe('relayed');
		const toServer = r.trace.filter((p) => p.to.address === '192.0.2.2' && p.to.port === 3478);
		expect(toServer.length).toBeGreaterThan(0);
		expect(toServer.every((p) => p.transport === 'tcp')).toBe(true);
		const relayed = r.trace.filter((p) => p.sender === 'TURN' && p.from.port !== 3478);
		expect(relayed.every((p) => p.transport === 'udp')).toBe(true);
	});

	it('does not retransmit TURN requests over TCP (RFC 8489 §6.2.2)', () => {
		const allocates = r.trace.filter((p) => p.purpose === 'allocate');
		expect(new Set(allocates.map((p) => p.bytes.join())).size).toBe(allocates.length);
	});

	it('pads ChannelData to a multiple of 4 bytes on the stream (RFC 8656 §12.5)', () => {
		const cd = r.trace.filter((p) => p.purpose === 'channel-data' && p.transport === 'tcp');
		expect(cd.length).toBeGreaterThan(0);
		for (const p of cd) expect(p.bytes.length % 4).toBe(0);
	});
});
