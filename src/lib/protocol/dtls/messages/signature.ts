// RFC 5246 §4.7 digitally-signed (TLS 1.2): SignatureAndHashAlgorithm algorithm; opaque signature<0..2^16-1>;
// shared by ServerKeyExchange and CertificateVerify.
import type { ByteReader } from '../../bytes/reader';
import type { FieldSpan } from '../../bytes/span';
import { hex16, readOpaque, span } from '../field';
import { SIGNATURE_SCHEMES, nameOf } from '../registries';

export function readSignature(
	r: ByteReader,
	path: string
): { signatureAlgorithm: number; signature: Uint8Array; spans: FieldSpan[] } {
	const at = r.offset;
	const signatureAlgorithm = r.u16('SignatureAndHashAlgorithm');
	const sig = readOpaque(r, 2, `${path}.signature`, 'signature', 'dtls.signature.value');
	return {
		signatureAlgorithm,
		signature: sig.bytes,
		spans: [
			span(
				`${path}.signatureAlgorithm`,
				'algorithm',
				at,
				2,
				signatureAlgorithm,
				'dtls.signature.algorithm',
				`${nameOf(SIGNATURE_SCHEMES, signatureAlgorithm)} (${hex16(signatureAlgorithm)})`
			),
			sig.span
		]
	};
}
