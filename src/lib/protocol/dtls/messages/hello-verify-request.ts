// RFC 6347 §4.2.1 HelloVerifyRequest:
//
//   struct {
//     ProtocolVersion server_version;
//     opaque cookie<0..2^8-1>;
//   } HelloVerifyRequest;
//
// A stateless server asks the client to repeat its ClientHello with this cookie, proving it can receive at its
// source address before the server spends work (a defence against amplification and spoofing).
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import type { FieldSpan } from '../../bytes/span';
import { readOpaque } from '../field';
import { readVersion } from './hello-fields';
import type { HelloVerifyRequest } from './types';

export function decodeHelloVerifyRequest(
	r: ByteReader,
	path: string
): { value: HelloVerifyRequest; spans: FieldSpan[] } {
	const v = readVersion(r, `${path}.serverVersion`, 'server_version', 'dtls.hello.version');
	const cookie = readOpaque(r, 1, `${path}.cookie`, 'cookie', 'dtls.hello.cookie');
	return {
		value: { kind: 'hello_verify_request', serverVersion: v.version, cookie: cookie.bytes },
		spans: [v.span, cookie.span]
	};
}

export function encodeHelloVerifyRequest(w: ByteWriter, m: HelloVerifyRequest): void {
	w.u16(m.serverVersion).u8(m.cookie.length).bytes(m.cookie);
}
