import { describe, expect, it } from 'vitest';
import { SCENARIOS, simulateTraversal, type RunEvent } from '$lib/sim';
import { formatTime, narrateEvent, narrateRun, PURPOSES } from './narrate';
import { EXPLANATIONS, explanationKey } from './explain';
import { optionsFor, settingsFor } from './lab-settings';

describe('narration', () => {
	it('formats time', () => {
		expect(formatTime(42, 'en')).toBe('42 ms');
		expect(formatTime(12345, 'en')).toBe('12.345 s');
		expect(formatTime(12345, 'zh-TW')).toBe('12.345 秒');
	});
	it('says what a NAT translated, in both locales', () => {
		const run = simulateTraversal({});
		const text = narrateRun(run.events, 'en');
		const zh = narrateRun(run.events, 'zh-TW');
		const i = run.events.findIndex((e) => e.kind === 'device-action' && e.action === 'translated');
		expect(text[i]).toMatch(/^1 ms: NAT A translated 10\.0\.0\.2:5000 → 198\.51\.100\.1:\d+/);
		expect(zh[i]).toMatch(/^1 毫秒：NAT A 轉譯來源位址 10\.0\.0\.2:5000 → 198\.51\.100\.1:\d+/);
	});
	it('has a sentence for every event of every scenario, different per locale', () => {
		for (const s of SCENARIOS) {
			const run = simulateTraversal(s.options);
			const en = narrateRun(run.events, 'en');
			const zh = narrateRun(run.events, 'zh-TW');
			expect(en).toHaveLength(run.events.length);
			en.forEach((line, i) => {
				expect(line.length).toBeGreaterThan(8);
				expect(zh[i]).not.toBe(line);
			});
		}
	});
	it('every purpose has labels in both locales', () => {
		for (const p of Object.values(PURPOSES)) {
			expect(p.short['zh-TW']).not.toBe(p.short.en);
			expect(p.long['zh-TW']).not.toBe(p.long.en);
		}
	});
	it('a drop event names the reason', () => {
		const e: RunEvent = {
			kind: 'device-action',
			t: 61,
			packetId: 9,
			device: 'internet',
			action: 'dropped',
			reason:
				'dropped: 10.0.0.2 is a private address, not routed on the public internet (RFC 1918 / RFC 6598)',
			why: { code: 'net.drop.private', params: { to: '10.0.0.2:5000' } },
			from: { address: '1.2.3.4', port: 1 },
			to: { address: '10.0.0.2', port: 5000 }
		};
		expect(narrateEvent(e, 'en')).toContain('private address');
		expect(narrateEvent(e, 'zh-TW')).toContain('私有位址');
	});
});

describe('outcome explanation', () => {
	it.each([
		{ args: 'home-routers', expected: 'direct-eim' },
		{ args: 'symmetric-cgnat-one-side', expected: 'direct-prflx' },
		{ args: 'both-symmetric', expected: 'relayed-symmetric' },
		{ args: 'udp-blocked', expected: 'relayed-blocked' },
		{ args: 'same-nat-hairpin', expected: 'direct-hairpin' },
		{ args: 'same-nat-no-hairpin', expected: 'failed-no-hairpin' },
		{ args: 'mapping-expires', expected: 'failed-expired' },
		{ args: 'dropped-check', expected: 'direct-eim' }
	])('$args → $expected', ({ args, expected }) => {
		const s = settingsFor(args);
		const run = simulateTraversal(optionsFor(s));
		expect(explanationKey(run.outcome, s, run.events)).toBe(expected);
	});
	it('symmetric without TURN fails for the symmetric reason', () => {
		const s = { ...settingsFor('both-symmetric'), turn: false };
		const run = simulateTraversal(optionsFor(s));
		expect(run.outcome).toBe('failed');
		expect(explanationKey(run.outcome, s, run.events)).toBe('failed-symmetric');
	});
	it('every explanation is translated', () => {
		for (const t of Object.values(EXPLANATIONS)) expect(t['zh-TW']).not.toBe(t.en);
	});
});
