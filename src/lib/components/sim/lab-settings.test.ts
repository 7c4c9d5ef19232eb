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
