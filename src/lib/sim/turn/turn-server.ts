// A TURN server (RFC 8656) on the simulated network: long-term credentials (401 with REALM and NONCE, then an
// authenticated retry; 438 Stale Nonce), Allocate, Refresh, CreatePermission (300 s), ChannelBind (600 s),
// Send and Data indications, ChannelData, and permission enforcement at the relayed address. Everything it sends
// is encoded with the protocol library, with real MESSAGE-INTEGRITY and FINGERPRINT.
import { decodeChannelData, encodeChannelData, isChannelData } from '../../protocol/turn';
import {
	attribute,
	buildErrorResponse,
	buildMessage,
	decodeStun,
	encodeStun,
	getAttribute,
	isStun,
	longTermKey,
	verifyStun,
	type StunAttribute,
	type StunMessage
} from '../../protocol/stun';
import type { Prng } from '../core/prng';
import { why, type Why } from '../core/reasons';
import { endpointText, type Endpoint, type Packet, type PacketPurpose, type Transport } from '../core/types';

export interface TurnServerConfig {
	realm: string;
	/** username → password */
	users: Record<string, string>;
	/** Default and maximum allocation lifetime, s (RFC 8656 §7.2: 600 s default; §7.1: a 3600 s maximum). */
	defaultLifetimeS: number;
	maxLifetimeS: number;
	/** RFC 8656 §9: permissions last 300 s. */
	permissionLifetimeMs: number;
	/** RFC 8656 §12: channel bindings last 600 s. */
	channelLifetimeMs: number;
	/** How long a nonce stays fresh before requests get 438 Stale Nonce. */
	nonceLifetimeMs: number;
}

export const DEFAULT_TURN_CONFIG: TurnServerConfig = {
	realm: 'webrtc-lab.example',
	users: { learner: 'turn-password' },
	defaultLifetimeS: 600,
	maxLifetimeS: 3600,
	permissionLifetimeMs: 300_000,
	channelLifetimeMs: 600_000,
	nonceLifetimeMs: 3_600_000
};

export interface TurnOutput {
	/** Toward a client: the transport it came over; toward a peer: always UDP (the relayed transport). */
	transport: Transport;
	from: Endpoint;
	to: Endpoint;
	bytes: Uint8Array;
	purpose: PacketPurpose;
}

export interface TurnEnv {
	now(): number;
	schedule(delayMs: number, run: () => void, key: string): void;
	log(change: string, detail: string, because: Why, expiresAt?: number): void;
}

interface Allocation {
	client: Endpoint;
	/** The client's transport to the server (RFC 8656 §3.1: UDP, TCP or TLS); the relay side is UDP. */
	transport: Transport;
	relayed: Endpoint;
	username: string;
	key: Uint8Array;
	expiresAt: number;
	/** peer IP → expiry */
	permissions: Map<string, number>;
	/** channel number → peer and expiry */
	channels: Map<number, { peer: Endpoint; expiresAt: number }>;
}

const METHOD = {
	Allocate: 0x003,
	Refresh: 0x004,
	Send: 0x006,
	Data: 0x007,
	CreatePermission: 0x008,
	ChannelBind: 0x009
};
const UDP = 17;

export class TurnServer {
	private allocations = new Map<string, Allocation>();
	private byRelayPort = new Map<number, Allocation>();
	private nonce = '';
	private nonceIssuedAt = -Infinity;
	private nextRelayPort = 50000;

	constructor(
		readonly address: Endpoint,
		private readonly rng: Prng,
		private readonly env: TurnEnv,
		readonly config: TurnServerConfig = DEFAULT_TURN_CONFIG
	) {}

	/** The allocations as plain data (for tests and views). */
	table(): {
		client: string;
		relayed: string;
		expiresAt: number;
		permissions: [string, number][];
		channels: [number, string, number][];
	}[] {
		return [...this.allocations.values()].map((a) => ({
			client: endpointText(a.client),
			relayed: endpointText(a.relayed),
			expiresAt: a.expiresAt,
			permissions: [...a.permissions],
			channels: [...a.channels].map(([n, c]) => [n, endpointText(c.peer), c.expiresAt])
		}));
	}

