// RFC 6347 §4.2.1 ClientHello (DTLS adds the cookie to the TLS 1.2 layout):
//
//   struct {
//     ProtocolVersion client_version;
//     Random random;
//     SessionID session_id;
//     opaque cookie<0..2^8-1>;                             // New field
//     CipherSuite cipher_suites<2..2^16-1>;
//     CompressionMethod compression_methods<1..2^8-1>;
//     Extension extensions<0..2^16-1>;                     // optional
//   } ClientHello;
//
// In WebRTC the client offers use_srtp profiles here; DTLS 1.3 keeps client_version = DTLS 1.2 and lists
// the real versions in supported_versions (RFC 9147 §5.3).
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import type { FieldSpan } from '../../bytes/span';
import { readNumberList, readOpaque } from '../field';
import { CIPHER_SUITES } from '../registries';
import { decodeExtensions, encodeExtensions } from '../extensions/index';
import { readRandom, readSessionId, readVersion } from './hello-fields';
import type { ClientHello } from './types';

export function decodeClientHello(r: ByteReader, path: string): { value: ClientHello; spans: FieldSpan[] } {
	const v = readVersion(r, `${path}.clientVersion`, 'client_version', 'dtls.hello.version');
	const random = readRandom(r, `${path}.random`);
	const sid = readSessionId(r, `${path}.sessionId`);
	const cookie = readOpaque(r, 1, `${path}.cookie`, 'cookie', 'dtls.hello.cookie');
	const suites = readNumberList(
		r,
		2,
		2,
		`${path}.cipherSuites`,
		'cipher_suites',
		'CipherSuite',
		'dtls.hello.cipherSuites',
		CIPHER_SUITES
	);
	const comp = readNumberList(
		r,
		1,
		1,
		`${path}.compressionMethods`,
		'compression_methods',
		'CompressionMethod',
		'dtls.hello.compressionMethods'
	);
	const spans = [v.span, random.span, sid.span, cookie.span, suites.span, comp.span];
	const value: ClientHello = {
		kind: 'client_hello',
		clientVersion: v.version,
		random: random.random,
		sessionId: sid.sessionId,
		cookie: cookie.bytes,
		cipherSuites: suites.values,
		compressionMethods: comp.values
	};
	if (r.remaining > 0) {
		const ext = decodeExtensions(r, 'client_hello', `${path}.extensions`);
		value.extensions = ext.extensions;
		spans.push(ext.span);
	}
	return { value, spans };
}

export function encodeClientHello(w: ByteWriter, m: ClientHello): void {
	w.u16(m.clientVersion).bytes(m.random.bytes);
	w.u8(m.sessionId.length).bytes(m.sessionId);
	w.u8(m.cookie.length).bytes(m.cookie);
	w.u16(m.cipherSuites.length * 2);
	for (const s of m.cipherSuites) w.u16(s);
	w.u8(m.compressionMethods.length);
	for (const c of m.compressionMethods) w.u8(c);
	if (m.extensions) encodeExtensions(w, m.extensions);
}
