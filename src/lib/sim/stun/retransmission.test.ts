import { describe, expect, it } from 'vitest';
import { afterSend, retransmissionSchedule } from './retransmission';
import { runSimulation } from '../runner/simulate';

describe('RFC 8489 §6.2.1 retransmission', () => {
	it('sends at 0, 500, 1500, 3500, 7500, 15500, 31500 ms and times out at 39500 ms', () => {
		// The RFC's own example: "with an RTO of 500 ms, requests would be sent at times 0 ms, 500 ms, 1500 ms,
		// 3500 ms, 7500 ms, 15500 ms, and 31500 ms. If the client has not received a response after 39.5 seconds,
		// the client will consider the transaction to have timed out."
		expect(retransmissionSchedule()).toEqual({
			sendsAt: [0, 500, 1500, 3500, 7500, 15500, 31500],
			timeoutAt: 39500
		});
	});

	it.each([
		{ args: 1, expected: { next: 'retransmit', delayMs: 500 } },
		{ args: 2, expected: { next: 'retransmit', delayMs: 1000 } },
		{ args: 6, expected: { next: 'retransmit', delayMs: 16000 } },
		{ args: 7, expected: { next: 'timeout', delayMs: 8000 } }
	])('after send $args: $expected.next in $expected.delayMs ms', ({ args, expected }) => {
		expect(afterSend(args)).toEqual(expected);
	});

	it('drives a STUN client on the virtual clock: same request resent, gathering gives up at 39.5 s', () => {
		// A's firewall drops every datagram, so the Binding request to the STUN server is never answered.
		const sim = runSimulation({ udpBlocked: 'A', maxDurationMs: 40_000 });
		const sends = sim.events.filter(
			(e) => e.kind === 'packet-sent' && e.device === 'A' && e.purpose === 'binding-request'
		);
		expect(sends.map((e) => e.t)).toEqual([0, 500, 1500, 3500, 7500, 15500, 31500]);
		const bytes = sends.map((e) => (e.kind === 'packet-sent' ? Array.from(e.bytes).join(',') : ''));
		expect(new Set(bytes).size).toBe(1);
		const done = sim.events.find(
			(e) => e.kind === 'state' && e.agent === 'A' && e.region === 'iceGatheringState' && e.to === 'complete'
		);
		expect(done?.t).toBe(39500);
		expect(sim.agents.A.context.local.map((c) => c.type)).toEqual(['host']);
	});
});
