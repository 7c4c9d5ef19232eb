// RFC 5246 §7.4.1.3 ServerHello (unchanged in DTLS 1.2, RFC 6347 §4.2.1):
//
//   struct {
//       ProtocolVersion server_version;
//       Random random;
//       SessionID session_id;
//       CipherSuite cipher_suite;
//       CompressionMethod compression_method;
//       Extension extensions<0..2^16-1>;     // optional
//   } ServerHello;
//
// The server picks one cipher suite and, in use_srtp, one SRTP protection profile.
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import type { FieldSpan } from '../../bytes/span';
import { hex16, span } from '../field';
import { CIPHER_SUITES, nameOf } from '../registries';
import { decodeExtensions, encodeExtensions } from '../extensions/index';
import { readRandom, readSessionId, readVersion } from './hello-fields';
import type { ServerHello } from './types';

export function decodeServerHello(r: ByteReader, path: string): { value: ServerHello; spans: FieldSpan[] } {
	const v = readVersion(r, `${path}.serverVersion`, 'server_version', 'dtls.hello.version');
	const random = readRandom(r, `${path}.random`);
	const sid = readSessionId(r, `${path}.sessionId`);
	const suiteAt = r.offset;
	const cipherSuite = r.u16('cipher_suite');
	const compressionMethod = r.u8('compression_method');
	const spans = [
		v.span,
		random.span,
		sid.span,
		span(
			`${path}.cipherSuite`,
			'cipher_suite',
			suiteAt,
			2,
			cipherSuite,
			'dtls.hello.cipherSuite',
			`${nameOf(CIPHER_SUITES, cipherSuite)} (${hex16(cipherSuite)})`
		),
		span(
			`${path}.compressionMethod`,
			'compression_method',
			suiteAt + 2,
			1,
			compressionMethod,
			'dtls.hello.compressionMethods',
			String(compressionMethod)
		)
	];
	const value: ServerHello = {
		kind: 'server_hello',
		serverVersion: v.version,
		random: random.random,
		sessionId: sid.sessionId,
		cipherSuite,
		compressionMethod
	};
	if (r.remaining > 0) {
		const ext = decodeExtensions(r, 'server_hello', `${path}.extensions`);
		value.extensions = ext.extensions;
		spans.push(ext.span);
	}
	return { value, spans };
}

export function encodeServerHello(w: ByteWriter, m: ServerHello): void {
	w.u16(m.serverVersion).bytes(m.random.bytes);
	w.u8(m.sessionId.length).bytes(m.sessionId);
	w.u16(m.cipherSuite).u8(m.compressionMethod);
	if (m.extensions) encodeExtensions(w, m.extensions);
}
