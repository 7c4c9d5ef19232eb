// The agent's plumbing: copying the context, drawing random bytes from its seeded stream, and the commands it
// emits (send a datagram — through the TURN relay when sent from the relayed address — set a timer, start a
// client transaction with RFC 8489 retransmissions).
import { attribute, buildMessage, encodeStun } from '../../protocol/stun';
import { encodeChannelData } from '../../protocol/turn';
import { nextRandom } from '../core/prng';
import { endpointText, sameEndpoint, type Endpoint, type PacketPurpose } from '../core/types';
import { afterSend, STUN_RETRANSMISSION } from '../stun/retransmission';
import { padForStream } from '../turn/turn-server';
import type { AgentContext, Transaction } from './types';

/** A working copy: every array and pair copied, so the previous snapshot is never changed. */
export function draft(ctx: AgentContext, now: number): AgentContext {
	return {
		...ctx,
		now,
		local: [...ctx.local],
		remote: [...ctx.remote],
		pairs: ctx.pairs.map((p) => ({ ...p })),
		triggered: [...ctx.triggered],
		foundations: { ...ctx.foundations },
		tx: { ...ctx.tx },
		explain: undefined,
		outbox: []
	};
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A transaction's key in `tx`: its id in hex. */
export function txKey(id: Uint8Array): string {
	let s = '';
	for (let i = 0; i < id.length; i++) s += HEX[id[i]];
	return s;
}

export function randomBytes(ctx: AgentContext, n: number): Uint8Array {
	const out = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const [v, s] = nextRandom(ctx.rng);
		ctx.rng = s;
		out[i] = Math.floor(v * 256);
	}
	return out;
}

export function setTimer(ctx: AgentContext, name: string, delayMs: number): void {
	ctx.outbox.push({ type: 'timer', name, delayMs });
}

/**
 * Sends a datagram from one of the agent's transport addresses. From the relayed address it goes to the TURN
 * server instead: as ChannelData if a channel is bound to the peer, else in a Send indication (RFC 8656 §11–12).
 */
export function send(
	ctx: AgentContext,
	from: Endpoint,
	to: Endpoint,
	bytes: Uint8Array,
	purpose: PacketPurpose
): void {
	const relay = ctx.relay;
	if (relay?.relayed && sameEndpoint(from, relay.relayed)) {
		const channel = relay.channels[endpointText(to)];
		if (channel !== undefined) {
			const wrapped = encodeChannelData(
				padForStream({ channelNumber: channel, data: bytes }, relay.transport)
			);
			ctx.outbox.push({
				type: 'send',
				from: { ...ctx.base },
				to: { ...relay.server },
				bytes: wrapped,
				purpose: 'channel-data',
				...overTcp(ctx)
			});
			return;
		}
		const indication = buildMessage(
			0x006,
			'indication',
			[attribute('XOR-PEER-ADDRESS', { family: 'IPv4', ...to }), attribute('DATA', bytes)],
			randomBytes(ctx, 12)
		);
		const wrapped = encodeStun(indication, { fingerprint: true });
		ctx.outbox.push({
			type: 'send',
			from: { ...ctx.base },
			to: { ...relay.server },
			bytes: wrapped,
			purpose: 'send-indication',
			...overTcp(ctx)
		});
		return;
	}
	const toRelayServer = relay !== undefined && sameEndpoint(to, relay.server) && sameEndpoint(from, ctx.base);
	ctx.outbox.push({
		type: 'send',
		from: { ...from },
		to: { ...to },
		bytes,
		purpose,
		...(toRelayServer ? overTcp(ctx) : {})
	});
}

/** TURN over TCP (RFC 8656 §3.1): the client's messages to the server travel as TCP segments. */
function overTcp(ctx: AgentContext): { transport?: 'tcp' } {
	return ctx.relay?.transport === 'tcp' ? { transport: 'tcp' } : {};
}

/**
 * Starts a client transaction (RFC 8489 §6.2.1 retransmissions on the virtual clock) whose first
 * retransmission waits `rtoMs` (RFC 8445 §14.3 computes it for checks; 500 ms otherwise).
 */
export function startTransaction(
	ctx: AgentContext,
	id: Uint8Array,
	t: Omit<Transaction, 'sent' | 'then' | 'rtoMs'>,
	rtoMs = STUN_RETRANSMISSION.rtoMs
): string {
	const key = txKey(id);
	// RFC 8489 §6.2.2: over a reliable transport there are no retransmissions, only a 39.5 s timeout (Ti).
	const reliable = t.turn !== undefined && ctx.relay?.transport === 'tcp';
	const step = reliable
		? { next: 'timeout' as const, delayMs: 39_500 }
		: afterSend(1, { ...STUN_RETRANSMISSION, rtoMs });
	ctx.tx[key] = { ...t, sent: 1, then: step.next, rtoMs };
	send(ctx, t.from, t.to, t.bytes, t.purpose);
	setTimer(ctx, `rtx:${key}`, step.delayMs);
	return key;
}