	receive(packet: Packet): TurnOutput[] {
		if (this.stopped) {
			this.env.log(
				'dropped',
				`the server has stopped: datagram from ${endpointText(packet.src)} to ${endpointText(packet.dst)} dropped`,
				why('turn.drop.stopped', { from: endpointText(packet.src), to: endpointText(packet.dst) })
			);
			return [];
		}
		if (packet.dst.port !== this.address.port) return packet.transport === 'udp' ? this.fromPeer(packet) : [];
		if (isChannelData(packet.bytes)) return this.fromChannelData(packet);
		if (!isStun(packet.bytes)) return [];
		let message: StunMessage;
		try {
			message = decodeStun(packet.bytes).value;
		} catch {
			return [];
		}
		if (message.class === 'indication')
			return message.method === METHOD.Send ? this.onSend(packet, message) : [];
		if (message.class !== 'request') return [];
		return this.onRequest(packet, message);
	}

	private currentNonce(): string {
		const now = this.env.now();
		if (now - this.nonceIssuedAt >= this.config.nonceLifetimeMs) {
			this.nonce = Array.from(this.rng.bytes(8), (b) => b.toString(16).padStart(2, '0')).join('');
			this.nonceIssuedAt = now;
		}
		return this.nonce;
	}

	private reply(packet: Packet, bytes: Uint8Array, purpose: PacketPurpose): TurnOutput[] {
		return [{ transport: packet.transport, from: this.address, to: packet.src, bytes, purpose }];
	}

	private challenge(
		packet: Packet,
		request: StunMessage,
		code: 401 | 438,
		purpose: PacketPurpose
	): TurnOutput[] {
		const error = buildErrorResponse(request, code, undefined, [
			attribute('REALM', this.config.realm),
			attribute('NONCE', this.currentNonce())
		]);
		return this.reply(packet, encodeStun(error, { fingerprint: true }), purpose);
	}

