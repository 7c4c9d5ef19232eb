import { describe, expect, it } from 'vitest';
import { lineChart, tickLabel } from './line-chart';

describe('tickLabel', () => {
	it.each([
		{ args: 0, expected: '0' },
		{ args: 0.25, expected: '0.25' },
		{ args: 15, expected: '15' },
		{ args: 1500, expected: '1.5k' },
		{ args: 20000, expected: '20k' },
		{ args: 2_500_000, expected: '2.5M' }
	])('$args → $expected', ({ args, expected }) => expect(tickLabel(args)).toBe(expected));
});

describe('lineChart', () => {
	const base = { width: 300, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 0 } };

	it('maps time to x and value to y (y grows downward in SVG)', () => {
		const layout = lineChart({
			...base,
			series: [
				{
					id: 'a',
					points: [
						{ t: 0, v: 0 },
						{ t: 1000, v: 50 },
						{ t: 2000, v: 100 }
					]
				}
			]
		});
		expect(layout.hasData).toBe(true);
		expect(layout.paths[0].d).toBe('M0,100L150,50L300,0');
		expect(layout.paths[0].last).toEqual({ x: 300, y: 0 });
		expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
	});

	it('null values break the line into pieces', () => {
		const layout = lineChart({
			...base,
			series: [
				{
					id: 'a',
					points: [
						{ t: 0, v: 10 },
						{ t: 1000, v: 10 },
						{ t: 2000, v: null },
						{ t: 3000, v: 10 },
						{ t: 4000, v: 10 }
					]
				}
			]
		});
		expect(layout.paths[0].d.match(/M/g)).toHaveLength(2);
	});

	it('no numbers: an empty path, a default y domain, hasData false', () => {
		const layout = lineChart({ ...base, series: [{ id: 'a', points: [{ t: 0, v: null }] }] });
		expect(layout.hasData).toBe(false);
		expect(layout.paths[0]).toEqual({ id: 'a', d: '', last: null });
		expect(layout.yTicks.at(-1)?.label).toBe('1');
	});

	it('a window keeps only the latest history', () => {
		const points = Array.from({ length: 100 }, (_, i) => ({ t: i * 1000, v: i }));
		const layout = lineChart({ ...base, window: 10_000, series: [{ id: 'a', points }] });
		expect(layout.paths[0].d.match(/L/g)).toHaveLength(10);
		expect(layout.xTicks[0].label).toBe('90 s');
	});
});
