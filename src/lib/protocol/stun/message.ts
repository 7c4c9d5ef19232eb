// RFC 8489 §5 STUN Message Structure
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |0 0|     STUN Message Type     |         Message Length        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         Magic Cookie                          |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                                                               |
// |                     Transaction ID (96 bits)                  |
// |                                                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// RFC 8489 §14 STUN Attributes (each padded to a multiple of 4 bytes; the padding may hold any value)
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Type                  |            Length             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         Value (variable)                ....
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
import { ByteReader } from '../bytes/reader';
import { DecodeError, type Decoded, type FieldSpan } from '../bytes/span';
import { ByteWriter } from '../bytes/writer';
import { FINGERPRINT_XOR, HEADER_LENGTH, MAGIC_COOKIE, TRANSACTION_ID_LENGTH } from './constants';
import { crc32 } from './crc32';
import { hmacSha1, hmacSha256 } from './hash';
import { composeMessageType, messageTypeName, splitMessageType } from './methods';
import { ATTRIBUTE_BY_TYPE, isComprehensionRequired } from './registry';
import { bitSpan, hex16, hexDisplay, span } from './spans';
import type { StunAttribute, StunMessage } from './types';

/** Cheap test used for demultiplexing: leading zero bits, magic cookie, a length that fits the bytes. */
export function isStun(bytes: Uint8Array): boolean {
	if (bytes.length < HEADER_LENGTH || (bytes[0] & 0xc0) !== 0) return false;
	const length = (bytes[2] << 8) | bytes[3];
	const cookie = ((bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7]) >>> 0;
	return cookie === MAGIC_COOKIE && length % 4 === 0 && HEADER_LENGTH + length === bytes.length;
}

function describeType(type: number): string {
	return isComprehensionRequired(type) ? 'comprehension-required' : 'comprehension-optional';
}

function headerSpans(type: number, length: number, transactionId: Uint8Array): FieldSpan {
	const { method, cls } = splitMessageType(type);
	const name = messageTypeName(method, cls);
	const p = 'stun.header.messageType';
	const typeSpan = span(p, 'Message Type', 0, 2, type, 'stun.header.message-type', `${hex16(type)} ${name}`, [
		bitSpan(`${p}.zeros`, 'Leading zero bits', 0, 0, 2, type >> 14, 'stun.header.leading-zeros', '00'),
		bitSpan(`${p}.m11to7`, 'Method M11–M7', 0, 2, 5, (type >> 9) & 0x1f, 'stun.header.method'),
		bitSpan(`${p}.c1`, 'Class C1', 0, 7, 1, (type >> 8) & 1, 'stun.header.class'),
		bitSpan(`${p}.m6to4`, 'Method M6–M4', 1, 0, 3, (type >> 5) & 0x7, 'stun.header.method'),
		bitSpan(`${p}.c0`, 'Class C0', 1, 3, 1, (type >> 4) & 1, 'stun.header.class'),
		bitSpan(`${p}.m3to0`, 'Method M3–M0', 1, 4, 4, type & 0xf, 'stun.header.method')
	]);
	const children = typeSpan.children ?? [];
	children[1].display =
		children[3].display =
		children[5].display =
			`method 0x${method.toString(16).padStart(3, '0')}`;
	children[2].display = children[4].display = cls;
	return span('stun.header', 'STUN Header', 0, HEADER_LENGTH, name, 'stun.header', name, [
		typeSpan,
		span(
			'stun.header.messageLength',
			'Message Length',
			2,
			2,
			length,
			'stun.header.message-length',
			`${length} bytes after the header`
		),
		span(
			'stun.header.magicCookie',
			'Magic Cookie',
			4,
			4,
			MAGIC_COOKIE,
			'stun.header.magic-cookie',
			'0x2112a442'
		),
		span(
			'stun.header.transactionId',
			'Transaction ID',
			8,
			12,
			transactionId,
			'stun.header.transaction-id',
			hexDisplay(transactionId)
		)
	]);
}

