// RFC 5246 §7.4.2 Certificate:
//
//   opaque ASN.1Cert<1..2^24-1>;
//   struct {
//       ASN.1Cert certificate_list<0..2^24-1>;
//   } Certificate;
//
// WebRTC endpoints send one self-signed certificate; the peer trusts it because its hash matches the
// a=fingerprint line of the SDP it received over signaling (RFC 8122 §5), not because of any CA.
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import type { FieldSpan } from '../../bytes/span';
import { readLength, readOpaque, span, subReader } from '../field';
import type { CertificateMessage } from './types';

export function decodeCertificate(
	r: ByteReader,
	path: string
): { value: CertificateMessage; spans: FieldSpan[] } {
	const start = r.offset;
	const n = readLength(r, 3, 'certificate_list length');
	const sub = subReader(r, n, 'certificate_list');
	const certificates: Uint8Array[] = [];
	const children: FieldSpan[] = [
		span(`${path}.certificateList.length`, 'Length', start, 3, n, 'dtls.certificate.list', String(n))
	];
	while (sub.remaining > 0) {
		const c = readOpaque(
			sub,
			3,
			`${path}.certificateList.${certificates.length}`,
			'ASN.1Cert',
			'dtls.certificate.cert',
			(b) => `DER certificate, ${b.length} bytes`
		);
		certificates.push(c.bytes);
		children.push(c.span);
	}
	const shown = `${certificates.length} certificate${certificates.length === 1 ? '' : 's'}`;
	return {
		value: { kind: 'certificate', certificates },
		spans: [
			span(
				`${path}.certificateList`,
				'certificate_list',
				start,
				3 + n,
				certificates.length,
				'dtls.certificate.list',
				shown,
				children
			)
		]
	};
}

export function encodeCertificate(w: ByteWriter, m: CertificateMessage): void {
	w.u24(m.certificates.reduce((sum, c) => sum + 3 + c.length, 0));
	for (const c of m.certificates) w.u24(c.length).bytes(c);
}
