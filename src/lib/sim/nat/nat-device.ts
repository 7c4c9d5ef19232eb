// A NAT (RFC 4787) between one or more private subnets and one public IPv4 address. It decides; the network
// (../net/network.ts) logs each decision and carries the packet on.
//
// Filtering state is kept PER MAPPING: each mapping remembers the remote addresses and ports it has sent to, and
// an inbound packet is judged only against the mapping it arrived on. RFC 4787 §5 words filtering per internal
// endpoint ("if X:x has not sent packets to Y"); with endpoint-independent mapping there is one mapping per
// internal endpoint, so the two readings agree. With address(-and-port)-dependent mapping they differ: per
// mapping, a packet arriving on the mapping made for the STUN server is filtered even if the same internal
// endpoint has sent to its source through another mapping. Per-mapping state is what connection-tracking NATs
// (Linux conntrack) do, and it shows as one row per mapping in the lab's table.
import type { Prng } from '../core/prng';
import { endpointText, type Endpoint, type Packet } from '../core/types';
import { abbreviate, type NatBehaviour } from './behaviour';
import { why, type Why } from '../core/reasons';

/** One row of the mapping table, as plain data. */
export interface MappingRow {
	id: number;
	transport: 'udp' | 'tcp';
	internal: Endpoint;
	external: Endpoint;
	/** The destination this mapping is for: none (endpoint-independent), an address, or an address:port. */
	destination?: string;
	/** Remote addresses and address:ports this mapping has sent to (its filtering state). */
	sentTo: string[];
	createdAt: number;
	expiresAt: number;
}

interface Mapping {
	id: number;
	transport: 'udp' | 'tcp';
	key: string;
	internal: Endpoint;
	external: Endpoint;
	destination?: string;
	sentTo: Set<string>;
	createdAt: number;
	expiresAt: number;
}

export interface NatDecision {
	verdict: 'translated' | 'filtered' | 'dropped';
	/** The rewritten packet, when translated. */
	packet?: Packet;
	reason: string;
	why: Why;
	/** The mapping the packet used, after the decision (for the trace). */
	mapping?: MappingRow;
	created?: boolean;
}

