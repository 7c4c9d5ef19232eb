import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeDtls, encodeDtls, type DtlsRecord } from './dtls';
import { reassembleHandshake } from './reassemble';
import { DecodeError, type FieldSpan } from '../bytes/span';
import { hex, toHex } from '../bytes/hex';
import { CAPTURES, readDtlsDatagrams, readTshark } from './fixtures';
import type { HandshakeMessage } from './handshake';
import type { ClientHello, ServerHello } from './messages/types';

type Json = Record<string, unknown>;
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const num = (s: unknown) => Number(s);

/** tshark writes 0x-prefixed hex for versions and suites; this reads it as a number. */
const hexNum = (s: unknown) => parseInt(String(s), 16);

function tsharkExtension(hs: Json, name: string): Json | undefined {
	const key = Object.keys(hs).find((k) => k.startsWith(`Extension: ${name} `));
	return key ? (hs[key] as Json) : undefined;
}

function compareHandshake(ours: HandshakeMessage, theirs: Json) {
	expect(ours.msgType).toBe(num(theirs['dtls.handshake.type']));
	expect(ours.length).toBe(num(theirs['dtls.handshake.length']));
	expect(ours.messageSeq).toBe(num(theirs['dtls.handshake.message_seq']));
	expect(ours.fragmentOffset).toBe(num(theirs['dtls.handshake.fragment_offset']));
	expect(ours.fragmentLength).toBe(num(theirs['dtls.handshake.fragment_length']));
	const body = ours.body;
	if (body.kind === 'client_hello') compareClientHello(body, theirs);
	if (body.kind === 'server_hello') {
		expect(body.serverVersion).toBe(hexNum(theirs['dtls.handshake.version']));
		expect(body.cipherSuite).toBe(hexNum(theirs['dtls.handshake.ciphersuite']));
		compareUseSrtp(body, theirs);
	}
}

function compareClientHello(body: ClientHello, theirs: Json) {
	expect(body.clientVersion).toBe(hexNum(theirs['dtls.handshake.version']));
	expect(body.cookie.length).toBe(num(theirs['dtls.handshake.cookie_length']));
	const suites = asArray((theirs['dtls.handshake.ciphersuites'] as Json)['dtls.handshake.ciphersuite']);
	expect(body.cipherSuites).toEqual(suites.map(hexNum));
	compareUseSrtp(body, theirs);
}

function compareUseSrtp(body: ClientHello | ServerHello, theirs: Json) {
	const ext = tsharkExtension(theirs, 'use_srtp');
	const ours = body.extensions?.find((e) => e.name === 'use_srtp');
	expect(Boolean(ours)).toBe(Boolean(ext));
	if (ext && ours?.data.kind === 'use_srtp') {
		expect(ours.data.profiles).toEqual(asArray(ext['dtls.use_srtp.protection_profile']).map(hexNum));
	}
}

describe.each(CAPTURES)('%s: every DTLS datagram against tshark', (name) => {
	const datagrams = readDtlsDatagrams(name);
	const tshark = readTshark(name);

	test.each(datagrams.map((d) => ({ frame: d.frame, d })))('frame $frame', ({ d }) => {
		const { value, spans } = decodeDtls(d.bytes);
		expect(toHex(encodeDtls(value))).toBe(toHex(d.bytes));
		// Top-level spans tile the datagram.
		let at = 0;
		for (const s of spans) {
			expect(s.offset).toBe(at);
			at += s.length;
		}
		expect(at).toBe(d.bytes.length);
		const theirs = tshark.get(d.frame);
		if (!theirs) {
			// tshark 4.0 does not know DTLS 1.3 unified headers.
			expect(value.every((r) => r.format === 'unified')).toBe(true);
			return;
		}
		const records = asArray(theirs['dtls.record'] as Json | Json[]);
		expect(value.length).toBe(records.length);
		value.forEach((rec, i) => {
			const t = records[i];
			expect(rec.format).toBe('plaintext');
			if (rec.format !== 'plaintext') return;
			expect(rec.contentType).toBe(num(t['dtls.record.content_type']));
			expect(rec.version).toBe(hexNum(t['dtls.record.version']));
			expect(rec.epoch).toBe(num(t['dtls.record.epoch']));
			expect(rec.sequenceNumber).toBe(BigInt(String(t['dtls.record.sequence_number'])));
			expect(rec.length).toBe(num(t['dtls.record.length']));
			if (rec.content.kind === 'handshake') {
				const hs = asArray(t['dtls.handshake'] as Json | Json[]);
				expect(rec.content.messages.length).toBe(hs.length);
				rec.content.messages.forEach((m, j) => compareHandshake(m, hs[j]));
			} else if (rec.content.kind === 'encrypted') {
				expect(rec.epoch > 0 || rec.contentType === 23).toBe(true);
			}
		});
	});
});

