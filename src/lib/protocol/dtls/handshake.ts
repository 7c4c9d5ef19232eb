// RFC 6347 §4.2.2 Handshake message (DTLS adds message_seq and fragmentation to the TLS header):
//
//   struct {
//     HandshakeType msg_type;
//     uint24 length;
//     uint16 message_seq;                               // New field
//     uint24 fragment_offset;                           // New field
//     uint24 fragment_length;                           // New field
//     select (HandshakeType) { ... } body;
//   } Handshake;
//
// A message bigger than one datagram is cut into fragments; the body is decoded only when a record carries it
// whole (fragment_offset 0, fragment_length = length). reassemble.ts joins fragments.
import { ByteReader } from '../bytes/reader';
import { ByteWriter } from '../bytes/writer';
import { DecodeError, type Decoded, type FieldSpan } from '../bytes/span';
import { expectEnd, shortHex, span, subReader } from './field';
import { HANDSHAKE_TYPES, nameOf } from './registries';
import type { HandshakeBody } from './messages/types';
import { decodeClientHello, encodeClientHello } from './messages/client-hello';
import { decodeServerHello, encodeServerHello } from './messages/server-hello';
import { decodeHelloVerifyRequest, encodeHelloVerifyRequest } from './messages/hello-verify-request';
import { decodeCertificate, encodeCertificate } from './messages/certificate';
import { decodeServerKeyExchange, encodeServerKeyExchange } from './messages/server-key-exchange';
import { decodeCertificateRequest, encodeCertificateRequest } from './messages/certificate-request';
import { decodeServerHelloDone } from './messages/server-hello-done';
import { decodeClientKeyExchange, encodeClientKeyExchange } from './messages/client-key-exchange';
import { decodeCertificateVerify, encodeCertificateVerify } from './messages/certificate-verify';

export interface HandshakeMessage {
	msgType: number;
	/** IANA name, e.g. `client_hello`. */
	name: string;
	/** Length of the whole message body (all fragments). */
	length: number;
	messageSeq: number;
	fragmentOffset: number;
	/** Bytes of the body in this record (derived from the body when encoding). */
	fragmentLength: number;
	body: HandshakeBody;
}

interface BodyCodec {
	type: number;
	decode(r: ByteReader, path: string): { value: HandshakeBody; spans: FieldSpan[] };
	encode(w: ByteWriter, body: HandshakeBody): void;
	/** Layout depends on the negotiated key exchange: a body that does not fit stays raw instead of failing. */
	lenient?: boolean;
}

function codec<B extends HandshakeBody>(
	type: number,
	kind: B['kind'],
	decode: (r: ByteReader, path: string) => { value: B; spans: FieldSpan[] },
	encode: (w: ByteWriter, body: B) => void,
	lenient = false
): BodyCodec {
	return {
		type,
		decode,
		encode: (w, body) => {
			if (body.kind !== kind) throw new TypeError(`a ${kind} message needs a ${kind} body, not ${body.kind}`);
			encode(w, body as B);
		},
		lenient
	};
}

/** The registry: handshake type → body decoder and encoder. */
const BODY_CODECS: ReadonlyMap<number, BodyCodec> = new Map(
	[
		codec(1, 'client_hello', decodeClientHello, encodeClientHello),
		codec(2, 'server_hello', decodeServerHello, encodeServerHello),
		codec(3, 'hello_verify_request', decodeHelloVerifyRequest, encodeHelloVerifyRequest),
		codec(11, 'certificate', decodeCertificate, encodeCertificate),
		codec(12, 'server_key_exchange', decodeServerKeyExchange, encodeServerKeyExchange, true),
		codec(13, 'certificate_request', decodeCertificateRequest, encodeCertificateRequest),
		codec(14, 'server_hello_done', decodeServerHelloDone, () => {}),
		codec(15, 'certificate_verify', decodeCertificateVerify, encodeCertificateVerify),
		codec(16, 'client_key_exchange', decodeClientKeyExchange, encodeClientKeyExchange, true)
	].map((c) => [c.type, c])
);

/** Decodes a whole handshake body of type `msgType` from r (which ends where the body ends). */
function decodeBody(
	r: ByteReader,
	msgType: number,
	path: string
): { body: HandshakeBody; spans: FieldSpan[] } {
	const start = r.offset;
	const c = BODY_CODECS.get(msgType);
	const raw = (): { body: HandshakeBody; spans: FieldSpan[] } => {
		r.offset = start;
		const bytes = r.take(r.remaining, 'body');
		return {
			body: { kind: 'raw', bytes },
			spans: bytes.length
				? [span(`${path}.raw`, 'body', start, bytes.length, bytes, 'dtls.handshake.rawBody', shortHex(bytes))]
				: []
		};
	};
	if (!c) return raw();
	try {
		const { value, spans } = c.decode(r, path);
		expectEnd(r, `the ${nameOf(HANDSHAKE_TYPES, msgType)} body`);
		return { body: value, spans };
	} catch (e) {
		if (c.lenient && e instanceof DecodeError) return raw();
		throw e;
	}
}

