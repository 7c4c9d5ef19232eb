// A small seeded PRNG (mulberry32) so a negotiation run is a function of its seed: no Math.random.

export type Random = () => number;

/** Uniform floats in [0, 1), the same sequence for the same 32-bit seed. */
export function mulberry32(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An integer in [min, max] (inclusive). */
export function between(random: Random, [min, max]: readonly [number, number]): number {
	return min + Math.floor(random() * (max - min + 1));
}
