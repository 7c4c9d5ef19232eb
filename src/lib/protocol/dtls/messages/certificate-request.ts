// RFC 5246 §7.4.4 CertificateRequest:
//
//   struct {
//       ClientCertificateType certificate_types<1..2^8-1>;
//       SignatureAndHashAlgorithm supported_signature_algorithms<2^16-1>;
//       DistinguishedName certificate_authorities<0..2^16-1>;
//   } CertificateRequest;
//   opaque DistinguishedName<1..2^16-1>;
//
// WebRTC always asks: both sides must show a certificate, and each checks it against the SDP fingerprint.
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import type { FieldSpan } from '../../bytes/span';
import { readLength, readNumberList, readOpaque, span, subReader } from '../field';
import { CERTIFICATE_TYPES, SIGNATURE_SCHEMES } from '../registries';
import type { CertificateRequest } from './types';

export function decodeCertificateRequest(
	r: ByteReader,
	path: string
): { value: CertificateRequest; spans: FieldSpan[] } {
	const types = readNumberList(
		r,
		1,
		1,
		`${path}.certificateTypes`,
		'certificate_types',
		'ClientCertificateType',
		'dtls.certificateRequest.certificateTypes',
		CERTIFICATE_TYPES
	);
	const algs = readNumberList(
		r,
		2,
		2,
		`${path}.signatureAlgorithms`,
		'supported_signature_algorithms',
		'SignatureAndHashAlgorithm',
		'dtls.certificateRequest.signatureAlgorithms',
		SIGNATURE_SCHEMES
	);
	const start = r.offset;
	const n = readLength(r, 2, 'certificate_authorities length');
	const sub = subReader(r, n, 'certificate_authorities');
	const certificateAuthorities: Uint8Array[] = [];
	const children: FieldSpan[] = [
		span(
			`${path}.certificateAuthorities.length`,
			'Length',
			start,
			2,
			n,
			'dtls.certificateRequest.certificateAuthorities',
			String(n)
		)
	];
	while (sub.remaining > 0) {
		const dn = readOpaque(
			sub,
			2,
			`${path}.certificateAuthorities.${certificateAuthorities.length}`,
			'DistinguishedName',
			'dtls.certificateRequest.certificateAuthorities'
		);
		certificateAuthorities.push(dn.bytes);
		children.push(dn.span);
	}
	return {
		value: {
			kind: 'certificate_request',
			certificateTypes: types.values,
			signatureAlgorithms: algs.values,
			certificateAuthorities
		},
		spans: [
			types.span,
			algs.span,
			span(
				`${path}.certificateAuthorities`,
				'certificate_authorities',
				start,
				2 + n,
				certificateAuthorities.length,
				'dtls.certificateRequest.certificateAuthorities',
				n === 0 ? '(none: any self-signed certificate will do)' : `${certificateAuthorities.length} names`,
				children
			)
		]
	};
}

export function encodeCertificateRequest(w: ByteWriter, m: CertificateRequest): void {
	w.u8(m.certificateTypes.length);
	for (const t of m.certificateTypes) w.u8(t);
	w.u16(m.signatureAlgorithms.length * 2);
	for (const a of m.signatureAlgorithms) w.u16(a);
	w.u16(m.certificateAuthorities.reduce((sum, dn) => sum + 2 + dn.length, 0));
	for (const dn of m.certificateAuthorities) w.u16(dn.length).bytes(dn);
}
