// Every span decoded from the DTLS fixtures has a note, and every DTLS note is used by some fixture span.
import { describe, expect, test } from 'vitest';
import { ALL_NOTES } from '$lib/notes';
import { dtlsNotes } from '../../notes/dtls';
import type { FieldSpan } from '../bytes/span';
import { hex } from '../bytes/hex';
import { decodeDtls, encodeDtls } from './dtls';
import { reassembleHandshake } from './reassemble';
import { CAPTURES, readDtlsDatagrams } from './fixtures';

// Hand-annotated datagrams, laid out from the RFCs, for what the real captures do not contain.
const ANNOTATED: Record<string, Uint8Array> = {
	// A ClientHello with the RFC 7301 / RFC 8833 ALPN "webrtc", empty session_ticket (RFC 5077 §3.2) and
	// signed_certificate_timestamp (RFC 6962 §3.3.1) extensions, and an unassigned extension 0x7777.
	clientHelloExtensions: hex(`
		16 fe fd 00   # handshake record, DTLS 1.2, epoch …
		00 00 00 00   # … 0, sequence number …
		00 00 00 00   # … 0, length …
		52            # … 82
		01 00 00 46   # client_hello, length 70
		00 00 00 00   # message_seq 0, fragment_offset 0 …
		00 00 00 46   # … fragment_length 70
		fe fd         # client_version DTLS 1.2
		00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   # random …
		00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   # … (32 bytes)
		00 00         # session_id empty, cookie empty
		00 02 c0 2b   # cipher_suites: TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
		01 00         # compression_methods: null
		00 1a         # extensions length 26
		00 10 00 09   # application_layer_protocol_negotiation, length 9
		00 07 06      # protocol_name_list length 7, name length 6
		77 65 62 72 74 63   # "webrtc"
		00 23 00 00   # session_ticket, empty
		00 12 00 00   # signed_certificate_timestamp, empty
		77 77 00 01   # unassigned 0x7777, length 1
		aa
	`),
	// Records the captures do not show in clear (RFC 6347 §4.1 header, RFC 5246 §7.2 alert, RFC 9146 §4).
	otherRecords: hex(`
		15 fe fd 00 00 00 00 00 00 00 07 00 02   # alert, epoch 0, seq 7, length 2
		02 28                                       # fatal, handshake_failure
		14 fe fd 00 01 00 00 00 00 00 00 00 01   # change_cipher_spec in epoch 1: encrypted
		99
		18 fe fd 00 00 00 00 00 00 00 08 00 03   # heartbeat (24), not decoded
		01 00 00
		16 fe fd 00 00 00 00 00 00 00 09 00 0f   # handshake, length 15
		04 00 00 03 00 05 00 00 00 00 00 03         # new_session_ticket, length 3, message_seq 5
		01 02 03                                    # body kept raw
		19 fe fd 00 01 00 00 00 00 00 0a         # tls12_cid record: epoch 1, seq 10, then …
		aa bb cc dd 00 02 ee ff                     # … cid, length and ciphertext: not separable
	`)
};

function walk(spans: FieldSpan[], visit: (s: FieldSpan) => void) {
	for (const s of spans) {
		visit(s);
		if (s.children) walk(s.children, visit);
	}
}

function allSpans(): FieldSpan[] {
	const out: FieldSpan[] = [];
	const add = (spans: FieldSpan[]) => walk(spans, (s) => out.push(s));
	for (const name of CAPTURES) {
		const records = readDtlsDatagrams(name).flatMap((d) => {
			const { value, spans } = decodeDtls(d.bytes);
			add(spans);
			return value;
		});
		for (const m of reassembleHandshake(records)) if (m.decoded) add(m.decoded.spans);
	}
	for (const bytes of Object.values(ANNOTATED)) {
		const { value, spans } = decodeDtls(bytes);
		expect(encodeDtls(value)).toEqual(bytes);
		add(spans);
	}
	return out;
}

describe('DTLS notes', () => {
	const spans = allSpans();

	test('every span from the fixtures has a note', () => {
		const missing = [...new Set(spans.map((s) => s.noteId))].filter((id) => !(id in ALL_NOTES));
		expect(missing).toEqual([]);
	});

	test('every DTLS note is used by a fixture span', () => {
		const used = new Set(spans.map((s) => s.noteId));
		expect(Object.keys(dtlsNotes).filter((id) => !used.has(id))).toEqual([]);
	});

	test('children lie inside their parent and leaves cover every byte', () => {
		for (const name of CAPTURES) {
			for (const d of readDtlsDatagrams(name)) {
				const covered = new Uint8Array(d.bytes.length);
				const check = (list: FieldSpan[], parent?: FieldSpan) => {
					for (const s of list) {
						if (parent) {
							expect(s.offset).toBeGreaterThanOrEqual(parent.offset);
							expect(s.offset + s.length).toBeLessThanOrEqual(parent.offset + parent.length);
						}
						if (s.children?.length) check(s.children, s);
						else covered.fill(1, s.offset, s.offset + s.length);
					}
				};
				check(decodeDtls(d.bytes).spans);
				expect(covered.indexOf(0), `${name} frame ${d.frame}`).toBe(-1);
			}
		}
	});

	test('notes are bilingual, specific and cite an RFC', () => {
		for (const [id, n] of Object.entries(dtlsNotes)) {
			expect(id.startsWith('dtls.')).toBe(true);
			expect(n.text['zh-TW']).not.toBe(n.text.en);
			expect(n.text.en.length, id).toBeGreaterThan(30);
			expect(n.ref?.rfc, id).toBeGreaterThan(0);
		}
	});
});
