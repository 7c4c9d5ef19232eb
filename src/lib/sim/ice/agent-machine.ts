// The ICE agent (RFC 8445) as an xstate v5 machine. Two parallel regions carry the W3C state names a browser
// reports (RTCIceGatheringState, RTCIceConnectionState), so a snapshot compares directly with a real
// RTCPeerConnection; pair states (frozen, waiting, in-progress, succeeded, failed) live in the context's
// checklist. Every action is a pure assign (agent-logic.ts); what the agent wants done — send a datagram, set or
// cancel a timer, signal candidates — leaves in `context.outbox`, which the runner carries out on the virtual
// clock. The machine is driven with xstate's pure transition(), so it never touches a real timer.
import { assign, setup } from 'xstate';
import {
	addRemoteCandidates,
	fireTimer,
	initialContext,
	receivePacket,
	restart,
	setRemoteCredentials,
	startGathering
} from './agent-logic';
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
		addRemoteCandidates: assign(({ context, event }) => addRemoteCandidates(context, event)),
		setRemoteCredentials: assign(({ context, event }) => setRemoteCredentials(context, event)),
		restart: assign(({ context, event }) => restart(context, event))
	},
	guards: {
		isGathering: ({ context }) => context.gathering === 'gathering',
		isGatheringComplete: ({ context }) => context.gathering === 'complete',
		hasChecklist: ({ context }) => context.checklist !== 'idle',
		isConnected: ({ context }) =>
			context.selected !== undefined && !context.consentLost && !context.consentStale,
		/** W3C `completed`: gathering done, the peer's end-of-candidates in, no check left to finish. */
		checksDone: ({ context }) =>
			context.selected !== undefined &&
			!context.consentLost &&
			!context.consentStale &&
			context.gathering === 'complete' &&
			context.remoteEnded &&
			context.pairs.every((p) => !p.inChecklist || p.state === 'succeeded' || p.state === 'failed'),
		checklistFailed: ({ context }) => context.checklist === 'failed',
		consentStale: ({ context }) => context.consentStale,
		consentLost: ({ context }) => context.consentLost,
		/** After an ICE restart the new checklist is running and nothing is selected yet. */
		restarted: ({ context }) =>
			context.generation > 0 && context.selected === undefined && context.checklist === 'running'
	}
}).createMachine({
	id: 'iceAgent',
	type: 'parallel',
	context: ({ input }) => initialContext(input),
	on: {
		'gather.start': { actions: 'startGathering' },
		'packet.received': { actions: 'receivePacket' },
		'timer.fired': { actions: 'fireTimer' },
		'signal.candidates': { actions: 'addRemoteCandidates' },
		'signal.credentials': { actions: 'setRemoteCredentials' },
		'ice.restart': { actions: 'restart' }
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
				// An ICE restart gathers again (RFC 8445 §9).
				complete: { always: { guard: 'isGathering', target: 'gathering' } }
			}
		},
		iceConnectionState: {
			initial: 'new',
			states: {
				new: { always: { guard: 'hasChecklist', target: 'checking' } },
				checking: {
					always: [
						{ guard: 'checksDone', target: 'completed' },
						{ guard: 'isConnected', target: 'connected' },
						{ guard: 'checklistFailed', target: 'failed' }
					]
				},
				connected: {
					always: [
						{ guard: 'restarted', target: 'checking' },
						{ guard: 'consentLost', target: 'failed' },
						{ guard: 'consentStale', target: 'disconnected' },
						{ guard: 'checksDone', target: 'completed' }
					]
				},
				completed: {
					always: [
						{ guard: 'restarted', target: 'checking' },
						{ guard: 'consentLost', target: 'failed' },
						{ guard: 'consentStale', target: 'disconnected' }
					]
				},
				// RFC 7675 consent checks stopped being answered; consent has not expired yet.
				disconnected: {
					always: [
						{ guard: 'restarted', target: 'checking' },
						{ guard: 'consentLost', target: 'failed' },
						{ guard: 'isConnected', target: 'connected' }
					]
				},
				failed: {
					always: [
						// A late request can revive the checklist (RFC 8445 §7.3.1.4 triggered checks on failed pairs).
						{ guard: 'isConnected', target: 'connected' },
						{ guard: 'restarted', target: 'checking' }
					]
				}
			}
		}
	}
});

export type IceAgentMachine = typeof iceAgentMachine;
