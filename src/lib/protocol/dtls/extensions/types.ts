// The decoded forms of the TLS/DTLS extensions this library names; anything else stays raw bytes.
import type { ByteReader } from '../../bytes/reader';
import type { ByteWriter } from '../../bytes/writer';
import type { FieldSpan } from '../../bytes/span';

/** Which message an extension sits in: some (supported_versions, key_share) differ between hellos. */
export type ExtensionContext = 'client_hello' | 'server_hello';

export interface KeyShareEntry {
	group: number;
	keyExchange: Uint8Array;
}

export type ExtensionData =
	| { kind: 'use_srtp'; profiles: number[]; mki: Uint8Array }
	| { kind: 'supported_groups'; groups: number[] }
	| { kind: 'ec_point_formats'; formats: number[] }
	| { kind: 'signature_algorithms'; schemes: number[] }
	| { kind: 'application_layer_protocol_negotiation'; protocols: Uint8Array[] }
	| { kind: 'supported_versions'; versions: number[] }
	| { kind: 'selected_version'; version: number }
	| { kind: 'key_share'; entries: KeyShareEntry[] }
	| { kind: 'key_share_selected'; entry: KeyShareEntry }
	| { kind: 'renegotiation_info'; renegotiatedConnection: Uint8Array }
	| { kind: 'empty' }
	| { kind: 'raw'; bytes: Uint8Array };

export interface DtlsExtension {
	type: number;
	/** IANA name, or `unknown (0x….)` / `GREASE (0x….)`. */
	name: string;
	data: ExtensionData;
}

export interface ExtensionCodec {
	type: number;
	/** Reads the extension_data (the reader ends where it ends); spans are the data's children. */
	decode(r: ByteReader, context: ExtensionContext, path: string): { data: ExtensionData; spans: FieldSpan[] };
	encode(w: ByteWriter, data: ExtensionData): void;
}
