// The agent's TURN client (RFC 8656): Allocate (answering the 401 challenge with long-term credentials, and a
// 438 Stale Nonce with the new nonce), Refresh before the allocation expires, CreatePermission for the remote
// candidates' addresses (refreshed before their 300 s run out), and ChannelBind for the selected peer.
// These functions change the agent context in place (it is already a working copy) and report what the
// ICE rules in agent-logic.ts must do next.
import {
	attribute,
	buildMessage,
	encodeStun,
	getAttribute,
	longTermKey,
	verifyStun,
	type StunAttribute,
	type StunMessage
} from '../../protocol/stun';
import { endpointText, type Endpoint, type PacketPurpose } from '../core/types';
import { randomBytes, setTimer, startTransaction } from './agent-io';
import type { AgentContext, Transaction, TransactionKind } from './types';

const METHOD = { Allocate: 0x003, Refresh: 0x004, CreatePermission: 0x008, ChannelBind: 0x009 };
const PURPOSE: Record<number, PacketPurpose> = {
	[METHOD.Allocate]: 'allocate',
	[METHOD.Refresh]: 'refresh',
	[METHOD.CreatePermission]: 'create-permission',
	[METHOD.ChannelBind]: 'channel-bind'
};
const KIND: Record<number, TransactionKind> = {
	[METHOD.Allocate]: 'allocate',
	[METHOD.Refresh]: 'refresh',
	[METHOD.CreatePermission]: 'permission',
	[METHOD.ChannelBind]: 'channel-bind'
};
/** Refresh this long before expiry (RFC 8656 §8: "a client SHOULD refresh … 1 minute before"). */
const REFRESH_MARGIN_S = 60;
const PERMISSION_REFRESH_MS = 240_000;
const CHANNEL_REFRESH_MS = 540_000;

export interface RelayOutcome {
	/** A relayed candidate became available (add it). */
	allocated?: { relayed: Endpoint; mapped?: Endpoint };
	/** The Allocate transaction finished (gathering may complete). */
	gatheringStep?: boolean;
	/** Permissions were installed: checks waiting for them may go. */
	permissionsInstalled?: boolean;
	/** Permissions that could not be installed (peer IPs). */
	permissionsFailed?: string[];
}

function request(
	ctx: AgentContext,
	method: number,
	attributes: StunAttribute[],
	extra: Partial<NonNullable<Transaction['turn']>> = {}
): void {
	const relay = ctx.relay;
	if (!relay) return;
	const id = randomBytes(ctx, 12);
	const attrs = [...attributes];
	let bytes: Uint8Array;
	if (relay.nonce && relay.realm && relay.key) {
		attrs.push(
			attribute('USERNAME', relay.username),
			attribute('REALM', relay.realm),
			attribute('NONCE', relay.nonce)
		);
		bytes = encodeStun(buildMessage(method, 'request', attrs, id), {
			integrity: { key: relay.key },
			fingerprint: true
		});
	} else {
		bytes = encodeStun(buildMessage(method, 'request', attrs, id), { fingerprint: true });
	}
	startTransaction(ctx, id, {
		kind: KIND[method],
		bytes,
		from: ctx.base,
		to: relay.server,
		useCandidate: false,
		role: ctx.role,
		priority: 0,
		purpose: PURPOSE[method],
		turn: { method, attributes, retried: false, ...extra }
	});
}

export function startAllocate(ctx: AgentContext): void {
	if (!ctx.relay) return;
	ctx.relay.state = 'allocating';
	// RFC 8656 §7.1: the first Allocate carries no credentials; the server's 401 supplies REALM and NONCE.
	request(ctx, METHOD.Allocate, [attribute('REQUESTED-TRANSPORT', { protocol: 17 })]);
}

/** Asks for permissions for every remote address a relayed pair will talk to (one CreatePermission). */
export function ensurePermissions(ctx: AgentContext, peerAddresses: string[]): void {
	const relay = ctx.relay;
	if (!relay || relay.state !== 'allocated') return;
	const missing = [...new Set(peerAddresses)].filter((ip) => relay.permissions[ip] === undefined);
	if (missing.length === 0) return;
	for (const ip of missing) relay.permissions[ip] = 'pending';
	request(
		ctx,
		METHOD.CreatePermission,
		missing.map((ip) => attribute('XOR-PEER-ADDRESS', { family: 'IPv4', address: ip, port: 0 })),
		{ peers: missing }
	);
}

export function permissionReady(ctx: AgentContext, peerAddress: string): boolean {
	return ctx.relay?.permissions[peerAddress] === 'installed';
}

/** Binds a channel to the selected peer, so data goes as 4-byte-header ChannelData instead of Send indications. */
export function bindChannel(ctx: AgentContext, peer: Endpoint): void {
	const relay = ctx.relay;
	if (!relay || relay.state !== 'allocated' || relay.channels[endpointText(peer)] !== undefined) return;
	const channel = relay.nextChannel++;
	request(
		ctx,
		METHOD.ChannelBind,
		[attribute('CHANNEL-NUMBER', { channel }), attribute('XOR-PEER-ADDRESS', { family: 'IPv4', ...peer })],
		{ peer, channel }
	);
}

