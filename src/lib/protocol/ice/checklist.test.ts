import { describe, expect, test } from 'vitest';
import { computeInitialStates, orderChecklist } from './checklist';
import { formCandidatePairs } from './pairing';
import { parseCandidate } from './candidate';

const c = (line: string) => parseCandidate(line).value;

// Two data streams (audio, video), each with RTP (component 1) and RTCP (component 2): the RFC 8445 §6.1.2.6
// setting. Local host + srflx share the foundations across streams, as they do when gathered on one interface.
const local = (port: number) => [
	c(`candidate:H 1 udp 2122260223 10.0.1.5 ${port} typ host`),
	c(`candidate:H 2 udp 2122260222 10.0.1.5 ${port + 1} typ host`),
	c(`candidate:R 1 udp 16777215 198.51.100.50 ${port} typ relay raddr 203.0.113.7 rport ${port}`),
	c(`candidate:R 2 udp 16777214 198.51.100.50 ${port + 1} typ relay raddr 203.0.113.7 rport ${port + 1}`)
];
const remote = (port: number) => [
	c(`candidate:h 1 UDP 2130706431 192.0.2.10 ${port} typ host`),
	c(`candidate:h 2 UDP 2130706430 192.0.2.10 ${port + 1} typ host`)
];

describe('checklists (RFC 8445 §6.1.2.3, §6.1.2.6)', () => {
	const audio = formCandidatePairs(local(5000), remote(6000), 'controlling');
	const video = formCandidatePairs(local(5002), remote(6002), 'controlling');

	test('orderChecklist sorts by pair priority, highest first', () => {
		const ordered = orderChecklist(audio);
		for (let i = 1; i < ordered.length; i++)
			expect(ordered[i - 1].priority >= ordered[i].priority).toBe(true);
		expect(ordered.map((p) => `${p.foundation}/${p.componentId}`)).toEqual([
			'H:h/1',
			'H:h/2',
			'R:h/1',
			'R:h/2'
		]);
	});

	test('one pair per foundation is Waiting: lowest component, first checklist', () => {
		const [a, v] = computeInitialStates([audio, video]);
		const states = (list: typeof a) => list.map((p) => `${p.foundation}/${p.componentId}:${p.state}`);
		expect(states(a)).toEqual(['H:h/1:waiting', 'H:h/2:frozen', 'R:h/1:waiting', 'R:h/2:frozen']);
		// Every foundation already has its Waiting pair in the first checklist, so the second is all Frozen.
		expect(states(v)).toEqual(['H:h/1:frozen', 'H:h/2:frozen', 'R:h/1:frozen', 'R:h/2:frozen']);
	});

	test('a foundation seen only in a later checklist unfreezes there', () => {
		const extra = formCandidatePairs(
			[c('candidate:X 1 udp 1686052607 10.0.9.9 7000 typ host')],
			remote(6002),
			'controlling'
		);
		const [, v] = computeInitialStates([audio, [...video, ...extra]]);
		expect(v.filter((p) => p.state === 'waiting').map((p) => p.foundation)).toEqual(['X:h']);
	});

	test('the inputs are not modified', () => {
		computeInitialStates([audio]);
		expect(audio.every((p) => p.state === 'frozen')).toBe(true);
	});
});
