// RFC 8422 §5.4 ServerKeyExchange for ECDHE (TLS 1.2 signature form, RFC 5246 §7.4.3):
//
//   struct {
//       ECCurveType    curve_type;          // 3 = named_curve
//       NamedCurve     namedcurve;
//   } ECParameters;
//   struct {
//       ECParameters    curve_params;
//       ECPoint         public;             // opaque point <1..2^8-1>
//   } ServerECDHParams;
//   struct {
//       ServerECDHParams    params;
//       digitally-signed struct { ... } signed_params;   // SignatureAndHashAlgorithm + opaque<0..2^16-1>
//   } ServerKeyExchange;
//
// The server's ephemeral public key, signed with its certificate's key so the client knows who sent it.
// The layout depends on the negotiated key exchange, which the message itself does not say: a body that is not
// ECDHE with a named curve stays raw (see handshake.ts).
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import { DecodeError, type FieldSpan } from '../../bytes/span';
import { readOpaque, span } from '../field';
import { NAMED_GROUPS, nameOf } from '../registries';
import { readSignature } from './signature';
import type { ServerKeyExchange } from './types';

export function decodeServerKeyExchange(
	r: ByteReader,
	path: string
): { value: ServerKeyExchange; spans: FieldSpan[] } {
	const at = r.offset;
	const curveType = r.u8('curve_type');
	if (curveType !== 3) {
		throw new DecodeError(`curve_type ${curveType} is not named_curve (3)`, at, 'unsupported-curve-type');
	}
	const namedCurve = r.u16('namedcurve');
	const pub = readOpaque(r, 1, `${path}.publicKey`, 'public', 'dtls.keyExchange.publicKey');
	const sig = readSignature(r, path);
	return {
		value: {
			kind: 'server_key_exchange',
			curveType,
			namedCurve,
			publicKey: pub.bytes,
			signatureAlgorithm: sig.signatureAlgorithm,
			signature: sig.signature
		},
		spans: [
			span(
				`${path}.curveType`,
				'curve_type',
				at,
				1,
				curveType,
				'dtls.serverKeyExchange.curveType',
				'named_curve'
			),
			span(
				`${path}.namedCurve`,
				'namedcurve',
				at + 1,
				2,
				namedCurve,
				'dtls.serverKeyExchange.namedCurve',
				nameOf(NAMED_GROUPS, namedCurve)
			),
			pub.span,
			...sig.spans
		]
	};
}

export function encodeServerKeyExchange(w: ByteWriter, m: ServerKeyExchange): void {
	w.u8(m.curveType).u16(m.namedCurve).u8(m.publicKey.length).bytes(m.publicKey);
	w.u16(m.signatureAlgorithm).u16(m.signature.length).bytes(m.signature);
}
