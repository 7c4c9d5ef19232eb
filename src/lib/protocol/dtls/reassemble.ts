// RFC 6347 §4.2.3 Handshake Message Fragmentation and Reassembly: fragments of one message share message_seq and
// length; each carries fragment_offset and fragment_length. This joins the clear handshake fragments found in a
// list of records (e.g. all datagrams of one direction) and decodes each complete message's body.
import type { Decoded } from '../bytes/span';
import { decodeHandshakeBody, encodeHandshakeBody } from './handshake';
import type { DtlsRecord } from './dtls';
import type { HandshakeBody } from './messages/types';
import { HANDSHAKE_TYPES, nameOf } from './registries';

export interface ReassembledMessage {
	msgType: number;
	name: string;
	messageSeq: number;
	length: number;
	/** The whole body; undefined while some byte is still missing. */
	bytes?: Uint8Array;
	/** Decoded body (spans relative to `bytes`) when complete. */
	decoded?: Decoded<HandshakeBody>;
}

/** Joins fragments by (message_seq, msg_type). Retransmitted copies simply fill the same bytes again. */
export function reassembleHandshake(records: readonly DtlsRecord[]): ReassembledMessage[] {
	const byKey = new Map<
		string,
		{ msgType: number; messageSeq: number; length: number; buf: Uint8Array; have: Uint8Array }
	>();
	for (const rec of records) {
		if (rec.format !== 'plaintext' || rec.content.kind !== 'handshake') continue;
		for (const m of rec.content.messages) {
			const key = `${m.messageSeq}/${m.msgType}`;
			let entry = byKey.get(key);
			if (!entry) {
				entry = {
					msgType: m.msgType,
					messageSeq: m.messageSeq,
					length: m.length,
					buf: new Uint8Array(m.length),
					have: new Uint8Array(m.length)
				};
				byKey.set(key, entry);
			}
			if (entry.length !== m.length) continue;
			const bytes = m.body.kind === 'fragment' ? m.body.bytes : encodeHandshakeBody(m.msgType, m.body);
			if (m.fragmentOffset + bytes.length > entry.length) continue;
			entry.buf.set(bytes, m.fragmentOffset);
			entry.have.fill(1, m.fragmentOffset, m.fragmentOffset + bytes.length);
		}
	}
	const out: ReassembledMessage[] = [];
	for (const e of byKey.values()) {
		const msg: ReassembledMessage = {
			msgType: e.msgType,
			name: nameOf(HANDSHAKE_TYPES, e.msgType),
			messageSeq: e.messageSeq,
			length: e.length
		};
		if (e.have.every((b) => b === 1)) {
			msg.bytes = e.buf;
			msg.decoded = decodeHandshakeBody(e.msgType, e.buf);
		}
		out.push(msg);
	}
	return out;
}
