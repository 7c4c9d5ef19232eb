import { describe, expect, it } from 'vitest';
import { Scheduler } from './scheduler';

describe('virtual clock', () => {
	it('runs entries in (time, seq) order and advances now', () => {
		const s = new Scheduler();
		const seen: string[] = [];
		s.schedule(10, () => seen.push(`b@${s.now}`));
		s.schedule(5, () => seen.push(`a@${s.now}`));
		s.schedule(10, () => seen.push(`c@${s.now}`));
		s.schedule(0, () => {
			seen.push(`first@${s.now}`);
			s.schedule(5, () => seen.push(`nested@${s.now}`));
		});
		while (s.step());
		expect(seen).toEqual(['first@0', 'a@5', 'nested@5', 'b@10', 'c@10']);
		expect(s.now).toBe(10);
	});

	it('replaces and cancels keyed entries', () => {
		const s = new Scheduler();
		const seen: number[] = [];
		s.schedule(100, () => seen.push(1), 'rto');
		s.schedule(200, () => seen.push(2), 'rto');
		s.schedule(50, () => seen.push(3), 'ta');
		expect(s.cancel('ta')).toBe(true);
		expect(s.cancel('missing')).toBe(false);
		while (s.step());
		expect(seen).toEqual([2]);
		expect(s.now).toBe(200);
		expect(s.has('rto')).toBe(false);
	});

	it('stops at a time limit without running later entries', () => {
		const s = new Scheduler();
		let ran = false;
		s.schedule(1000, () => (ran = true));
		expect(s.step(999)).toBe(false);
		expect(ran).toBe(false);
		expect(s.peekTime()).toBe(1000);
	});

	it('refuses negative delays', () => {
		expect(() => new Scheduler().schedule(-1, () => {})).toThrow(RangeError);
	});
});