export function decodeStun(bytes: Uint8Array): Decoded<StunMessage> {
	const r = new ByteReader(bytes);
	r.need(HEADER_LENGTH, 'STUN header');
	const type = r.u16('message type');
	if ((type & 0xc000) !== 0) {
		throw new DecodeError('the first two bits of a STUN message must be 0', 0, 'not-stun');
	}
	const length = r.u16('message length');
	const cookie = r.u32('magic cookie');
	if (cookie !== MAGIC_COOKIE) {
		throw new DecodeError(
			`magic cookie is 0x${cookie.toString(16).padStart(8, '0')}, not 0x2112a442 (an RFC 3489 message?)`,
			4,
			'bad-magic-cookie'
		);
	}
	const transactionId = r.take(TRANSACTION_ID_LENGTH, 'transaction id').slice();
	if (length % 4 !== 0) {
		throw new DecodeError(`message length ${length} is not a multiple of 4`, 2, 'bad-length');
	}
	if (bytes.length < HEADER_LENGTH + length) {
		throw new DecodeError(
			`message length says ${length} bytes follow the header, but only ${bytes.length - HEADER_LENGTH} do`,
			2,
			'truncated'
		);
	}
	if (bytes.length > HEADER_LENGTH + length) {
		throw new DecodeError(
			`${bytes.length - HEADER_LENGTH - length} bytes follow the end the message length gives`,
			HEADER_LENGTH + length,
			'trailing-bytes'
		);
	}
	const { method, cls } = splitMessageType(type);
	const spans: FieldSpan[] = [headerSpans(type, length, transactionId)];
	const attributes: StunAttribute[] = [];
	const end = HEADER_LENGTH + length;
	while (r.offset < end) {
		const at = r.offset;
		const index = attributes.length;
		const path = `stun.attributes.${index}`;
		const attrType = r.u16('attribute type');
		const attrLength = r.u16('attribute length');
		if (attrLength > end - r.offset) {
			throw new DecodeError(
				`attribute ${hex16(attrType)} says it is ${attrLength} bytes, but only ${end - r.offset} remain in the message`,
				at + 2,
				'attribute-overflow'
			);
		}
		const valueStart = r.offset;
		const valueBytes = r.take(attrLength, 'attribute value');
		const padLength = (4 - (attrLength % 4)) % 4;
		const padding = r.take(padLength, 'attribute padding').slice();
		const codec = ATTRIBUTE_BY_TYPE.get(attrType);
		let attribute: StunAttribute;
		let valueSpan: FieldSpan | undefined;
		let noteId: string;
		let display: string;
		if (codec) {
			noteId = codec.noteId;
			try {
				const sub = new ByteReader(bytes, valueStart, valueStart + attrLength);
				const decoded = codec.decode(sub, { transactionId, path: `${path}.value` });
				if (sub.remaining !== 0) {
					throw new DecodeError(
						`${sub.remaining} bytes left over in ${codec.name}`,
						sub.offset,
						'bad-length'
					);
				}
				attribute = { type: attrType, name: codec.name, value: decoded.value } as StunAttribute;
				display = decoded.display;
				valueSpan = span(
					`${path}.value`,
					'Value',
					valueStart,
					attrLength,
					decoded.value,
					noteId,
					decoded.display,
					decoded.fields
				);
			} catch (e) {
				const problem = e instanceof Error ? e.message : String(e);
				attribute = { type: attrType, name: codec.name, value: valueBytes.slice(), raw: true, problem };
				display = `malformed: ${problem}`;
				valueSpan = span(
					`${path}.value`,
					'Value (malformed)',
					valueStart,
					attrLength,
					attribute.value,
					'stun.attribute.malformed',
					display
				);
			}
		} else {
			noteId = isComprehensionRequired(attrType)
				? 'stun.attribute.unknown-required'
				: 'stun.attribute.unknown-optional';
			attribute = {
				type: attrType,
				name: `0x${attrType.toString(16).padStart(4, '0')}`,
				value: valueBytes.slice(),
				raw: true
			};
			display = `unknown ${describeType(attrType)} attribute, ${attrLength} bytes`;
			valueSpan = span(
				`${path}.value`,
				'Value',
				valueStart,
				attrLength,
				attribute.value,
				noteId,
				hexDisplay(attribute.value)
			);
		}
		if (padding.some((b) => b !== 0)) attribute.padding = padding;
		const children = [
			span(
				`${path}.type`,
				'Type',
				at,
				2,
				attrType,
				'stun.tlv.type',
				`${hex16(attrType)} ${codec?.name ?? 'unknown'} (${describeType(attrType)})`
			),
			span(`${path}.length`, 'Length', at + 2, 2, attrLength, 'stun.tlv.length', `${attrLength} bytes`)
		];
		if (attrLength > 0 && valueSpan) children.push(valueSpan);
		if (padLength > 0) {
			children.push(
				span(
					`${path}.padding`,
					'Padding',
					valueStart + attrLength,
					padLength,
					padding,
					'stun.tlv.padding',
					hexDisplay(padding)
				)
			);
		}
		spans.push(
			span(path, attribute.name, at, 4 + attrLength + padLength, attribute.value, noteId, display, children)
		);
		attributes.push(attribute);
	}
	return { value: { method, class: cls, transactionId, attributes }, spans };
}

