// RFC 8422 §5.1.2 ec_point_formats: ECPointFormat ec_point_format_list<1..2^8-1>; in practice only
// `uncompressed` (0) is left, but TLS 1.2 clients still send it.
import type { ExtensionCodec } from './types';
import { readNumberList } from '../field';
import { EC_POINT_FORMATS } from '../registries';

export const ecPointFormats: ExtensionCodec = {
	type: 11,
	decode(r, _context, path) {
		const list = readNumberList(
			r,
			1,
			1,
			`${path}.formats`,
			'ec_point_format_list',
			'ECPointFormat',
			'dtls.extension.ec_point_formats.formats',
			EC_POINT_FORMATS
		);
		return { data: { kind: 'ec_point_formats', formats: list.values }, spans: [list.span] };
	},
	encode(w, data) {
		if (data.kind !== 'ec_point_formats') throw new TypeError('ec_point_formats needs a format list');
		w.u8(data.formats.length);
		for (const f of data.formats) w.u8(f);
	}
};
