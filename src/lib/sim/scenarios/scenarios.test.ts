import { describe, expect, it } from 'vitest';
import { simulateTraversal } from '../runner/simulate';
import { scenario, SCENARIOS } from '.';

const EXPECTED: Record<string, 'direct' | 'relayed' | 'failed'> = {
	'home-routers': 'direct',
	'symmetric-cgnat-one-side': 'direct',
	'both-symmetric': 'relayed',
	'udp-blocked': 'relayed',
	'same-nat-hairpin': 'direct',
	'same-nat-no-hairpin': 'failed',
	'mapping-expires': 'failed',
	'nat-reboot-restart': 'direct',
	'turn-server-stops': 'failed',
	'ice-lite-server': 'direct',
	'dropped-check': 'direct'
};

describe('named scenarios', () => {
	it('covers every scenario in the expectations', () => {
		expect(SCENARIOS.map((s) => s.id).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	it.each(SCENARIOS.map((s) => ({ id: s.id, expected: EXPECTED[s.id] })))(
		'$id → $expected',
		({ id, expected }) => {
			expect(simulateTraversal(scenario(id).options).outcome).toBe(expected);
		}
	);

	it('hairpins through the shared NAT', () => {
		const r = simulateTraversal(scenario('same-nat-hairpin').options);
		expect(r.trace.some((p) => p.actions.some((a) => a.reason.includes('hairpinned back inside')))).toBe(
			true
		);
		const off = simulateTraversal(scenario('same-nat-no-hairpin').options);
		expect(off.trace.some((p) => p.actions.some((a) => a.reason.includes('hairpinning is off')))).toBe(true);
	});

	it('shows the mapping expiring mid-call', () => {
		const r = simulateTraversal(scenario('mapping-expires').options);
		const selectedAt = r.events.find((e) => e.kind === 'selected')?.t ?? Infinity;
		const expiredAt = r.events.find((e) => e.kind === 'mapping' && e.change === 'expired')?.t ?? -1;
		expect(expiredAt).toBeGreaterThan(selectedAt);
		expect(r.reason).toMatch(/mapping expired/);
		// RFC 4787 §4.3: the binding lives lifetimeMs (here 4 s) after the last outbound packet that used it.
		const expired = r.events.find((e) => e.kind === 'mapping' && e.change === 'expired');
		if (expired?.kind !== 'mapping') throw new Error('no expiry');
		const lastOutbound = r.events.filter(
			(e) =>
				e.kind === 'device-action' &&
				e.device === expired.device &&
				e.mapping?.id === expired.mapping.id &&
				e.from.address === expired.mapping.external.address &&
				e.t < expired.t
		);
		expect(expired.t - lastOutbound[lastOutbound.length - 1].t).toBe(4000);
	});

	it('retransmits the lost check byte for byte, RTO later', () => {
		const r = simulateTraversal(scenario('dropped-check').options);
		const lost = r.trace.find((p) => p.fate === 'lost');
		expect(lost?.purpose).toBe('check');
		const again = r.trace.find(
			(p) => p.id !== lost?.id && p.sender === lost?.sender && p.bytes.join() === lost?.bytes.join()
		);
		expect((again?.sendTime ?? 0) - (lost?.sendTime ?? 0)).toBe(500);
		expect(again?.fate).toBe('delivered');
	});
});
