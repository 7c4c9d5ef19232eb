// RFC 5746 §3.2 renegotiation_info: opaque renegotiated_connection<0..255>; empty on a first handshake.
// It proves the peer knows about secure renegotiation (WebRTC never renegotiates DTLS).
import type { ExtensionCodec } from './types';
import { readOpaque } from '../field';

export const renegotiationInfo: ExtensionCodec = {
	type: 65281,
	decode(r, _context, path) {
		const v = readOpaque(
			r,
			1,
			`${path}.renegotiatedConnection`,
			'renegotiated_connection',
			'dtls.extension.renegotiation_info.value'
		);
		return { data: { kind: 'renegotiation_info', renegotiatedConnection: v.bytes }, spans: [v.span] };
	},
	encode(w, data) {
		if (data.kind !== 'renegotiation_info') throw new TypeError('renegotiation_info needs bytes');
		w.u8(data.renegotiatedConnection.length).bytes(data.renegotiatedConnection);
	}
};
