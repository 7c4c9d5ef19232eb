// What the NAT lab lets a learner set, how a named scenario fills it in, and the simulator options it stands for.
// A scenario may carry options the form does not show (NAT lifetime, port allocation, hold time, TURN over TCP);
// they stay in force while its id is selected, so (scenario, settings, seed) always names one exact run.
import {
	CLASSIC_NATS,
	resolveNat,
	SCENARIOS,
	type ClassicNatName,
	type FilteringBehaviour,
	type MappingBehaviour,
	type NatBehaviour,
	type PacketPurpose,
	type TraversalOptions
} from '$lib/sim';

export const CUSTOM = 'custom';
export const DEFAULT_SCENARIO = 'home-routers';

export interface SideSettings {
	/** False: the peer has a public address (no NAT). */
	nat: boolean;
	mapping: MappingBehaviour;
	filtering: FilteringBehaviour;
	hairpin: boolean;
}

export type UdpBlocked = 'none' | 'A' | 'B' | 'both';

export interface LabSettings {
	scenario: string;
	a: SideSettings;
	b: SideSettings;
	sameNat: boolean;
	turn: boolean;
	udpBlocked: UdpBlocked;
	latencyMs: number;
	/** Loss rate on the internet, percent (0–50). */
	lossPct: number;
	seed: number;
	/** The form's scripted loss (`dropNth`): the n-th packet of a kind on the internet. */
	drop?: { purpose: PacketPurpose; n: number };
	/** Faults injected by hand, on top of any the scenario has. Packets chosen on the stage (`dropPackets`). */
	drops?: { purpose: PacketPurpose; n: number }[];
	/** Mappings expired by hand (`expireMappings`): which side's NAT, when, and which mapping (its outside address). */
	expire?: ExpireFault[];
	/** The TURN server stopped by hand at this virtual time, ms (`turnStopAtMs`). */
	turnStopAtMs?: number;
}

export interface ExpireFault {
	nat: 'A' | 'B';
	atMs: number;
	/** "ip:port" of the mapping's outside address; absent: every mapping of that NAT. */
	external?: string;
}

/** Whether any fault was injected by hand. */
export function hasHandFaults(s: LabSettings): boolean {
	return !!(s.drops?.length || s.expire?.length || s.turnStopAtMs !== undefined);
}

/** The settings without the faults injected by hand. */
export function withoutHandFaults(s: LabSettings): LabSettings {
	const out = { ...s };
	delete out.drops;
	delete out.expire;
	delete out.turnStopAtMs;
	return out;
}

export type Preset = ClassicNatName | 'none' | 'custom';
export const PRESETS: readonly Preset[] = [
	'full-cone',
	'restricted-cone',
	'port-restricted-cone',
	'symmetric',
	'none',
	'custom'
];

function side(setting: TraversalOptions['natA']): SideSettings {
	const b: NatBehaviour | undefined = resolveNat(setting ?? 'port-restricted-cone');
	if (!b)
		return { nat: false, mapping: 'endpoint-independent', filtering: 'endpoint-independent', hairpin: true };
	return { nat: true, mapping: b.mapping, filtering: b.filtering, hairpin: b.hairpin };
}

function scenarioOptions(id: string): TraversalOptions {
	return SCENARIOS.find((s) => s.id === id)?.options ?? {};
}

/** The form's values for a named scenario (or the defaults, for 'custom'). */
export function settingsFor(id: string, seed = 1): LabSettings {
	const o = scenarioOptions(id);
	const s: LabSettings = {
		scenario: SCENARIOS.some((x) => x.id === id) ? id : CUSTOM,
		a: side(o.natA),
		b: side(o.sameNat ? o.natA : o.natB),
		sameNat: o.sameNat ?? false,
		turn: o.turnServer ?? false,
		udpBlocked: o.udpBlocked === true ? 'both' : o.udpBlocked ? o.udpBlocked : 'none',
		latencyMs: o.latencyMs ?? 20,
		lossPct: Math.round((o.loss ?? 0) * 100),
		seed
	};
	if (o.dropNth) s.drop = { ...o.dropNth };
	return s;
}

function natOption(s: SideSettings, base: TraversalOptions['natA']): TraversalOptions['natA'] {
	if (!s.nat) return 'none';
	const extra = base && base !== 'none' && typeof base === 'object' ? base : {};
	return { ...extra, mapping: s.mapping, filtering: s.filtering, hairpin: s.hairpin };
}

/** How long a run goes on after the last fault injected by hand, ms (consent expires 30 s after the last answer). */
export const FAULT_WATCH_MS = 40_000;

/** The simulator options the settings stand for (the selected scenario's hidden options included). */
export function optionsFor(s: LabSettings): TraversalOptions {
	const base = s.scenario === CUSTOM ? {} : scenarioOptions(s.scenario);
	const o: TraversalOptions = {
		...base,
		natA: natOption(s.a, base.natA),
		natB: natOption(s.b, base.natB),
		sameNat: s.sameNat,
		turnServer: s.turn,
		udpBlocked: s.udpBlocked === 'none' ? false : s.udpBlocked === 'both' ? true : s.udpBlocked,
		latencyMs: s.latencyMs,
		loss: s.lossPct / 100,
		seed: s.seed
	};
	if (s.sameNat && o.natA === 'none')
		o.natA = { mapping: s.a.mapping, filtering: s.a.filtering, hairpin: s.a.hairpin };
	if (s.drop) o.dropNth = { ...s.drop };
	else delete o.dropNth;
	// Hand-injected faults add to the scenario's own (a TURN server stops at the earlier of the two times).
	if (s.drops?.length) o.dropPackets = [...(base.dropPackets ?? []), ...s.drops.map((d) => ({ ...d }))];
	if (s.expire?.length)
		o.expireMappings = [...(base.expireMappings ?? []), ...s.expire.map((f) => ({ ...f }))];
	if (s.turnStopAtMs !== undefined) o.turnStopAtMs = Math.min(s.turnStopAtMs, base.turnStopAtMs ?? Infinity);
	// A fault injected after the call connected must have a run to strike: keep the call going past the last one
	// for long enough that consent can run out (30 s, RFC 7675). The run up to the fault is unchanged.
	const lastFault = Math.max(-1, ...(s.expire ?? []).map((f) => f.atMs), s.turnStopAtMs ?? -1);
	if (lastFault >= 0) {
		o.holdMs = Math.max(o.holdMs ?? 0, lastFault + FAULT_WATCH_MS);
		o.maxDurationMs = Math.max(o.maxDurationMs ?? 60_000, lastFault + FAULT_WATCH_MS + 5_000);
	}
	return o;
}

/** The classic name for a side's behaviour, if it has one. */
export function presetOf(s: SideSettings): Preset {
	if (!s.nat) return 'none';
	for (const [name, b] of Object.entries(CLASSIC_NATS))
		if (b.mapping === s.mapping && b.filtering === s.filtering) return name as ClassicNatName;
	return 'custom';
}

/** A side's settings after picking a classic name ('custom' keeps the current behaviour). */
export function applyPreset(s: SideSettings, preset: Preset): SideSettings {
	if (preset === 'custom') return { ...s, nat: true };
	if (preset === 'none') return { ...s, nat: false };
	return { ...s, nat: true, ...CLASSIC_NATS[preset] };
}

export function sameSettings(a: LabSettings, b: LabSettings): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
