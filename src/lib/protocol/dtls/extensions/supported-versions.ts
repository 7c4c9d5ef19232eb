// RFC 8446 §4.2.1 supported_versions:
//   struct {
//       select (Handshake.msg_type) {
//           case client_hello: ProtocolVersion versions<2..254>;
//           case server_hello: ProtocolVersion selected_version;
//       };
//   } SupportedVersions;
// DTLS 1.3 (RFC 9147 §5.3) negotiates its version here: the ClientHello's legacy version stays DTLS 1.2.
import type { ExtensionCodec } from './types';
import { readNumberList, span } from '../field';
import { PROTOCOL_VERSIONS, nameOf } from '../registries';

export const supportedVersions: ExtensionCodec = {
	type: 43,
	decode(r, context, path) {
		if (context === 'server_hello') {
			const at = r.offset;
			const version = r.u16('selected_version');
			return {
				data: { kind: 'selected_version', version },
				spans: [
					span(
						`${path}.selectedVersion`,
						'selected_version',
						at,
						2,
						version,
						'dtls.extension.supported_versions.versions',
						nameOf(PROTOCOL_VERSIONS, version)
					)
				]
			};
		}
		const list = readNumberList(
			r,
			1,
			2,
			`${path}.versions`,
			'versions',
			'ProtocolVersion',
			'dtls.extension.supported_versions.versions',
			PROTOCOL_VERSIONS
		);
		return { data: { kind: 'supported_versions', versions: list.values }, spans: [list.span] };
	},
	encode(w, data) {
		if (data.kind === 'selected_version') w.u16(data.version);
		else if (data.kind === 'supported_versions') {
			w.u8(data.versions.length * 2);
			for (const v of data.versions) w.u16(v);
		} else throw new TypeError('supported_versions needs versions');
	}
};
