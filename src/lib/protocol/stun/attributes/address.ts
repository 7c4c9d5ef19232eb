// The transport-address value shared by MAPPED-ADDRESS, ALTERNATE-SERVER, RESPONSE-ORIGIN, OTHER-ADDRESS and,
// XOR-ed, by XOR-MAPPED-ADDRESS and TURN's XOR-PEER-ADDRESS / XOR-RELAYED-ADDRESS.
import { ByteReader } from '../../bytes/reader';
import { DecodeError, type FieldSpan } from '../../bytes/span';
import { ByteWriter } from '../../bytes/writer';
import { MAGIC_COOKIE_BYTES } from '../constants';
import { hex16, span } from '../spans';
import type { AttributeCodec, AttributeContext, DecodedValue } from './codec';

export type AddressFamily = 'IPv4' | 'IPv6';

export interface TransportAddress {
	family: AddressFamily;
	/** Dotted quad for IPv4; RFC 5952 text for IPv6 (`2001:db8::1`). */
	address: string;
	port: number;
	/** The first byte, which must be 0; kept only when it is not, so re-encoding is byte-exact. */
	reserved?: number;
}

// RFC 8489 §14.1: family 0x01 = IPv4, 0x02 = IPv6.
export const FAMILY_CODES: Record<AddressFamily, number> = { IPv4: 0x01, IPv6: 0x02 };
export const FAMILY_BY_CODE: Record<number, AddressFamily> = { 0x01: 'IPv4', 0x02: 'IPv6' };

