// RFC 7301 §3.1 application_layer_protocol_negotiation:
//   opaque ProtocolName<1..2^8-1>;
//   struct { ProtocolName protocol_name_list<2..2^16-1> } ProtocolNameList;
// WebRTC uses it for "webrtc" / "c-webrtc" (RFC 8833).
import type { ExtensionCodec } from './types';
import type { FieldSpan } from '../../bytes/span';
import { readLength, readOpaque, span, subReader } from '../field';

const latin1 = (b: Uint8Array): string => String.fromCharCode(...b);

export const alpn: ExtensionCodec = {
	type: 16,
	decode(r, _context, path) {
		const start = r.offset;
		const n = readLength(r, 2, 'protocol_name_list length');
		const sub = subReader(r, n, 'protocol_name_list');
		const protocols: Uint8Array[] = [];
		const children: FieldSpan[] = [
			span(`${path}.protocols.length`, 'Length', start, 2, n, 'dtls.extension.alpn.protocols', String(n))
		];
		while (sub.remaining > 0) {
			const p = readOpaque(
				sub,
				1,
				`${path}.protocols.${protocols.length}`,
				'ProtocolName',
				'dtls.extension.alpn.protocols',
				latin1
			);
			protocols.push(p.bytes);
			children.push(p.span);
		}
		const shown = protocols.map(latin1).join(', ');
		return {
			data: { kind: 'application_layer_protocol_negotiation', protocols },
			spans: [
				span(
					`${path}.protocols`,
					'protocol_name_list',
					start,
					2 + n,
					shown,
					'dtls.extension.alpn.protocols',
					shown,
					children
				)
			]
		};
	},
	encode(w, data) {
		if (data.kind !== 'application_layer_protocol_negotiation') throw new TypeError('ALPN needs protocols');
		w.u16(data.protocols.reduce((sum, p) => sum + 1 + p.length, 0));
		for (const p of data.protocols) w.u8(p.length).bytes(p);
	}
};
