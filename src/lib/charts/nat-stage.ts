// d3 math for the NAT lab's stage: where each device sits, the route a packet takes between two devices, and
// where a packet in flight is at a given virtual time (interpolated from its send and arrival times). Svelte
// renders the numbers; nothing here touches the DOM.
import { scalePoint } from 'd3';

export interface StageTopology {
	/** Both peers behind one NAT (the device is called 'NAT'). */
	sameNat: boolean;
	/** Whether each side has a NAT (false: the peer has a public address). */
	natA: boolean;
	natB: boolean;
	stun: boolean;
	turn: boolean;
}

export type StageNodeKind = 'peer' | 'nat' | 'internet' | 'server';

export interface StageNode {
	id: string;
	kind: StageNodeKind;
	x: number;
	y: number;
}

export interface StageLink {
	id: string;
	from: string;
	to: string;
	/** A link inside a private network (host ↔ its NAT). */
	lan: boolean;
	d: string;
}

export interface StageLayout {
	width: number;
	height: number;
	nodes: StageNode[];
	links: StageLink[];
	byId: Record<string, StageNode>;
}

export interface Point {
	x: number;
	y: number;
}

export const STAGE_WIDTH = 640;
export const STAGE_HEIGHT = 260;
export const INTERNET = 'internet';

/** The devices of a topology, positioned on a grid of five columns (peer, NAT, internet, NAT, peer) and three rows. */
export function stageLayout(topo: StageTopology, width = STAGE_WIDTH, height = STAGE_HEIGHT): StageLayout {
	const col = scalePoint<string>()
		.domain(['A', 'NAT-A', INTERNET, 'NAT-B', 'B'])
		.range([0, width])
		.padding(0.5);
	// The bottom band is left for the address and mapping-count labels under the path row.
	const row = scalePoint<string>()
		.domain(['servers', 'internet', 'path'])
		.range([0, height - 40])
		.padding(0.5);
	const between = (a: string, b: string) => ((col(a) ?? 0) + (col(b) ?? 0)) / 2;
	const nodes: StageNode[] = [];
	const add = (id: string, kind: StageNodeKind, x: number, y: number) => nodes.push({ id, kind, x, y });
	const pathY = row('path') ?? 0;
	const serverY = row('servers') ?? 0;
	if (topo.sameNat) {
		add('A', 'peer', col('A') ?? 0, pathY);
		add('NAT', 'nat', col(INTERNET) ?? 0, pathY);
		add('B', 'peer', col('B') ?? 0, pathY);
		add(INTERNET, 'internet', col(INTERNET) ?? 0, row('internet') ?? 0);
	} else {
		add('A', 'peer', col('A') ?? 0, pathY);
		if (topo.natA) add('NAT-A', 'nat', col('NAT-A') ?? 0, pathY);
		add(INTERNET, 'internet', col(INTERNET) ?? 0, pathY);
		if (topo.natB) add('NAT-B', 'nat', col('NAT-B') ?? 0, pathY);
		add('B', 'peer', col('B') ?? 0, pathY);
	}
	if (topo.stun) {
		add('STUN', 'server', between('NAT-A', INTERNET), serverY);
		// RFC 5780's second address: drawn beside the first, a little lower.
		add('STUN-2', 'server', between('NAT-A', INTERNET) - 44, serverY + 36);
	}
	if (topo.turn) add('TURN', 'server', between(INTERNET, 'NAT-B'), serverY);
	const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
	const links: StageLink[] = [];
	const link = (from: string, to: string, lan: boolean) => {
		const a = byId[from];
		const b = byId[to];
		if (a && b) links.push({ id: `${from}~${to}`, from, to, lan, d: `M${a.x},${a.y}L${b.x},${b.y}` });
	};
	if (topo.sameNat) {
		link('A', 'NAT', true);
		link('NAT', 'B', true);
		link('NAT', INTERNET, false);
	} else {
		if (topo.natA) {
			link('A', 'NAT-A', true);
			link('NAT-A', INTERNET, false);
		} else link('A', INTERNET, false);
		if (topo.natB) {
			link('NAT-B', 'B', true);
			link(INTERNET, 'NAT-B', false);
		} else link(INTERNET, 'B', false);
	}
	for (const s of ['STUN', 'STUN-2', 'TURN']) link(INTERNET, s, false);
	return { width, height, nodes, links, byId };
}

