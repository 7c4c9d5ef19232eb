// RTP header extension: RFC 3550 §5.3.1 container, with the RFC 8285 one-byte (§4.2) and two-byte (§4.3)
// element forms inside it.
import { DecodeError, type FieldSpan } from '../bytes/span';
import { ByteWriter } from '../bytes/writer';
import { knownExtension } from './header-extension-uris';
import { bits, field } from './span-builder';

export type RtpExtensionForm = 'one-byte' | 'two-byte' | 'generic';

/** One element (RFC 8285 §4.1) or a run of zero padding bytes between/after elements. */
export type RtpExtensionItem =
	| {
			kind: 'element';
			/** Local identifier: 1–14 in the one-byte form, 1–255 in the two-byte form. */
			id: number;
			data: Uint8Array;
			/** From the extmap passed to decodeRtp. */
			uri?: string;
			/** Short name of a well-known URI, e.g. `abs-send-time`. */
			name?: string;
			/** Decoded value for the simple well-known formats (audio level, abs-send-time, MID, …). */
			value?: unknown;
	  }
	| { kind: 'padding'; length: number };

export interface RtpHeaderExtension {
	/** The 16-bit "defined by profile" field: 0xBEDE (one-byte), 0x1000–0x100F (two-byte) or anything else. */
	profile: number;
	form: RtpExtensionForm;
	/** RFC 8285 §4.3 "appbits": the low 4 bits of a two-byte profile (derived from `profile`). */
	appBits?: number;
	/** Elements and padding, in wire order (empty for the generic form). */
	items: RtpExtensionItem[];
	/** Bytes not parsed as elements: the whole data of a generic extension, or what follows an ID-15 stop. */
	unparsed: Uint8Array;
}

export function extensionForm(profile: number): RtpExtensionForm {
	if (profile === 0xbede) return 'one-byte';
	if ((profile & 0xfff0) === 0x1000) return 'two-byte';
	return 'generic';
}

