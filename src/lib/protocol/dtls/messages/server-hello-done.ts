// RFC 5246 §7.4.5 ServerHelloDone: struct { } ServerHelloDone; — an empty body that ends the server's flight.
import type { ByteReader } from '../../bytes/reader';
import type { FieldSpan } from '../../bytes/span';
import type { ServerHelloDone } from './types';

export function decodeServerHelloDone(
	_r: ByteReader,
	_path: string
): { value: ServerHelloDone; spans: FieldSpan[] } {
	return { value: { kind: 'server_hello_done' }, spans: [] };
}
