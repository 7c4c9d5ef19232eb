// Connectivity-check messages (RFC 8445 §7.2.2, §7.3.1): real STUN Binding requests and responses with
// USERNAME, PRIORITY, ICE-CONTROLLING/ICE-CONTROLLED, USE-CANDIDATE, MESSAGE-INTEGRITY (short-term key) and
// FINGERPRINT.
import type { IceRole } from '../../protocol/ice';
import {
	attribute,
	buildBindingRequest,
	buildBindingSuccessResponse,
	buildErrorResponse,
	encodeStun,
	shortTermKey,
	type StunAttribute,
	type StunMessage
} from '../../protocol/stun';
import type { Endpoint } from '../core/types';

const keys = new Map<string, Uint8Array>();

/** The short-term key for an ICE password (RFC 8489 §9.1.1), prepared once per password. */
export function checkKey(pwd: string): Uint8Array {
	let key = keys.get(pwd);
	if (!key) {
		key = shortTermKey(pwd);
		if (keys.size > 1024) keys.clear();
		keys.set(pwd, key);
	}
	return key;
}

export interface CheckRequest {
	transactionId: Uint8Array;
	/** RFC 8445 §7.2.2: "remote ufrag:local ufrag". */
	username: string;
	/** Priority of the peer-reflexive candidate this check could produce (§7.1.1). */
	priority: number;
	role: IceRole;
	tieBreaker: bigint;
	useCandidate: boolean;
	/** The remote agent's password: the short-term key (RFC 8489 §9.1.1). */
	remotePwd: string;
}

export function encodeCheck(c: CheckRequest): Uint8Array {
	const attributes: StunAttribute[] = [
		attribute('USERNAME', c.username),
		attribute('PRIORITY', c.priority),
		c.role === 'controlling'
			? attribute('ICE-CONTROLLING', c.tieBreaker)
			: attribute('ICE-CONTROLLED', c.tieBreaker)
	];
	if (c.useCandidate) attributes.push(attribute('USE-CANDIDATE', true));
	const message = buildBindingRequest({ transactionId: c.transactionId, attributes });
	return encodeStun(message, { integrity: { key: checkKey(c.remotePwd) }, fingerprint: true });
}

/** The success response to a check, XOR-MAPPED-ADDRESS = where the request came from (§7.3.1.2). */
export function encodeCheckSuccess(request: StunMessage, source: Endpoint, ownPwd: string): Uint8Array {
	const response = buildBindingSuccessResponse(request, { family: 'IPv4', ...source });
	return encodeStun(response, { integrity: { key: checkKey(ownPwd) }, fingerprint: true });
}

/** An error response (401 bad credentials, 487 Role Conflict). 401 carries no MESSAGE-INTEGRITY (RFC 8489 §9.1.3). */
export function encodeCheckError(request: StunMessage, code: number, ownPwd: string): Uint8Array {
	const response = buildErrorResponse(request, code);
	return encodeStun(
		response,
		code === 401 ? { fingerprint: true } : { integrity: { key: checkKey(ownPwd) }, fingerprint: true }
	);
}

/** A plain Binding request to a STUN server (gathering a server-reflexive candidate), with FINGERPRINT. */
export function encodeServerBinding(transactionId: Uint8Array): Uint8Array {
	return encodeStun(buildBindingRequest({ transactionId }), { fingerprint: true });
}
