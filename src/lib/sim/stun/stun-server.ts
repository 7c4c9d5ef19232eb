// A STUN server (RFC 8489 §6.3) with the RFC 5780 behaviour-discovery extras: it has two addresses and two ports,
// answers each Binding request with XOR-MAPPED-ADDRESS (the source the request arrived from, i.e. after any NAT),
// RESPONSE-ORIGIN (where the answer leaves from) and OTHER-ADDRESS (its other address and port, §7.4), honours
// CHANGE-REQUEST (§7.2: answer from the other address and/or port), and ends with FINGERPRINT. Requests with
// unknown comprehension-required attributes get a 420.
import {
	attribute,
	buildBindingSuccessResponse,
	buildErrorResponse,
	decodeStun,
	encodeStun,
	getAttribute,
	isStun,
	type StunMessage
} from '../../protocol/stun';
import type { Endpoint, Packet } from '../core/types';

export interface StunReply {
	/** Where the answer leaves from (changed by CHANGE-REQUEST). */
	from: Endpoint;
	to: Endpoint;
	bytes: Uint8Array;
}

/** The server's addresses: the one a request arrived at, and its alternate (RFC 5780 §4.1: A1/A2, P1/P2). */
export interface StunServerAddresses {
	local: Endpoint;
	other?: Endpoint;
}

const BINDING = 0x001;

export function answerBinding(packet: Packet, addresses: StunServerAddresses): StunReply | undefined {
	if (!isStun(packet.bytes)) return undefined;
	let message: StunMessage;
	try {
		message = decodeStun(packet.bytes).value;
	} catch {
		return undefined;
	}
	if (message.method !== BINDING || message.class !== 'request') return undefined;
	const { local, other } = addresses;
	const unknown = message.attributes.filter((a) => a.raw && a.type < 0x8000).map((a) => a.type);
	if (unknown.length > 0) {
		const error = buildErrorResponse(message, 420, undefined, [attribute('UNKNOWN-ATTRIBUTES', unknown)]);
		return { from: local, to: packet.src, bytes: encodeStun(error, { fingerprint: true }) };
	}
	const change = getAttribute(message, 'CHANGE-REQUEST');
	if (change && (change.changeIp || change.changePort) && !other) {
		// RFC 5780 §6.1: a server without an alternate address answers CHANGE-REQUEST with 420.
		const error = buildErrorResponse(message, 420, undefined, [attribute('UNKNOWN-ATTRIBUTES', [0x0003])]);
		return { from: local, to: packet.src, bytes: encodeStun(error, { fingerprint: true }) };
	}
	const from: Endpoint = {
		address: change?.changeIp && other ? other.address : local.address,
		port: change?.changePort && other ? other.port : local.port
	};
	const extra = [attribute('RESPONSE-ORIGIN', { family: 'IPv4', ...from })];
	if (other) extra.push(attribute('OTHER-ADDRESS', { family: 'IPv4', ...other }));
	const response = buildBindingSuccessResponse(
		message,
		{ family: 'IPv4', address: packet.src.address, port: packet.src.port },
		extra
	);
	return { from, to: packet.src, bytes: encodeStun(response, { fingerprint: true }) };
}

/** For a server on addresses a1/a2 and ports p1/p2: the alternate of the address a request arrived at. */
export function otherAddressOf(
	local: Endpoint,
	addresses: [string, string],
	ports: [number, number]
): Endpoint {
	return {
		address: local.address === addresses[0] ? addresses[1] : addresses[0],
		port: local.port === ports[0] ? ports[1] : ports[0]
	};
}
