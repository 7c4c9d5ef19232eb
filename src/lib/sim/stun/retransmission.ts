// RFC 8489 §6.2.1 retransmission over UDP: the first retransmission after RTO, each later one after double the
// previous wait, Rc requests in all; after the last one the client waits Rm × RTO before declaring a timeout.
// With RTO = 500 ms, Rc = 7, Rm = 16 the requests go at 0, 500, 1500, 3500, 7500, 15500, 31500 ms and the
// transaction fails at 39500 ms.

export interface RetransmissionSettings {
	rtoMs: number;
	rc: number;
	rm: number;
}

export const STUN_RETRANSMISSION: RetransmissionSettings = { rtoMs: 500, rc: 7, rm: 16 };

/**
 * What to do after request number `sent` (1 = the first send) has gone out: wait `delayMs`, then either send
 * again or give up.
 */
export function afterSend(
	sent: number,
	{ rtoMs, rc, rm }: RetransmissionSettings = STUN_RETRANSMISSION
): { next: 'retransmit' | 'timeout'; delayMs: number } {
	if (sent < rc) return { next: 'retransmit', delayMs: rtoMs * 2 ** (sent - 1) };
	return { next: 'timeout', delayMs: rtoMs * rm };
}

/** The send times (ms after the first) and the timeout time of one transaction that gets no answer. */
export function retransmissionSchedule(settings: RetransmissionSettings = STUN_RETRANSMISSION): {
	sendsAt: number[];
	timeoutAt: number;
} {
	const sendsAt = [0];
	let t = 0;
	for (let sent = 1; ; sent++) {
		const step = afterSend(sent, settings);
		t += step.delayMs;
		if (step.next === 'timeout') return { sendsAt, timeoutAt: t };
		sendsAt.push(t);
	}
}
