// RFC 8422 §5.1.1 / RFC 8446 §4.2.7 supported_groups: NamedGroup named_group_list<2..2^16-1>;
// the key-exchange groups (curves) the client can use, most preferred first.
import type { ExtensionCodec } from './types';
import { readNumberList } from '../field';
import { NAMED_GROUPS } from '../registries';

export const supportedGroups: ExtensionCodec = {
	type: 10,
	decode(r, _context, path) {
		const list = readNumberList(
			r,
			2,
			2,
			`${path}.groups`,
			'named_group_list',
			'NamedGroup',
			'dtls.extension.supported_groups.groups',
			NAMED_GROUPS
		);
		return { data: { kind: 'supported_groups', groups: list.values }, spans: [list.span] };
	},
	encode(w, data) {
		if (data.kind !== 'supported_groups') throw new TypeError('supported_groups needs a group list');
		w.u16(data.groups.length * 2);
		for (const g of data.groups) w.u16(g);
	}
};
