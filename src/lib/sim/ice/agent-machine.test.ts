import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { decodeStun, encodeStun, buildBindingSuccessResponse, getAttribute } from '../../protocol/stun';
import { seedPrng } from '../core/prng';
import { iceAgentMachine } from './agent-machine';
import type { AgentInput } from './types';

const input: AgentInput = {
	name: 'A',
	role: 'controlling',
	tieBreaker: 0x0102030405060708n,
	ufrag: 'aaaa',
	pwd: 'a-password-of-22-chars',
	remoteUfrag: 'bbbb',
	remotePwd: 'b-password-of-22-chars',
	base: { address: '10.0.0.2', port: 5000 },
	stunServer: { address: '192.0.2.1', port: 3478 },
	rng: seedPrng(1)
};

describe('ICE agent machine (pure transitions)', () => {
	it('starts in new/new', () => {
		const [s] = initialTransition(iceAgentMachine, input);
		expect(s.value).toEqual({ iceGatheringState: 'new', iceConnectionState: 'new' });
	});

	it('gathers: a host candidate at once, a Binding request to the STUN server with its retransmission timer', () => {
		const [s0] = initialTransition(iceAgentMachine, input);
		const [s1] = transition(iceAgentMachine, s0, { type: 'gather.start', now: 0 });
		expect(s1.value).toEqual({ iceGatheringState: 'gathering', iceConnectionState: 'new' });
		expect(s1.context.local.map((c) => c.type)).toEqual(['host']);
		// Trickle ICE (RFC 8838): the host candidate goes to the peer at once, tagged with the ufrag.
		const [trickled, send, timer] = s1.context.outbox;
		expect(trickled).toMatchObject({ type: 'signal', candidates: [{ type: 'host', ufrag: 'aaaa' }] });
		expect(send).toMatchObject({ type: 'send', to: input.stunServer, purpose: 'binding-request' });
		expect(timer).toMatchObject({ type: 'timer', delayMs: 500 });

		// The server answers with the NAT's address: a server-reflexive candidate (trickled), gathering complete,
		// end-of-candidates.
		const request = decodeStun(send.type === 'send' ? send.bytes : new Uint8Array()).value;
		const mapped = { family: 'IPv4' as const, address: '198.51.100.1', port: 62000 };
		const response = encodeStun(buildBindingSuccessResponse(request, mapped), { fingerprint: true });
		const [s2] = transition(iceAgentMachine, s1, {
			type: 'packet.received',
			now: 42,
			from: input.stunServer as { address: string; port: number },
			to: input.base,
			bytes: response
		});
		expect(s2.value).toEqual({ iceGatheringState: 'complete', iceConnectionState: 'new' });
		const srflx = s2.context.local[1];
		expect(srflx).toMatchObject({
			type: 'srflx',
			address: '198.51.100.1',
			port: 62000,
			raddr: '10.0.0.2',
			rport: 5000
		});
		// RFC 8445 §5.1.2.1 with the recommended type preferences: (2^24)·100 + (2^8)·65535 + 255.
		expect(srflx.priority).toBe(2 ** 24 * 100 + 2 ** 8 * 65535 + 255);
		expect(s2.context.outbox.map((c) => c.type)).toEqual(['cancel', 'signal', 'signal']);
		expect(s2.context.outbox[2]).toEqual({ type: 'signal', candidates: [], endOfCandidates: true });
	});

	it('forms the checklist when the remote candidates arrive and checks every Ta with real STUN', () => {
		const noStun = { ...input, stunServer: undefined };
		const [s0] = initialTransition(iceAgentMachine, noStun);
		const [s1] = transition(iceAgentMachine, s0, { type: 'gather.start', now: 0 });
		expect(s1.value).toEqual({ iceGatheringState: 'complete', iceConnectionState: 'new' });
		const remote = {
			...s1.context.local[0],
			id: 'B-host-1',
			ufrag: 'bbbb',
			address: '203.0.113.10',
			base: { address: '203.0.113.10', port: 5000 }
		};
		const [s2] = transition(iceAgentMachine, s1, {
			type: 'signal.candidates',
			now: 10,
			candidates: [remote]
		});
		expect(s2.value).toEqual({ iceGatheringState: 'complete', iceConnectionState: 'checking' });
		expect(s2.context.pairs.map((p) => p.state)).toEqual(['waiting']);
		expect(s2.context.outbox).toContainEqual({ type: 'timer', name: 'ta', delayMs: 0 });
		const [s3] = transition(iceAgentMachine, s2, { type: 'timer.fired', now: 10, name: 'ta' });
		expect(s3.context.pairs[0].state).toBe('in-progress');
		const check = s3.context.outbox.find((c) => c.type === 'send');
		const m = decodeStun(check?.type === 'send' ? check.bytes : new Uint8Array()).value;
		expect(getAttribute(m, 'USERNAME')).toBe('bbbb:aaaa');
		expect(getAttribute(m, 'ICE-CONTROLLING')).toBe(input.tieBreaker);
		// The earlier snapshot is untouched: contexts are copied, never mutated.
		expect(s2.context.pairs[0].state).toBe('waiting');
	});
});
