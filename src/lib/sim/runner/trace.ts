// Views derived from a run's events: one record per packet (send, hops, delivery) for the trace table.
import type { DeviceAction, Endpoint, PacketPurpose, RunEvent, Transport } from '../core/types';

export interface PacketHop {
	t: number;
	device: string;
	action: DeviceAction;
	reason: string;
	from: Endpoint;
	to: Endpoint;
}

export interface PacketRecord {
	id: number;
	purpose: PacketPurpose;
	transport: Transport;
	/** Who sent it and the addresses it was sent with (before any NAT). */
	sender: string;
	from: Endpoint;
	to: Endpoint;
	bytes: Uint8Array;
	sendTime: number;
	/** When it reached its final host; undefined if it was dropped, filtered, lost, or is still in flight. */
	receiveTime?: number;
	receiver?: string;
	/** Every device's decision on the way. */
	actions: PacketHop[];
	/** How it ended: delivered, or the action that stopped it; undefined while in flight. */
	fate?: DeviceAction;
}

const FINAL: ReadonlySet<DeviceAction> = new Set(['delivered', 'dropped', 'filtered', 'lost']);

export function packetRecords(events: readonly RunEvent[]): PacketRecord[] {
	const out: PacketRecord[] = [];
	const byId = new Map<number, PacketRecord>();
	for (const e of events) {
		if (e.kind === 'packet-sent') {
			const r: PacketRecord = {
				id: e.packetId,
				purpose: e.purpose,
				transport: e.transport,
				sender: e.device,
				from: e.from,
				to: e.to,
				bytes: e.bytes,
				sendTime: e.t,
				actions: []
			};
			byId.set(e.packetId, r);
			out.push(r);
		} else if (e.kind === 'device-action') {
			const r = byId.get(e.packetId);
			if (!r) continue;
			r.actions.push({
				t: e.t,
				device: e.device,
				action: e.action,
				reason: e.reason,
				from: e.from,
				to: e.to
			});
			if (FINAL.has(e.action)) r.fate = e.action;
			if (e.action === 'delivered') {
				r.receiveTime = e.t;
				r.receiver = e.device;
			}
		}
	}
	return out;
}
