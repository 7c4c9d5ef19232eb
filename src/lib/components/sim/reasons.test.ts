import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, simulateTraversal, type RunEvent, type TraversalOptions } from '$lib/sim';
import { REASONS, formatReason, outcomeReason } from './reasons';

const SIM = 'src/lib/sim';
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) return sources(p);
		return p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.bench.ts') ? [p] : [];
	});
}

/** Every code of the ReasonCode union, read from its declaration. */
function declaredCodes(): string[] {
	const text = readFileSync(`${SIM}/core/reasons.ts`, 'utf8');
	const union = text.slice(
		text.indexOf('export type ReasonCode'),
		text.indexOf(';', text.indexOf('export type ReasonCode'))
	);
	return [...union.matchAll(/\|\s*'([^']+)'/g)].map((m) => m[1]);
}

/** Every code the engine passes to why(…). */
function emittedCodes(): string[] {
	return [
		...new Set(
			sources(SIM).flatMap((f) =>
				[...readFileSync(f, 'utf8').matchAll(/\bwhy\(\s*'([^']+)'/g)].map((m) => m[1])
			)
		)
	];
}

const whyOf = (e: RunEvent) => ('why' in e ? e.why : undefined);
const englishOf = (e: RunEvent) =>
	e.kind === 'turn' ? e.detail : e.kind === 'note' ? e.text : 'reason' in e ? (e.reason ?? '') : '';

describe('reason codes', () => {
	it('every ReasonCode, and every code the engine emits, has an English and a Traditional Chinese wording', () => {
		const declared = declaredCodes();
		expect(declared.length).toBeGreaterThan(30);
		const emitted = emittedCodes();
		expect(emitted.length).toBeGreaterThan(30);
		for (const code of new Set([...declared, ...emitted])) {
			const say = (REASONS as Record<string, { en: unknown; 'zh-TW': unknown }>)[code];
			expect(say, code).toBeDefined();
			expect(typeof say.en, code).toBe('function');
			expect(typeof say['zh-TW'], code).toBe('function');
		}
		expect(Object.keys(REASONS).sort()).toEqual([...declared].sort());
	});

	// Runs that between them reach every kind of decision: the scenarios, the extremes of the matrix, every fault.
	const runs: TraversalOptions[] = [
		...SCENARIOS.map((s) => s.options),
		{ natA: 'symmetric', natB: 'symmetric', turnServer: false },
		{ natA: 'symmetric', natB: 'symmetric', turnServer: true, turnStopAtMs: 1311 },
		{ natA: 'none', natB: 'none', expireMappings: [{ nat: 'A', atMs: 500 }] },
		{ turnStopAtMs: 100 },
		{ expireMappings: [{ nat: 'B', atMs: 2000, external: '203.0.113.1:1' }] },
		{ loss: 0.3, seed: 3 },
		{ bothControlling: true }
	];
	it.each(runs.map((o, i) => ({ i, o })))(
		'run $i: every reason worded in zh-TW, never empty or unfilled',
		({ o }) => {
			const run = simulateTraversal(o);
			for (const e of run.events) {
				const why = whyOf(e);
				if (!why) continue;
				const zh = formatReason(why, englishOf(e), 'zh-TW');
				expect(zh, why.code).not.toBe('');
				expect(zh, why.code).not.toMatch(/undefined|NaN|\[object/);
				expect(zh, why.code).toMatch(/[\u4e00-\u9fff]/);
				expect(REASONS[why.code].en(why.params), why.code).not.toMatch(/undefined|NaN|\[object/);
				expect(formatReason(why, englishOf(e), 'en')).toBe(englishOf(e) || REASONS[why.code].en(why.params));
			}
			const verdict = outcomeReason(run, 'zh-TW');
			expect(verdict).toMatch(/[\u4e00-\u9fff]/);
			expect(outcomeReason(run, 'en')).toBe(run.reason);
		}
	);

	it.each([
		{ args: { why: undefined, english: 'dropped: something new' }, expected: 'dropped: something new' },
		{
			args: { why: { code: 'future.code', params: {} }, english: 'a reason from a newer engine' },
			expected: 'a reason from a newer engine'
		},
		{
			args: { why: { code: 'net.drop.private', params: { to: '10.0.0.2:5000' } }, english: 'x' },
			expected: '丟棄：10.0.0.2:5000 是私有位址，公共網際網路不會路由它'
		}
	])('falls back to the English sentence for an unknown code: $expected', ({ args, expected }) => {
		// @ts-expect-error an unknown code, as a newer engine could send
		expect(formatReason(args.why, args.english, 'zh-TW')).toBe(expected);
	});
});
