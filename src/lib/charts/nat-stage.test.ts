import { describe, expect, it } from 'vitest';
import { hopFraction, placePackets, pointAlong, route, stageLayout } from './nat-stage';

const full = { sameNat: false, natA: true, natB: true, stun: true, turn: true };

describe('stageLayout', () => {
	it('places the path left to right and the servers above it', () => {
		const l = stageLayout(full);
		const x = (id: string) => l.byId[id].x;
		expect(x('A')).toBeLessThan(x('NAT-A'));
		expect(x('NAT-A')).toBeLessThan(x('internet'));
		expect(x('internet')).toBeLessThan(x('NAT-B'));
		expect(x('NAT-B')).toBeLessThan(x('B'));
		expect(l.byId.STUN.y).toBeLessThan(l.byId.internet.y);
		expect(l.byId.TURN.y).toBeLessThan(l.byId.internet.y);
		for (const n of l.nodes) {
			expect(n.x).toBeGreaterThan(0);
			expect(n.x).toBeLessThan(l.width);
			expect(n.y).toBeGreaterThan(0);
			expect(n.y).toBeLessThan(l.height);
		}
	});
	it('leaves out what the topology lacks', () => {
		const l = stageLayout({ ...full, natB: false, turn: false });
		expect(l.byId['NAT-B']).toBeUndefined();
		expect(l.byId.TURN).toBeUndefined();
		expect(l.links.some((k) => k.from === 'internet' && k.to === 'B')).toBe(true);
	});
	it('same NAT: one NAT between both peers, the internet above it', () => {
		const l = stageLayout({ ...full, sameNat: true });
		expect(l.byId.NAT).toBeDefined();
		expect(l.byId['NAT-A']).toBeUndefined();
		expect(l.byId.internet.y).toBeLessThan(l.byId.NAT.y);
	});
});

describe('route', () => {
	const l = stageLayout(full);
	it.each([
		{ args: ['A', 'NAT-A'], expected: 2 },
		{ args: ['NAT-A', 'STUN'], expected: 3 },
		{ args: ['NAT-A', 'NAT-B'], expected: 3 },
		{ args: ['NAT-A', 'internet'], expected: 2 },
		{ args: ['NAT-B', 'B'], expected: 2 }
	])('$args has $expected points', ({ args, expected }) => {
		const r = route(l, args[0], args[1]);
		expect(r).toHaveLength(expected);
		expect(r[0]).toBe(l.byId[args[0]]);
		expect(r[r.length - 1]).toBe(l.byId[args[1]]);
	});
});

describe('interpolation', () => {
	it.each([
		{ args: [0, 20, -5], expected: 0 },
		{ args: [0, 20, 0], expected: 0 },
		{ args: [0, 20, 5], expected: 0.25 },
		{ args: [0, 20, 20], expected: 1 },
		{ args: [0, 20, 99], expected: 1 },
		{ args: [5, 5, 5], expected: 1 }
	])('hopFraction$args = $expected', ({ args, expected }) => {
		expect(hopFraction(args[0], args[1], args[2])).toBeCloseTo(expected);
	});
	it('pointAlong walks a polyline by length', () => {
		const pts = [
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 10, y: 30 }
		];
		expect(pointAlong(pts, 0)).toEqual({ x: 0, y: 0 });
		expect(pointAlong(pts, 0.25)).toEqual({ x: 10, y: 0 });
		expect(pointAlong(pts, 0.5)).toEqual({ x: 10, y: 10 });
		expect(pointAlong(pts, 1)).toEqual({ x: 10, y: 30 });
	});
	it('places packets halfway at half time, and gives simultaneous packets their own lane', () => {
		const l = stageLayout(full);
		const a = l.byId.A;
		const n = l.byId['NAT-A'];
		const placed = placePackets(
			l,
			[
				{ packetId: 1, fromDevice: 'A', toDevice: 'NAT-A', leftAt: 0, arriveAt: 2 },
				{ packetId: 2, fromDevice: 'A', toDevice: 'NAT-A', leftAt: 0, arriveAt: 2 }
			],
			1
		);
		expect(placed[0]).toEqual({ packetId: 1, x: (a.x + n.x) / 2, y: (a.y + n.y) / 2 });
		expect(placed[1].x).toBe(placed[0].x);
		expect(placed[1].y).toBeLessThan(placed[0].y);
	});
});