describe('what the captures show', () => {
	test('OpenSSL DTLS 1.2: the whole WebRTC-style flight sequence', () => {
		const names = readDtlsDatagrams('dtls12-openssl').map((d) =>
			decodeDtls(d.bytes).value.map((r) =>
				r.format !== 'plaintext'
					? r.format
					: r.content.kind === 'handshake'
						? r.content.messages.map((m) => m.name).join('+')
						: r.content.kind === 'encrypted'
							? `encrypted ${r.contentType}`
							: r.content.kind
			)
		);
		expect(names.slice(0, 7)).toEqual([
			['client_hello'],
			['hello_verify_request'],
			['client_hello'],
			['server_hello', 'certificate', 'server_key_exchange', 'certificate_request', 'server_hello_done'],
			['certificate', 'client_key_exchange', 'certificate_verify', 'change_cipher_spec', 'encrypted 22'],
			['change_cipher_spec', 'encrypted 22'],
			['encrypted 23']
		]);
	});

	test('OpenSSL DTLS 1.2: negotiated parameters (s_client reported ECDHE-ECDSA-AES128-GCM-SHA256, SRTP_AES128_CM_SHA1_80, P-256)', () => {
		const records = readDtlsDatagrams('dtls12-openssl').flatMap((d) => decodeDtls(d.bytes).value);
		const bodies = records.flatMap((r) =>
			r.format === 'plaintext' && r.content.kind === 'handshake' ? r.content.messages.map((m) => m.body) : []
		);
		const sh = bodies.find((b) => b.kind === 'server_hello');
		expect(sh?.kind === 'server_hello' && sh.cipherSuite).toBe(0xc02b);
		expect(
			sh?.kind === 'server_hello' && sh.extensions?.find((e) => e.name === 'use_srtp')?.data
		).toMatchObject({ profiles: [1] });
		const ske = bodies.find((b) => b.kind === 'server_key_exchange');
		expect(ske).toMatchObject({ curveType: 3, namedCurve: 23, signatureAlgorithm: 0x0403 });
		expect(ske?.kind === 'server_key_exchange' && ske.publicKey.length).toBe(65); // uncompressed P-256 point
		const cke = bodies.find((b) => b.kind === 'client_key_exchange');
		expect(cke?.kind === 'client_key_exchange' && cke.publicKey[0]).toBe(4);
		const certs = bodies.filter((b) => b.kind === 'certificate');
		expect(certs).toHaveLength(2);
		const cr = bodies.find((b) => b.kind === 'certificate_request');
		expect(cr).toMatchObject({ certificateAuthorities: [] });
		const cv = bodies.find((b) => b.kind === 'certificate_verify');
		expect(cv).toMatchObject({ signatureAlgorithm: 0x0403 });
	});

	test('Chromium 156: the fragmented ClientHello reassembles to what tshark reassembled', () => {
		const datagrams = readDtlsDatagrams('dtls13-chromium');
		const records = datagrams.flatMap((d) => decodeDtls(d.bytes).value);
		const messages = reassembleHandshake(records);
		const ch = messages.find((m) => m.name === 'client_hello');
		expect(ch?.length).toBe(1413);
		const body = ch?.decoded?.value;
		expect(body?.kind).toBe('client_hello');
		if (body?.kind !== 'client_hello') return;
		// tshark shows the reassembled message on the frame with the last fragment.
		const tshark = readTshark('dtls13-chromium');
		const lastFragmentFrame = datagrams[1].frame;
		const hs = (tshark.get(lastFragmentFrame)!['dtls.record'] as Json)['dtls.handshake'] as Json;
		compareClientHello(body, hs);
		expect(body.extensions?.find((e) => e.name === 'supported_versions')?.data).toEqual({
			kind: 'supported_versions',
			versions: [0xfefc, 0xfefd]
		});
		const shares = body.extensions?.find((e) => e.name === 'key_share')?.data;
		expect(
			shares?.kind === 'key_share' && shares.entries.map((e) => [e.group, e.keyExchange.length])
		).toEqual([
			[0x11ec, 1216],
			[29, 32]
		]);
		const sh = messages.find((m) => m.name === 'server_hello')?.decoded?.value;
		expect(
			sh?.kind === 'server_hello' && sh.extensions?.find((e) => e.name === 'supported_versions')?.data
		).toEqual({
			kind: 'selected_version',
			version: 0xfefc
		});
	});

	test('Chromium 156: after ServerHello only unified-header records, epoch bits 2 then 3', () => {
		const unified = readDtlsDatagrams('dtls13-chromium')
			.flatMap((d) => decodeDtls(d.bytes).value)
			.filter((r) => r.format === 'unified');
		expect(unified.length).toBeGreaterThan(10);
		expect(
			unified.every(
				(r) => r.format === 'unified' && !r.connectionIdPresent && r.sequenceNumber16 && r.lengthPresent
			)
		).toBe(true);
		const epochs = unified.map((r) => (r.format === 'unified' ? r.epochBits : -1));
		expect(epochs.slice(0, 2)).toEqual([2, 2]);
		expect(epochs.at(-1)).toBe(3);
	});
});

