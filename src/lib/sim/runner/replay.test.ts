import { describe, expect, it } from 'vitest';
import { observe } from './observe';
import { CHECKPOINT_INTERVAL, checkpointsOf, replayTo } from './replay';
import { simulateTraversal } from './simulate';
import type { TraversalOptions } from './options';
import { scenario } from '../scenarios';

const cases: TraversalOptions[] = [
	{ natA: 'port-restricted-cone', natB: 'port-restricted-cone', seed: 3 },
	{ natA: 'symmetric', natB: 'restricted-cone', loss: 0.1, seed: 4 },
	{ natA: 'symmetric', natB: 'symmetric', seed: 5 },
	{ natA: 'symmetric', natB: 'symmetric', turnServer: true, seed: 6 },
	// An ICE restart (the fold clears the agents' candidates and checklists) and a TURN server that stops.
	{ ...scenario('nat-reboot-restart').options, seed: 7 },
	{ ...scenario('turn-server-stops').options, seed: 8 }
];

describe('replayTo', () => {
	it.each(cases)('equals a fresh run stopped at step k (%o)', (options) => {
		const run = simulateTraversal(options);
		const n = run.events.length;
		expect(n).toBeGreaterThan(CHECKPOINT_INTERVAL);
		const steps = new Set([0, 1, 63, 64, 65, 128, Math.floor(n / 2), n - 2, n - 1].filter((k) => k < n));
		for (const k of steps) {
			const fresh = simulateTraversal({ ...options, stopAtStep: k });
			expect(fresh.events).toHaveLength(k + 1);
			expect(fresh.events).toEqual(run.events.slice(0, k + 1));
			const { events, modelVersion, ...seen } = replayTo(run, k);
			expect(modelVersion).toBe(run.modelVersion);
			expect(events).toEqual(fresh.events);
			expect(seen).toEqual(observe(fresh.events));
		}
	});

	it('uses one checkpoint per 64 events and clamps out-of-range steps', () => {
		const run = simulateTraversal(cases[0]);
		expect(checkpointsOf(run)).toHaveLength(Math.floor(run.events.length / CHECKPOINT_INTERVAL) + 1);
		expect(replayTo(run, -5).step).toBe(-1);
		expect(replayTo(run, 1e9).step).toBe(run.events.length - 1);
	});

	it('shows packets in flight between a send and its arrival', () => {
		const run = simulateTraversal(cases[0]);
		const k = run.events.findIndex((e) => e.kind === 'packet-sent');
		const view = replayTo(run, k);
		expect(view.inFlight).toHaveLength(1);
		expect(view.inFlight[0].toDevice).toBe('NAT-A');
		expect(replayTo(run, run.events.length - 1).natTables['NAT-A'].length).toBeGreaterThan(0);
	});

	it('shares unchanged rows between steps and leaves its checkpoints as they were', () => {
		const run = simulateTraversal(cases[3]);
		const before = structuredClone(checkpointsOf(run));
		const n = run.events.length;
		for (let k = 1; k < n; k++) {
			const prev = replayTo(run, k - 1);
			const next = replayTo(run, k);
			const e = run.events[k];
			for (const [device, rows] of Object.entries(prev.natTables)) {
				const changed = (e.kind === 'mapping' || e.kind === 'device-action') && e.device === device;
				if (!changed) for (const row of rows) expect(next.natTables[device]).toContain(row);
			}
			for (const [agent, a] of Object.entries(prev.agents)) {
				if (e.kind === 'pair' && e.agent === agent) continue;
				if (e.kind === 'restart' && e.agent === agent) continue;
				a.pairs.forEach((p, i) => expect(next.agents[agent].pairs[i]).toBe(p));
			}
			// A view is the caller's: changing its lists does not reach the next replay.
			next.inFlight.length = 0;
			next.agents.A?.pairs.splice(0);
		}
		expect(checkpointsOf(run)).toEqual(before);
		expect(replayTo(run, n - 1)).toEqual({
			...observe(run.events),
			modelVersion: run.modelVersion,
			events: run.events
		});
	});
});