export function formatAddress(a: { family: AddressFamily; address: string; port: number }): string {
	return a.family === 'IPv6' ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`;
}

export function ipToText(bytes: Uint8Array): string {
	if (bytes.length === 4) return Array.from(bytes).join('.');
	const groups: number[] = [];
	for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
	// RFC 5952 §4.2: compress the longest run (two or more) of zero groups, the first one on a tie.
	let bestStart = -1;
	let bestLen = 1;
	for (let i = 0; i < 8;) {
		if (groups[i] !== 0) {
			i++;
			continue;
		}
		let j = i;
		while (j < 8 && groups[j] === 0) j++;
		if (j - i > bestLen) {
			bestStart = i;
			bestLen = j - i;
		}
		i = j;
	}
	const hexes = groups.map((g) => g.toString(16));
	if (bestStart < 0) return hexes.join(':');
	return hexes.slice(0, bestStart).join(':') + '::' + hexes.slice(bestStart + bestLen).join(':');
}

/** IPv4 dotted quad or IPv6 text → 4 or 16 bytes. Throws RangeError on anything else. */
export function textToIp(text: string, family: AddressFamily): Uint8Array {
	if (family === 'IPv4') {
		const parts = text.split('.');
		if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) {
			throw new RangeError(`not an IPv4 address: ${text}`);
		}
		return new Uint8Array(parts.map(Number));
	}
	let t = text;
	const tail: number[] = [];
	const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(t);
	if (v4) {
		const b = textToIp(v4[2], 'IPv4');
		tail.push((b[0] << 8) | b[1], (b[2] << 8) | b[3]);
		t = v4[1].endsWith('::') ? v4[1] : v4[1].slice(0, -1);
	}
	const halves = t.split('::');
	if (halves.length > 2) throw new RangeError(`not an IPv6 address: ${text}`);
	const parse = (s: string) => (s === '' ? [] : s.split(':'));
	const head = parse(halves[0]);
	const rest = halves.length === 2 ? parse(halves[1]) : [];
	const groupsText = [...head, ...rest];
	if (!groupsText.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) {
		throw new RangeError(`not an IPv6 address: ${text}`);
	}
	const given = groupsText.length + tail.length;
	const zeros = halves.length === 2 ? 8 - given : 0;
	if ((halves.length === 2 && zeros < 1) || (halves.length === 1 && given !== 8)) {
		throw new RangeError(`not an IPv6 address: ${text}`);
	}
	const groups = [
		...head.map((g) => parseInt(g, 16)),
		...new Array<number>(zeros).fill(0),
		...rest.map((g) => parseInt(g, 16)),
		...tail
	];
	const out = new Uint8Array(16);
	groups.forEach((g, i) => {
		out[i * 2] = g >> 8;
		out[i * 2 + 1] = g & 0xff;
	});
	return out;
}

/** The XOR pad for the address: the magic cookie, then (IPv6) the transaction id — RFC 8489 §14.2. */
function xorPad(family: AddressFamily, transactionId: Uint8Array): Uint8Array {
	if (family === 'IPv4') return MAGIC_COOKIE_BYTES;
	const pad = new Uint8Array(16);
	pad.set(MAGIC_COOKIE_BYTES, 0);
	pad.set(transactionId.subarray(0, 12), 4);
	return pad;
}

function xorBytes(a: Uint8Array, pad: Uint8Array): Uint8Array {
	return a.map((b, i) => b ^ pad[i]);
}

/** Reads a (possibly XOR-ed) address value. Spans use the shared `stun.address.*` notes. */
export function decodeAddress(
	r: ByteReader,
	ctx: AttributeContext,
	xor: boolean
): DecodedValue<TransportAddress> {
	const start = r.offset;
	const reserved = r.u8('address reserved byte');
	const familyCode = r.u8('address family');
	const family = FAMILY_BY_CODE[familyCode];
	if (!family) {
		throw new DecodeError(
			`address family 0x${familyCode.toString(16).padStart(2, '0')} is neither IPv4 (0x01) nor IPv6 (0x02)`,
			start + 1,
			'bad-family'
		);
	}
	const wirePort = r.u16('port');
	const size = family === 'IPv4' ? 4 : 16;
	if (r.remaining !== size) {
		throw new DecodeError(
			`${family} address needs ${size} bytes, found ${r.remaining}`,
			r.offset,
			'bad-length'
		);
	}
	const wireAddr = r.take(size, 'address');
	const port = xor ? wirePort ^ 0x2112 : wirePort;
	const addrBytes = xor ? xorBytes(wireAddr, xorPad(family, ctx.transactionId)) : wireAddr;
	const address = ipToText(addrBytes);
	const value: TransportAddress = { family, address, port };
	if (reserved !== 0) value.reserved = reserved;
	const p = ctx.path;
	const fields: FieldSpan[] = [
		span(`${p}.reserved`, 'Reserved', start, 1, reserved, 'stun.address.reserved'),
		span(`${p}.family`, 'Family', start + 1, 1, familyCode, 'stun.address.family', family),
		xor
			? span(
					`${p}.xPort`,
					'X-Port',
					start + 2,
					2,
					port,
					'stun.address.x-port',
					`${hex16(wirePort)} XOR 0x2112 = ${port}`
				)
			: span(`${p}.port`, 'Port', start + 2, 2, port, 'stun.address.port', String(port)),
		xor
			? span(
					`${p}.xAddress`,
					'X-Address',
					start + 4,
					size,
					address,
					'stun.address.x-address',
					`XOR ${family === 'IPv4' ? 'magic cookie' : 'magic cookie ‖ transaction id'} = ${address}`
				)
			: span(`${p}.address`, 'Address', start + 4, size, address, 'stun.address.address', address)
	];
	return { value, display: formatAddress(value), fields };
}

export function encodeAddress(value: TransportAddress, transactionId: Uint8Array, xor: boolean): Uint8Array {
	const familyCode = FAMILY_CODES[value.family];
	if (familyCode === undefined) throw new RangeError(`unknown address family ${String(value.family)}`);
	if (!Number.isInteger(value.port) || value.port < 0 || value.port > 0xffff) {
		throw new RangeError(`port ${value.port} is not 0–65535`);
	}
	const ip = textToIp(value.address, value.family);
	const w = new ByteWriter(20)
		.u8(value.reserved ?? 0)
		.u8(familyCode)
		.u16(xor ? value.port ^ 0x2112 : value.port);
	w.bytes(xor ? xorBytes(ip, xorPad(value.family, transactionId)) : ip);
	return w.finish();
}

/** A codec for a plain (MAPPED-ADDRESS-style) or XOR-ed address attribute. */
export function addressCodec(
	type: number,
	name: string,
	noteId: string,
	xor: boolean
): AttributeCodec<TransportAddress> {
	return {
		type,
		name,
		noteId,
		decode: (r, ctx) => decodeAddress(r, ctx, xor),
		encode: (value, ctx) => encodeAddress(value, ctx.transactionId, xor)
	};
}
