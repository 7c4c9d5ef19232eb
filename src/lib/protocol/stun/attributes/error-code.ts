// RFC 8489 §14.8 ERROR-CODE
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |           Reserved, should be 0         |Class|     Number    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |      Reason Phrase (variable)                                ..
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
import type { ByteReader } from '../../bytes/reader';
import { DecodeError, type FieldSpan } from '../../bytes/span';
import { ByteWriter } from '../../bytes/writer';
import { bitSpan, readUtf8, span, utf8Bytes } from '../spans';
import { defineAttribute, type AttributeCodec, type AttributeContext } from './codec';

export interface ErrorCodeValue {
	/** 300–699: class × 100 + number, e.g. 401. */
	code: number;
	reason: string;
	/** The 21 reserved bits, kept only when not 0. */
	reserved?: number;
}

// RFC 8489 §14.8 and RFC 8656 §19: the registered codes, for display.
export const ERROR_REASONS: Record<number, string> = {
	300: 'Try Alternate',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	405: 'Mobility Forbidden',
	420: 'Unknown Attribute',
	437: 'Allocation Mismatch',
	438: 'Stale Nonce',
	440: 'Address Family not Supported',
	441: 'Wrong Credentials',
	442: 'Unsupported Transport Protocol',
	443: 'Peer Address Family Mismatch',
	486: 'Allocation Quota Reached',
	487: 'Role Conflict',
	500: 'Server Error',
	508: 'Insufficient Capacity'
};

/** Reads the 32-bit class/number word and the reason phrase; shared with TURN's ADDRESS-ERROR-CODE. */
export function decodeCodeWord(
	r: ByteReader,
	path: string,
	name: string
): { code: number; reason: string; reservedLow: number; fields: FieldSpan[] } {
	const start = r.offset;
	const word = r.u32(name);
	const errorClass = (word >>> 8) & 0x7;
	const number = word & 0xff;
	if (number > 99) {
		throw new DecodeError(`${name} number ${number} is above 99`, start + 3, 'bad-error-code');
	}
	const code = errorClass * 100 + number;
	const reasonStart = r.offset;
	const reasonBytes = r.take(r.remaining, 'reason phrase');
	if (reasonBytes.length > 763) {
		throw new DecodeError('reason phrase is longer than 763 bytes', reasonStart, 'too-long');
	}
	const reason = readUtf8(reasonBytes, reasonStart, 'reason phrase');
	const fields = [
		bitSpan(
			`${path}.class`,
			'Class',
			start + 2,
			5,
			3,
			errorClass,
			'stun.error-code.class',
			String(errorClass)
		),
		span(`${path}.number`, 'Number', start + 3, 1, number, 'stun.error-code.number', String(number)),
		span(
			`${path}.reason`,
			'Reason Phrase',
			reasonStart,
			reasonBytes.length,
			reason,
			'stun.error-code.reason',
			JSON.stringify(reason)
		)
	];
	return { code, reason, reservedLow: word >>> 11, fields };
}

export function encodeCodeWord(w: ByteWriter, code: number, reason: string, reservedHigh: number): void {
	if (!Number.isInteger(code) || code < 0 || code > 799 || code % 100 > 99) {
		throw new RangeError(`error code ${code} cannot be written`);
	}
	w.u32(((reservedHigh << 11) | (Math.floor(code / 100) << 8) | (code % 100)) >>> 0);
	w.bytes(utf8Bytes(reason));
}

export const errorCode: AttributeCodec<ErrorCodeValue> = {
	type: 0x0009,
	name: 'ERROR-CODE',
	noteId: 'stun.attribute.error-code',
	decode(r: ByteReader, ctx: AttributeContext) {
		const start = r.offset;
		const { code, reason, reservedLow, fields } = decodeCodeWord(r, ctx.path, 'ERROR-CODE');
		const value: ErrorCodeValue = { code, reason };
		if (reservedLow !== 0) value.reserved = reservedLow;
		fields.unshift(bitSpan(`${ctx.path}.reserved`, 'Reserved', start, 0, 21, reservedLow, 'stun.reserved'));
		return { value, display: `${code} ${reason}`, fields };
	},
	encode(value) {
		const w = new ByteWriter(64);
		encodeCodeWord(w, value.code, value.reason, value.reserved ?? 0);
		return w.finish();
	}
};
export default defineAttribute(errorCode);
