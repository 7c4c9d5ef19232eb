// RFC 8446 §4.2.3 (TLS 1.2: RFC 5246 §7.4.1.4.1) signature_algorithms:
// SignatureScheme supported_signature_algorithms<2..2^16-2>; the signatures the sender can verify.
import type { ExtensionCodec } from './types';
import { readNumberList } from '../field';
import { SIGNATURE_SCHEMES } from '../registries';

export const signatureAlgorithms: ExtensionCodec = {
	type: 13,
	decode(r, _context, path) {
		const list = readNumberList(
			r,
			2,
			2,
			`${path}.schemes`,
			'supported_signature_algorithms',
			'SignatureScheme',
			'dtls.extension.signature_algorithms.schemes',
			SIGNATURE_SCHEMES
		);
		return { data: { kind: 'signature_algorithms', schemes: list.values }, spans: [list.span] };
	},
	encode(w, data) {
		if (data.kind !== 'signature_algorithms') throw new TypeError('signature_algorithms needs a scheme list');
		w.u16(data.schemes.length * 2);
		for (const s of data.schemes) w.u16(s);
	}
};
