// RFC 5246 §7.4.8 CertificateVerify:
//
//   struct {
//        digitally-signed struct { opaque handshake_messages[handshake_messages_length]; }
//   } CertificateVerify;
//
// The client signs the handshake so far with its certificate's private key, proving it owns the certificate
// whose fingerprint is in its SDP.
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import type { FieldSpan } from '../../bytes/span';
import { readSignature } from './signature';
import type { CertificateVerify } from './types';

export function decodeCertificateVerify(
	r: ByteReader,
	path: string
): { value: CertificateVerify; spans: FieldSpan[] } {
	const sig = readSignature(r, path);
	return {
		value: {
			kind: 'certificate_verify',
			signatureAlgorithm: sig.signatureAlgorithm,
			signature: sig.signature
		},
		spans: sig.spans
	};
}

export function encodeCertificateVerify(w: ByteWriter, m: CertificateVerify): void {
	w.u16(m.signatureAlgorithm).u16(m.signature.length).bytes(m.signature);
}
