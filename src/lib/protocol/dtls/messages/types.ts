// Decoded bodies of the DTLS handshake messages that cross the wire in clear during a WebRTC handshake.
import type { DtlsExtension } from '../extensions/types';

export interface HelloRandom {
	/** All 32 bytes. */
	bytes: Uint8Array;
	/** RFC 5246 §7.4.1.2: the first 4 bytes were once the sender's clock; modern stacks send random bytes. */
	gmtUnixTime: number;
}

export interface ClientHello {
	kind: 'client_hello';
	clientVersion: number;
	random: HelloRandom;
	sessionId: Uint8Array;
	cookie: Uint8Array;
	cipherSuites: number[];
	compressionMethods: number[];
	/** Undefined when the message ends before the extensions block (allowed in TLS 1.2). */
	extensions?: DtlsExtension[];
}

export interface ServerHello {
	kind: 'server_hello';
	serverVersion: number;
	random: HelloRandom;
	sessionId: Uint8Array;
	cipherSuite: number;
	compressionMethod: number;
	extensions?: DtlsExtension[];
}

export interface HelloVerifyRequest {
	kind: 'hello_verify_request';
	serverVersion: number;
	cookie: Uint8Array;
}

export interface CertificateMessage {
	kind: 'certificate';
	/** DER-encoded X.509 certificates, sender's own first. */
	certificates: Uint8Array[];
}

export interface ServerKeyExchange {
	kind: 'server_key_exchange';
	/** 3 = named_curve (RFC 8422 §5.4), the only form WebRTC uses. */
	curveType: number;
	namedCurve: number;
	publicKey: Uint8Array;
	signatureAlgorithm: number;
	signature: Uint8Array;
}

export interface CertificateRequest {
	kind: 'certificate_request';
	certificateTypes: number[];
	signatureAlgorithms: number[];
	certificateAuthorities: Uint8Array[];
}

export interface ServerHelloDone {
	kind: 'server_hello_done';
}

export interface ClientKeyExchange {
	kind: 'client_key_exchange';
	/** ECDHE public point (RFC 8422 §5.7 ClientECDiffieHellmanPublic). */
	publicKey: Uint8Array;
}

export interface CertificateVerify {
	kind: 'certificate_verify';
	signatureAlgorithm: number;
	signature: Uint8Array;
}

/** Part of a message that was split across records (fragment_offset > 0 or fragment_length < length). */
export interface HandshakeFragment {
	kind: 'fragment';
	bytes: Uint8Array;
}

/** A message type not decoded here, or a body whose layout depends on state the bytes do not carry. */
export interface RawHandshakeBody {
	kind: 'raw';
	bytes: Uint8Array;
}

export type HandshakeBody =
	| ClientHello
	| ServerHello
	| HelloVerifyRequest
	| CertificateMessage
	| ServerKeyExchange
	| CertificateRequest
	| ServerHelloDone
	| ClientKeyExchange
	| CertificateVerify
	| HandshakeFragment
	| RawHandshakeBody;
