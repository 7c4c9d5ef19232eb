// RFC 9147 §4 DTLS 1.3 DTLSCiphertext with the unified header:
//
//    0 1 2 3 4 5 6 7
//   +-+-+-+-+-+-+-+-+
//   |0|0|1|C|S|L|E E|
//   +-+-+-+-+-+-+-+-+
//   | Connection ID |   Legend:
//   | (if any,      |
//   /  length as    /   C   - Connection ID (CID) present
//   |  negotiated)  |   S   - Sequence number length (0 = 8 bits, 1 = 16 bits)
//   +-+-+-+-+-+-+-+-+   L   - Length present
//   |  8 or 16 bit  |   E   - Epoch (low two bits)
//   |Sequence Number|
//   +-+-+-+-+-+-+-+-+
//   | 16 bit Length |
//   | (if present)  |
//   +-+-+-+-+-+-+-+-+
//
// Every DTLS 1.3 record after the ServerHello uses it; the real content type is inside the encryption and the
// sequence number bits are themselves encrypted (§4.2.3), so the wire shows little more than sizes.
import type { ByteReader } from '../bytes/reader';
import type { ByteWriter } from '../bytes/writer';
import type { FieldSpan } from '../bytes/span';
import { span, subReader } from './field';

export interface DtlsUnifiedRecord {
	format: 'unified';
	/** C bit: a connection ID follows (its length was negotiated, so the rest stays unparsed). */
	connectionIdPresent: boolean;
	/** S bit: the sequence number is 16 bits (else 8). */
	sequenceNumber16: boolean;
	/** L bit: a length field is present (else the record runs to the end of the datagram). */
	lengthPresent: boolean;
	/** Low two bits of the epoch: 2 = handshake keys, 3 = first application keys. */
	epochBits: number;
	/** Encrypted low bits of the record sequence number (undefined when a connection ID hides its position). */
	sequenceNumber?: number;
	length?: number;
	/** AEAD-protected record (content, content type, padding, tag); or, with a CID, everything after byte 0. */
	encryptedRecord: Uint8Array;
}

export function isUnifiedHeader(firstByte: number): boolean {
	return (firstByte & 0xe0) === 0x20;
}

export function decodeUnifiedRecord(
	r: ByteReader,
	path: string
): { record: DtlsUnifiedRecord; span: FieldSpan } {
	const start = r.offset;
	const b = r.u8('unified header');
	const connectionIdPresent = (b & 0x10) !== 0;
	const sequenceNumber16 = (b & 0x08) !== 0;
	const lengthPresent = (b & 0x04) !== 0;
	const epochBits = b & 0x03;
	const bit = (
		name: string,
		bitOffset: number,
		bitLength: number,
		value: unknown,
		noteId: string,
		display: string
	): FieldSpan => ({
		...span(`${path}.${name}`, name, start, 1, value, noteId, display),
		bitOffset,
		bitLength
	});
	const flags: FieldSpan[] = [
		bit('fixedBits', 0, 3, 1, 'dtls.unified.fixedBits', '001'),
		bit(
			'C',
			3,
			1,
			connectionIdPresent,
			'dtls.unified.cBit',
			connectionIdPresent ? 'connection ID present' : 'no connection ID'
		),
		bit(
			'S',
			4,
			1,
			sequenceNumber16,
			'dtls.unified.sBit',
			sequenceNumber16 ? '16-bit sequence number' : '8-bit sequence number'
		),
		bit(
			'L',
			5,
			1,
			lengthPresent,
			'dtls.unified.lBit',
			lengthPresent ? 'length present' : 'runs to end of datagram'
		),
		bit('epochBits', 6, 2, epochBits, 'dtls.unified.epochBits', String(epochBits))
	];
	const children: FieldSpan[] = [
		span(`${path}.header`, 'unified header', start, 1, b, 'dtls.unified.header', `0x${b.toString(16)}`, flags)
	];
	const record: DtlsUnifiedRecord = {
		format: 'unified',
		connectionIdPresent,
		sequenceNumber16,
		lengthPresent,
		epochBits,
		encryptedRecord: new Uint8Array()
	};
	if (!connectionIdPresent) {
		const seqAt = r.offset;
		record.sequenceNumber = sequenceNumber16 ? r.u16('sequence number') : r.u8('sequence number');
		children.push(
			span(
				`${path}.sequenceNumber`,
				'Sequence Number',
				seqAt,
				r.offset - seqAt,
				record.sequenceNumber,
				'dtls.unified.sequenceNumber',
				`${record.sequenceNumber} (encrypted)`
			)
		);
		if (lengthPresent) {
			const lenAt = r.offset;
			record.length = r.u16('length');
			children.push(
				span(
					`${path}.length`,
					'Length',
					lenAt,
					2,
					record.length,
					'dtls.unified.length',
					String(record.length)
				)
			);
		}
	}
	const encAt = r.offset;
	const enc = record.length !== undefined ? subReader(r, record.length, 'encrypted record') : r;
	record.encryptedRecord = enc.take(enc.remaining, 'encrypted record');
	children.push(
		span(
			`${path}.encryptedRecord`,
			'encrypted_record',
			encAt,
			record.encryptedRecord.length,
			record.encryptedRecord,
			'dtls.unified.encryptedRecord',
			`${record.encryptedRecord.length} encrypted bytes`
		)
	);
	return {
		record,
		span: span(
			path,
			'DTLSCiphertext (unified header)',
			start,
			r.offset - start,
			b,
			'dtls.unified',
			`DTLS 1.3 encrypted record, epoch …${epochBits}`,
			children
		)
	};
}

export function encodeUnifiedRecord(w: ByteWriter, rec: DtlsUnifiedRecord): void {
	const lengthPresent = rec.lengthPresent;
	w.u8(
		0x20 |
			(rec.connectionIdPresent ? 0x10 : 0) |
			(rec.sequenceNumber16 ? 0x08 : 0) |
			(lengthPresent ? 0x04 : 0) |
			(rec.epochBits & 3)
	);
	if (!rec.connectionIdPresent) {
		const seq = rec.sequenceNumber ?? 0;
		if (rec.sequenceNumber16) w.u16(seq);
		else w.u8(seq);
		if (lengthPresent) w.u16(rec.encryptedRecord.length);
	}
	w.bytes(rec.encryptedRecord);
}
