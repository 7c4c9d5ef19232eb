// RFC 6347 §4.1 DTLS record layer (also the plaintext record of DTLS 1.3, RFC 9147 §4):
//
//   struct {
//     ContentType type;
//     ProtocolVersion version;
//     uint16 epoch;                                     // New field
//     uint48 sequence_number;                           // New field
//     uint16 length;
//     opaque fragment[DTLSPlaintext.length];
//   } DTLSPlaintext;
//
// The epoch counts key changes: 0 is the clear handshake; from 1 (after ChangeCipherSpec in 1.2) the fragment is
// encrypted. A record with content type tls12_cid (RFC 9146 §4) puts a connection ID of a negotiated length after
// the sequence number; that length is not on the wire, so the rest of such a datagram stays opaque.
import type { ByteReader } from '../bytes/reader';
import type { ByteWriter } from '../bytes/writer';
import { DecodeError, type FieldSpan } from '../bytes/span';
import { shortHex, span, subReader } from './field';
import { ALERT_DESCRIPTIONS, ALERT_LEVELS, CONTENT_TYPES, PROTOCOL_VERSIONS, nameOf } from './registries';
import { decodeHandshakeMessages, encodeHandshakeMessages, type HandshakeMessage } from './handshake';

export type RecordContent =
	| { kind: 'handshake'; messages: HandshakeMessage[] }
	/** RFC 5246 §7.1: a single byte, 1. */
	| { kind: 'change_cipher_spec'; value: number }
	/** RFC 5246 §7.2, sent in clear only in epoch 0. */
	| { kind: 'alert'; level: number; description: number }
	/** Protected by the epoch's keys; `carries` says what such a record holds in WebRTC. */
	| { kind: 'encrypted'; bytes: Uint8Array; carries: string }
	/** A content type this decoder does not read (e.g. heartbeat). */
	| { kind: 'opaque'; bytes: Uint8Array };

export interface DtlsPlaintextRecord {
	format: 'plaintext';
	contentType: number;
	version: number;
	epoch: number;
	/** 48-bit record sequence number. */
	sequenceNumber: bigint;
	/** Length of the fragment (derived from the content when encoding). */
	length: number;
	content: RecordContent;
}

/** RFC 9146 record with a connection ID: header up to the sequence number, then everything else opaque. */
export interface DtlsCidRecord {
	format: 'tls12_cid';
	contentType: 25;
	version: number;
	epoch: number;
	sequenceNumber: bigint;
	/** Connection ID, length, and encrypted fragment, not separable without the negotiated CID length. */
	rest: Uint8Array;
}

const CARRIES: Record<number, { text: string; noteId: string }> = {
	22: { text: 'Finished (encrypted handshake)', noteId: 'dtls.encrypted.handshake' },
	23: { text: 'application data: SCTP for data channels', noteId: 'dtls.encrypted.applicationData' },
	21: { text: 'encrypted alert', noteId: 'dtls.encrypted.alert' }
};
const OTHER = { text: 'encrypted record', noteId: 'dtls.encrypted.other' };

function decodeContent(
	r: ByteReader,
	contentType: number,
	epoch: number,
	path: string
): { content: RecordContent; spans: FieldSpan[] } {
	const start = r.offset;
	if (epoch > 0 || contentType === 23) {
		const bytes = r.take(r.remaining, 'encrypted fragment');
		const c = CARRIES[contentType] ?? OTHER;
		return {
			content: { kind: 'encrypted', bytes, carries: c.text },
			spans: [
				span(
					`${path}.encrypted`,
					'encrypted fragment',
					start,
					bytes.length,
					bytes,
					c.noteId,
					`${c.text}, ${bytes.length} bytes`
				)
			]
		};
	}
	if (contentType === 22) {
		const { messages, spans } = decodeHandshakeMessages(r, `${path}.messages`);
		return { content: { kind: 'handshake', messages }, spans };
	}
	if (contentType === 20) {
		const value = r.u8('ChangeCipherSpec');
		if (r.remaining !== 0 || value !== 1) {
			throw new DecodeError(
				'a ChangeCipherSpec record holds exactly one byte, 1',
				start,
				'bad-change-cipher-spec'
			);
		}
		return {
			content: { kind: 'change_cipher_spec', value },
			spans: [
				span(
					`${path}.changeCipherSpec`,
					'ChangeCipherSpec',
					start,
					1,
					value,
					'dtls.changeCipherSpec',
					'change_cipher_spec (1)'
				)
			]
		};
	}
	if (contentType === 21) {
		const level = r.u8('AlertLevel');
		const description = r.u8('AlertDescription');
		if (r.remaining !== 0) throw new DecodeError('an alert is exactly two bytes', r.offset, 'trailing-bytes');
		return {
			content: { kind: 'alert', level, description },
			spans: [
				span(
					`${path}.alert.level`,
					'AlertLevel',
					start,
					1,
					level,
					'dtls.alert.level',
					nameOf(ALERT_LEVELS, level)
				),
				span(
					`${path}.alert.description`,
					'AlertDescription',
					start + 1,
					1,
					description,
					'dtls.alert.description',
					nameOf(ALERT_DESCRIPTIONS, description)
				)
			]
		};
	}
	const bytes = r.take(r.remaining, 'fragment');
	return {
		content: { kind: 'opaque', bytes },
		spans: bytes.length
			? [
					span(
						`${path}.fragment`,
						'fragment',
						start,
						bytes.length,
						bytes,
						'dtls.record.opaque',
						shortHex(bytes)
					)
				]
			: []
	};
}