const FIRST_SEQUENTIAL_PORT = 62000;
const EPHEMERAL_LOW = 49152;
const EPHEMERAL_HIGH = 65535;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export class NatDevice {
	private byKey = new Map<string, Mapping>();
	private byPort = new Map<number, Mapping>();
	private nextId = 1;
	private nextPort = FIRST_SEQUENTIAL_PORT;

	constructor(
		readonly name: string,
		readonly publicAddress: string,
		/** Private subnets on the inside (`10.0.0.0/24`). */
		readonly insideSubnets: string[],
		readonly behaviour: NatBehaviour,
		private readonly rng: Prng
	) {}

	/** The mapping table as plain rows, oldest first. */
	table(): MappingRow[] {
		return [...this.byPort.values()].sort((a, b) => a.id - b.id).map(row);
	}

	mapping(id: number): MappingRow | undefined {
		for (const m of this.byPort.values()) if (m.id === id) return row(m);
		return undefined;
	}

	/** RFC 4787 §4.1: the key under which an outbound packet looks for its mapping. */
	private mappingKey(src: Endpoint, dst: Endpoint, transport: string): { key: string; destination?: string } {
		// UDP and TCP mappings are separate (RFC 5382 gives TCP the same mapping and filtering vocabulary).
		const internal = `${transport} ${endpointText(src)}`;
		switch (this.behaviour.mapping) {
			case 'endpoint-independent':
				return { key: internal };
			case 'address-dependent':
				return { key: `${internal}>${dst.address}`, destination: dst.address };
			case 'address-and-port-dependent':
				return { key: `${internal}>${endpointText(dst)}`, destination: endpointText(dst) };
		}
	}

	private allocatePort(internalPort: number): number {
		const free = (p: number) => !this.byPort.has(p);
		const mode = this.behaviour.portAllocation;
		if (mode === 'preserving' && free(internalPort)) return internalPort;
		if (mode === 'random') {
			for (let i = 0; i < 64; i++) {
				const p = this.rng.int(EPHEMERAL_LOW, EPHEMERAL_HIGH);
				if (free(p)) return p;
			}
		}
		while (!free(this.nextPort))
			this.nextPort = this.nextPort >= EPHEMERAL_HIGH ? EPHEMERAL_LOW : this.nextPort + 1;
		return this.nextPort++;
	}

	/** An outbound packet (inside → outside): find or create its mapping, refresh it, rewrite the source. */
	outbound(packet: Packet, now: number): NatDecision {
		const { key, destination } = this.mappingKey(packet.src, packet.dst, packet.transport);
		let m = this.byKey.get(key);
		const created = m === undefined;
		if (!m) {
			const port = this.allocatePort(packet.src.port);
			m = {
				id: this.nextId++,
				transport: packet.transport,
				key,
				internal: { ...packet.src },
				external: { address: this.publicAddress, port },
				destination,
				sentTo: new Set(),
				createdAt: now,
				expiresAt: now
			};
			this.byKey.set(key, m);
			this.byPort.set(port, m);
		}
		// RFC 4787 REQ-6: outbound packets refresh the binding.
		m.expiresAt = now + this.behaviour.lifetimeMs;
		m.sentTo.add(packet.dst.address);
		m.sentTo.add(endpointText(packet.dst));
		const how = created
			? `new mapping, ${this.behaviour.mapping}`
			: `mapping #${m.id}, kept until ${seconds(m.expiresAt)}`;
		return {
			verdict: 'translated',
			packet: { ...packet, src: { ...m.external } },
			reason: `translated ${endpointText(packet.src)} → ${endpointText(m.external)} (${how})`,
			why: created
				? why('nat.translate.new', {
						internal: endpointText(packet.src),
						external: endpointText(m.external),
						mapping: this.behaviour.mapping,
						mappingId: m.id
					})
				: why('nat.translate.existing', {
						internal: endpointText(packet.src),
						external: endpointText(m.external),
						mappingId: m.id,
						expiresAt: m.expiresAt
					}),
			mapping: row(m),
			created
		};
	}

	/** An inbound packet (outside → inside, or hairpinned) to this NAT's public address. */
	inbound(packet: Packet): NatDecision {
		const m = this.byPort.get(packet.dst.port);
		if (!m || m.transport !== packet.transport) {
			return {
				verdict: 'dropped',
				reason: `dropped: no mapping for ${endpointText(packet.dst)} (from ${endpointText(packet.src)})`,
				why: why('nat.drop.noMapping', { from: endpointText(packet.src), to: endpointText(packet.dst) })
			};
		}
		const f = this.behaviour.filtering;
		const from = endpointText(packet.src);
		const permitted =
			f === 'endpoint-independent' ||
			(f === 'address-dependent' && m.sentTo.has(packet.src.address)) ||
			(f === 'address-and-port-dependent' && m.sentTo.has(from));
		const label = abbreviate(f, 'F');
		if (!permitted) {
			const sent = [...m.sentTo].filter((s) =>
				f === 'address-dependent' ? !s.includes(':') : s.includes(':')
			);
			return {
				verdict: 'filtered',
				reason:
					`dropped: no mapping permits ${from} → ${endpointText(m.internal)} ` +
					`(${f} filtering; mapping #${m.id} has sent only to ${sent.join(', ') || 'nobody'})`,
				why: why('nat.drop.filtered', {
					from,
					to: endpointText(m.internal),
					external: endpointText(m.external),
					filtering: f,
					mappingId: m.id,
					sentTo: sent.join(', ')
				}),
				mapping: row(m)
			};
		}
		return {
			verdict: 'translated',
			packet: { ...packet, dst: { ...m.internal } },
			reason: `translated ${endpointText(packet.dst)} → ${endpointText(m.internal)} (mapping #${m.id}, ${label} permits ${from})`,
			why: why('nat.translate.in', {
				external: endpointText(packet.dst),
				internal: endpointText(m.internal),
				mappingId: m.id,
				filtering: f,
				from
			}),
			mapping: row(m)
		};
	}

	/**
	 * Forgets mappings at once, whatever their lifetime (a scripted fault: a NAT reboot, or one mapping dropped):
	 * every mapping, or only the one whose external address is `external` ("ip:port"). Returns the removed rows.
	 */
	flush(external?: string): MappingRow[] {
		const gone: MappingRow[] = [];
		for (const m of [...this.byPort.values()].sort((a, b) => a.id - b.id)) {
			if (external !== undefined && endpointText(m.external) !== external) continue;
			this.byPort.delete(m.external.port);
			this.byKey.delete(m.key);
			gone.push(row(m));
		}
		return gone;
	}

	/** Removes a mapping whose lifetime has run out; returns it, or undefined if it was refreshed meanwhile. */
	expire(id: number, now: number): MappingRow | undefined {
		for (const m of this.byPort.values()) {
			if (m.id !== id) continue;
			if (m.expiresAt > now) return undefined;
			this.byPort.delete(m.external.port);
			this.byKey.delete(m.key);
			return row(m);
		}
		return undefined;
	}
}

function row(m: Mapping): MappingRow {
	const r: MappingRow = {
		id: m.id,
		transport: m.transport,
		internal: { ...m.internal },
		external: { ...m.external },
		sentTo: [...m.sentTo],
		createdAt: m.createdAt,
		expiresAt: m.expiresAt
	};
	if (m.destination !== undefined) r.destination = m.destination;
	return r;
}
