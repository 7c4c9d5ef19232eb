// STUN methods and classes (RFC 8489 §5, §18.2) and the interleaving of their bits in the message type.
import { TURN_METHODS } from '../turn/methods';

export type StunClass = 'request' | 'indication' | 'success-response' | 'error-response';

/** The method registry as data; name lookups derive from it. */
export const METHODS: readonly { method: number; name: string; ref: string }[] = [
	{ method: 0x001, name: 'Binding', ref: 'RFC 8489 §18.2' },
	...TURN_METHODS
];

export const METHOD_NAMES: ReadonlyMap<number, string> = new Map(METHODS.map((m) => [m.method, m.name]));
export const METHOD_BY_NAME: ReadonlyMap<string, number> = new Map(METHODS.map((m) => [m.name, m.method]));

// C1 C0: 0b00 request, 0b01 indication, 0b10 success response, 0b11 error response.
export const CLASSES: readonly StunClass[] = ['request', 'indication', 'success-response', 'error-response'];
const CLASS_TITLES: Record<StunClass, string> = {
	request: 'Request',
	indication: 'Indication',
	'success-response': 'Success Response',
	'error-response': 'Error Response'
};

export function methodName(method: number): string {
	return METHOD_NAMES.get(method) ?? `Method 0x${method.toString(16).padStart(3, '0')}`;
}

/** `Binding Success Response`, `Allocate Error Response`. */
export function messageTypeName(method: number, cls: StunClass): string {
	return `${methodName(method)} ${CLASS_TITLES[cls]}`;
}

//  0                 1
//  2  3  4 5 6 7 8 9 0 1 2 3 4 5
// +--+--+-+-+-+-+-+-+-+-+-+-+-+-+
// |M |M |M|M|M|C|M|M|M|C|M|M|M|M|
// |11|10|9|8|7|1|6|5|4|0|3|2|1|0|
// +--+--+-+-+-+-+-+-+-+-+-+-+-+-+
// RFC 8489 §5: the 14-bit message type below the two leading zero bits.
export function composeMessageType(method: number, cls: StunClass): number {
	const c = CLASSES.indexOf(cls);
	if (c < 0) throw new RangeError(`unknown class ${String(cls)}`);
	if (!Number.isInteger(method) || method < 0 || method > 0xfff) {
		throw new RangeError(`method ${method} does not fit in 12 bits`);
	}
	return (
		((method & 0xf80) << 2) | ((method & 0x070) << 1) | (method & 0x00f) | ((c & 2) << 7) | ((c & 1) << 4)
	);
}

export function splitMessageType(type: number): { method: number; cls: StunClass } {
	const method = ((type & 0x3e00) >> 2) | ((type & 0x00e0) >> 1) | (type & 0x000f);
	const c = ((type >> 7) & 2) | ((type >> 4) & 1);
	return { method, cls: CLASSES[c] };
}
