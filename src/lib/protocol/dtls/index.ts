// DTLS as seen on the wire in WebRTC (RFC 6347 DTLS 1.2; RFC 9147 DTLS 1.3 record headers): records, the clear
// handshake messages and their extensions. Encrypted records are shown as such: after ChangeCipherSpec the
// Finished message; application data is SCTP (data channels). SRTP keys come from the DTLS exporter
// (RFC 5705, RFC 5764 §4.2) and media travels as SRTP beside DTLS, never inside it.
export { decodeDtls, encodeDtls, type DtlsRecord } from './dtls';
export type { DtlsPlaintextRecord, DtlsCidRecord, RecordContent } from './record';
export type { DtlsUnifiedRecord } from './unified-header';
export { isUnifiedHeader } from './unified-header';
export { decodeHandshakeBody, encodeHandshakeBody, type HandshakeMessage } from './handshake';
export { reassembleHandshake, type ReassembledMessage } from './reassemble';
export type * from './messages/types';
export type { DtlsExtension, ExtensionContext, ExtensionData, KeyShareEntry } from './extensions/types';
export {
	CONTENT_TYPES,
	PROTOCOL_VERSIONS,
	HANDSHAKE_TYPES,
	CIPHER_SUITES,
	EXTENSION_TYPES,
	NAMED_GROUPS,
	SIGNATURE_SCHEMES,
	SRTP_PROTECTION_PROFILES,
	EC_POINT_FORMATS,
	CERTIFICATE_TYPES,
	ALERT_LEVELS,
	ALERT_DESCRIPTIONS,
	isGrease,
	nameOf,
	type Registry
} from './registries';