describe('annotated bytes', () => {
	// Frame 2 of dtls12-openssl: OpenSSL's HelloVerifyRequest (RFC 6347 §4.2.1).
	const helloVerifyRequest = hex(`
		16 fe ff 00   # handshake record, DTLS 1.0 (RFC 6347 §4.2.1: HelloVerifyRequest uses version 1.0)
		00 00 00 00   # epoch 0, sequence number …
		00 00 00 00   # … 0
		23            # length 35
		03 00 00 17   # hello_verify_request, length 23
		00 00 00 00   # message_seq 0, fragment_offset 0 …
		00 00 00 17   # … fragment_length 23
		fe ff 14      # server_version DTLS 1.0, cookie length 20
		5c 84 df b3 15 07 ab 81 da 31 6b 3c 96 ff 78 c3 c0 c2 76 5f   # cookie
	`);
	test('HelloVerifyRequest', () => {
		const { value, spans } = decodeDtls(helloVerifyRequest);
		expect(value).toEqual([
			{
				format: 'plaintext',
				contentType: 22,
				version: 0xfeff,
				epoch: 0,
				sequenceNumber: 0n,
				length: 35,
				content: {
					kind: 'handshake',
					messages: [
						{
							msgType: 3,
							name: 'hello_verify_request',
							length: 23,
							messageSeq: 0,
							fragmentOffset: 0,
							fragmentLength: 23,
							body: {
								kind: 'hello_verify_request',
								serverVersion: 0xfeff,
								cookie: helloVerifyRequest.subarray(28)
							}
						}
					]
				}
			}
		]);
		const cookie = find(spans, 'dtls.records.0.messages.0.body.cookie');
		expect([cookie.offset, cookie.length]).toEqual([27, 21]);
		expect(encodeDtls(value)).toEqual(helloVerifyRequest);
	});

	const records = hex(`
		14 fe fd 00 00 00 00 00 00 00 06 00 01   # change_cipher_spec, DTLS 1.2, epoch 0, seq 6, length 1
		01                                    # change_cipher_spec (RFC 5246 §7.1)
		15 fe fd 00 00 00 00 00 00 00 07 00 02   # alert, epoch 0, seq 7, length 2
		02 28                                 # fatal handshake_failure (RFC 5246 §7.2)
		17 fe fd 00 01 00 00 00 00 00 01 00 03   # application_data, epoch 1, seq 1, length 3
		aa bb cc                              # encrypted (an SCTP packet in WebRTC)
		2f 12 34 00 02                        # DTLS 1.3 unified header: S, L, epoch bits 3; seq 0x1234; length 2
		de ad                                 # encrypted_record
		24 01 00 01                           # unified header: L, epoch bits 0, 8-bit seq 1, length 1
		ee
		23 05 99 99                           # unified header without length: runs to the end
	`);
	test('ChangeCipherSpec, Alert, ApplicationData and unified headers in one datagram', () => {
		const { value } = decodeDtls(records);
		expect(value.map((r) => (r.format === 'plaintext' ? r.content.kind : r.format))).toEqual([
			'change_cipher_spec',
			'alert',
			'encrypted',
			'unified',
			'unified',
			'unified'
		]);
		expect(value[1]).toMatchObject({ content: { kind: 'alert', level: 2, description: 40 } });
		expect(value[2]).toMatchObject({ content: { carries: 'application data: SCTP for data channels' } });
		expect(value[3]).toMatchObject({
			sequenceNumber16: true,
			lengthPresent: true,
			epochBits: 3,
			sequenceNumber: 0x1234,
			length: 2
		});
		expect(value[5]).toMatchObject({ sequenceNumber16: false, lengthPresent: false, sequenceNumber: 5 });
		expect((value[5] as { encryptedRecord: Uint8Array }).encryptedRecord).toEqual(hex('99 99'));
		expect(encodeDtls(value)).toEqual(records);
	});

	test('errors are DecodeErrors at the right byte', () => {
		const table: { args: string; expected: { code: string; offset: number } }[] = [
			{ args: '', expected: { code: 'truncated', offset: 0 } },
			{ args: '00 01', expected: { code: 'not-dtls', offset: 0 } },
			{ args: '16 fe fd 00 00 00 00 00 00 00 00 00 05 0e', expected: { code: 'truncated', offset: 13 } },
			{
				args: '14 fe fd 00 00 00 00 00 00 00 00 00 01 02',
				expected: { code: 'bad-change-cipher-spec', offset: 13 }
			},
			{
				args: '16 fe fd 00 00 00 00 00 00 00 00 00 0c 0e 00 00 00 00 00 00 00 00 00 00 01',
				expected: { code: 'bad-fragment', offset: 22 }
			},
			{
				args: '16 fe fd 00 00 00 00 00 00 00 00 00 0d 0e 00 00 01 00 00 00 00 00 00 00 01 00',
				expected: { code: 'trailing-bytes', offset: 25 }
			},
			{ args: '14 fe fd 00 00 00 00 00 00 00 00 00 01 01 80', expected: { code: 'not-dtls', offset: 14 } }
		];
		for (const { args, expected } of table) {
			let error: unknown;
			try {
				decodeDtls(hex(args));
			} catch (e) {
				error = e;
			}
			expect(error, args).toBeInstanceOf(DecodeError);
			expect(error, args).toMatchObject(expected);
		}
	});
});

