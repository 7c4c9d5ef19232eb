// Playback over a run: which step a virtual time falls on, how a frame of animation advances time (skipping the
// idle gaps when nothing is in flight, so a 39 s retransmission back-off does not take 39 s to watch), the drops
// to mark on the stage, and which scripted loss (dropNth) would drop a chosen packet.
import type { DeviceAction, PacketPurpose, PacketRecord, RunEvent } from '$lib/sim';
import type { Why } from '$lib/sim/core/reasons';

/** The last step whose event happens at or before t (−1 if none), searching forward from `from`. */
export function stepAtTime(events: readonly RunEvent[], t: number, from = -1): number {
	let s = Math.max(-1, Math.min(from, events.length - 1));
	while (s >= 0 && events[s].t > t) s--;
	while (s + 1 < events.length && events[s + 1].t <= t) s++;
	return s;
}

/** The virtual time shown at a step (the time of its event; 0 before the first). */
export function timeOfStep(events: readonly RunEvent[], step: number): number {
	return step >= 0 && step < events.length ? events[step].t : 0;
}

export interface Frame {
	step: number;
	time: number;
	/** True when the run's last event has been reached. */
	done: boolean;
}

/**
 * One animation frame: advance virtual time by `dt` ms; when nothing is in flight, jump straight to the next
 * event (an idle gap has nothing to watch).
 */
export function playFrame(
	events: readonly RunEvent[],
	step: number,
	time: number,
	dt: number,
	nothingInFlight: boolean
): Frame {
	const last = events.length - 1;
	if (step >= last) return { step: last, time: Math.max(time, timeOfStep(events, last)), done: true };
	let t = time + dt;
	if (nothingInFlight && events[step + 1].t > time) t = Math.max(t, events[step + 1].t);
	const s = stepAtTime(events, t, step);
	return { step: s, time: t, done: s >= last };
}

const FINAL_DROPS: ReadonlySet<DeviceAction> = new Set(['dropped', 'filtered', 'lost']);

export interface Drop {
	step: number;
	packetId: number;
	device: string;
	action: DeviceAction;
	reason: string;
	why: Why;
	t: number;
}

/** Packets stopped (dropped, filtered, lost) within the last `window` steps up to `step`, newest first. */
export function recentDrops(events: readonly RunEvent[], step: number, window = 12): Drop[] {
	const out: Drop[] = [];
	for (let i = Math.min(step, events.length - 1); i >= 0 && i > step - window; i--) {
		const e = events[i];
		if (e.kind === 'device-action' && FINAL_DROPS.has(e.action))
			out.push({
				step: i,
				packetId: e.packetId,
				device: e.device,
				action: e.action,
				reason: e.reason,
				why: e.why,
				t: e.t
			});
	}
	return out;
}

const isPeer = (d: string) => d === 'A' || d === 'B';
const isNat = (d: string) => d === 'NAT' || d.startsWith('NAT-');
/** A hop between a host and its NAT stays on the private network; every other hop crosses the internet. */
const crossesInternet = (from: string, to: string) =>
	!((isPeer(from) && isNat(to)) || (isNat(from) && isPeer(to)));

/**
 * The scripted loss (simulateTraversal's `dropNth`: the n-th packet of a purpose to cross the public internet)
 * that drops this packet, or undefined if it never crosses the internet. The run is the same up to that point,
 * so the re-run drops exactly this packet.
 */
export function dropNthFor(
	events: readonly RunEvent[],
	packetId: number
): { purpose: PacketPurpose; n: number } | undefined {
	const counts = new Map<PacketPurpose, number>();
	const purposeOf = new Map<number, PacketPurpose>();
	const finalAction = new Map<number, DeviceAction>();
	for (const e of events)
		if (e.kind === 'device-action' && FINAL_DROPS.has(e.action) && e.device === 'internet')
			finalAction.set(e.packetId, e.action);
	for (const e of events) {
		let from: string | undefined;
		let to: string | undefined;
		if (e.kind === 'packet-sent') {
			purposeOf.set(e.packetId, e.purpose);
			from = e.device;
			to = e.nextDevice;
		} else if (e.kind === 'device-action' && e.nextDevice !== undefined) {
			from = e.device;
			to = e.nextDevice;
		} else continue;
		if (!crossesInternet(from, to)) continue;
		// Dropped at the internet's edge for a private or unknown address: never counted as a crossing.
		if (to === 'internet' && finalAction.get(e.packetId) === 'dropped') continue;
		const purpose = purposeOf.get(e.packetId)!;
		const n = (counts.get(purpose) ?? 0) + 1;
		counts.set(purpose, n);
		if (e.packetId === packetId) return { purpose, n };
	}
	return undefined;
}

/** Retransmissions: a packet whose STUN transaction (cookie + id, bytes 4–19) an earlier packet already carried. */
export function retransmissions(trace: readonly PacketRecord[]): Set<number> {
	const seen = new Set<string>();
	const out = new Set<number>();
	for (const p of trace) {
		if (p.bytes.length < 20 || p.bytes[0] >> 6 !== 0) continue;
		const key = `${p.purpose}|${p.sender}|${Array.from(p.bytes.subarray(4, 20)).join(',')}`;
		if (seen.has(key)) out.add(p.id);
		else seen.add(key);
	}
	return out;
}

export function recordsById(trace: readonly PacketRecord[]): Map<number, PacketRecord> {
	return new Map(trace.map((p) => [p.id, p]));
}
