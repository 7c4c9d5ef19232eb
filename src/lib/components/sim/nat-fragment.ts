// The NAT lab's state in the URL fragment (pages are prerendered, so state cannot live in a query string):
// scenario, settings, seed, step and the model version the step numbers belong to.
//   #s=home-routers&a=EIM.APDF.h&b=none&turn=1&udp=A&lat=20&loss=0&seed=1&drop=check.1&step=12&v=sim-1
// Faults injected by hand add, each as often as it occurs:
//   &pkt=check.3 (drop that packet) &exp=A.10013.198.51.100.1.52556 (expire that mapping of NAT A at 10013 ms;
//   without the address: all of them) &turnstop=12001 (stop the TURN server at 12001 ms)
import type { FilteringBehaviour, MappingBehaviour, PacketPurpose } from '$lib/sim';
import {
	CUSTOM,
	settingsFor,
	type ExpireFault,
	type LabSettings,
	type SideSettings,
	type UdpBlocked
} from './lab-settings';

const BEHAVIOUR_CODES: Record<string, MappingBehaviour & FilteringBehaviour> = {
	EI: 'endpoint-independent',
	AD: 'address-dependent',
	APD: 'address-and-port-dependent'
};
const CODE_OF: Record<string, string> = Object.fromEntries(
	Object.entries(BEHAVIOUR_CODES).map(([k, v]) => [v, k])
);
const PURPOSES: readonly PacketPurpose[] = [
	'binding-request',
	'binding-response',
	'check',
	'check-response',
	'consent',
	'allocate',
	'allocate-response',
	'refresh',
	'refresh-response',
	'create-permission',
	'create-permission-response',
	'channel-bind',
	'channel-bind-response',
	'send-indication',
	'data-indication',
	'channel-data',
	'relayed-data'
];

export interface NatLabState {
	settings: LabSettings;
	step: number;
	/** The model version the link was made with. */
	version?: string;
}

export function encodeSide(s: SideSettings): string {
	if (!s.nat) return 'none';
	return `${CODE_OF[s.mapping]}M.${CODE_OF[s.filtering]}F.${s.hairpin ? 'h' : 'n'}`;
}

export function decodeSide(text: string | null, fallback: SideSettings): SideSettings {
	if (text === null) return fallback;
	if (text === 'none') return { ...fallback, nat: false };
	const m = /^(EI|AD|APD)M\.(EI|AD|APD)F\.([hn])$/.exec(text);
	if (!m) return fallback;
	return {
		nat: true,
		mapping: BEHAVIOUR_CODES[m[1]],
		filtering: BEHAVIOUR_CODES[m[2]],
		hairpin: m[3] === 'h'
	};
}

export function encodeFragment(state: NatLabState): string {
	const s = state.settings;
	const p = new URLSearchParams();
	p.set('s', s.scenario);
	p.set('a', encodeSide(s.a));
	p.set('b', encodeSide(s.b));
	if (s.sameNat) p.set('same', '1');
	p.set('turn', s.turn ? '1' : '0');
	p.set('udp', s.udpBlocked);
	p.set('lat', String(s.latencyMs));
	p.set('loss', String(s.lossPct));
	p.set('seed', String(s.seed));
	p.set('drop', s.drop ? `${s.drop.purpose}.${s.drop.n}` : 'none');
	for (const d of s.drops ?? []) p.append('pkt', `${d.purpose}.${d.n}`);
	for (const f of s.expire ?? [])
		p.append('exp', `${f.nat}.${f.atMs}${f.external ? `.${f.external.replace(':', '.')}` : ''}`);
	if (s.turnStopAtMs !== undefined) p.set('turnstop', String(s.turnStopAtMs));
	p.set('step', String(state.step));
	if (state.version) p.set('v', state.version);
	return `#${p.toString()}`;
}

function int(text: string | null, lo: number, hi: number, fallback: number): number {
	if (text === null || !/^-?\d+$/.test(text)) return fallback;
	const n = Number(text);
	return n < lo || n > hi ? fallback : n;
}

/** At most this many faults of each kind are read from a link (a fragment is untrusted input). */
const MAX_FAULTS = 20;
const MAX_TIME_MS = 10_000_000;

/** `check.3` → the 3rd connectivity check. */
function purposeAndN(text: string): { purpose: PacketPurpose; n: number } | undefined {
	const m = /^([a-z-]+)\.(\d{1,3})$/.exec(text);
	if (!m || !(PURPOSES as readonly string[]).includes(m[1]) || Number(m[2]) < 1) return undefined;
	return { purpose: m[1] as PacketPurpose, n: Number(m[2]) };
}

/** `A.10013.198.51.100.1.52556` → NAT A forgets the mapping 198.51.100.1:52556 at 10013 ms. */
function expireFault(text: string): ExpireFault | undefined {
	const m = /^([AB])\.(\d{1,8})(?:\.(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\.(\d{1,5}))?$/.exec(text);
	if (!m || Number(m[2]) > MAX_TIME_MS || (m[4] !== undefined && Number(m[4]) > 65535)) return undefined;
	const f: ExpireFault = { nat: m[1] as 'A' | 'B', atMs: Number(m[2]) };
	if (m[3] !== undefined) f.external = `${m[3]}:${m[4]}`;
	return f;
}

/** The state a fragment names, or undefined when it names none (an empty or foreign fragment). */
export function decodeFragment(hash: string): NatLabState | undefined {
	const p = new URLSearchParams(hash.replace(/^#/, ''));
	const scenario = p.get('s');
	if (!scenario) return undefined;
	const base = settingsFor(scenario);
	const udp = p.get('udp');
	const settings: LabSettings = {
		scenario: base.scenario === CUSTOM && scenario !== CUSTOM ? CUSTOM : base.scenario,
		a: decodeSide(p.get('a'), base.a),
		b: decodeSide(p.get('b'), base.b),
		sameNat: p.has('same') ? p.get('same') === '1' : base.sameNat,
		turn: p.has('turn') ? p.get('turn') === '1' : base.turn,
		udpBlocked:
			udp === 'none' || udp === 'A' || udp === 'B' || udp === 'both' ? (udp as UdpBlocked) : base.udpBlocked,
		latencyMs: int(p.get('lat'), 1, 500, base.latencyMs),
		lossPct: int(p.get('loss'), 0, 50, base.lossPct),
		seed: int(p.get('seed'), 0, 2 ** 31 - 1, base.seed)
	};
	const drop = purposeAndN(p.get('drop') ?? '');
	if (drop) settings.drop = drop;
	else if (!p.has('drop') && base.drop) settings.drop = base.drop;
	const drops = p
		.getAll('pkt')
		.slice(0, MAX_FAULTS)
		.map(purposeAndN)
		.filter((d) => d !== undefined);
	if (drops.length) settings.drops = drops;
	const expire = p
		.getAll('exp')
		.slice(0, MAX_FAULTS)
		.map(expireFault)
		.filter((f) => f !== undefined);
	if (expire.length) settings.expire = expire;
	if (p.has('turnstop')) {
		const at = int(p.get('turnstop'), 0, MAX_TIME_MS, -1);
		if (at >= 0) settings.turnStopAtMs = at;
	}
	const out: NatLabState = { settings, step: int(p.get('step'), -1, 1_000_000, -1) };
	const v = p.get('v');
	if (v) out.version = v;
	return out;
}
