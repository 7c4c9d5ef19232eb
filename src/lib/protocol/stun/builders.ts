// Small helpers for making and reading messages; the simulator and the live lab build on these.
import { ERROR_REASONS } from './attributes/error-code';
import type { TransportAddress } from './attributes/address';
import { METHOD_BY_NAME, type StunClass } from './methods';
import { ATTRIBUTE_BY_NAME } from './registry';
import type { AttributeName, AttributeValueMap, KnownAttribute, StunAttribute, StunMessage } from './types';

/** A fresh random 96-bit transaction id (RFC 8489 §5: cryptographically random). */
export function randomTransactionId(): Uint8Array {
	return globalThis.crypto.getRandomValues(new Uint8Array(12));
}

/** A typed attribute by IANA name: `attribute('XOR-MAPPED-ADDRESS', { family: 'IPv4', address, port })`. */
export function attribute<K extends AttributeName>(name: K, value: AttributeValueMap[K]): KnownAttribute {
	const codec = ATTRIBUTE_BY_NAME.get(name);
	if (!codec) throw new RangeError(`unknown attribute ${name}`);
	return { type: codec.type, name, value } as KnownAttribute;
}

/** The value of the first attribute called `name` that decoded, if any. */
export function getAttribute<K extends AttributeName>(
	message: StunMessage,
	name: K
): AttributeValueMap[K] | undefined {
	const a = message.attributes.find((x) => x.name === name && !x.raw);
	return a ? (a.value as AttributeValueMap[K]) : undefined;
}

export function buildMessage(
	method: number | string,
	cls: StunClass,
	attributes: StunAttribute[] = [],
	transactionId: Uint8Array = randomTransactionId()
): StunMessage {
	const m = typeof method === 'string' ? METHOD_BY_NAME.get(method) : method;
	if (m === undefined) throw new RangeError(`unknown method ${method}`);
	return { method: m, class: cls, transactionId, attributes };
}

export function buildBindingRequest(
	options: { transactionId?: Uint8Array; attributes?: StunAttribute[] } = {}
): StunMessage {
	return buildMessage(0x001, 'request', options.attributes ?? [], options.transactionId);
}

/** The success response to `request`, carrying XOR-MAPPED-ADDRESS (RFC 8489 §7.3.1.1). */
export function buildBindingSuccessResponse(
	request: StunMessage,
	mapped: TransportAddress,
	attributes: StunAttribute[] = []
): StunMessage {
	return buildMessage(
		request.method,
		'success-response',
		[attribute('XOR-MAPPED-ADDRESS', mapped), ...attributes],
		request.transactionId
	);
}

/** An error response to `request` with ERROR-CODE (reason phrase defaults to the registered one). */
export function buildErrorResponse(
	request: StunMessage,
	code: number,
	reason: string = ERROR_REASONS[code] ?? '',
	attributes: StunAttribute[] = []
): StunMessage {
	return buildMessage(
		request.method,
		'error-response',
		[attribute('ERROR-CODE', { code, reason }), ...attributes],
		request.transactionId
	);
}
