// The ICE server lab keeps its inputs and its last result in the URL fragment (never sent to a server), so a
// link reproduces what was seen. The credential is never put there: the state type has no field for it.
import type { GatherError, GatheredCandidate } from '$lib/live/ice-gather.svelte';

export interface IceLabResult {
	status: 'complete' | 'timeout' | 'stopped' | 'failed';
	duration: number;
	candidates: GatheredCandidate[];
	errors: GatherError[];
}

export interface IceLabFragment {
	urls: string;
	username: string;
	policy: 'all' | 'relay';
	timeout: number;
	result?: IceLabResult;
}

const STATUSES: readonly string[] = ['complete', 'timeout', 'stopped', 'failed'];
const MAX_TIMEOUT = 60;

const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const strOrNull = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
const numOrNull = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** Reads a result back from untrusted JSON: wrong shapes are dropped, never thrown. */
function readResult(text: string): IceLabResult | undefined {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!raw || typeof raw !== 'object') return undefined;
	const r = raw as Record<string, unknown>;
	if (!STATUSES.includes(str(r.s))) return undefined;
	const list = (x: unknown): unknown[][] => (Array.isArray(x) ? x.filter(Array.isArray) : []);
	return {
		status: r.s as IceLabResult['status'],
		duration: num(r.d),
		candidates: list(r.c).map((c) => ({
			t: num(c[0]),
			candidate: str(c[1]),
			url: strOrNull(c[2]),
			relayProtocol: strOrNull(c[3])
		})),
		errors: list(r.e).map((e) => ({
			t: num(e[0]),
			errorCode: num(e[1]),
			errorText: str(e[2]),
			url: strOrNull(e[3]),
			address: strOrNull(e[4]),
			port: numOrNull(e[5])
		}))
	};
}

export function parseFragment(hash: string, defaults: IceLabFragment): IceLabFragment {
	const p = new URLSearchParams(hash.replace(/^#/, ''));
	const timeout = Number(p.get('timeout'));
	const result = p.get('r');
	return {
		urls: p.get('urls') ?? defaults.urls,
		username: p.get('username') ?? defaults.username,
		policy: p.get('policy') === 'relay' ? 'relay' : p.get('policy') === 'all' ? 'all' : defaults.policy,
		timeout: Number.isInteger(timeout) && timeout >= 1 && timeout <= MAX_TIMEOUT ? timeout : defaults.timeout,
		...(result ? { result: readResult(result) } : {})
	};
}

/** The fragment for a state: only the fields named here, so a credential can never slip in. */
export function formatFragment(s: IceLabFragment): string {
	const p = new URLSearchParams();
	p.set('urls', s.urls);
	if (s.username) p.set('username', s.username);
	p.set('policy', s.policy);
	p.set('timeout', String(s.timeout));
	if (s.result) {
		const r = s.result;
		p.set(
			'r',
			JSON.stringify({
				s: r.status,
				d: r.duration,
				c: r.candidates.map((c) => [c.t, c.candidate, c.url, c.relayProtocol]),
				e: r.errors.map((e) => [e.t, e.errorCode, e.errorText, e.url, e.address, e.port])
			})
		);
	}
	return `#${p.toString()}`;
}
