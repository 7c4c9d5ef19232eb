// A seeded pseudo-random stream (mulberry32): the only source of "chance" in a run, so a (scenario, seed) pair
// always replays the same. Not cryptographic — the simulator needs repeatability, not secrecy.

/** The generator state: one 32-bit unsigned integer, so it can be copied into snapshots as plain data. */
export type PrngState = number;

/** The state a seed starts from (any number; non-integers are truncated). */
export function seedPrng(seed: number): PrngState {
	return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}

/** One step of mulberry32: the next value in [0, 1) and the state after it. Pure. */
export function nextRandom(state: PrngState): [value: number, next: PrngState] {
	const next = (state + 0x6d2b79f5) >>> 0;
	let t = next;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A mutable stream over the pure step, for code that owns its generator. */
export class Prng {
	constructor(public state: PrngState) {}

	static fromSeed(seed: number): Prng {
		return new Prng(seedPrng(seed));
	}

	/** A value in [0, 1). */
	next(): number {
		const [value, state] = nextRandom(this.state);
		this.state = state;
		return value;
	}

	/** An integer in [min, max] (inclusive). */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** `n` random bytes (e.g. a STUN transaction id). */
	bytes(n: number): Uint8Array {
		const out = new Uint8Array(n);
		for (let i = 0; i < n; i++) out[i] = Math.floor(this.next() * 256);
		return out;
	}

	/** A 64-bit unsigned integer (e.g. an ICE tie-breaker). */
	u64(): bigint {
		let v = 0n;
		for (let i = 0; i < 4; i++) v = (v << 16n) | BigInt(Math.floor(this.next() * 65536));
		return v;
	}

	/** A string of `n` characters from the ICE alphabet (RFC 8839 ice-char: ALPHA / DIGIT / "+" / "/"). */
	iceChars(n: number): string {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
		let s = '';
		for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * 64)];
		return s;
	}

	/** A new, independent stream derived from this one (so adding draws in one place does not shift another). */
	fork(): Prng {
		return new Prng(Math.floor(this.next() * 4294967296) >>> 0);
	}
}
