// Drives one ICE agent machine: an xstate actor fed only by the virtual clock (the machine has no delayed
// transitions, so the actor never touches a real timer). It carries out the commands in the agent's outbox and
// logs what changed (states, candidates, pairs, role, selection) as RunEvents. (A long-lived actor rather than
// the pure transition(), which builds a throwaway actor per event and costs about four times as much.)
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { Scheduler } from '../core/scheduler';
import type { AgentRegion, CandidateView, PairView, RunEvent } from '../core/types';
import { why } from '../core/reasons';
import { iceAgentMachine } from '../ice/agent-machine';
import type {
	AgentCandidate,
	AgentCommand,
	AgentContext,
	AgentEvent,
	AgentInput,
	AgentPair
} from '../ice/types';

export type AgentSnapshot = SnapshotFrom<typeof iceAgentMachine>;

export function candidateView(c: AgentCandidate): CandidateView {
	return {
		id: c.id,
		type: c.type,
		address: c.address,
		port: c.port,
		priority: c.priority,
		foundation: c.foundation,
		base: { ...c.base }
	};
}

export function pairView(p: AgentPair): PairView {
	return {
		id: p.id,
		localId: p.local.id,
		remoteId: p.remote.id,
		local: { address: p.local.address, port: p.local.port },
		remote: { address: p.remote.address, port: p.remote.port },
		localType: p.local.type,
		remoteType: p.remote.type,
		priority: p.priority.toString(),
		state: p.state,
		valid: p.valid,
		nominated: p.nominated,
		inChecklist: p.inChecklist,
		...(p.failure !== undefined ? { failure: p.failure } : {})
	};
}

export class AgentDriver {
	snapshot: AgentSnapshot;
	private actor: Actor<typeof iceAgentMachine>;

	constructor(
		readonly name: string,
		input: AgentInput,
		private readonly clock: Scheduler,
		private readonly log: (e: RunEvent) => void,
		private readonly carryOut: (agent: AgentDriver, command: AgentCommand) => void
	) {
		this.actor = createActor(iceAgentMachine, { input });
		this.actor.start();
		this.snapshot = this.actor.getSnapshot();
	}

	get context(): AgentContext {
		return this.snapshot.context;
	}

	state(region: AgentRegion): string {
		return (this.snapshot.value as Record<AgentRegion, string>)[region];
	}

	send(event: AgentEvent): void {
		const before = this.snapshot;
		this.actor.send(event);
		const after = this.actor.getSnapshot();
		this.snapshot = after;
		this.logChanges(before, after);
		if (after.context.outbox !== before.context.outbox) {
			for (const command of after.context.outbox) this.carryOut(this, command);
		}
	}

	/** Timers live on the shared scheduler under `<agent>:<name>`. */
	setTimer(name: string, delayMs: number): void {
		this.clock.schedule(
			delayMs,
			() => {
				this.log({ kind: 'timer', t: this.clock.now, owner: this.name, name });
				this.send({ type: 'timer.fired', now: this.clock.now, name });
			},
			`${this.name}:${name}`
		);
	}

	cancelTimer(name: string): void {
		this.clock.cancel(`${this.name}:${name}`);
	}

	private logChanges(before: AgentSnapshot, after: AgentSnapshot): void {
		const t = this.clock.now;
		const agent = this.name;
		const explain = after.context !== before.context ? after.context.explain : undefined;
		let explained = false;
		for (const region of ['iceGatheringState', 'iceConnectionState'] as const) {
			const from = (before.value as Record<AgentRegion, string>)[region];
			const to = (after.value as Record<AgentRegion, string>)[region];
			if (from === to) continue;
			const e: RunEvent = { kind: 'state', t, agent, region, from, to };
			if (explain && region === 'iceConnectionState') {
				e.reason = explain.reason;
				e.why = explain.why;
				explained = true;
			}
			this.log(e);
		}
		if (explain && !explained)
			this.log({ kind: 'note', t, device: agent, text: explain.reason, why: explain.why });
		const b = before.context;
		const a = after.context;
		if (a === b) return;
		if (a.role !== b.role) {
			this.log({
				kind: 'role',
				t,
				agent,
				role: a.role,
				reason: 'role conflict (RFC 8445 §7.3.1.1)',
				why: why('ice.role.conflict', { role: a.role })
			});
		}
		for (let i = 0; i < a.local.length; i++) {
			if (a.local[i] !== b.local[i] && a.local[i].id !== b.local[i]?.id) {
				this.log({
					kind: 'candidate',
					t,
					agent,
					side: 'local',
					index: i,
					candidate: candidateView(a.local[i])
				});
			}
		}
		for (let i = 0; i < a.remote.length; i++) {
			const r = a.remote[i];
			const old = b.remote[i];
			if (!old || old.id !== r.id || old.type !== r.type) {
				this.log({ kind: 'candidate', t, agent, side: 'remote', index: i, candidate: candidateView(r) });
			}
		}
		for (let i = 0; i < a.pairs.length; i++) {
			const p = a.pairs[i];
			const old = b.pairs[i];
			if (
				!old ||
				old.id !== p.id ||
				old.state !== p.state ||
				old.valid !== p.valid ||
				old.nominated !== p.nominated ||
				old.priority !== p.priority ||
				old.remote.type !== p.remote.type
			) {
				const e: RunEvent = { kind: 'pair', t, agent, pair: pairView(p) };
				if (old && old.id === p.id) e.previous = old.state;
				this.log(e);
			}
		}
		if (a.selected !== undefined && a.selected !== b.selected) {
			this.log({ kind: 'selected', t, agent, pairId: a.selected });
		}
	}
}
