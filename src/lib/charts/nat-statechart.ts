// A layered layout for a statechart drawn from an xstate machine's config: one row per parallel region, its
// states left to right in definition order, transitions as arcs (forward above the boxes, backward below).
import { scaleBand } from 'd3';

/** The part of an xstate state-node config this layout reads. */
export interface StateConfigLike {
	type?: string;
	initial?: unknown;
	states?: Record<string, StateConfigLike>;
	on?: Record<string, unknown>;
	always?: unknown;
	after?: Record<string, unknown>;
}

export interface ChartRegion {
	id: string;
	initial?: string;
	states: string[];
	transitions: { from: string; to: string }[];
}

function targetsOf(t: unknown): string[] {
	if (t === undefined || t === null) return [];
	if (typeof t === 'string') return [t.replace(/^\./, '')];
	if (Array.isArray(t)) return t.flatMap(targetsOf);
	if (typeof t === 'object' && 'target' in t) return targetsOf((t as { target: unknown }).target);
	return [];
}

/** Regions (the parallel children, or the machine itself) with their states and the transitions between them. */
export function regionsOf(root: StateConfigLike, rootId = 'machine'): ChartRegion[] {
	const parallel = root.type === 'parallel' && root.states;
	const regions: [string, StateConfigLike][] = parallel
		? Object.entries(root.states ?? {})
		: [[rootId, root]];
	return regions.map(([id, region]) => {
		const states = Object.keys(region.states ?? {});
		const transitions: { from: string; to: string }[] = [];
		for (const [from, node] of Object.entries(region.states ?? {})) {
			const all = [
				...targetsOf(node.always),
				...Object.values(node.on ?? {}).flatMap(targetsOf),
				...Object.values(node.after ?? {}).flatMap(targetsOf)
			];
			for (const to of all) {
				if (states.includes(to) && to !== from && !transitions.some((x) => x.from === from && x.to === to))
					transitions.push({ from, to });
			}
		}
		const out: ChartRegion = { id, states, transitions };
		if (typeof region.initial === 'string') out.initial = region.initial;
		return out;
	});
}

export interface ChartBox {
	region: string;
	state: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartArrow {
	region: string;
	from: string;
	to: string;
	d: string;
}

export interface StatechartLayout {
	width: number;
	height: number;
	regions: { id: string; y: number; labelY: number }[];
	boxes: ChartBox[];
	arrows: ChartArrow[];
	/** Marks for the initial state of each region (a short arrow ending at the box). */
	initials: { region: string; d: string }[];
}

export function statechartLayout(
	regions: readonly ChartRegion[],
	width = 560,
	rowHeight = 110,
	boxHeight = 30
): StatechartLayout {
	const height = regions.length * rowHeight;
	const boxes: ChartBox[] = [];
	const arrows: ChartArrow[] = [];
	const initials: { region: string; d: string }[] = [];
	const rows = regions.map((r, i) => {
		const top = i * rowHeight;
		const y = top + rowHeight / 2 - boxHeight / 2 + 8;
		const x = scaleBand<string>().domain(r.states).range([24, width]).paddingInner(0.35).paddingOuter(0.1);
		const bw = x.bandwidth();
		for (const s of r.states)
			boxes.push({ region: r.id, state: s, x: x(s) ?? 0, y, width: bw, height: boxHeight });
		const box = (s: string) => boxes.find((b) => b.region === r.id && b.state === s)!;
		for (const t of r.transitions) {
			const a = box(t.from);
			const b = box(t.to);
			const forward = b.x > a.x;
			// Forward arcs leave the top edge, backward ones the bottom edge, so a pair of opposite arrows never overlaps.
			const ya = forward ? a.y : a.y + boxHeight;
			const yb = forward ? b.y : b.y + boxHeight;
			const xa = a.x + a.width * (forward ? 0.65 : 0.35);
			const xb = b.x + b.width * (forward ? 0.35 : 0.65);
			const bulge = Math.min(34, 12 + Math.abs(xb - xa) / 10) * (forward ? -1 : 1);
			const mx = (xa + xb) / 2;
			arrows.push({
				region: r.id,
				from: t.from,
				to: t.to,
				d: `M${xa.toFixed(1)},${ya}Q${mx.toFixed(1)},${(Math.min(ya, yb) + bulge * 1.6).toFixed(1)} ${xb.toFixed(1)},${yb}`
			});
		}
		if (r.initial) {
			const b = box(r.initial);
			const cy = b.y + boxHeight / 2;
			initials.push({ region: r.id, d: `M${(b.x - 18).toFixed(1)},${cy}L${(b.x - 2).toFixed(1)},${cy}` });
		}
		return { id: r.id, y: top, labelY: top + 16 };
	});
	return { width, height, regions: rows, boxes, arrows, initials };
}
