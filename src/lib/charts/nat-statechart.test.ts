import { describe, expect, it } from 'vitest';
import { iceAgentMachine } from '$lib/sim';
import { regionsOf, statechartLayout, type StateConfigLike } from './nat-statechart';

describe('statechart of the ICE agent', () => {
	const regions = regionsOf(iceAgentMachine.config as StateConfigLike, 'iceAgent');
	it('reads the parallel regions, states and transitions from the machine', () => {
		expect(regions.map((r) => r.id)).toEqual(['iceGatheringState', 'iceConnectionState']);
		expect(regions[0].states).toEqual(['new', 'gathering', 'complete']);
		expect(regions[1].states).toEqual([
			'new',
			'checking',
			'connected',
			'completed',
			'disconnected',
			'failed'
		]);
		expect(regions[1].transitions).toContainEqual({ from: 'checking', to: 'connected' });
		expect(regions[1].transitions).toContainEqual({ from: 'connected', to: 'failed' });
		expect(regions[1].transitions).toContainEqual({ from: 'connected', to: 'disconnected' });
		expect(regions[1].transitions).toContainEqual({ from: 'failed', to: 'checking' });
		expect(regions[0].initial).toBe('new');
	});
	it('lays states out left to right in rows that do not overlap', () => {
		const l = statechartLayout(regions, 560);
		const row = (id: string) => l.boxes.filter((b) => b.region === id);
		for (const r of regions) {
			const boxes = row(r.id);
			for (let i = 1; i < boxes.length; i++)
				expect(boxes[i].x).toBeGreaterThan(boxes[i - 1].x + boxes[i - 1].width);
			for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(560);
		}
		expect(row('iceConnectionState')[0].y).toBeGreaterThan(row('iceGatheringState')[0].y + 30);
		expect(l.arrows.length).toBe(regions.reduce((n, r) => n + r.transitions.length, 0));
		for (const a of l.arrows) expect(a.d).toMatch(/^M[\d.]+,[\d.]+Q/);
	});
	it('flat machines are one region', () => {
		expect(
			regionsOf({ initial: 'a', states: { a: { on: { go: 'b' } }, b: { on: { back: { target: 'a' } } } } })
		).toEqual([
			{
				id: 'machine',
				initial: 'a',
				states: ['a', 'b'],
				transitions: [
					{ from: 'a', to: 'b' },
					{ from: 'b', to: 'a' }
				]
			}
		]);
	});
});
