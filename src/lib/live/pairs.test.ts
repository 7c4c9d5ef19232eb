import { describe, expect, it } from 'vitest';
import recording from '../../../test/fixtures/stats/chromium-loopback.json';
import { candidatePairs } from './pairs';
import type { StatsSample } from './stats';

const samples = recording.samples as unknown as StatsSample[];

describe('candidatePairs', () => {
	it('joins the recorded pair with its candidates and marks the selected one', () => {
		const rows = candidatePairs(samples.at(-1)!.caller);
		expect(rows.length).toBeGreaterThan(0);
		const selected = rows.filter((r) => r.selected);
		expect(selected).toHaveLength(1);
		expect(selected[0]).toMatchObject({
			state: 'succeeded',
			nominated: true,
			localType: 'host',
			remoteType: 'host'
		});
		expect(selected[0].local).toMatch(/^127\.0\.0\.1:\d+ udp$/);
		expect(selected[0].bytesSent).toBeGreaterThan(100_000);
		expect(rows[0].selected).toBe(true);
	});

	it('no report, or no pairs, gives no rows', () => {
		expect(candidatePairs(undefined)).toEqual([]);
		expect(candidatePairs({})).toEqual([]);
	});
});

describe('Firefox: no transport stats, the pair in use carries selected: true', () => {
	it('marks that pair selected', () => {
		const rows = candidatePairs({
			L: { id: 'L', type: 'local-candidate', timestamp: 0, address: '192.0.2.1', port: 1, protocol: 'udp' },
			R: { id: 'R', type: 'remote-candidate', timestamp: 0, address: '192.0.2.1', port: 2, protocol: 'udp' },
			P1: {
				id: 'P1',
				type: 'candidate-pair',
				timestamp: 0,
				localCandidateId: 'L',
				remoteCandidateId: 'R',
				state: 'succeeded',
				nominated: true,
				selected: true
			},
			P2: {
				id: 'P2',
				type: 'candidate-pair',
				timestamp: 0,
				localCandidateId: 'L',
				remoteCandidateId: 'R',
				state: 'frozen',
				selected: false
			}
		});
		expect(rows.map((r) => [r.id, r.selected])).toEqual([
			['P1', true],
			['P2', false]
		]);
	});
});