export interface EncodeOptions {
	/** Compute MESSAGE-INTEGRITY (HMAC-SHA1) with this key; replaces or adds the attribute. */
	integrity?: { key: Uint8Array };
	/** Compute MESSAGE-INTEGRITY-SHA256 with this key, optionally truncated to `length` bytes (16–32, × 4). */
	integritySha256?: { key: Uint8Array; length?: number };
	/** Compute FINGERPRINT; replaces or adds it as the last attribute. */
	fingerprint?: boolean;
}

const MI = 0x0008;
const MI256 = 0x001c;
const FP = 0x8028;

function placeholder(type: number, name: string, length: number): StunAttribute {
	return { type, name, value: new Uint8Array(length), raw: true };
}

function insertBefore(attrs: StunAttribute[], attr: StunAttribute, before: number[]): void {
	const i = attrs.findIndex((a) => before.includes(a.type));
	if (i < 0) attrs.push(attr);
	else attrs.splice(i, 0, attr);
}

/** The value bytes of one attribute. */
export function encodeAttributeValue(attr: StunAttribute, transactionId: Uint8Array): Uint8Array {
	if (attr.raw) return attr.value;
	const codec = ATTRIBUTE_BY_TYPE.get(attr.type);
	if (!codec) throw new RangeError(`attribute ${hex16(attr.type)} is not registered; give it as raw`);
	return codec.encode(attr.value, { transactionId });
}

function writeAttribute(w: ByteWriter, type: number, value: Uint8Array, padding?: Uint8Array): void {
	if (value.length > 0xffff)
		throw new RangeError(`attribute ${hex16(type)} value is longer than 65535 bytes`);
	w.u16(type).u16(value.length).bytes(value);
	const padLength = (4 - (value.length % 4)) % 4;
	if (padding && padding.length === padLength) w.bytes(padding);
	else w.pad(4);
}

/** The message so far, with the length field set as if it ended after an attribute of `attrSize` bytes. */
function macInput(w: ByteWriter, attrSize: number): Uint8Array {
	const input = w.finish();
	const length = input.length - HEADER_LENGTH + attrSize;
	input[2] = length >> 8;
	input[3] = length & 0xff;
	return input;
}

export function encodeStun(message: StunMessage, options: EncodeOptions = {}): Uint8Array {
	if (message.transactionId.length !== TRANSACTION_ID_LENGTH) {
		throw new RangeError('the transaction id must be 12 bytes');
	}
	const attrs = message.attributes.slice();
	const sha256Length = options.integritySha256?.length ?? 32;
	if (options.integrity && !attrs.some((a) => a.type === MI)) {
		insertBefore(attrs, placeholder(MI, 'MESSAGE-INTEGRITY', 20), [MI256, FP]);
	}
	if (options.integritySha256 && !attrs.some((a) => a.type === MI256)) {
		insertBefore(attrs, placeholder(MI256, 'MESSAGE-INTEGRITY-SHA256', sha256Length), [FP]);
	}
	if (options.fingerprint && !attrs.some((a) => a.type === FP)) attrs.push(placeholder(FP, 'FINGERPRINT', 4));

	const w = new ByteWriter(256);
	w.u16(composeMessageType(message.method, message.class))
		.u16(0)
		.u32(MAGIC_COOKIE)
		.bytes(message.transactionId);
	for (const attr of attrs) {
		if (attr.type === MI && options.integrity) {
			writeAttribute(w, MI, hmacSha1(options.integrity.key, macInput(w, 24)));
		} else if (attr.type === MI256 && options.integritySha256) {
			if (sha256Length < 16 || sha256Length > 32 || sha256Length % 4 !== 0) {
				throw new RangeError('MESSAGE-INTEGRITY-SHA256 length must be 16–32 and a multiple of 4');
			}
			const mac = hmacSha256(options.integritySha256.key, macInput(w, 4 + sha256Length));
			writeAttribute(w, MI256, mac.slice(0, sha256Length));
		} else if (attr.type === FP && options.fingerprint) {
			const fp = (crc32(macInput(w, 8)) ^ FINGERPRINT_XOR) >>> 0;
			writeAttribute(w, FP, new ByteWriter(4).u32(fp).finish());
		} else {
			writeAttribute(w, attr.type, encodeAttributeValue(attr, message.transactionId), attr.padding);
		}
	}
	w.setU16(2, w.length - HEADER_LENGTH);
	if (w.length - HEADER_LENGTH > 0xffff)
		throw new RangeError('message is longer than 65535 bytes after the header');
	return w.finish();
}
