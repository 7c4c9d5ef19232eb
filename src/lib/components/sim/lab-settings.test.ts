import { describe, expect, it } from 'vitest';
import { resolveOptions, SCENARIOS, simulateTraversal } from '$lib/sim';
import { applyPreset, optionsFor, presetOf, settingsFor } from './lab-settings';

describe('settings ⇄ options', () => {
	it('every scenario’s settings reproduce the scenario’s run exactly', () => {
		for (const s of SCENARIOS) {
			const mine = simulateTraversal(optionsFor(settingsFor(s.id)));
			const theirs = simulateTraversal(s.options);
			expect(mine.events.length, s.id).toBe(theirs.events.length);
			expect(mine.outcome, s.id).toBe(theirs.outcome);
			expect(mine.reason, s.id).toBe(theirs.reason);
		}
	});
	it('custom defaults are the engine defaults', () => {
		const o = resolveOptions(optionsFor(settingsFor('custom')));
		expect(o.turnServer).toBe(false);
		expect(o.latencyMs).toBe(20);
	});
});

describe('presets', () => {
	const base = settingsFor('home-routers').a;
	it.each([
		{ args: 'full-cone', expected: ['endpoint-independent', 'endpoint-independent'] },
		{ args: 'restricted-cone', expected: ['endpoint-independent', 'address-dependent'] },
		{ args: 'port-restricted-cone', expected: ['endpoint-independent', 'address-and-port-dependent'] },
		{ args: 'symmetric', expected: ['address-and-port-dependent', 'address-and-port-dependent'] }
	] as const)('$args', ({ args, expected }) => {
		const s = applyPreset(base, args);
		expect([s.mapping, s.filtering]).toEqual(expected);
		expect(presetOf(s)).toBe(args);
	});
	it('none and custom', () => {
		expect(presetOf(applyPreset(base, 'none'))).toBe('none');
		expect(presetOf({ ...base, mapping: 'address-dependent' })).toBe('custom');
	});
});

describe('a fault injected at a step', () => {
	it('leaves the run as it was up to that step, then changes the outcome', () => {
		const s = settingsFor('both-symmetric');
		const before = simulateTraversal(optionsFor(s));
		expect(before.outcome).toBe('relayed');
		const step = before.events.findIndex((e) => e.kind === 'selected');
		// As NatLab.faultTime: just after the step's event.
		const atMs = Math.floor(before.events[step].t) + 1;
		for (const faulty of [
			{ ...s, turnStopAtMs: atMs },
			{
				...s,
				expire: [
					{ nat: 'A' as const, atMs, external: `${before.selectedPair!.local.address}:0` },
					{ nat: 'B' as const, atMs }
				]
			}
		]) {
			const after = simulateTraversal(optionsFor(faulty));
			expect(after.events.slice(0, step + 1)).toEqual(before.events.slice(0, step + 1));
			expect(after.events.length).toBeGreaterThan(before.events.length);
		}
		expect(simulateTraversal(optionsFor({ ...s, turnStopAtMs: atMs })).outcome).toBe('failed');
	});
	it('still strikes when injected at the last step of a run that stopped as soon as it connected', () => {
		const s = settingsFor('both-symmetric');
		const before = simulateTraversal(optionsFor(s));
		const atMs = Math.floor(before.events.at(-1)!.t) + 1;
		const after = simulateTraversal(optionsFor({ ...s, turnStopAtMs: atMs }));
		expect(after.events.slice(0, before.events.length)).toEqual(before.events);
		expect(after.outcome).toBe('failed');
		expect(after.reason).toContain('the TURN server stopped');
		const home = settingsFor('home-routers');
		const direct = simulateTraversal(optionsFor(home));
		const external = `${direct.selectedPair!.local.address}:${direct.selectedPair!.local.port}`;
		const end = Math.floor(direct.events.at(-1)!.t) + 1;
		const broken = simulateTraversal(optionsFor({ ...home, expire: [{ nat: 'A', atMs: end, external }] }));
		expect(broken.events.slice(0, direct.events.length)).toEqual(direct.events);
		expect(broken.outcome).toBe('failed');
	});
});
