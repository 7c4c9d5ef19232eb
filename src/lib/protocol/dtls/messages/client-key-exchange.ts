// RFC 8422 §5.7 ClientKeyExchange for ECDHE:
//
//   struct {
//       ECPoint ecdh_Yc;          // opaque point <1..2^8-1>
//   } ClientECDiffieHellmanPublic;
//
// The client's ephemeral public key; with the server's it yields the premaster secret. Other key exchanges
// (RSA, PSK) have another layout, which the message itself does not announce: those stay raw.
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import type { FieldSpan } from '../../bytes/span';
import { readOpaque } from '../field';
import type { ClientKeyExchange } from './types';

export function decodeClientKeyExchange(
	r: ByteReader,
	path: string
): { value: ClientKeyExchange; spans: FieldSpan[] } {
	const pub = readOpaque(r, 1, `${path}.publicKey`, 'ecdh_Yc', 'dtls.keyExchange.publicKey');
	return { value: { kind: 'client_key_exchange', publicKey: pub.bytes }, spans: [pub.span] };
}

export function encodeClientKeyExchange(w: ByteWriter, m: ClientKeyExchange): void {
	w.u8(m.publicKey.length).bytes(m.publicKey);
}
