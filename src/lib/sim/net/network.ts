// The network: hosts with one IPv4 interface each, NAT routers between private subnets and the public
// internet, and links with a one-way latency and a loss rate (drawn from the run's seeded PRNG). It carries UDP
// datagrams and logs every send, every device decision and every delivery as RunEvents.
import type { Prng } from '../core/prng';
import type { Scheduler } from '../core/scheduler';
import {
	endpointText,
	type DeviceAction,
	type Endpoint,
	type Packet,
	type PacketPurpose,
	type RunEvent,
	type Transport
} from '../core/types';
import type { NatDecision, NatDevice } from '../nat/nat-device';
import { inSubnet, isPrivateAddress } from './address';
import { why, type Why } from '../core/reasons';

export interface Host {
	name: string;
	address: string;
	/** The host's own subnet (hosts in it are reached directly). */
	subnet: string;
	/** The NAT the host sits behind; none for a host on the public internet. */
	gateway?: NatDevice;
	/** Drop every UDP datagram this host sends or should receive (a firewall that allows only TCP). */
	udpBlocked?: boolean;
	receive?: (packet: Packet) => void;
}

export interface LinkSettings {
	/** One-way latency across the public internet, ms. */
	latencyMs: number;
	/** One-way latency between a host and its NAT, ms. */
	lanLatencyMs: number;
	/** Probability that a datagram crossing the public internet is lost. */
	loss: number;
	/** Scripted losses: the n-th (1-based) datagram with this purpose to cross the internet is lost. */
	drops?: readonly { purpose: PacketPurpose; n: number }[];
}

export const INTERNET = 'internet';

export class Network {
	private hosts = new Map<string, Host>();
	private byAddress = new Map<string, Host>();
	private natsByPublic = new Map<string, NatDevice>();
	private nextPacketId = 1;
	private crossings = new Map<PacketPurpose, number>();

	constructor(
		readonly clock: Scheduler,
		private readonly rng: Prng,
		private readonly log: (e: RunEvent) => void,
		readonly links: LinkSettings
	) {}

	addHost(host: Host): void {
		this.hosts.set(host.name, host);
		this.byAddress.set(host.address, host);
	}

	addNat(nat: NatDevice): void {
		this.natsByPublic.set(nat.publicAddress, nat);
	}

	host(name: string): Host {
		const h = this.hosts.get(name);
		if (!h) throw new RangeError(`no host ${name}`);
		return h;
	}

	natTables(): Record<string, ReturnType<NatDevice['table']>> {
		const out: Record<string, ReturnType<NatDevice['table']>> = {};
		for (const nat of this.natsByPublic.values()) out[nat.name] = nat.table();
		return out;
	}

	/** A host sends a UDP datagram (or a TCP segment) from `src` (one of its own transport addresses) to `dst`. */
	send(
		hostName: string,
		src: Endpoint,
		dst: Endpoint,
		bytes: Uint8Array,
		purpose: PacketPurpose,
		transport: Transport = 'udp'
	): number {
		const host = this.host(hostName);
		const packet: Packet = { id: this.nextPacketId++, transport, src, dst, bytes, purpose };
		const now = this.clock.now;
		const direct = inSubnet(dst.address, host.subnet) && this.byAddress.has(dst.address);
		const viaNat = host.gateway && !direct;
		const delay = viaNat || direct ? this.links.lanLatencyMs : this.links.latencyMs;
		const nextDevice = direct
			? (this.byAddress.get(dst.address) as Host).name
			: viaNat && host.gateway
				? host.gateway.name
				: this.publicOwner(dst.address);
		this.log({
			kind: 'packet-sent',
			t: now,
			packetId: packet.id,
			device: host.name,
			transport,
			from: { ...src },
			to: { ...dst },
			purpose,
			bytes,
			nextDevice,
			arriveAt: now + delay
		});
		if (host.udpBlocked && transport === 'udp') {
			this.act(
				packet,
				host.name,
				'dropped',
				'dropped: the firewall blocks outgoing UDP',
				why('fw.drop.udpOut', { from: endpointText(src), to: endpointText(dst) })
			);
		} else if (direct) {
			const target = this.byAddress.get(dst.address) as Host;
			this.clock.schedule(delay, () => this.deliver(target, packet));
		} else if (viaNat && host.gateway) {
			const nat = host.gateway;
			this.clock.schedule(delay, () => this.fromInside(nat, packet));
		} else {
			this.acrossInternet(packet);
		}
		return packet.id;
	}

