import { describe, expect, it } from 'vitest';
import recording from '../../../test/fixtures/stats/chromium-loopback.json';
import { statsSeries, webrtcInternalsDump } from './dump';
import type { StatsSample } from './stats';

const samples = recording.samples as unknown as StatsSample[];

describe('webrtc-internals dump', () => {
	it('one series per "<id>-<field>" with the values as a JSON array string', () => {
		const series = statsSeries(samples, 'caller');
		const transport = Object.values(samples[0].caller).find((s) => s.type === 'transport')!;
		const bytes = series[`${transport.id}-bytesSent`];
		expect(bytes.statsType).toBe('transport');
		const values = JSON.parse(bytes.values) as number[];
		expect(values).toHaveLength(samples.length);
		expect(values).toEqual(samples.map((s) => s.caller[transport.id].bytesSent));
		expect(Date.parse(bytes.startTime)).toBe(Math.round(transport.timestamp));
		expect(series[`${transport.id}-id`]).toBeUndefined();
	});

	it('an object that appears later has a shorter series', () => {
		const series = statsSeries(samples, 'caller');
		const firstIds = new Set(Object.keys(samples[0].caller));
		const late = Object.keys(samples.at(-1)!.caller).find((id) => !firstIds.has(id) && id.startsWith('OT'))!;
		expect(JSON.parse(series[`${late}-bytesSent`].values).length).toBeLessThan(samples.length);
	});

	it('two peer connections with their update logs', () => {
		const dump = webrtcInternalsDump({
			samples,
			log: [
				{ t: 10, pc: 'caller', type: 'createOffer', value: '' },
				{ t: 20, pc: 'callee', type: 'setRemoteDescription', value: 'type: offer' }
			],
			startedAt: Date.UTC(2026, 0, 1),
			userAgent: recording.userAgent,
			url: 'http://127.0.0.1/lab/loopback/',
			rtcConfiguration: '{ bundlePolicy: max-bundle }'
		});
		expect(Object.keys(dump.PeerConnections)).toEqual(['1-1', '1-2']);
		expect(dump.PeerConnections['1-1'].updateLog).toEqual([
			{ time: '2026-01-01T00:00:00.010Z', type: 'createOffer', value: '' }
		]);
		expect(dump.PeerConnections['1-2'].updateLog[0].type).toBe('setRemoteDescription');
		expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
	});
});
