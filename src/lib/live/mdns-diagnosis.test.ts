import { describe, expect, it } from 'vitest';
import { candidateAddress, diagnoseIce, STUCK_MS, type DiagnosisInput } from './mdns-diagnosis';

// Candidate lines as Chromium 156 gives them (host with a real address; host behind an mDNS name).
const HOST =
	'candidate:3222260506 1 udp 2122260223 127.0.0.1 40826 typ host generation 0 ufrag SeFE network-id 1';
const MDNS =
	'candidate:1840965416 1 udp 2122260223 0d5a4bc6-7f5e-4c1b-9d0e-2b8c0f4f8a11.local 54321 typ host generation 0 ufrag Ab12 network-id 1';

const input = (over: Partial<DiagnosisInput>): DiagnosisInput => ({
	status: 'starting',
	elapsed: STUCK_MS,
	askedPermission: false,
	pcs: [
		{ candidates: [], iceGatheringState: 'gathering', iceConnectionState: 'new' },
		{ candidates: [], iceGatheringState: 'gathering', iceConnectionState: 'new' }
	],
	...over
});

describe('diagnoseIce', () => {
	it('reads the address field of a candidate', () => {
		expect(candidateAddress(HOST)).toBe('127.0.0.1');
		expect(candidateAddress(`a=${MDNS}`)).toBe('0d5a4bc6-7f5e-4c1b-9d0e-2b8c0f4f8a11.local');
		expect(candidateAddress('candidate:1 1 udp')).toBeNull();
	});

	it.each([
		['stuck gathering, no candidate at all', input({}), { reason: 'no-candidates', askedPermission: false }],
		['not stuck yet', input({ elapsed: STUCK_MS - 1 }), null],
		['connected', input({ status: 'connected' }), null],
		[
			'.local candidates and ICE failed',
			input({
				status: 'failed',
				elapsed: 500,
				askedPermission: true,
				pcs: [
					{ candidates: [MDNS], iceGatheringState: 'complete', iceConnectionState: 'failed' },
					{ candidates: [MDNS], iceGatheringState: 'complete', iceConnectionState: 'failed' }
				]
			}),
			{
				reason: 'mdns-unresolved',
				askedPermission: true,
				names: ['0d5a4bc6-7f5e-4c1b-9d0e-2b8c0f4f8a11.local']
			}
		],
		[
			'real addresses and ICE failed: some other reason',
			input({
				status: 'failed',
				pcs: [{ candidates: [HOST], iceGatheringState: 'complete', iceConnectionState: 'failed' }]
			}),
			null
		],
		[
			'gathering complete without candidates: not the mDNS case',
			input({ pcs: [{ candidates: [], iceGatheringState: 'complete', iceConnectionState: 'checking' }] }),
			null
		]
	])('%s', (_, given, expected) => {
		expect(diagnoseIce(given)).toEqual(expected);
	});
});
