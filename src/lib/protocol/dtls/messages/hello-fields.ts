// Fields shared by ClientHello and ServerHello (RFC 6347 §4.2.1, RFC 5246 §7.4.1.2):
//
//   struct {
//       uint32 gmt_unix_time;
//       opaque random_bytes[28];
//   } Random;
//   opaque SessionID<0..32>;
import type { ByteReader } from '../../bytes/reader';
import { DecodeError, type FieldSpan } from '../../bytes/span';
import { readOpaque, shortHex, span } from '../field';
import { PROTOCOL_VERSIONS, nameOf } from '../registries';
import type { HelloRandom } from './types';

export function readVersion(
	r: ByteReader,
	path: string,
	name: string,
	noteId: string
): { version: number; span: FieldSpan } {
	const at = r.offset;
	const version = r.u16(name);
	return { version, span: span(path, name, at, 2, version, noteId, nameOf(PROTOCOL_VERSIONS, version)) };
}

export function readRandom(r: ByteReader, path: string): { random: HelloRandom; span: FieldSpan } {
	const at = r.offset;
	const bytes = r.take(32, 'Random');
	const gmtUnixTime = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
	return {
		random: { bytes, gmtUnixTime },
		span: span(path, 'Random', at, 32, bytes, 'dtls.hello.random', shortHex(bytes), [
			span(
				`${path}.gmtUnixTime`,
				'gmt_unix_time',
				at,
				4,
				gmtUnixTime,
				'dtls.hello.random.gmtUnixTime',
				String(gmtUnixTime)
			),
			span(
				`${path}.randomBytes`,
				'random_bytes',
				at + 4,
				28,
				bytes.subarray(4),
				'dtls.hello.random',
				shortHex(bytes.subarray(4))
			)
		])
	};
}

export function readSessionId(r: ByteReader, path: string): { sessionId: Uint8Array; span: FieldSpan } {
	const at = r.offset;
	const v = readOpaque(r, 1, path, 'SessionID', 'dtls.hello.sessionId');
	if (v.bytes.length > 32)
		throw new DecodeError(`SessionID is ${v.bytes.length} bytes; at most 32 are allowed`, at, 'bad-length');
	return { sessionId: v.bytes, span: v.span };
}