	private act(
		packet: Packet,
		device: string,
		action: DeviceAction,
		reason: string,
		because: Why,
		extra: { nextDevice?: string; arriveAt?: number; decision?: NatDecision } = {}
	): void {
		const e: RunEvent = {
			kind: 'device-action',
			t: this.clock.now,
			packetId: packet.id,
			device,
			action,
			reason,
			why: because,
			from: { ...packet.src },
			to: { ...packet.dst }
		};
		if (extra.nextDevice !== undefined) e.nextDevice = extra.nextDevice;
		if (extra.arriveAt !== undefined) e.arriveAt = extra.arriveAt;
		if (extra.decision?.mapping) e.mapping = extra.decision.mapping;
		this.log(e);
	}

	/** The device that owns a public address, or 'internet' when nothing does (the packet dies there). */
	private publicOwner(address: string): string {
		if (isPrivateAddress(address)) return INTERNET;
		const nat = this.natsByPublic.get(address);
		if (nat) return nat.name;
		const host = this.byAddress.get(address);
		return host && !host.gateway ? host.name : INTERNET;
	}

	/** The public-internet hop: private destinations are not routed; loss is drawn from the PRNG. */
	private acrossInternet(packet: Packet): void {
		const dst = packet.dst.address;
		const nat = this.natsByPublic.get(dst);
		const host = nat ? undefined : this.byAddress.get(dst);
		if (isPrivateAddress(dst) || (!nat && (!host || host.gateway))) {
			const text = isPrivateAddress(dst)
				? `${dst} is a private address, not routed on the public internet (RFC 1918 / RFC 6598)`
				: `no device has the address ${dst}`;
			this.act(
				packet,
				INTERNET,
				'dropped',
				`dropped: ${text}`,
				why(isPrivateAddress(dst) ? 'net.drop.private' : 'net.drop.noDevice', {
					to: endpointText(packet.dst)
				})
			);
			return;
		}
		const next = nat ? nat.name : (host as Host).name;
		const count = (this.crossings.get(packet.purpose) ?? 0) + 1;
		this.crossings.set(packet.purpose, count);
		if (this.links.drops?.some((d) => d.purpose === packet.purpose && d.n === count)) {
			this.clock.schedule(this.links.latencyMs, () =>
				this.act(
					packet,
					INTERNET,
					'lost',
					`lost on the way to ${next} (scripted loss of ${packet.purpose} #${count})`,
					why('net.lost.scripted', { purpose: packet.purpose, n: count, next })
				)
			);
			return;
		}
		if (packet.transport === 'udp' && this.links.loss > 0 && this.rng.next() < this.links.loss) {
			this.clock.schedule(this.links.latencyMs, () =>
				this.act(
					packet,
					INTERNET,
					'lost',
					`lost on the way to ${next} (loss rate ${this.links.loss})`,
					why('net.lost.random', { rate: this.links.loss, next })
				)
			);
			return;
		}
		this.clock.schedule(this.links.latencyMs, () => {
			if (nat) this.fromOutside(nat, packet);
			else this.deliver(host as Host, packet);
		});
	}

	private fromInside(nat: NatDevice, packet: Packet): void {
		const dst = packet.dst.address;
		if (dst === nat.publicAddress) {
			this.hairpin(nat, packet);
			return;
		}
		if (nat.insideSubnets.some((s) => inSubnet(dst, s))) {
			// Client isolation (as between CGNAT subscribers): inside subnets reach each other only by hairpinning.
			this.act(
				packet,
				nat.name,
				'dropped',
				`dropped: ${dst} is on another inside subnet, which this NAT does not route to`,
				why('nat.drop.otherSubnet', { to: endpointText(packet.dst) })
			);
			return;
		}
		const decision = nat.outbound(packet, this.clock.now);
		this.trackMapping(nat, decision);
		const out = decision.packet as Packet;
		const next = isPrivateAddress(out.dst.address)
			? undefined
			: (this.natsByPublic.get(out.dst.address)?.name ?? this.byAddress.get(out.dst.address)?.name);
		this.act(out, nat.name, 'translated', decision.reason, decision.why, {
			decision,
			nextDevice: next,
			arriveAt: next ? this.clock.now + this.links.latencyMs : undefined
		});
		this.acrossInternet(out);
	}

