// RFC 8446 §4.2 / RFC 5246 §7.4.1.4 extensions:
//
//   struct {
//       ExtensionType extension_type;          // uint16
//       opaque extension_data<0..2^16-1>;
//   } Extension;
//   Extension extensions<0..2^16-1>;           // in ClientHello / ServerHello
//
// The registry below is the one table from which decoding, encoding and naming derive. Extensions without a
// codec keep their bytes raw (an empty one, such as extended_master_secret, decodes to { kind: 'empty' }).
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import { DecodeError, type FieldSpan } from '../../bytes/span';
import { expectEnd, hex16, readLength, shortHex, span, subReader } from '../field';
import { EXTENSION_TYPES, nameOf } from '../registries';
import type { DtlsExtension, ExtensionCodec, ExtensionContext, ExtensionData } from './types';
import { useSrtp } from './use-srtp';
import { supportedGroups } from './supported-groups';
import { ecPointFormats } from './ec-point-formats';
import { signatureAlgorithms } from './signature-algorithms';
import { alpn } from './alpn';
import { supportedVersions } from './supported-versions';
import { keyShare } from './key-share';
import { renegotiationInfo } from './renegotiation-info';

export type { DtlsExtension, ExtensionContext, ExtensionData, KeyShareEntry } from './types';

const CODECS: ReadonlyMap<number, ExtensionCodec> = new Map(
	[
		useSrtp,
		supportedGroups,
		ecPointFormats,
		signatureAlgorithms,
		alpn,
		supportedVersions,
		keyShare,
		renegotiationInfo
	].map((c) => [c.type, c])
);

/** Extensions that have a note of their own; the rest share `dtls.extension.other`. */
const NOTED = new Set([
	'use_srtp',
	'supported_groups',
	'ec_point_formats',
	'signature_algorithms',
	'application_layer_protocol_negotiation',
	'supported_versions',
	'key_share',
	'renegotiation_info',
	'extended_master_secret',
	'session_ticket',
	'psk_key_exchange_modes',
	'encrypt_then_mac',
	'signed_certificate_timestamp'
]);

export function extensionNoteId(type: number): string {
	const name = EXTENSION_TYPES.get(type);
	return name && NOTED.has(name) ? `dtls.extension.${name}` : 'dtls.extension.other';
}

function decodeOne(
	r: ByteReader,
	context: ExtensionContext,
	path: string
): { ext: DtlsExtension; span: FieldSpan } {
	const start = r.offset;
	const type = r.u16('extension_type');
	const length = readLength(r, 2, 'extension_data length');
	const name = nameOf(EXTENSION_TYPES, type);
	const noteId = extensionNoteId(type);
	const sub = subReader(r, length, `${name} extension_data`);
	const dataStart = sub.offset;
	let data: ExtensionData;
	let dataSpans: FieldSpan[];
	const codec = CODECS.get(type);
	if (codec) {
		({ data, spans: dataSpans } = codec.decode(sub, context, `${path}.data`));
		expectEnd(sub, `the ${name} extension`);
	} else if (length === 0) {
		data = { kind: 'empty' };
		dataSpans = [];
	} else {
		const bytes = sub.take(length, name);
		data = { kind: 'raw', bytes };
		dataSpans = [span(`${path}.data`, 'extension_data', dataStart, length, bytes, noteId, shortHex(bytes))];
	}
	const ext: DtlsExtension = { type, name, data };
	return {
		ext,
		span: span(path, name, start, 4 + length, data.kind, noteId, `${name} (${hex16(type)})`, [
			span(
				`${path}.type`,
				'extension_type',
				start,
				2,
				type,
				'dtls.extension.type',
				`${name} (${hex16(type)})`
			),
			span(`${path}.length`, 'Length', start + 2, 2, length, 'dtls.extension.length', String(length)),
			...dataSpans
		])
	};
}

/** Reads `Extension extensions<0..2^16-1>` (the 2-byte length included). */
export function decodeExtensions(
	r: ByteReader,
	context: ExtensionContext,
	path: string
): { extensions: DtlsExtension[]; span: FieldSpan } {
	const start = r.offset;
	const length = readLength(r, 2, 'extensions length');
	const sub = subReader(r, length, 'extensions');
	const extensions: DtlsExtension[] = [];
	const children: FieldSpan[] = [
		span(`${path}.length`, 'Length', start, 2, length, 'dtls.hello.extensions', String(length))
	];
	const seen = new Set<number>();
	while (sub.remaining > 0) {
		const at = sub.offset;
		const { ext, span: s } = decodeOne(sub, context, `${path}.${extensions.length}`);
		// RFC 8446 §4.2: "There MUST NOT be more than one extension of the same type in a given extension block."
		if (seen.has(ext.type))
			throw new DecodeError(`extension ${ext.name} appears twice`, at, 'duplicate-extension');
		seen.add(ext.type);
		extensions.push(ext);
		children.push(s);
	}
	return {
		extensions,
		span: span(
			path,
			'Extensions',
			start,
			2 + length,
			extensions.map((e) => e.name),
			'dtls.hello.extensions',
			`${extensions.length} extension${extensions.length === 1 ? '' : 's'}`,
			children
		)
	};
}

function encodeData(w: ByteWriter, ext: DtlsExtension): void {
	const d = ext.data;
	if (d.kind === 'raw') w.bytes(d.bytes);
	else if (d.kind !== 'empty') {
		const codec = CODECS.get(ext.type);
		if (!codec) throw new TypeError(`no codec for extension ${ext.type}`);
		codec.encode(w, d);
	}
}

/** Writes the extensions block, 2-byte length first. */
export function encodeExtensions(w: ByteWriter, extensions: readonly DtlsExtension[]): void {
	const lengthAt = w.length;
	w.u16(0);
	for (const ext of extensions) {
		w.u16(ext.type);
		const at = w.length;
		w.u16(0);
		encodeData(w, ext);
		w.setU16(at, w.length - at - 2);
	}
	w.setU16(lengthAt, w.length - lengthAt - 2);
}
