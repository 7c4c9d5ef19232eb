// The virtual clock: an event queue ordered by (time, seq). Nothing in the simulator reads the wall clock or uses
// setTimeout; time advances only when the scheduler pops the next entry, so a run is the same on every machine.

export interface Scheduled {
	time: number;
	/** Insertion order: entries at the same time run in the order they were scheduled. */
	seq: number;
	/** A name for timers that can be replaced or cancelled (e.g. `A:rto:0a1b…`). */
	key?: string;
	run: () => void;
	cancelled: boolean;
}

export class Scheduler {
	now = 0;
	private seq = 0;
	private heap: Scheduled[] = [];
	private byKey = new Map<string, Scheduled>();

	get size(): number {
		return this.heap.length;
	}

	/** Runs `run` at `now + delayMs`. A keyed entry replaces any pending entry with the same key. */
	schedule(delayMs: number, run: () => void, key?: string): Scheduled {
		if (!(delayMs >= 0)) throw new RangeError(`delay must be ≥ 0, not ${delayMs}`);
		if (key !== undefined) this.cancel(key);
		const entry: Scheduled = { time: this.now + delayMs, seq: this.seq++, key, run, cancelled: false };
		if (key !== undefined) this.byKey.set(key, entry);
		this.push(entry);
		return entry;
	}

	cancel(key: string): boolean {
		const entry = this.byKey.get(key);
		if (!entry) return false;
		entry.cancelled = true;
		this.byKey.delete(key);
		return true;
	}

	has(key: string): boolean {
		return this.byKey.has(key);
	}

	/** Pops and runs the next live entry; false when the queue is empty or the next entry is after `until`. */
	step(until = Infinity): boolean {
		for (;;) {
			const top = this.heap[0];
			if (!top) return false;
			if (top.cancelled) {
				this.pop();
				continue;
			}
			if (top.time > until) return false;
			this.pop();
			if (top.key !== undefined && this.byKey.get(top.key) === top) this.byKey.delete(top.key);
			this.now = top.time;
			top.run();
			return true;
		}
	}

	/** The time of the next live entry, if any. */
	peekTime(): number | undefined {
		while (this.heap[0]?.cancelled) this.pop();
		return this.heap[0]?.time;
	}

	private less(a: Scheduled, b: Scheduled): boolean {
		return a.time < b.time || (a.time === b.time && a.seq < b.seq);
	}

	private push(e: Scheduled): void {
		const h = this.heap;
		h.push(e);
		let i = h.length - 1;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (!this.less(h[i], h[p])) break;
			[h[i], h[p]] = [h[p], h[i]];
			i = p;
		}
	}

	private pop(): Scheduled | undefined {
		const h = this.heap;
		const top = h[0];
		const last = h.pop();
		if (h.length > 0 && last) {
			h[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < h.length && this.less(h[l], h[m])) m = l;
				if (r < h.length && this.less(h[r], h[m])) m = r;
				if (m === i) break;
				[h[i], h[m]] = [h[m], h[i]];
				i = m;
			}
		}
		return top;
	}
}
