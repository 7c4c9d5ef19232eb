// The full 81-combination NAT matrix with traces recorded. Goal: the whole matrix in under 250 ms in node.
// BENCH_QUICK=1 runs it once (CI smoke run).
import { bench, describe } from 'vitest';
import { runMatrix } from './matrix';

const quick = process.env.BENCH_QUICK
	? { time: 0, iterations: 1, warmupTime: 0, warmupIterations: 0 }
	: { time: 3000, warmupIterations: 2 };

describe('traversal matrix', () => {
	bench(
		'81 combinations (mapping × filtering on each side), traces recorded',
		() => {
			const runs = runMatrix(1);
			if (runs.length !== 81) throw new Error('expected 81 runs');
		},
		quick
	);
});
