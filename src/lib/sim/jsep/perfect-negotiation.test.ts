import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayTo, simulateNegotiation, type NegotiationEntry, type PeerId } from './perfect-negotiation';

const FIXED = { signaling: [20, 20], operation: [5, 5] } as const;

const srdOfferCalls = (entries: NegotiationEntry[], peer: PeerId) =>
	entries.filter(
		(e) =>
			e.kind === 'call' &&
			e.peer === peer &&
			e.call.type === 'api.setRemoteDescription' &&
			e.call.description.type === 'offer'
	);

describe('perfect negotiation (webrtc-pc §10.7): glare', () => {
	it.each([
		{ politeA: false, impolite: 'A', polite: 'B' },
		{ politeA: true, impolite: 'B', polite: 'A' }
	] as const)('both start at once: the impolite $impolite ignores, the polite $polite rolls back', (row) => {
		const { run, final, settled, glare } = simulateNegotiation({
			politeA: row.politeA,
			startA: 0,
			startB: 0,
			delays: FIXED,
			seed: 1
		});
		expect(glare).toBe(true);
		const ignored = run.entries.filter((e) => e.kind === 'ignoreOffer');
		expect(ignored.map((e) => e.peer)).toEqual([row.impolite]);
		// At the moment it ignores, the impolite peer is in have-local-offer with its own offer.
		const at = run.entries.indexOf(ignored[0]);
		expect(replayTo(run, at).peers[row.impolite].state.signalingState).toBe('have-local-offer');
		// The polite peer's first SRD(offer) is the implicit rollback: stable, then have-remote-offer.
		const [firstRemoteOffer] = srdOfferCalls(run.entries, row.polite);
		expect(firstRemoteOffer.kind === 'call' && firstRemoteOffer.events).toEqual([
			'signalingstatechange',
			'signalingstatechange'
		]);
		const i = run.entries.indexOf(firstRemoteOffer);
		expect(replayTo(run, i).peers[row.polite].state.signalingState).toBe('have-local-offer');
		expect(replayTo(run, i + 1).peers[row.polite].state.signalingState).toBe('have-remote-offer');
		// The polite peer's own change is negotiated afterwards, in a second offer the other side accepts.
		expect(settled).toBe(true);
		expect(final.peers.A.state.signalingState).toBe('stable');
		expect(final.peers.B.state.signalingState).toBe('stable');
		expect(run.entries.some((e) => e.kind === 'error')).toBe(false);
	});

	it('one side starts alone: no collision, one offer/answer', () => {
		const { run, settled, glare } = simulateNegotiation({ politeA: true, startA: 0, delays: FIXED, seed: 7 });
		expect(glare).toBe(false);
		expect(settled).toBe(true);
		const sent = run.entries.flatMap((e) =>
			e.kind === 'send' ? [`${e.peer}:${e.message.description.type}`] : []
		);
		expect(sent).toEqual(['A:offer', 'B:answer']);
	});

	it('nobody starts: nothing happens and that is settled', () => {
		const { run, settled } = simulateNegotiation({ politeA: true, seed: 3 });
		expect(run.entries).toEqual([]);
		expect(settled).toBe(true);
	});
});

describe('perfect negotiation: no deadlock', () => {
	it('settles for any seed, roles, start times and delays', () => {
		const range = (lo: number, hi: number) =>
			fc
				.tuple(fc.integer({ min: lo, max: hi }), fc.integer({ min: 0, max: hi }))
				.map(([a, extra]) => [a, a + extra] as const);
		fc.assert(
			fc.property(
				fc.record({
					seed: fc.integer(),
					politeA: fc.boolean(),
					startA: fc.option(fc.integer({ min: 0, max: 60 })),
					startB: fc.option(fc.integer({ min: 0, max: 60 })),
					signaling: range(0, 60),
					operation: range(0, 20)
				}),
				({ seed, politeA, startA, startB, signaling, operation }) => {
					const result = simulateNegotiation({
						seed,
						politeA,
						startA,
						startB,
						delays: { signaling, operation }
					});
					expect(result.settled).toBe(true);
					expect(result.run.entries.some((e) => e.kind === 'error')).toBe(false);
					// The impolite peer is the only one that ever ignores an offer.
					const impolite = politeA ? 'B' : 'A';
					for (const e of result.run.entries) if (e.kind === 'ignoreOffer') expect(e.peer).toBe(impolite);
				}
			),
			{ numRuns: 400 }
		);
	});
});

describe('perfect negotiation: determinism and replay', () => {
	const options = { politeA: false, startA: 3, startB: 4, seed: 42 } as const;

	it('the same options give the same run', () => {
		expect(simulateNegotiation(options).run).toEqual(simulateNegotiation(options).run);
	});

	it('a different seed can give a different run', () => {
		const runs = new Set(
			[1, 2, 3, 4, 5].map((seed) => JSON.stringify(simulateNegotiation({ ...options, seed }).run.entries))
		);
		expect(runs.size).toBeGreaterThan(1);
	});

	it('replaying the whole run reproduces the final frame', () => {
		const { run, final } = simulateNegotiation(options);
		expect(replayTo(run, run.entries.length)).toEqual(final);
	});

	it('replayTo(k) is a pure function of (run, k); step 0 is the initial world', () => {
		const { run } = simulateNegotiation(options);
		for (let k = 0; k <= run.entries.length; k++) expect(replayTo(run, k)).toEqual(replayTo(run, k));
		const start = replayTo(run, 0);
		expect(start.peers.A.state.signalingState).toBe('stable');
		expect(start.inFlight).toEqual([]);
	});

	it('each replayed call reproduces the outcome recorded in the run', () => {
		const { run } = simulateNegotiation(options);
		run.entries.forEach((entry, k) => {
			if (entry.kind !== 'call' || entry.call.type === 'internal.operationsChainEmpty') return;
			const before = replayTo(run, k);
			const after = replayTo(run, k + 1);
			if (!entry.ok) expect(after.peers[entry.peer].state).toEqual(before.peers[entry.peer].state);
			expect(after.time).toBe(entry.time);
		});
	});
});
