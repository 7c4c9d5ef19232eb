// RFC 8446 §4.2.8 key_share:
//   struct { NamedGroup group; opaque key_exchange<1..2^16-1>; } KeyShareEntry;
//   ClientHello:  KeyShareEntry client_shares<0..2^16-1>;
//   ServerHello:  KeyShareEntry server_share;
// (A HelloRetryRequest carries only the NamedGroup it wants; that form stays raw.) Each entry is a public
// key for (EC)DHE or a hybrid such as X25519MLKEM768, which is why a post-quantum ClientHello is fragmented.
import type { ExtensionCodec, KeyShareEntry } from './types';
import type { ByteReader } from '../../bytes/reader';
import type { FieldSpan } from '../../bytes/span';
import { readLength, readOpaque, span, subReader } from '../field';
import { NAMED_GROUPS, nameOf } from '../registries';

function readEntry(r: ByteReader, path: string): { entry: KeyShareEntry; span: FieldSpan } {
	const start = r.offset;
	const group = r.u16('NamedGroup');
	const key = readOpaque(r, 2, `${path}.keyExchange`, 'key_exchange', 'dtls.extension.key_share.entry');
	const name = nameOf(NAMED_GROUPS, group);
	return {
		entry: { group, keyExchange: key.bytes },
		span: span(
			path,
			'KeyShareEntry',
			start,
			r.offset - start,
			group,
			'dtls.extension.key_share.entry',
			`${name}, ${key.bytes.length}-byte key`,
			[span(`${path}.group`, 'group', start, 2, group, 'dtls.extension.key_share.entry', name), key.span]
		)
	};
}

export const keyShare: ExtensionCodec = {
	type: 51,
	decode(r, context, path) {
		if (context === 'server_hello') {
			const e = readEntry(r, `${path}.serverShare`);
			return { data: { kind: 'key_share_selected', entry: e.entry }, spans: [e.span] };
		}
		const start = r.offset;
		const n = readLength(r, 2, 'client_shares length');
		const sub = subReader(r, n, 'client_shares');
		const entries: KeyShareEntry[] = [];
		const children: FieldSpan[] = [
			span(`${path}.clientShares.length`, 'Length', start, 2, n, 'dtls.extension.key_share.entry', String(n))
		];
		while (sub.remaining > 0) {
			const e = readEntry(sub, `${path}.clientShares.${entries.length}`);
			entries.push(e.entry);
			children.push(e.span);
		}
		const shown = entries.map((e) => nameOf(NAMED_GROUPS, e.group)).join(', ');
		return {
			data: { kind: 'key_share', entries },
			spans: [
				span(
					`${path}.clientShares`,
					'client_shares',
					start,
					2 + n,
					shown,
					'dtls.extension.key_share.entry',
					shown,
					children
				)
			]
		};
	},
	encode(w, data) {
		const write = (e: KeyShareEntry) => w.u16(e.group).u16(e.keyExchange.length).bytes(e.keyExchange);
		if (data.kind === 'key_share_selected') write(data.entry);
		else if (data.kind === 'key_share') {
			w.u16(data.entries.reduce((sum, e) => sum + 4 + e.keyExchange.length, 0));
			data.entries.forEach(write);
		} else throw new TypeError('key_share needs entries');
	}
};
