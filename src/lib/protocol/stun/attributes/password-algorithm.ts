// RFC 8489 §14.12 PASSWORD-ALGORITHM
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |          Algorithm           |  Algorithm Parameters Length   |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Algorithm Parameters (variable)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// The algorithm the client chose (from the server's PASSWORD-ALGORITHMS) for the long-term key:
// 0x0001 MD5, 0x0002 SHA-256 (RFC 8489 §18.5). Parameters are padded to a multiple of 4 bytes.
import type { ByteReader } from '../../bytes/reader';
import { type FieldSpan } from '../../bytes/span';
import { ByteWriter } from '../../bytes/writer';
import { hex16, hexDisplay, span } from '../spans';
import { defineAttribute, type AttributeCodec, type AttributeContext } from './codec';

export interface PasswordAlgorithmValue {
	/** 0x0001 MD5, 0x0002 SHA-256. */
	algorithm: number;
	parameters: Uint8Array;
	/** Padding after the parameters, kept so re-encoding is byte-exact (absent: zeros). */
	padding?: Uint8Array;
}

export const PASSWORD_ALGORITHM_NAMES: Record<number, string> = { 0x0001: 'MD5', 0x0002: 'SHA-256' };

export function algorithmName(algorithm: number): string {
	return PASSWORD_ALGORITHM_NAMES[algorithm] ?? `unknown ${hex16(algorithm)}`;
}

/** Reads one algorithm entry; shared with PASSWORD-ALGORITHMS. */
export function decodeAlgorithmEntry(
	r: ByteReader,
	path: string
): { value: PasswordAlgorithmValue; fields: FieldSpan[] } {
	const start = r.offset;
	const algorithm = r.u16('algorithm');
	const length = r.u16('algorithm parameters length');
	const parameters = r.take(length, 'algorithm parameters').slice();
	const padLength = (4 - (length % 4)) % 4;
	const padding = r.take(padLength, 'algorithm parameters padding').slice();
	const value: PasswordAlgorithmValue = { algorithm, parameters };
	if (padding.some((b) => b !== 0)) value.padding = padding;
	const fields = [
		span(
			`${path}.algorithm`,
			'Algorithm',
			start,
			2,
			algorithm,
			'stun.password-algorithm.algorithm',
			`${hex16(algorithm)} ${algorithmName(algorithm)}`
		),
		span(
			`${path}.parametersLength`,
			'Algorithm Parameters Length',
			start + 2,
			2,
			length,
			'stun.password-algorithm.parameters',
			String(length)
		)
	];
	if (length > 0) {
		fields.push(
			span(
				`${path}.parameters`,
				'Algorithm Parameters',
				start + 4,
				length,
				parameters,
				'stun.password-algorithm.parameters',
				hexDisplay(parameters)
			)
		);
	}
	if (padLength > 0) {
		fields.push(
			span(
				`${path}.padding`,
				'Padding',
				start + 4 + length,
				padLength,
				padding,
				'stun.tlv.padding',
				hexDisplay(padding)
			)
		);
	}
	return { value, fields };
}

export function encodeAlgorithmEntry(w: ByteWriter, v: PasswordAlgorithmValue): void {
	w.u16(v.algorithm).u16(v.parameters.length).bytes(v.parameters);
	const padLength = (4 - (v.parameters.length % 4)) % 4;
	if (v.padding && v.padding.length === padLength) w.bytes(v.padding);
	else w.pad(4);
}

export const passwordAlgorithm: AttributeCodec<PasswordAlgorithmValue> = {
	type: 0x001d,
	name: 'PASSWORD-ALGORITHM',
	noteId: 'stun.attribute.password-algorithm',
	decode(r: ByteReader, ctx: AttributeContext) {
		const { value, fields } = decodeAlgorithmEntry(r, ctx.path);
		return { value, display: algorithmName(value.algorithm), fields };
	},
	encode(value) {
		const w = new ByteWriter(8);
		encodeAlgorithmEntry(w, value);
		return w.finish();
	}
};
export default defineAttribute(passwordAlgorithm);
