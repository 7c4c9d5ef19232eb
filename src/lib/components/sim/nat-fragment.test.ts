import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCENARIOS } from '$lib/sim';
import { decodeFragment, decodeSide, encodeFragment, encodeSide } from './nat-fragment';
import { CUSTOM, optionsFor, settingsFor, type LabSettings } from './lab-settings';

describe('encodeSide / decodeSide', () => {
	const fallback = settingsFor('home-routers').a;
	it.each([
		{
			args: {
				nat: true,
				mapping: 'endpoint-independent',
				filtering: 'address-and-port-dependent',
				hairpin: true
			},
			expected: 'EIM.APDF.h'
		},
		{
			args: {
				nat: true,
				mapping: 'address-and-port-dependent',
				filtering: 'address-dependent',
				hairpin: false
			},
			expected: 'APDM.ADF.n'
		},
		{
			args: { nat: false, mapping: 'endpoint-independent', filtering: 'endpoint-independent', hairpin: true },
			expected: 'none'
		}
	] as const)('$expected', ({ args, expected }) => {
		expect(encodeSide(args)).toBe(expected);
		const back = decodeSide(expected, fallback);
		expect(back.nat).toBe(args.nat);
		if (args.nat) expect(back).toEqual(args);
	});
	it('ignores garbage', () => {
		expect(decodeSide('XM.YF.q', fallback)).toEqual(fallback);
	});
});

describe('fragment round trip', () => {
	it('every scenario at a step, with the model version', () => {
		for (const s of SCENARIOS) {
			const state = { settings: settingsFor(s.id, 7), step: 12, version: 'sim-1' };
			expect(decodeFragment(encodeFragment(state))).toEqual(state);
		}
	});
	it('a removed scripted drop stays removed', () => {
		const settings = settingsFor('dropped-check');
		delete settings.drop;
		expect(decodeFragment(encodeFragment({ settings, step: 3 }))?.settings.drop).toBeUndefined();
	});
	it('random settings', () => {
		const behaviour = fc.constantFrom(
			'endpoint-independent',
			'address-dependent',
			'address-and-port-dependent' as const
		);
		const side = fc.record({
			nat: fc.boolean(),
			mapping: behaviour,
			filtering: behaviour,
			hairpin: fc.boolean()
		});
		fc.assert(
			fc.property(
				side,
				side,
				fc.boolean(),
				fc.integer({ min: 0, max: 1000 }),
				fc.integer({ min: -1, max: 900 }),
				(a, b, turn, seed, step) => {
					const base = settingsFor(CUSTOM);
					const settings: LabSettings = {
						...base,
						a: a.nat ? a : { ...base.a, nat: false },
						b: b.nat ? b : { ...base.b, nat: false },
						turn,
						seed
					};
					const back = decodeFragment(encodeFragment({ settings, step }))!;
					expect(optionsFor(back.settings)).toEqual(optionsFor(settings));
					expect(back.step).toBe(step);
				}
			)
		);
	});
	it('no state in an empty or foreign fragment; bad numbers fall back', () => {
		expect(decodeFragment('')).toBeUndefined();
		expect(decodeFragment('#main')).toBeUndefined();
		const s = decodeFragment('#s=home-routers&seed=abc&step=-5&lat=99999')!;
		expect(s.settings.seed).toBe(1);
		expect(s.step).toBe(-1);
		expect(s.settings.latencyMs).toBe(20);
	});
});
