// RFC 8489 §14.11 PASSWORD-ALGORITHMS
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Algorithm 1           | Algorithm 1 Parameters Length |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Algorithm 1 Parameters (variable)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Algorithm 2           | Algorithm 2 Parameters Length |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Algorithm 2 Parameters (variable)
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                             ...
//
// The server's list, in order of preference; sent in 401/438 responses and echoed back by the client so a
// man in the middle cannot strip the stronger algorithm (bid-down protection, RFC 8489 §9.2.4).
import type { ByteReader } from '../../bytes/reader';
import { ByteWriter } from '../../bytes/writer';
import { span } from '../spans';
import { defineAttribute, type AttributeCodec, type AttributeContext } from './codec';
import {
	algorithmName,
	decodeAlgorithmEntry,
	encodeAlgorithmEntry,
	type PasswordAlgorithmValue
} from './password-algorithm';

export const passwordAlgorithms: AttributeCodec<PasswordAlgorithmValue[]> = {
	type: 0x8002,
	name: 'PASSWORD-ALGORITHMS',
	noteId: 'stun.attribute.password-algorithms',
	decode(r: ByteReader, ctx: AttributeContext) {
		const value: PasswordAlgorithmValue[] = [];
		const fields = [];
		while (r.remaining > 0) {
			const start = r.offset;
			const path = `${ctx.path}.${value.length}`;
			const entry = decodeAlgorithmEntry(r, path);
			value.push(entry.value);
			fields.push(
				span(
					path,
					`Algorithm ${value.length}`,
					start,
					r.offset - start,
					entry.value.algorithm,
					'stun.password-algorithm.algorithm',
					algorithmName(entry.value.algorithm),
					entry.fields
				)
			);
		}
		return { value, display: value.map((v) => algorithmName(v.algorithm)).join(', '), fields };
	},
	encode(value) {
		const w = new ByteWriter(16);
		for (const v of value) encodeAlgorithmEntry(w, v);
		return w.finish();
	}
};
export default defineAttribute(passwordAlgorithms);
