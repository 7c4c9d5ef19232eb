import { describe, expect, it } from 'vitest';
import { simulateTraversal, type RunEvent } from '$lib/sim';
import { dropNthFor, playFrame, recentDrops, retransmissions, stepAtTime, timeOfStep } from './playback';

const ev = (t: number): RunEvent => ({ kind: 'timer', t, owner: 'A', name: 'x' });
const events = [ev(0), ev(0), ev(10), ev(500), ev(520)];

describe('stepAtTime', () => {
	it.each([
		{ args: [-1], expected: -1 },
		{ args: [0], expected: 1 },
		{ args: [9], expected: 1 },
		{ args: [10], expected: 2 },
		{ args: [499], expected: 2 },
		{ args: [10_000], expected: 4 }
	])('$args → $expected', ({ args, expected }) => {
		expect(stepAtTime(events, args[0])).toBe(expected);
		expect(stepAtTime(events, args[0], 4)).toBe(expected);
	});
});

describe('playFrame', () => {
	it('advances time by dt while something is in flight', () => {
		expect(playFrame(events, 2, 10, 5, false)).toEqual({ step: 2, time: 15, done: false });
	});
	it('jumps over an idle gap to the next event', () => {
		expect(playFrame(events, 2, 10, 5, true)).toEqual({ step: 3, time: 500, done: false });
	});
	it('stops at the last event', () => {
		expect(playFrame(events, 3, 500, 100, false)).toEqual({ step: 4, time: 600, done: true });
		expect(playFrame(events, 4, 600, 100, false).done).toBe(true);
	});
	it('timeOfStep', () => {
		expect(timeOfStep(events, -1)).toBe(0);
		expect(timeOfStep(events, 3)).toBe(500);
	});
});

describe('dropNthFor', () => {
	const run = simulateTraversal({ natA: 'port-restricted-cone', natB: 'port-restricted-cone' });
	const crossing = run.trace.filter((p) => p.purpose === 'check' || p.purpose === 'binding-request');
	it('names a scripted loss that drops exactly the chosen packet', () => {
		let tried = 0;
		for (const p of crossing) {
			const drop = dropNthFor(run.events, p.id);
			if (!drop) continue;
			tried++;
			const again = simulateTraversal({ ...run.options, dropNth: drop });
			const same = again.trace.find((q) => q.id === p.id)!;
			expect(same.fate, `packet ${p.id} ${p.purpose}`).toBe('lost');
		}
		expect(tried).toBeGreaterThan(3);
	});
	it('is undefined for a packet that never crosses the internet', () => {
		const hairpin = simulateTraversal({ sameNat: true, natA: { hairpin: true } });
		const checks = hairpin.trace.filter((p) => p.purpose === 'check' && p.fate === 'delivered');
		expect(checks.length).toBeGreaterThan(0);
		expect(dropNthFor(hairpin.events, checks[0].id)).toBeUndefined();
	});
});

describe('recentDrops', () => {
	it('lists the packets stopped in the last steps, newest first', () => {
		const run = simulateTraversal({ natA: 'symmetric', natB: 'symmetric' });
		const i = run.events.findIndex((e) => e.kind === 'device-action' && e.action === 'filtered');
		expect(i).toBeGreaterThan(0);
		const drops = recentDrops(run.events, i);
		expect(drops[0].step).toBe(i);
		expect(drops[0].action).toBe('filtered');
		expect(recentDrops(run.events, i - 1).some((d) => d.step === i)).toBe(false);
	});
});

describe('retransmissions', () => {
	it('finds the resent check after a scripted loss, and nothing in a clean run', () => {
		// Two public hosts: the highest-priority pair succeeds at once and is nominated, nothing is resent. (Behind
		// NATs the host-to-host checks toward private addresses are retransmitted while nomination waits.)
		const clean = simulateTraversal({ natA: 'none', natB: 'none' });
		expect(retransmissions(clean.trace).size).toBe(0);
		const lossy = simulateTraversal({ dropNth: { purpose: 'check', n: 1 } });
		const resent = [...retransmissions(lossy.trace)];
		expect(resent.length).toBeGreaterThan(0);
		const lost = lossy.trace.find((p) => p.fate === 'lost')!;
		const tid = (b: Uint8Array) => Array.from(b.subarray(4, 20)).join(',');
		const again = lossy.trace.find((p) => resent.includes(p.id) && tid(p.bytes) === tid(lost.bytes))!;
		expect(again.purpose).toBe('check');
		expect(again.sendTime).toBeGreaterThan(lost.sendTime);
	});
});
