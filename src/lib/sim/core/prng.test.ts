import { describe, expect, it } from 'vitest';
import { nextRandom, Prng, seedPrng } from './prng';

describe('seeded PRNG', () => {
	it('gives the same stream for the same seed', () => {
		const a = Prng.fromSeed(42);
		const b = Prng.fromSeed(42);
		const xs = Array.from({ length: 100 }, () => a.next());
		expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
	});

	it('gives different streams for different seeds', () => {
		expect(Prng.fromSeed(1).next()).not.toBe(Prng.fromSeed(2).next());
	});

	it('stays in [0, 1) and spreads over it', () => {
		const r = Prng.fromSeed(7);
		const xs = Array.from({ length: 10_000 }, () => r.next());
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
	});

	it('has a pure step that the class follows', () => {
		const [v1, s1] = nextRandom(seedPrng(3));
		const [v2] = nextRandom(s1);
		const r = Prng.fromSeed(3);
		expect([r.next(), r.next()]).toEqual([v1, v2]);
	});

	it('draws integers in range, bytes, 64-bit values and ICE characters', () => {
		const r = Prng.fromSeed(9);
		for (let i = 0; i < 1000; i++) {
			const n = r.int(49152, 65535);
			expect(n).toBeGreaterThanOrEqual(49152);
			expect(n).toBeLessThanOrEqual(65535);
		}
		expect(r.bytes(12)).toHaveLength(12);
		expect(r.u64()).toBeLessThan(2n ** 64n);
		expect(r.iceChars(22)).toMatch(/^[A-Za-z0-9+/]{22}$/);
	});

	it('forks independent streams deterministically', () => {
		const a = Prng.fromSeed(5).fork();
		const b = Prng.fromSeed(5).fork();
		expect(a.next()).toBe(b.next());
	});
});