	/** RFC 4787 §6: inside → own public address is translated out and straight back in. */
	private hairpin(nat: NatDevice, packet: Packet): void {
		if (!nat.behaviour.hairpin) {
			this.act(
				packet,
				nat.name,
				'dropped',
				`dropped: ${endpointText(packet.dst)} is this NAT's own public address and hairpinning is off (RFC 4787 §6)`,
				why('nat.drop.hairpinOff', { to: endpointText(packet.dst) })
			);
			return;
		}
		const out = nat.outbound(packet, this.clock.now);
		this.trackMapping(nat, out);
		const turned = out.packet as Packet;
		this.act(
			turned,
			nat.name,
			'translated',
			`${out.reason}; hairpinned back inside`,
			why('nat.translate.hairpin', {
				...out.why.params,
				internal: endpointText(packet.src),
				external: endpointText(turned.src),
				to: endpointText(packet.dst)
			}),
			{ decision: out }
		);
		this.inward(nat, turned);
	}

	private fromOutside(nat: NatDevice, packet: Packet): void {
		this.inward(nat, packet);
	}

	private inward(nat: NatDevice, packet: Packet): void {
		const decision = nat.inbound(packet);
		if (decision.verdict !== 'translated' || !decision.packet) {
			this.act(
				packet,
				nat.name,
				decision.verdict === 'filtered' ? 'filtered' : 'dropped',
				decision.reason,
				decision.why,
				{ decision }
			);
			return;
		}
		const inside = decision.packet;
		const target = this.byAddress.get(inside.dst.address);
		if (!target) {
			this.act(
				inside,
				nat.name,
				'dropped',
				`dropped: no host ${inside.dst.address} on the inside`,
				why('nat.drop.noInsideHost', { to: endpointText(inside.dst) })
			);
			return;
		}
		this.act(inside, nat.name, 'translated', decision.reason, decision.why, {
			decision,
			nextDevice: target.name,
			arriveAt: this.clock.now + this.links.lanLatencyMs
		});
		this.clock.schedule(this.links.lanLatencyMs, () => this.deliver(target, inside));
	}

	private deliver(host: Host, packet: Packet): void {
		if (host.udpBlocked && packet.transport === 'udp') {
			this.act(
				packet,
				host.name,
				'dropped',
				'dropped: the firewall blocks incoming UDP',
				why('fw.drop.udpIn', { from: endpointText(packet.src), to: endpointText(packet.dst) })
			);
			return;
		}
		this.act(
			packet,
			host.name,
			'delivered',
			`delivered to ${endpointText(packet.dst)}`,
			why('host.delivered', { to: endpointText(packet.dst) })
		);
		host.receive?.(packet);
	}

	private trackMapping(nat: NatDevice, decision: NatDecision): void {
		const m = decision.mapping;
		if (!m) return;
		if (decision.created)
			this.log({ kind: 'mapping', t: this.clock.now, device: nat.name, change: 'created', mapping: m });
		const lifetime = nat.behaviour.lifetimeMs;
		// One expiry timer per mapping, moved on every refresh (RFC 4787 REQ-6: outbound traffic refreshes).
		this.clock.schedule(
			m.expiresAt - this.clock.now,
			() => {
				const gone = nat.expire(m.id, this.clock.now);
				if (gone)
					this.log({
						kind: 'mapping',
						t: this.clock.now,
						device: nat.name,
						change: 'expired',
						mapping: gone,
						reason: `expired: no outbound packet for ${lifetime / 1000} s (binding lifetime, RFC 4787 §4.3)`,
						why: why('nat.mapping.idle', { external: endpointText(gone.external), lifetimeMs: lifetime })
					});
			},
			`${nat.name}:expire:${m.id}`
		);
	}

	/**
	 * A scripted fault: the NAT forgets every mapping (a reboot), or only the one with external address
	 * `external`. Each removed mapping is logged as expired, with the fault as its reason.
	 */
	flushMappings(nat: NatDevice, external?: string): number {
		const gone = nat.flush(external);
		for (const m of gone) {
			this.clock.cancel(`${nat.name}:expire:${m.id}`);
			this.log({
				kind: 'mapping',
				t: this.clock.now,
				device: nat.name,
				change: 'expired',
				mapping: m,
				reason:
					external === undefined
						? `expired: ${nat.name} forgot all its mappings (scripted fault, as when a NAT reboots)`
						: `expired: ${nat.name} dropped the mapping for ${external} (scripted fault)`,
				why: why('nat.mapping.flushed', {
					external: endpointText(m.external),
					scope: external === undefined ? 'all' : 'one'
				})
			});
		}
		return gone.length;
	}

	nat(name: string): NatDevice | undefined {
		for (const n of this.natsByPublic.values()) if (n.name === name) return n;
		return undefined;
	}
}