/** True when the two devices share a private network (a host and its NAT): no internet in between. */
function onSameLan(layout: StageLayout, a: string, b: string): boolean {
	return layout.links.some((l) => l.lan && ((l.from === a && l.to === b) || (l.from === b && l.to === a)));
}

/** The polyline a packet follows from one device to the next: direct on a LAN, through the internet otherwise. */
export function route(layout: StageLayout, from: string, to: string): Point[] {
	const a = layout.byId[from];
	const b = layout.byId[to];
	const hub = layout.byId[INTERNET];
	if (!a || !b) return a ? [a, a] : b ? [b, b] : [];
	if (from === to || from === INTERNET || to === INTERNET || !hub || onSameLan(layout, from, to))
		return [a, b];
	return [a, hub, b];
}

/** The point at `fraction` (0–1) of the polyline's length. */
export function pointAlong(points: readonly Point[], fraction: number): Point {
	if (points.length === 0) return { x: 0, y: 0 };
	const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
	const total = lengths.reduce((s, l) => s + l, 0);
	if (total === 0) return { x: points[0].x, y: points[0].y };
	let rest = Math.min(Math.max(fraction, 0), 1) * total;
	for (let i = 0; i < lengths.length; i++) {
		if (rest <= lengths[i] || i === lengths.length - 1) {
			const f = lengths[i] === 0 ? 0 : Math.min(rest / lengths[i], 1);
			const p = points[i];
			const q = points[i + 1];
			return { x: p.x + (q.x - p.x) * f, y: p.y + (q.y - p.y) * f };
		}
		rest -= lengths[i];
	}
	return points[points.length - 1];
}

/** How far along its hop a packet is at virtual time t: 0 at leftAt, 1 at arriveAt (clamped). */
export function hopFraction(leftAt: number, arriveAt: number, t: number): number {
	if (arriveAt <= leftAt) return t >= arriveAt ? 1 : 0;
	// The linear scale [leftAt, arriveAt] → [0, 1], clamped; plain arithmetic, as it runs per packet per frame.
	return Math.min(Math.max((t - leftAt) / (arriveAt - leftAt), 0), 1);
}

export interface Flight {
	packetId: number;
	fromDevice: string;
	toDevice: string;
	leftAt: number;
	arriveAt: number;
}

export interface PlacedPacket {
	packetId: number;
	x: number;
	y: number;
}

/**
 * A packet in flight with what does not change while it flies: its route and its lane. Packets that left the
 * same device at the same moment for the same next device would sit on top of each other; each gets its own
 * lane, `laneGap` pixels above the previous one.
 */
export interface FlightPath {
	packetId: number;
	leftAt: number;
	arriveAt: number;
	points: Point[];
}

/** Routes and lanes of the packets in flight: computed once per step, not per frame. */
export function flightPaths(layout: StageLayout, flights: readonly Flight[], laneGap = 14): FlightPath[] {
	const lanes = new Map<string, number>();
	return flights.map((f) => {
		const key = `${f.fromDevice}>${f.toDevice}@${f.leftAt}`;
		const lane = lanes.get(key) ?? 0;
		lanes.set(key, lane + 1);
		const points = route(layout, f.fromDevice, f.toDevice).map((p) => ({ x: p.x, y: p.y - lane * laneGap }));
		return { packetId: f.packetId, leftAt: f.leftAt, arriveAt: f.arriveAt, points };
	});
}

/** Where a packet on its path is at virtual time t (the only per-frame computation of the stage). */
export function positionAt(path: FlightPath, t: number): Point {
	return pointAlong(path.points, hopFraction(path.leftAt, path.arriveAt, t));
}

/** Where each packet in flight is at time t (flightPaths, then positionAt). */
export function placePackets(
	layout: StageLayout,
	flights: readonly Flight[],
	t: number,
	laneGap = 14
): PlacedPacket[] {
	return flightPaths(layout, flights, laneGap).map((path) => ({
		packetId: path.packetId,
		...positionAt(path, t)
	}));
}
