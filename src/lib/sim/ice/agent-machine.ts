// The ICE agent (RFC 8445) as an xstate v5 machine. Two parallel regions carry the W3C state names a browser
// reports (RTCIceGatheringState, RTCIceConnectionState), so a snapshot compares directly with a real
// RTCPeerConnection; pair states (frozen, waiting, in-progress, succeeded, failed) live in the context's
// checklist. Every action is a pure assign (agent-logic.ts); what the agent wants done — send a datagram, set or
// cancel a timer, signal candidates — leaves in `context.outbox`, which the runner carries out on the virtual
// clock. The machine is driven with xstate's pure transition(), so it never touches a real timer.
import { assign, setup } from 'xstate';
import { addRemoteCandidates, fireTimer, initialContext, receivePacket, startGathering } from './agent-logic';
import type { AgentContext, AgentEvent, AgentInput } from './types';

export const iceAgentMachine = setup({
	types: {
		context: {} as AgentContext,
		events: {} as AgentEvent,
		input: {} as AgentInput
	},
	actions: {
		startGathering: assign(({ context, event }) => startGathering(context, event)),
		receivePacket: assign(({ context, event }) => receivePacket(context, event)),
		fireTimer: assign(({ context, event }) => fireTimer(context, event)),
		addRemoteCandidates: assign(({ context, event }) => addRemoteCandidates(context, event))
	},
	guards: {
		isGathering: ({ context }) => context.gathering === 'gathering',
		isGatheringComplete: ({ context }) => context.gathering === 'complete',
		hasChecklist: ({ context }) => context.checklist !== 'idle',
		isConnected: ({ context }) => context.selected !== undefined && !context.consentLost,
		checklistFailed: ({ context }) => context.checklist === 'failed',
		consentLost: ({ context }) => context.consentLost
	}
}).createMachine({
	id: 'iceAgent',
	type: 'parallel',
	context: ({ input }) => initialContext(input),
	on: {
		'gather.start': { actions: 'startGathering' },
		'packet.received': { actions: 'receivePacket' },
		'timer.fired': { actions: 'fireTimer' },
		'signal.candidates': { actions: 'addRemoteCandidates' }
	},
	states: {
		iceGatheringState: {
			initial: 'new',
			states: {
				new: {
					always: [
						{ guard: 'isGatheringComplete', target: 'complete' },
						{ guard: 'isGathering', target: 'gathering' }
					]
				},
				gathering: { always: { guard: 'isGatheringComplete', target: 'complete' } },
				complete: {}
			}
		},
		iceConnectionState: {
			initial: 'new',
			states: {
				new: { always: { guard: 'hasChecklist', target: 'checking' } },
				checking: {
					always: [
						{ guard: 'isConnected', target: 'connected' },
						{ guard: 'checklistFailed', target: 'failed' }
					]
				},
				connected: { always: { guard: 'consentLost', target: 'failed' } },
				failed: {
					// A late request can revive the checklist (RFC 8445 §7.3.1.4 triggered checks on failed pairs).
					always: { guard: 'isConnected', target: 'connected' }
				}
			}
		}
	}
});

export type IceAgentMachine = typeof iceAgentMachine;
