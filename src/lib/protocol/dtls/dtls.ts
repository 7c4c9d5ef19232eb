// A UDP datagram of DTLS: RFC 6347 §4.1.1 lets several records share one datagram, back to back. A record that
// starts 0b001xxxxx is a DTLS 1.3 unified-header ciphertext (RFC 9147 §4); otherwise it is a DTLSPlaintext.
import { ByteReader } from '../bytes/reader';
import { ByteWriter } from '../bytes/writer';
import { DecodeError, type Decoded, type FieldSpan } from '../bytes/span';
import {
	decodePlaintextRecord,
	encodePlaintextRecord,
	type DtlsCidRecord,
	type DtlsPlaintextRecord
} from './record';
import {
	decodeUnifiedRecord,
	encodeUnifiedRecord,
	isUnifiedHeader,
	type DtlsUnifiedRecord
} from './unified-header';

export type DtlsRecord = DtlsPlaintextRecord | DtlsCidRecord | DtlsUnifiedRecord;

/** Decodes every record in a datagram. Throws only DecodeError. */
export function decodeDtls(bytes: Uint8Array): Decoded<DtlsRecord[]> {
	if (!(bytes instanceof Uint8Array)) throw new DecodeError('input is not bytes', 0, 'not-bytes');
	if (bytes.length === 0) throw new DecodeError('an empty datagram holds no DTLS record', 0, 'truncated');
	const r = new ByteReader(bytes);
	const records: DtlsRecord[] = [];
	const spans: FieldSpan[] = [];
	while (r.remaining > 0) {
		const first = bytes[r.offset];
		const path = `dtls.records.${records.length}`;
		// RFC 7983 §7: a DTLS datagram starts with 20..63; a later record in it must too.
		if (first < 20 || first > 63) {
			throw new DecodeError(
				`byte ${first} cannot start a DTLS record (20–63 expected)`,
				r.offset,
				'not-dtls'
			);
		}
		const { record, span } = isUnifiedHeader(first)
			? decodeUnifiedRecord(r, path)
			: decodePlaintextRecord(r, path);
		records.push(record);
		spans.push(span);
	}
	return { value: records, spans };
}

/** Writes records back to back; for what decodeDtls returned, the datagram byte for byte. */
export function encodeDtls(records: readonly DtlsRecord[]): Uint8Array {
	const w = new ByteWriter();
	for (const rec of records) {
		if (rec.format === 'unified') encodeUnifiedRecord(w, rec);
		else encodePlaintextRecord(w, rec);
	}
	return w.finish();
}