	private onRequest(packet: Packet, request: StunMessage): TurnOutput[] {
		const purpose = responsePurpose(request.method);
		// RFC 8489 §9.2.4: no MESSAGE-INTEGRITY → 401 with REALM and NONCE (the first Allocate always gets this).
		const username = getAttribute(request, 'USERNAME');
		const nonce = getAttribute(request, 'NONCE');
		const hasIntegrity = request.attributes.some((a) => a.name === 'MESSAGE-INTEGRITY');
		if (!hasIntegrity || username === undefined || nonce === undefined)
			return this.challenge(packet, request, 401, purpose);
		const password = this.config.users[username];
		if (password === undefined) return this.challenge(packet, request, 401, purpose);
		const check = verifyStun(packet.bytes, { username, realm: this.config.realm, password });
		if (check.messageIntegrity.ok !== true) return this.challenge(packet, request, 401, purpose);
		// RFC 8489 §9.2.4: a nonce that is no longer valid → 438 Stale Nonce with a fresh one.
		if (nonce !== this.currentNonce()) return this.challenge(packet, request, 438, purpose);
		const key = longTermKey(username, this.config.realm, password);
		const ok = (attrs: StunAttribute[]): TurnOutput[] =>
			this.reply(
				packet,
				encodeStun(buildMessage(request.method, 'success-response', attrs, request.transactionId), {
					integrity: { key },
					fingerprint: true
				}),
				purpose
			);
		const fail = (code: number): TurnOutput[] =>
			this.reply(
				packet,
				encodeStun(buildErrorResponse(request, code), { integrity: { key }, fingerprint: true }),
				purpose
			);
		const fiveTuple = `${packet.transport} ${endpointText(packet.src)}`;
		const existing = this.allocations.get(fiveTuple);
		const now = this.env.now();

		switch (request.method) {
			case METHOD.Allocate: {
				if (existing) return fail(437); // RFC 8656 §7.2: Allocation Mismatch
				if (getAttribute(request, 'REQUESTED-TRANSPORT')?.protocol !== UDP) return fail(442);
				const lifetime = this.lifetimeFrom(request);
				const relayed = { address: this.address.address, port: this.nextRelayPort++ };
				const a: Allocation = {
					client: { ...packet.src },
					transport: packet.transport,
					relayed,
					username,
					key,
					expiresAt: now + lifetime * 1000,
					permissions: new Map(),
					channels: new Map()
				};
				this.allocations.set(fiveTuple, a);
				this.byRelayPort.set(relayed.port, a);
				this.armAllocationExpiry(a);
				this.env.log(
					'allocation',
					`allocated ${endpointText(relayed)} for ${fiveTuple} (${lifetime} s)`,
					why('turn.allocated', {
						relayed: endpointText(relayed),
						client: endpointText(packet.src),
						transport: packet.transport,
						lifetimeS: lifetime
					}),
					a.expiresAt
				);
				return ok([
					attribute('XOR-RELAYED-ADDRESS', { family: 'IPv4', ...relayed }),
					attribute('XOR-MAPPED-ADDRESS', { family: 'IPv4', ...packet.src }),
					attribute('LIFETIME', lifetime)
				]);
			}
			case METHOD.Refresh: {
				if (!existing) return fail(437);
				const asked = getAttribute(request, 'LIFETIME');
				if (asked === 0) {
					this.remove(
						existing,
						'deleted by Refresh with LIFETIME 0',
						why('turn.allocation.deleted', { relayed: endpointText(existing.relayed) })
					);
					return ok([attribute('LIFETIME', 0)]);
				}
				const lifetime = this.lifetimeFrom(request);
				existing.expiresAt = now + lifetime * 1000;
				this.armAllocationExpiry(existing);
				this.env.log(
					'refresh',
					`refreshed ${endpointText(existing.relayed)} (${lifetime} s)`,
					why('turn.refreshed', { relayed: endpointText(existing.relayed), lifetimeS: lifetime }),
					existing.expiresAt
				);
				return ok([attribute('LIFETIME', lifetime)]);
			}
			case METHOD.CreatePermission: {
				if (!existing) return fail(437);
				const peers = request.attributes.filter((a) => a.name === 'XOR-PEER-ADDRESS' && !a.raw);
				if (peers.length === 0) return fail(400);
				for (const p of peers) this.permit(existing, (p.value as Endpoint).address);
				return ok([]);
			}
			case METHOD.ChannelBind: {
				if (!existing) return fail(437);
				const channel = getAttribute(request, 'CHANNEL-NUMBER')?.channel;
				const peer = getAttribute(request, 'XOR-PEER-ADDRESS');
				if (channel === undefined || peer === undefined || channel < 0x4000 || channel > 0x4fff)
					return fail(400);
				const bound = existing.channels.get(channel);
				const peerEndpoint = { address: peer.address, port: peer.port };
				if (bound && endpointText(bound.peer) !== endpointText(peerEndpoint)) return fail(400);
				for (const [n, c] of existing.channels) {
					if (n !== channel && endpointText(c.peer) === endpointText(peerEndpoint)) return fail(400);
				}
				const expiresAt = now + this.config.channelLifetimeMs;
				existing.channels.set(channel, { peer: peerEndpoint, expiresAt });
				this.armExpiry(existing, `channel:${channel}`, expiresAt, () => {
					const c = existing.channels.get(channel);
					if (c && c.expiresAt <= this.env.now()) {
						existing.channels.delete(channel);
						this.env.log(
							'channel-expired',
							`channel 0x${channel.toString(16)} to ${endpointText(c.peer)} expired`,
							why('turn.channel.expired', {
								channel: `0x${channel.toString(16)}`,
								peer: endpointText(c.peer)
							})
						);
					}
				});
				this.env.log(
					'channel',
					`bound channel 0x${channel.toString(16)} to ${endpointText(peerEndpoint)} (600 s)`,
					why('turn.channel', {
						channel: `0x${channel.toString(16)}`,
						peer: endpointText(peerEndpoint),
						lifetimeS: this.config.channelLifetimeMs / 1000
					}),
					expiresAt
				);
				// RFC 8656 §12: a channel binding also installs or refreshes the permission for the peer.
				this.permit(existing, peer.address);
				return ok([]);
			}
			default:
				return fail(400);
		}
	}

