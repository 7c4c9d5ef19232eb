// IANA "Transport Layer Security (TLS) Parameters" and "TLS ExtensionType Values" registries, as data: every
// name lookup in the DTLS decoder derives from these tables. Only values seen in WebRTC and common TLS stacks are
// listed; others display as "unknown (0x....)".

export type Registry = ReadonlyMap<number, string>;

const table = (rows: [number, string][]): Registry => new Map(rows);

/** RFC 6347 §4.1 / RFC 9147 §4 ContentType (RFC 9146 adds tls12_cid, RFC 9147 adds ack). */
export const CONTENT_TYPES = table([
	[20, 'change_cipher_spec'],
	[21, 'alert'],
	[22, 'handshake'],
	[23, 'application_data'],
	[24, 'heartbeat'],
	[25, 'tls12_cid'],
	[26, 'ack']
]);

/** ProtocolVersion on the wire: DTLS counts down (1's complement of 1.0, 1.2, 1.3). */
export const PROTOCOL_VERSIONS = table([
	[0xfeff, 'DTLS 1.0'],
	[0xfefd, 'DTLS 1.2'],
	[0xfefc, 'DTLS 1.3'],
	[0x0301, 'TLS 1.0'],
	[0x0302, 'TLS 1.1'],
	[0x0303, 'TLS 1.2'],
	[0x0304, 'TLS 1.3']
]);

/** HandshakeType (RFC 6347 §4.3.2, RFC 8446 §4, RFC 9147 §5). */
export const HANDSHAKE_TYPES = table([
	[0, 'hello_request'],
	[1, 'client_hello'],
	[2, 'server_hello'],
	[3, 'hello_verify_request'],
	[4, 'new_session_ticket'],
	[5, 'end_of_early_data'],
	[6, 'hello_retry_request'],
	[8, 'encrypted_extensions'],
	[11, 'certificate'],
	[12, 'server_key_exchange'],
	[13, 'certificate_request'],
	[14, 'server_hello_done'],
	[15, 'certificate_verify'],
	[16, 'client_key_exchange'],
	[20, 'finished'],
	[24, 'key_update'],
	[254, 'message_hash']
]);

