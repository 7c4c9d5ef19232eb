// What every RTCP body decoder receives: the bytes of one packet between its 4-byte header and its padding.
import { DecodeError, type FieldSpan } from '../bytes/span';
import type { RtcpPacket } from './types';

export interface RtcpBody {
	bytes: Uint8Array;
	/** First byte after the common header. */
	start: number;
	/** End of the packet content (before any padding). */
	end: number;
	/** The header's 5-bit count / FMT / subtype field. */
	count: number;
	/** Path prefix for this packet's spans, e.g. `rtcp.1`. */
	path: string;
}

export type DecodedBody<T extends RtcpPacket> = { value: Omit<T, 'padding'>; spans: FieldSpan[] };

/** Throws a DecodeError unless `n` bytes from `at` fit before the end of the packet body. */
export function need(body: RtcpBody, at: number, n: number, what: string): void {
	if (at + n > body.end) {
		throw new DecodeError(
			`${what} needs ${n} byte${n === 1 ? '' : 's'} but the packet has ${Math.max(0, body.end - at)} left`,
			at,
			'truncated'
		);
	}
}

export function u16at(b: Uint8Array, o: number): number {
	return (b[o] << 8) | b[o + 1];
}

export function u24at(b: Uint8Array, o: number): number {
	return (b[o] << 16) | (b[o + 1] << 8) | b[o + 2];
}

export function u32at(b: Uint8Array, o: number): number {
	return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
}