	private lifetimeFrom(request: StunMessage): number {
		const asked = getAttribute(request, 'LIFETIME');
		return Math.min(this.config.maxLifetimeS, asked ?? this.config.defaultLifetimeS);
	}

	private permit(a: Allocation, ip: string): void {
		const expiresAt = this.env.now() + this.config.permissionLifetimeMs;
		a.permissions.set(ip, expiresAt);
		this.env.log(
			'permission',
			`permission for ${ip} on ${endpointText(a.relayed)} (300 s)`,
			why('turn.permission', {
				peer: ip,
				relayed: endpointText(a.relayed),
				lifetimeS: this.config.permissionLifetimeMs / 1000
			}),
			expiresAt
		);
		this.armExpiry(a, `perm:${ip}`, expiresAt, () => {
			const t = a.permissions.get(ip);
			if (t !== undefined && t <= this.env.now()) {
				a.permissions.delete(ip);
				this.env.log(
					'permission-expired',
					`permission for ${ip} on ${endpointText(a.relayed)} expired`,
					why('turn.permission.expired', { peer: ip, relayed: endpointText(a.relayed) })
				);
			}
		});
	}

	private armExpiry(a: Allocation, what: string, at: number, run: () => void): void {
		this.env.schedule(at - this.env.now(), run, `TURN:${a.relayed.port}:${what}`);
	}

	private armAllocationExpiry(a: Allocation): void {
		this.armExpiry(a, 'allocation', a.expiresAt, () => {
			if (a.expiresAt <= this.env.now() && this.allocations.get(tupleOf(a)) === a) {
				this.remove(a, 'expired', why('turn.allocation.expired', { relayed: endpointText(a.relayed) }));
			}
		});
	}

	private remove(a: Allocation, text: string, because: Why): void {
		this.allocations.delete(tupleOf(a));
		this.byRelayPort.delete(a.relayed.port);
		// Its permissions and channels go with it (their timers then find nothing to expire).
		a.permissions.clear();
		a.channels.clear();
		this.env.log('allocation-expired', `allocation ${endpointText(a.relayed)} ${text}`, because);
	}

	/**
	 * A scripted fault (`turnStopAtMs`): the server stops. It drops every allocation (each logged), and from now
	 * on answers nothing and relays nothing (each datagram that reaches it is logged as dropped).
	 */
	stop(): void {
		if (this.stopped) return;
		this.stopped = true;
		this.env.log(
			'stopped',
			`the TURN server stopped (scripted fault): ${this.allocations.size} allocation(s) dropped, nothing is answered or relayed from now on`,
			why('turn.stopped', { allocations: this.allocations.size })
		);
		for (const a of [...this.allocations.values()]) {
			this.remove(
				a,
				'dropped: the server stopped',
				why('turn.allocation.deleted', { relayed: endpointText(a.relayed), cause: 'stopped' })
			);
		}
	}

	private stopped = false;

	private allocationOf(packet: Packet): Allocation | undefined {
		const a = this.allocations.get(`${packet.transport} ${endpointText(packet.src)}`);
		return a && a.expiresAt > this.env.now() ? a : undefined;
	}

	private permitted(a: Allocation, ip: string): boolean {
		const t = a.permissions.get(ip);
		return t !== undefined && t > this.env.now();
	}

	/** RFC 8656 §11.2: a Send indication is relayed if a permission exists for the peer; otherwise dropped silently. */
	private onSend(packet: Packet, message: StunMessage): TurnOutput[] {
		const a = this.allocationOf(packet);
		const peer = getAttribute(message, 'XOR-PEER-ADDRESS');
		const data = getAttribute(message, 'DATA');
		if (!a || !peer || !data) return [];
		if (!this.permitted(a, peer.address)) {
			this.env.log(
				'dropped',
				`Send indication to ${endpointText(peer)} dropped: no permission for ${peer.address}`,
				why('turn.drop.noPermission', { peer: endpointText(peer), relayed: endpointText(a.relayed) })
			);
			return [];
		}
		return [
			{
				transport: 'udp',
				from: a.relayed,
				to: { address: peer.address, port: peer.port },
				bytes: data,
				purpose: innerPurpose(data)
			}
		];
	}