/** Decodes one complete handshake body (e.g. reassembled from fragments); spans are relative to `bytes`. */
export function decodeHandshakeBody(
	msgType: number,
	bytes: Uint8Array,
	path = 'body'
): Decoded<HandshakeBody> {
	const { body, spans } = decodeBody(new ByteReader(bytes), msgType, path);
	return { value: body, spans };
}

export function encodeHandshakeBody(msgType: number, body: HandshakeBody): Uint8Array {
	const w = new ByteWriter();
	writeBody(w, msgType, body);
	return w.finish();
}

function writeBody(w: ByteWriter, msgType: number, body: HandshakeBody): void {
	if (body.kind === 'raw' || body.kind === 'fragment') {
		w.bytes(body.bytes);
		return;
	}
	const c = BODY_CODECS.get(msgType);
	if (!c) throw new TypeError(`no encoder for handshake type ${msgType}`);
	c.encode(w, body);
}

/** Reads every handshake message in a record's fragment (r ends at the record's end). */
export function decodeHandshakeMessages(
	r: ByteReader,
	path: string
): { messages: HandshakeMessage[]; spans: FieldSpan[] } {
	const messages: HandshakeMessage[] = [];
	const spans: FieldSpan[] = [];
	while (r.remaining > 0) {
		const p = `${path}.${messages.length}`;
		const start = r.offset;
		const msgType = r.u8('msg_type');
		const length = r.u24('length');
		const messageSeq = r.u16('message_seq');
		const fragmentOffset = r.u24('fragment_offset');
		const fragmentLength = r.u24('fragment_length');
		const name = nameOf(HANDSHAKE_TYPES, msgType);
		if (fragmentOffset + fragmentLength > length) {
			throw new DecodeError(
				`fragment ${fragmentOffset}+${fragmentLength} runs past the message length ${length}`,
				start + 9,
				'bad-fragment'
			);
		}
		const bodyStart = r.offset;
		const sub = subReader(r, fragmentLength, `${name} fragment`);
		let body: HandshakeBody;
		let bodySpans: FieldSpan[];
		const whole = fragmentOffset === 0 && fragmentLength === length;
		if (whole) {
			({ body, spans: bodySpans } = decodeBody(sub, msgType, `${p}.body`));
		} else {
			const bytes = sub.take(fragmentLength, 'fragment');
			body = { kind: 'fragment', bytes };
			bodySpans = [
				span(
					`${p}.fragment`,
					'fragment',
					bodyStart,
					fragmentLength,
					bytes,
					'dtls.handshake.fragment',
					`bytes ${fragmentOffset}–${fragmentOffset + fragmentLength - 1} of ${length}`
				)
			];
		}
		messages.push({ msgType, name, length, messageSeq, fragmentOffset, fragmentLength, body });
		const display = whole ? name : `${name} (fragment ${fragmentOffset}+${fragmentLength} of ${length})`;
		spans.push(
			span(
				p,
				name,
				start,
				12 + fragmentLength,
				name,
				`dtls.handshake.${BODY_CODECS.has(msgType) ? name : 'other'}`,
				display,
				[
					span(
						`${p}.msgType`,
						'msg_type',
						start,
						1,
						msgType,
						'dtls.handshake.msgType',
						`${name} (${msgType})`
					),
					span(`${p}.length`, 'length', start + 1, 3, length, 'dtls.handshake.length', String(length)),
					span(
						`${p}.messageSeq`,
						'message_seq',
						start + 4,
						2,
						messageSeq,
						'dtls.handshake.messageSeq',
						String(messageSeq)
					),
					span(
						`${p}.fragmentOffset`,
						'fragment_offset',
						start + 6,
						3,
						fragmentOffset,
						'dtls.handshake.fragmentOffset',
						String(fragmentOffset)
					),
					span(
						`${p}.fragmentLength`,
						'fragment_length',
						start + 9,
						3,
						fragmentLength,
						'dtls.handshake.fragmentLength',
						String(fragmentLength)
					),
					...bodySpans
				]
			)
		);
	}
	return { messages, spans };
}

/** Writes handshake messages; a whole message's length and fragment_length come from its encoded body. */
export function encodeHandshakeMessages(w: ByteWriter, messages: readonly HandshakeMessage[]): void {
	for (const m of messages) {
		const body = encodeHandshakeBody(m.msgType, m.body);
		const fragment = m.body.kind === 'fragment';
		w.u8(m.msgType)
			.u24(fragment ? m.length : body.length)
			.u16(m.messageSeq)
			.u24(fragment ? m.fragmentOffset : 0)
			.u24(body.length)
			.bytes(body);
	}
}