/** TLS Cipher Suites (IANA names, TLS_ prefix kept). */
export const CIPHER_SUITES = table([
	[0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'],
	[0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'],
	[0x009c, 'TLS_RSA_WITH_AES_128_GCM_SHA256'],
	[0x009d, 'TLS_RSA_WITH_AES_256_GCM_SHA384'],
	[0x00ff, 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV'],
	[0x1301, 'TLS_AES_128_GCM_SHA256'],
	[0x1302, 'TLS_AES_256_GCM_SHA384'],
	[0x1303, 'TLS_CHACHA20_POLY1305_SHA256'],
	[0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'],
	[0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'],
	[0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
	[0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'],
	[0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'],
	[0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'],
	[0xc02b, 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
	[0xc02c, 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
	[0xc02f, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
	[0xc030, 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
	[0xc0ac, 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM'],
	[0xc0ae, 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8'],
	[0xcca8, 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
	[0xcca9, 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256']
]);

/** TLS ExtensionType Values. */
export const EXTENSION_TYPES = table([
	[0, 'server_name'],
	[1, 'max_fragment_length'],
	[5, 'status_request'],
	[10, 'supported_groups'],
	[11, 'ec_point_formats'],
	[13, 'signature_algorithms'],
	[14, 'use_srtp'],
	[16, 'application_layer_protocol_negotiation'],
	[18, 'signed_certificate_timestamp'],
	[21, 'padding'],
	[22, 'encrypt_then_mac'],
	[23, 'extended_master_secret'],
	[27, 'compress_certificate'],
	[35, 'session_ticket'],
	[41, 'pre_shared_key'],
	[42, 'early_data'],
	[43, 'supported_versions'],
	[44, 'cookie'],
	[45, 'psk_key_exchange_modes'],
	[51, 'key_share'],
	[54, 'connection_id'],
	[65281, 'renegotiation_info']
]);

/** TLS Supported Groups (RFC 8422, RFC 7919, draft-ietf-tls-ecdhe-mlkem). */
export const NAMED_GROUPS = table([
	[23, 'secp256r1'],
	[24, 'secp384r1'],
	[25, 'secp521r1'],
	[29, 'x25519'],
	[30, 'x448'],
	[256, 'ffdhe2048'],
	[257, 'ffdhe3072'],
	[0x11eb, 'SecP256r1MLKEM768'],
	[0x11ec, 'X25519MLKEM768'],
	[0x6399, 'X25519Kyber768Draft00']
]);

/** TLS SignatureScheme (RFC 8446 §4.2.3; the TLS 1.2 hash/signature pairs share the code points). */
export const SIGNATURE_SCHEMES = table([
	[0x0201, 'rsa_pkcs1_sha1'],
	[0x0203, 'ecdsa_sha1'],
	[0x0401, 'rsa_pkcs1_sha256'],
	[0x0403, 'ecdsa_secp256r1_sha256'],
	[0x0501, 'rsa_pkcs1_sha384'],
	[0x0503, 'ecdsa_secp384r1_sha384'],
	[0x0601, 'rsa_pkcs1_sha512'],
	[0x0603, 'ecdsa_secp521r1_sha512'],
	[0x0804, 'rsa_pss_rsae_sha256'],
	[0x0805, 'rsa_pss_rsae_sha384'],
	[0x0806, 'rsa_pss_rsae_sha512'],
	[0x0807, 'ed25519'],
	[0x0808, 'ed448'],
	[0x0809, 'rsa_pss_pss_sha256']
]);

/** RFC 5764 §4.1.2 SRTP Protection Profiles (+ RFC 7714 §14.2 AEAD profiles). */
export const SRTP_PROTECTION_PROFILES = table([
	[0x0001, 'SRTP_AES128_CM_HMAC_SHA1_80'],
	[0x0002, 'SRTP_AES128_CM_HMAC_SHA1_32'],
	[0x0005, 'SRTP_NULL_HMAC_SHA1_80'],
	[0x0006, 'SRTP_NULL_HMAC_SHA1_32'],
	[0x0007, 'SRTP_AEAD_AES_128_GCM'],
	[0x0008, 'SRTP_AEAD_AES_256_GCM']
]);

/** RFC 8422 §5.1.2 ECPointFormat. */
export const EC_POINT_FORMATS = table([
	[0, 'uncompressed'],
	[1, 'ansiX962_compressed_prime'],
	[2, 'ansiX962_compressed_char2']
]);

/** RFC 5246 §7.4.4 ClientCertificateType. */
export const CERTIFICATE_TYPES = table([
	[1, 'rsa_sign'],
	[2, 'dss_sign'],
	[64, 'ecdsa_sign']
]);

/** RFC 8446 §6 AlertLevel / AlertDescription. */
export const ALERT_LEVELS = table([
	[1, 'warning'],
	[2, 'fatal']
]);
export const ALERT_DESCRIPTIONS = table([
	[0, 'close_notify'],
	[10, 'unexpected_message'],
	[20, 'bad_record_mac'],
	[22, 'record_overflow'],
	[40, 'handshake_failure'],
	[42, 'bad_certificate'],
	[43, 'unsupported_certificate'],
	[44, 'certificate_revoked'],
	[45, 'certificate_expired'],
	[46, 'certificate_unknown'],
	[47, 'illegal_parameter'],
	[48, 'unknown_ca'],
	[49, 'access_denied'],
	[50, 'decode_error'],
	[51, 'decrypt_error'],
	[70, 'protocol_version'],
	[71, 'insufficient_security'],
	[80, 'internal_error'],
	[86, 'inappropriate_fallback'],
	[90, 'user_canceled'],
	[100, 'no_renegotiation'],
	[109, 'missing_extension'],
	[110, 'unsupported_extension'],
	[112, 'unrecognized_name'],
	[116, 'certificate_required'],
	[120, 'no_application_protocol']
]);

/** RFC 8701 GREASE: 0x0a0a, 0x1a1a, … 0xfafa — values a client sends so servers learn to ignore unknown ones. */
export function isGrease(v: number): boolean {
	return (v & 0x0f0f) === 0x0a0a && v >> 8 === (v & 0xff);
}

const hex4 = (v: number): string => `0x${v.toString(16).padStart(4, '0')}`;

/** `name (0x1301)`-style lookups; GREASE and unknown values get a readable placeholder. */
export function nameOf(registry: Registry, v: number): string {
	return registry.get(v) ?? (isGrease(v) ? `GREASE (${hex4(v)})` : `unknown (${hex4(v)})`);
}