/** The TURN timers: refresh the allocation, the permissions, the channel bindings. */
export function onRelayTimer(ctx: AgentContext, name: string): void {
	const relay = ctx.relay;
	if (!relay || relay.state !== 'allocated') return;
	if (name === 'turn-refresh') request(ctx, METHOD.Refresh, [attribute('LIFETIME', relay.lifetimeS ?? 600)]);
	else if (name === 'turn-permission') {
		const installed = Object.entries(relay.permissions)
			.filter(([, s]) => s === 'installed')
			.map(([ip]) => ip);
		if (installed.length > 0) {
			request(
				ctx,
				METHOD.CreatePermission,
				installed.map((ip) => attribute('XOR-PEER-ADDRESS', { family: 'IPv4', address: ip, port: 0 })),
				{ peers: installed }
			);
		}
	} else if (name === 'turn-channel') {
		for (const [peer, channel] of Object.entries(relay.channels)) {
			const [address, port] = peer.split(':');
			const p = { address, port: Number(port) };
			request(
				ctx,
				METHOD.ChannelBind,
				[attribute('CHANNEL-NUMBER', { channel }), attribute('XOR-PEER-ADDRESS', { family: 'IPv4', ...p })],
				{ peer: p, channel }
			);
		}
	}
}

/** A response to one of the TURN transactions. */
export function onRelayResponse(
	ctx: AgentContext,
	t: Transaction,
	message: StunMessage,
	bytes: Uint8Array
): RelayOutcome {
	const relay = ctx.relay;
	const turn = t.turn;
	if (!relay || !turn) return {};
	if (message.class === 'error-response') {
		const code = getAttribute(message, 'ERROR-CODE')?.code;
		const realm = getAttribute(message, 'REALM');
		const nonce = getAttribute(message, 'NONCE');
		if ((code === 401 || code === 438) && nonce && realm && !turn.retried) {
			// RFC 8489 §9.2.5: take REALM and NONCE, derive the long-term key, send the request again.
			relay.realm = realm;
			relay.nonce = nonce;
			relay.key = longTermKey(relay.username, realm, relay.password);
			request(ctx, turn.method, turn.attributes, { ...turn, retried: true });
			return {};
		}
		return failed(ctx, t);
	}
	if (!relay.key || verifyStun(bytes, { key: relay.key }).messageIntegrity.ok !== true) return {};
	switch (t.kind) {
		case 'allocate': {
			const relayed = getAttribute(message, 'XOR-RELAYED-ADDRESS');
			const mapped = getAttribute(message, 'XOR-MAPPED-ADDRESS');
			relay.lifetimeS = getAttribute(message, 'LIFETIME') ?? 600;
			if (!relayed) return failed(ctx, t);
			relay.state = 'allocated';
			relay.relayed = { address: relayed.address, port: relayed.port };
			if (mapped) relay.mapped = { address: mapped.address, port: mapped.port };
			setTimer(ctx, 'turn-refresh', Math.max(1, relay.lifetimeS - REFRESH_MARGIN_S) * 1000);
			return { allocated: { relayed: relay.relayed, mapped: relay.mapped }, gatheringStep: true };
		}
		case 'refresh':
			relay.lifetimeS = getAttribute(message, 'LIFETIME') ?? relay.lifetimeS;
			setTimer(ctx, 'turn-refresh', Math.max(1, (relay.lifetimeS ?? 600) - REFRESH_MARGIN_S) * 1000);
			return {};
		case 'permission':
			for (const ip of turn.peers ?? []) relay.permissions[ip] = 'installed';
			setTimer(ctx, 'turn-permission', PERMISSION_REFRESH_MS);
			return { permissionsInstalled: true };
		case 'channel-bind':
			if (turn.peer && turn.channel !== undefined) {
				relay.channels[endpointText(turn.peer)] = turn.channel;
				relay.permissions[turn.peer.address] = 'installed';
			}
			setTimer(ctx, 'turn-channel', CHANNEL_REFRESH_MS);
			return {};
		default:
			return {};
	}
}

/** A TURN transaction failed (error or timeout). */
export function failed(ctx: AgentContext, t: Transaction): RelayOutcome {
	const relay = ctx.relay;
	if (!relay) return {};
	if (t.kind === 'allocate') {
		relay.state = 'failed';
		return { gatheringStep: true };
	}
	if (t.kind === 'refresh') {
		// The allocation could not be refreshed (no answer, or 437): treat it as gone.
		relay.state = 'failed';
		return {};
	}
	if (t.kind === 'permission') {
		const peers = (t.turn?.peers ?? []).filter((ip) => relay.permissions[ip] === 'pending');
		for (const ip of peers) relay.permissions[ip] = 'failed';
		return { permissionsFailed: peers };
	}
	return {};
}