function recordTitle(contentType: number, version: number, epoch: number): string {
	return `${nameOf(CONTENT_TYPES, contentType)} (${nameOf(PROTOCOL_VERSIONS, version)}, epoch ${epoch})`;
}

/** Reads one DTLSPlaintext (or tls12_cid) record starting at r.offset. */
export function decodePlaintextRecord(
	r: ByteReader,
	path: string
): { record: DtlsPlaintextRecord | DtlsCidRecord; span: FieldSpan } {
	const start = r.offset;
	const contentType = r.u8('ContentType');
	const version = r.u16('ProtocolVersion');
	const epoch = r.u16('epoch');
	const hi = r.u16('sequence_number');
	const lo = r.u32('sequence_number');
	const sequenceNumber = (BigInt(hi) << 32n) | BigInt(lo);
	const header: FieldSpan[] = [
		span(
			`${path}.contentType`,
			'ContentType',
			start,
			1,
			contentType,
			'dtls.record.contentType',
			`${nameOf(CONTENT_TYPES, contentType)} (${contentType})`
		),
		span(
			`${path}.version`,
			'ProtocolVersion',
			start + 1,
			2,
			version,
			'dtls.record.version',
			nameOf(PROTOCOL_VERSIONS, version)
		),
		span(`${path}.epoch`, 'epoch', start + 3, 2, epoch, 'dtls.record.epoch', String(epoch)),
		span(
			`${path}.sequenceNumber`,
			'sequence_number',
			start + 5,
			6,
			sequenceNumber,
			'dtls.record.sequenceNumber',
			String(sequenceNumber)
		)
	];
	if (contentType === 25) {
		const restAt = r.offset;
		const rest = r.take(r.remaining, 'connection ID record');
		const record: DtlsCidRecord = { format: 'tls12_cid', contentType, version, epoch, sequenceNumber, rest };
		header.push(
			span(
				`${path}.rest`,
				'cid, length, encrypted fragment',
				restAt,
				rest.length,
				rest,
				'dtls.record.cid',
				shortHex(rest)
			)
		);
		return {
			record,
			span: span(
				path,
				'DTLSCiphertext with connection ID',
				start,
				r.offset - start,
				contentType,
				'dtls.record',
				recordTitle(contentType, version, epoch),
				header
			)
		};
	}
	const length = r.u16('length');
	header.push(span(`${path}.length`, 'length', start + 11, 2, length, 'dtls.record.length', String(length)));
	const sub = subReader(r, length, `${nameOf(CONTENT_TYPES, contentType)} record fragment`);
	const { content, spans } = decodeContent(sub, contentType, epoch, path);
	const record: DtlsPlaintextRecord = {
		format: 'plaintext',
		contentType,
		version,
		epoch,
		sequenceNumber,
		length,
		content
	};
	return {
		record,
		span: span(
			path,
			'DTLSPlaintext',
			start,
			13 + length,
			contentType,
			'dtls.record',
			recordTitle(contentType, version, epoch),
			[...header, ...spans]
		)
	};
}

export function encodePlaintextRecord(w: ByteWriter, rec: DtlsPlaintextRecord | DtlsCidRecord): void {
	const seq = rec.sequenceNumber;
	if (seq < 0n || seq >= 1n << 48n) throw new RangeError('sequence_number is a 48-bit value');
	w.u8(rec.contentType).u16(rec.version).u16(rec.epoch);
	w.u16(Number(seq >> 32n)).u32(Number(seq & 0xffffffffn));
	if (rec.format === 'tls12_cid') {
		w.bytes(rec.rest);
		return;
	}
	const lengthAt = w.length;
	w.u16(0);
	const c = rec.content;
	if (c.kind === 'handshake') encodeHandshakeMessages(w, c.messages);
	else if (c.kind === 'change_cipher_spec') w.u8(c.value);
	else if (c.kind === 'alert') w.u8(c.level).u8(c.description);
	else w.bytes(c.bytes);
	w.setU16(lengthAt, w.length - lengthAt - 2);
}
