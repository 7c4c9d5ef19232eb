import { describe, expect, it } from 'vitest';
import recording from '../../../test/fixtures/stats/chromium-loopback.json';
import { statsSeries, updateLog, webrtcInternalsDump, type PageLogEntry } from './dump';
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

	it('the lab log as Chromium 156 update entries: calls, results, "on" events, JSON values, SDPs', () => {
		const log: PageLogEntry[] = [
			{ t: 1, pc: 'caller', kind: 'api', text: 'createOffer()' },
			{ t: 2, pc: 'caller', kind: 'result', text: 'createOffer() ✓' },
			{ t: 3, pc: 'caller', kind: 'model', text: 'createOffer: (nothing)' },
			{ t: 4, pc: 'caller', kind: 'api', text: 'setLocalDescription(offer)' },
			{ t: 5, pc: 'caller', kind: 'event', text: 'signalingstatechange → have-local-offer' },
			{
				t: 6,
				pc: 'caller',
				kind: 'event',
				text: 'icecandidate candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host'
			},
			{ t: 7, pc: 'caller', kind: 'event', text: 'icecandidate null (end of candidates)' },
			{ t: 8, pc: 'channel', kind: 'signal', text: 'caller → callee: offer' },
			{ t: 9, pc: 'callee', kind: 'api', text: 'setRemoteDescription(offer)' },
			{ t: 10, pc: 'callee', kind: 'api', text: 'addIceCandidate()' },
			{ t: 11, pc: 'callee', kind: 'error', text: 'addIceCandidate() ✗ OperationError: no' },
			{ t: 12, pc: 'callee', kind: 'event', text: 'track video' }
		];
		const rounds = [{ offer: 'v=0\r\n', answer: 'v=0\r\na=answer\r\n' }];
		expect(updateLog(log, rounds, 'caller', 1000)).toEqual([
			{ type: 'createOffer', value: '', timestamp: 1001 },
			{ type: 'createOfferOnSuccess', value: '{"type":"offer","sdp":"v=0\\r\\n"}', timestamp: 1002 },
			{ type: 'setLocalDescription', value: '{"type":"offer","sdp":"v=0\\r\\n"}', timestamp: 1004 },
			{ type: 'onsignalingstatechange', value: '"have-local-offer"', timestamp: 1005 },
			{
				type: 'onicecandidate',
				value: '{"candidate":"candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host"}',
				timestamp: 1006
			}
		]);
		expect(updateLog(log, rounds, 'callee', 1000)).toEqual([
			{ type: 'setRemoteDescription', value: '{"type":"offer","sdp":"v=0\\r\\n"}', timestamp: 1009 },
			{
				type: 'addIceCandidate',
				value: '{"candidate":"candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host"}',
				timestamp: 1010
			},
			{ type: 'addIceCandidateOnFailure', value: 'OperationError: no', timestamp: 1011 },
			{ type: 'ontrack', value: 'video', timestamp: 1012 }
		]);
	});

	it('two peer connections in the shape Chromium 156 writes', () => {
		const dump = webrtcInternalsDump({
			samples,
			log: [{ t: 10, pc: 'callee', kind: 'event', text: 'negotiationneeded' }],
			rounds: [],
			startedAt: Date.UTC(2026, 0, 1),
			userAgent: recording.userAgent,
			url: 'http://127.0.0.1/lab/loopback/',
			rtcConfiguration: '{"bundlePolicy":"max-bundle"}',
			exportedAt: Date.UTC(2026, 0, 2)
		});
		expect(Object.keys(dump.PeerConnections)).toEqual(['1-1', '1-2']);
		expect(Object.keys(dump.PeerConnections['1-1']).sort()).toEqual(
			['pid', 'rtcConfiguration', 'stats', 'updateLog', 'url'].sort()
		);
		expect(dump.PeerConnections['1-1'].updateLog).toEqual([]);
		expect(dump.PeerConnections['1-2'].updateLog).toEqual([
			{ type: 'onnegotiationneeded', value: '', timestamp: Date.UTC(2026, 0, 1) + 10 }
		]);
		expect(dump.timestamp).toBe(Date.UTC(2026, 0, 2));
		expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
	});
});