function find(spans: FieldSpan[], path: string): FieldSpan {
	for (const s of spans) {
		if (s.path === path) return s;
		const inner = s.children && findOrUndefined(s.children, path);
		if (inner) return inner;
	}
	throw new Error(`no span ${path}`);
}
function findOrUndefined(spans: FieldSpan[], path: string): FieldSpan | undefined {
	try {
		return find(spans, path);
	} catch {
		return undefined;
	}
}

describe('properties', () => {
	const real = CAPTURES.flatMap((n) => readDtlsDatagrams(n).map((d) => d.bytes));

	test('random bytes: only DecodeError', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 20, max: 63 }), (bytes, first) => {
				const input = bytes.length ? Uint8Array.from([first, ...bytes]) : bytes;
				try {
					const { value } = decodeDtls(input);
					expect(encodeDtls(value)).toEqual(input);
				} catch (e) {
					expect(e).toBeInstanceOf(DecodeError);
				}
			}),
			{ numRuns: 3000 }
		);
	});

	test('mutated real datagrams: only DecodeError; a success re-encodes byte for byte', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...real),
				fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 4 }),
				fc.nat(),
				(original, edits, cut) => {
					const bytes = original.slice(0, original.length - (cut % 3 === 0 ? cut % 40 : 0));
					for (const [at, v] of edits) if (bytes.length) bytes[at % bytes.length] = v;
					try {
						const { value } = decodeDtls(bytes);
						expect(toHex(encodeDtls(value))).toBe(toHex(bytes));
					} catch (e) {
						expect(e).toBeInstanceOf(DecodeError);
					}
				}
			),
			{ numRuns: 3000 }
		);
	});

	const u = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
	const clientHello = fc.record({
		kind: fc.constant('client_hello' as const),
		clientVersion: fc.constantFrom(0xfefd, 0xfeff),
		random: u(32).map((bytes) => ({
			bytes,
			gmtUnixTime: ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0
		})),
		sessionId: fc.uint8Array({ maxLength: 32 }),
		cookie: fc.uint8Array({ maxLength: 32 }),
		cipherSuites: fc.array(fc.nat(0xffff), { minLength: 1, maxLength: 10 }),
		compressionMethods: fc.constant([0]).map((m) => [...m]),
		extensions: fc.uniqueArray(
			fc.oneof(
				fc.array(fc.constantFrom(1, 2, 7, 8), { minLength: 1, maxLength: 4 }).map((profiles) => ({
					type: 14,
					name: 'use_srtp',
					data: { kind: 'use_srtp' as const, profiles, mki: new Uint8Array() }
				})),
				fc.array(fc.nat(0xffff), { minLength: 1, maxLength: 5 }).map((groups) => ({
					type: 10,
					name: 'supported_groups',
					data: { kind: 'supported_groups' as const, groups }
				})),
				fc.constant({ type: 23, name: 'extended_master_secret', data: { kind: 'empty' as const } }),
				fc
					.uint8Array({ minLength: 1, maxLength: 8 })
					.map((bytes) => ({ type: 0x7777, name: 'unknown (0x7777)', data: { kind: 'raw' as const, bytes } }))
			),
			{ selector: (e) => e.type, maxLength: 4 }
		)
	});
	const record: fc.Arbitrary<DtlsRecord> = fc.oneof(
		fc
			.record({
				epoch: fc.nat(3),
				seq: fc.bigInt({ min: 0n, max: (1n << 48n) - 1n }),
				bytes: fc.uint8Array({ maxLength: 40 })
			})
			.map(({ epoch, seq, bytes }) => ({
				format: 'plaintext' as const,
				contentType: 23,
				version: 0xfefd,
				epoch: epoch + 1,
				sequenceNumber: seq,
				length: bytes.length,
				content: { kind: 'encrypted' as const, bytes, carries: 'application data: SCTP for data channels' }
			})),
		fc.record({ seq: fc.nat(1000), body: clientHello }).map(({ seq, body }) => ({
			format: 'plaintext' as const,
			contentType: 22,
			version: 0xfeff,
			epoch: 0,
			sequenceNumber: BigInt(seq),
			length: 0,
			content: {
				kind: 'handshake' as const,
				messages: [
					{
						msgType: 1,
						name: 'client_hello',
						length: 0,
						messageSeq: seq,
						fragmentOffset: 0,
						fragmentLength: 0,
						body
					}
				]
			}
		})),
		fc
			.record({
				s: fc.boolean(),
				l: fc.boolean(),
				e: fc.nat(3),
				seq: fc.nat(255),
				bytes: fc.uint8Array({ maxLength: 30 })
			})
			.map(({ s, l, e, seq, bytes }) => ({
				format: 'unified' as const,
				connectionIdPresent: false,
				sequenceNumber16: s,
				lengthPresent: l,
				epochBits: e,
				sequenceNumber: seq,
				...(l ? { length: bytes.length } : {}),
				encryptedRecord: bytes
			}))
	);

	test('generated records: encode → decode → encode is byte-exact', () => {
		fc.assert(
			fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), (recs) => {
				// A record without a length field must be the datagram's last.
				const ordered = recs.filter((r) => !(r.format === 'unified' && !r.lengthPresent));
				const tail = recs.find((r) => r.format === 'unified' && !r.lengthPresent);
				const all = tail ? [...ordered, tail] : ordered;
				const bytes = encodeDtls(all);
				const { value } = decodeDtls(bytes);
				expect(encodeDtls(value)).toEqual(bytes);
				expect(value.length).toBe(all.length);
			})
		);
	});
});