/*
 RFC 3550 §5.3.1 Header Extension
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |      defined by profile       |           length              |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                        header extension                       |
   |                             ....                              |

 RFC 8285 §4.2 one-byte element          RFC 8285 §4.3 two-byte element
    0 1 2 3 4 5 6 7                       0                   1
   +-+-+-+-+-+-+-+-+                      0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
   |  ID   |  len  |  data (len+1 bytes)  +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   +-+-+-+-+-+-+-+-+                      |       ID      |     length    |  data (length bytes)
                                          +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
*/
export function decodeHeaderExtension(
	bytes: Uint8Array,
	offset: number,
	extmap: Record<number, string> | undefined,
	path: string
): { value: RtpHeaderExtension; span: FieldSpan; end: number } {
	if (bytes.length - offset < 4) {
		throw new DecodeError(
			`the X bit promises a header extension, but only ${bytes.length - offset} bytes remain for its 4-byte header`,
			offset,
			'truncated'
		);
	}
	const profile = (bytes[offset] << 8) | bytes[offset + 1];
	const words = (bytes[offset + 2] << 8) | bytes[offset + 3];
	const start = offset + 4;
	const end = start + words * 4;
	if (end > bytes.length) {
		throw new DecodeError(
			`header extension length says ${words} words (${words * 4} bytes) but only ${bytes.length - start} remain`,
			offset + 2,
			'truncated'
		);
	}
	const form = extensionForm(profile);
	const children: FieldSpan[] = [];
	if (form === 'two-byte') {
		children.push(
			field(
				`${path}.profile`,
				'defined by profile',
				offset,
				2,
				profile,
				'rtp.ext.profile',
				'0x' + profile.toString(16).padStart(4, '0') + ' (two-byte form)',
				[bits(`${path}.profile.appBits`, 'appbits', offset + 1, 1, 4, 4, profile & 0x0f, 'rtp.ext.appBits')]
			)
		);
	} else {
		children.push(
			field(
				`${path}.profile`,
				'defined by profile',
				offset,
				2,
				profile,
				'rtp.ext.profile',
				'0x' +
					profile.toString(16).padStart(4, '0') +
					(form === 'one-byte' ? ' (one-byte form)' : ' (profile-specific)')
			)
		);
	}
	children.push(
		field(
			`${path}.length`,
			'length',
			offset + 2,
			2,
			words,
			'rtp.ext.length',
			`${words} words (${words * 4} bytes)`
		)
	);

	const items: RtpExtensionItem[] = [];
	let unparsed: Uint8Array = new Uint8Array(0);
	if (form === 'generic') {
		unparsed = bytes.slice(start, end);
		if (end > start) {
			children.push(
				field(
					`${path}.data`,
					'header extension',
					start,
					end - start,
					unparsed,
					'rtp.ext.genericData',
					`${end - start} bytes`
				)
			);
		}
	} else {
		let p = start;
		while (p < end) {
			const b = bytes[p];
			if (b === 0) {
				let q = p;
				while (q < end && bytes[q] === 0) q++;
				items.push({ kind: 'padding', length: q - p });
				children.push(
					field(
						`${path}.items.${items.length - 1}`,
						'padding',
						p,
						q - p,
						q - p,
						'rtp.ext.padding',
						`${q - p} zero byte${q - p === 1 ? '' : 's'}`
					)
				);
				p = q;
				continue;
			}
			let id: number;
			let headerLen: number;
			let dataLen: number;
			if (form === 'one-byte') {
				id = b >> 4;
				if (id === 15 || id === 0) {
					// RFC 8285 §4.2: ID 15 ends processing; a non-zero byte with ID 0 is not valid padding, so we stop too.
					unparsed = bytes.slice(p, end);
					children.push(
						field(
							`${path}.unparsed`,
							'not parsed',
							p,
							end - p,
							unparsed,
							'rtp.ext.unparsed',
							id === 15
								? 'ID 15: parsing stops here'
								: `byte 0x${b.toString(16).padStart(2, '0')} is neither padding nor an element`
						)
					);
					break;
				}
				headerLen = 1;
				dataLen = (b & 0x0f) + 1;
			} else {
				id = b;
				if (p + 2 > end) {
					throw new DecodeError(`two-byte extension element ID ${id} has no length byte`, p, 'truncated');
				}
				headerLen = 2;
				dataLen = bytes[p + 1];
			}
			if (p + headerLen + dataLen > end) {
				throw new DecodeError(
					`extension element ID ${id} needs ${dataLen} data bytes but the header extension ends after ${end - p - headerLen}`,
					p,
					'truncated'
				);
			}
			const index = items.length;
			const data = bytes.slice(p + headerLen, p + headerLen + dataLen);
			const uri = extmap?.[id];
			const known = uri ? knownExtension(uri) : undefined;
			const decoded = known?.decode?.(data) ?? null;
			const item: RtpExtensionItem = { kind: 'element', id, data };
			if (uri) item.uri = uri;
			if (known) item.name = known.name;
			if (decoded) item.value = decoded.value;
			items.push(item);
			const elPath = `${path}.items.${index}`;
			const head: FieldSpan[] =
				form === 'one-byte'
					? [
							bits(`${elPath}.id`, 'ID', p, 1, 0, 4, id, 'rtp.ext.id', uri ? `${id} → ${uri}` : String(id)),
							bits(
								`${elPath}.len`,
								'len',
								p,
								1,
								4,
								4,
								dataLen - 1,
								'rtp.ext.oneByteLength',
								`${dataLen - 1} (${dataLen} data byte${dataLen === 1 ? '' : 's'})`
							)
						]
					: [
							field(`${elPath}.id`, 'ID', p, 1, id, 'rtp.ext.id', uri ? `${id} → ${uri}` : String(id)),
							field(
								`${elPath}.length`,
								'length',
								p + 1,
								1,
								dataLen,
								'rtp.ext.twoByteLength',
								`${dataLen} data byte${dataLen === 1 ? '' : 's'}`
							)
						];
			const dataOffset = p + headerLen;
			const dataSpan = field(
				`${elPath}.data`,
				known ? known.name : 'data',
				dataOffset,
				dataLen,
				decoded ? decoded.value : data,
				known && (decoded || !known.decode) ? known.noteId : 'rtp.ext.data',
				decoded?.display,
				decoded && known?.children ? known.children(data, dataOffset, `${elPath}.data`) : undefined
			);
			children.push(
				field(
					elPath,
					known ? known.name : `element ${id}`,
					p,
					headerLen + dataLen,
					item,
					'rtp.ext.element',
					decoded?.display,
					[...head, dataSpan]
				)
			);
			p += headerLen + dataLen;
		}
	}
	const value: RtpHeaderExtension = { profile, form, items, unparsed };
	if (form === 'two-byte') value.appBits = profile & 0x0f;
	const span = field(
		path,
		'header extension',
		offset,
		end - offset,
		value,
		'rtp.headerExtension',
		`${form}, ${words * 4} bytes`,
		children
	);
	return { value, span, end };
}

/** Writes the extension block; pads with zero bytes to a 32-bit boundary if the items do not end on one. */
export function encodeHeaderExtension(w: ByteWriter, ext: RtpHeaderExtension): void {
	const form = extensionForm(ext.profile);
	const body = new ByteWriter(64);
	if (form !== 'generic') {
		for (const item of ext.items) {
			if (item.kind === 'padding') {
				for (let i = 0; i < item.length; i++) body.u8(0);
			} else if (form === 'one-byte') {
				if (item.id < 1 || item.id > 14) throw new Error(`one-byte extension IDs are 1–14, not ${item.id}`);
				if (item.data.length < 1 || item.data.length > 16)
					throw new Error('one-byte extension data must be 1–16 bytes');
				body.u8((item.id << 4) | (item.data.length - 1)).bytes(item.data);
			} else {
				if (item.id < 1 || item.id > 255) throw new Error(`two-byte extension IDs are 1–255, not ${item.id}`);
				if (item.data.length > 255) throw new Error('two-byte extension data must be at most 255 bytes');
				body.u8(item.id).u8(item.data.length).bytes(item.data);
			}
		}
	}
	body.bytes(ext.unparsed).pad(4);
	const data = body.finish();
	w.u16(ext.profile)
		.u16(data.length / 4)
		.bytes(data);
}