	private fromChannelData(packet: Packet): TurnOutput[] {
		const a = this.allocationOf(packet);
		if (!a) return [];
		let cd;
		try {
			cd = decodeChannelData(packet.bytes).value;
		} catch {
			return [];
		}
		const c = a.channels.get(cd.channelNumber);
		if (!c || c.expiresAt <= this.env.now()) {
			this.env.log(
				'dropped',
				`ChannelData on unbound channel 0x${cd.channelNumber.toString(16)} dropped`,
				why('turn.drop.unboundChannel', { channel: `0x${cd.channelNumber.toString(16)}` })
			);
			return [];
		}
		if (!this.permitted(a, c.peer.address)) return [];
		return [
			{ transport: 'udp', from: a.relayed, to: c.peer, bytes: cd.data, purpose: innerPurpose(cd.data) }
		];
	}

	/** RFC 8656 §11.4, §12.6: data from a peer at a relayed address goes to the client if a permission exists. */
	private fromPeer(packet: Packet): TurnOutput[] {
		const a = this.byRelayPort.get(packet.dst.port);
		if (!a || a.expiresAt <= this.env.now()) {
			this.env.log(
				'dropped',
				`${endpointText(packet.dst)} has no allocation: datagram from ${endpointText(packet.src)} dropped`,
				why('turn.drop.noAllocation', { to: endpointText(packet.dst), from: endpointText(packet.src) })
			);
			return [];
		}
		if (!this.permitted(a, packet.src.address)) {
			this.env.log(
				'dropped',
				`dropped at ${endpointText(a.relayed)}: no permission for ${packet.src.address}`,
				why('turn.drop.noPermission', { peer: endpointText(packet.src), relayed: endpointText(a.relayed) })
			);
			return [];
		}
		for (const [n, c] of a.channels) {
			if (endpointText(c.peer) === endpointText(packet.src) && c.expiresAt > this.env.now()) {
				return [
					{
						transport: a.transport,
						from: this.address,
						to: a.client,
						bytes: encodeChannelData(padForStream({ channelNumber: n, data: packet.bytes }, a.transport)),
						purpose: 'channel-data'
					}
				];
			}
		}
		const indication = buildMessage(
			METHOD.Data,
			'indication',
			[attribute('XOR-PEER-ADDRESS', { family: 'IPv4', ...packet.src }), attribute('DATA', packet.bytes)],
			this.rng.bytes(12)
		);
		return [
			{
				transport: a.transport,
				from: this.address,
				to: a.client,
				bytes: encodeStun(indication, { fingerprint: true }),
				purpose: 'data-indication'
			}
		];
	}
}

const tupleOf = (a: Allocation): string => `${a.transport} ${endpointText(a.client)}`;

/** RFC 8656 §12.5: over a stream, ChannelData is padded to a multiple of 4 bytes. */
export function padForStream(
	cd: { channelNumber: number; data: Uint8Array },
	transport: Transport
): { channelNumber: number; data: Uint8Array; padding?: Uint8Array } {
	const pad = (4 - (cd.data.length % 4)) % 4;
	return transport === 'tcp' && pad > 0 ? { ...cd, padding: new Uint8Array(pad) } : cd;
}

function responsePurpose(method: number): PacketPurpose {
	switch (method) {
		case METHOD.Allocate:
			return 'allocate-response';
		case METHOD.Refresh:
			return 'refresh-response';
		case METHOD.CreatePermission:
			return 'create-permission-response';
		case METHOD.ChannelBind:
			return 'channel-bind-response';
		default:
			return 'allocate-response';
	}
}

/** What a relayed datagram carries: ICE checks and their answers, or other data. */
export function innerPurpose(bytes: Uint8Array): PacketPurpose {
	if (!isStun(bytes)) return 'relayed-data';
	const cls = ((bytes[0] & 0x01) << 1) | ((bytes[1] & 0x10) >> 4);
	return cls === 0 ? 'check' : 'check-response';
}
