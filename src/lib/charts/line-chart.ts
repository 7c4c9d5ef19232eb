// d3 math for a multi-series line chart: scales, ticks and SVG path strings. Svelte renders the result.
import { extent, line, max, scaleLinear } from 'd3';

export interface ChartPoint {
	t: number;
	v: number | null;
}

export interface LineChartInput {
	series: { id: string; points: readonly ChartPoint[] }[];
	width: number;
	height: number;
	margin?: { top: number; right: number; bottom: number; left: number };
	/** Milliseconds of history to show, ending at the latest point (default: all). */
	window?: number;
}

export interface LineChartLayout {
	paths: { id: string; d: string; last: { x: number; y: number } | null }[];
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	plot: { left: number; top: number; right: number; bottom: number };
	/** Whether any series has a number to draw. */
	hasData: boolean;
}

const DEFAULT_MARGIN = { top: 8, right: 12, bottom: 22, left: 44 };

/** Compact tick labels: 1.2k, 15, 0.25. */
export function tickLabel(v: number): string {
	const a = Math.abs(v);
	if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
	if (a >= 1e4) return `${+(v / 1e3).toFixed(0)}k`;
	if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
	if (a === 0 || a >= 10) return `${Math.round(v)}`;
	return `${+v.toPrecision(2)}`;
}

export function lineChart(input: LineChartInput): LineChartLayout {
	const margin = input.margin ?? DEFAULT_MARGIN;
	const plot = {
		left: margin.left,
		top: margin.top,
		right: input.width - margin.right,
		bottom: input.height - margin.bottom
	};
	const all = input.series.flatMap((s) => s.points);
	const [tMin = 0, tMax = 0] = extent(all, (p) => p.t);
	const t0 = input.window === undefined ? tMin : Math.max(tMin, tMax - input.window);
	const visible = (p: ChartPoint) => p.t >= t0;
	const values = all.filter((p) => visible(p) && p.v !== null).map((p) => p.v as number);
	const vMax = max(values) ?? 0;
	const x = scaleLinear()
		.domain([t0, Math.max(tMax, t0 + 1000)])
		.range([plot.left, plot.right]);
	const y = scaleLinear()
		.domain([Math.min(0, ...values), vMax > 0 ? vMax : 1])
		.nice(4)
		.range([plot.bottom, plot.top]);
	const path = line<ChartPoint>()
		.defined((p) => p.v !== null)
		.x((p) => x(p.t))
		.y((p) => y(p.v as number));
	const paths = input.series.map((s) => {
		const pts = s.points.filter(visible);
		const lastPoint = [...pts].reverse().find((p) => p.v !== null);
		return {
			id: s.id,
			d: path(pts) ?? '',
			last: lastPoint ? { x: x(lastPoint.t), y: y(lastPoint.v as number) } : null
		};
	});
	return {
		paths,
		xTicks: x.ticks(5).map((t) => ({ x: x(t), label: `${Math.round(t / 1000)} s` })),
		yTicks: y.ticks(4).map((v) => ({ y: y(v), label: tickLabel(v) })),
		plot,
		hasData: values.length > 0
	};
}
