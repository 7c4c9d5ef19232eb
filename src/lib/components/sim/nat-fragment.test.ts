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

describe('faults injected by hand', () => {
	const settings: LabSettings = {
		...settingsFor('both-symmetric', 3),
		drops: [
			{ purpose: 'check', n: 3 },
			{ purpose: 'allocate', n: 1 }
		],
		expire: [
			{ nat: 'A', atMs: 1311, external: '198.51.100.1:52556' },
			{ nat: 'B', atMs: 2000 }
		],
		turnStopAtMs: 1500
	};
	it('round-trip through a link, and reach the simulator as its fault options', () => {
		const back = decodeFragment(encodeFragment({ settings, step: 40 }))!;
		expect(back.settings).toEqual(settings);
		const o = optionsFor(back.settings);
		expect(o.dropPackets).toEqual(settings.drops);
		expect(o.expireMappings).toEqual(settings.expire);
		expect(o.turnStopAtMs).toBe(1500);
	});
	it('add to the scenario’s own faults (the TURN server stops at the earlier time)', () => {
		const scenario = settingsFor('turn-server-stops');
		expect(optionsFor({ ...scenario, turnStopAtMs: 20_000 }).turnStopAtMs).toBe(10_000);
		expect(optionsFor({ ...scenario, turnStopAtMs: 5000 }).turnStopAtMs).toBe(5000);
		const reboot = settingsFor('nat-reboot-restart');
		const own = optionsFor(reboot).expireMappings ?? [];
		expect(optionsFor({ ...reboot, expire: [{ nat: 'B', atMs: 1 }] }).expireMappings).toEqual([
			...own,
			{ nat: 'B', atMs: 1 }
		]);
	});
	it.each([
		'#s=home-routers&exp=C.10',
		'#s=home-routers&exp=A.10.1.2.3.4',
		'#s=home-routers&exp=A.10.300.2.3.4.99999999',
		'#s=home-routers&exp=A.999999999',
		'#s=home-routers&pkt=bogus.1',
		'#s=home-routers&pkt=check.0',
		'#s=home-routers&turnstop=-4',
		'#s=home-routers&turnstop=<script>'
	])('a malformed fault in %s is ignored', (hash) => {
		const back = decodeFragment(hash)!.settings;
		expect(back.expire).toBeUndefined();
		expect(back.drops).toBeUndefined();
		expect(back.turnStopAtMs).toBeUndefined();
	});
	it('reads at most 20 faults of a kind', () => {
		const hash = `#s=home-routers${'&pkt=check.1'.repeat(500)}`;
		expect(decodeFragment(hash)!.settings.drops).toHaveLength(20);
	});
});
