// Which notes explain a line and each of its fields. The prose lives in src/lib/notes/sdp.ts; this only picks
// the ids (and computes what depends on the values: candidate priority parts, fmtp meanings, port 9 / 0.0.0.0).
import { breakdownPriority, describeTypePreference } from '../ice';
import { attributeNoteId, ianaRegistration } from './attributes';
import { explainFmtp, explainFmtpParts, type FmtpMeaning, type Localized } from './fmtp';
import { headerExtension } from './header-extensions';
import { fieldValue, indexOfWs, toInt } from './tokens';
import type { SdpDocument, SdpFmtp, SdpLine } from './types';

export interface FieldExplanation {
	/** Index into line.fields. */
	field: number;
	noteId: string;
}

export interface UnknownAttribute {
	name: string;
	/** Whether IANA's att-field registry lists the name, and by which RFC. */
	registered: boolean;
	rfc?: number;
	message: Localized;
}

export interface LineExplanation {
	line: number;
	/** The note for the line as a whole: `sdp.line.<type>` or `sdp.a.<attribute>`. */
	noteId?: string;
	/** Specific notes for fields of the line, in field order. */
	fields: FieldExplanation[];
	/** Every specific note id for the line, the line's own first, without repeats. */
	noteIds: string[];
	/** Values worked out from this line (priority parts, codec parameters, the port-9 convention…). */
	details: Localized[];
	/** For each fmtp parameter, its meaning for the codec of that payload type (needs the document). */
	fmtp?: FmtpMeaning[];
	unknownAttribute?: UnknownAttribute;
	/** True when the line has a specific explanation (a generic fallback never counts). */
	explained: boolean;
}

const LINE_TYPES_EXPLAINED: readonly string[] = [
	'v',
	'o',
	's',
	'i',
	'u',
	'e',
	'p',
	'c',
	'b',
	't',
	'r',
	'z',
	'k',
	'a',
	'm'
];
/** `sdp.line.<type>` for each line type, made once. */
const LINE_NOTES: ReadonlyMap<string, string> = new Map(
	LINE_TYPES_EXPLAINED.map((t) => [t, `sdp.line.${t}`])
);

const L = (en: string, zh: string): Localized => ({ en, 'zh-TW': zh });

/** The encoding name of a payload type in media section `section` (the first codec with it), if any. */
type CodecNamer = (section: number, pt: number) => string | undefined;

function codecNameFor(
	namer: CodecNamer | undefined,
	line: SdpLine,
	pt: number | undefined
): string | undefined {
	if (!namer || pt === undefined || line.section < 0) return undefined;
	return namer(line.section, pt);
}

/** Looks the payload type up in the section's codec list, as written in the document now. */
function findCodecName(doc: SdpDocument): CodecNamer {
	return (section, pt) => doc.media[section]?.codecs.find((c) => c.payloadType === pt)?.name;
}

/** The same answers as findCodecName from one map per section, built when first asked (for explainSdp). */
function mapCodecNames(doc: SdpDocument): CodecNamer {
	const maps: Map<number, string | undefined>[] = [];
	return (section, pt) => {
		let map = maps[section];
		if (!map) {
			map = new Map();
			for (const c of doc.media[section]?.codecs ?? [])
				if (!map.has(c.payloadType)) map.set(c.payloadType, c.name);
			maps[section] = map;
		}
		return map.get(pt);
	};
}

/**
 * The specific notes for one line and its fields. Pass the document to let fmtp parameters be read for the codec
 * their payload type maps to.
 */
export function explainLine(line: SdpLine, doc?: SdpDocument): LineExplanation {
	return explain(line, doc ? findCodecName(doc) : undefined);
}

/**
 * The fmtp lines the structured view already split, by line number. The view split `value.slice(sp).trim()` where
 * explain reads `value.slice(sp + 1)`; parseFmtpConfig trims every part, so both give the same params and values.
 */
function fmtpByLine(doc: SdpDocument): Map<number, SdpFmtp> {
	const byLine = new Map<number, SdpFmtp>();
	for (const m of doc.media) {
		for (const c of m.codecs) if (c.fmtp) byLine.set(c.fmtp.line, c.fmtp);
		for (const f of m.strayFmtp) byLine.set(f.line, f);
	}
	return byLine;
}

/** Appends `id` unless the list has it: a line has a handful of notes, so a plain loop beats a Set or includes. */
function pushNew(list: string[], id: string): void {
	for (let i = 0; i < list.length; i++) if (list[i] === id) return;
	list.push(id);
}

function explain(
	line: SdpLine,
	namer: CodecNamer | undefined,
	fmtps?: ReadonlyMap<number, SdpFmtp>
): LineExplanation {
	const fields: FieldExplanation[] = [];
	const details: Localized[] = [];
	let noteId: string | undefined;
	let unknownAttribute: UnknownAttribute | undefined;
	let fmtp: FmtpMeaning[] | undefined;
	if (line.type === 'a') {
		const name = line.attribute ?? '';
		noteId = attributeNoteId(name);
		if (noteId === undefined) {
			const reg = ianaRegistration(name);
			unknownAttribute = {
				name,
				...reg,
				message: reg.registered
					? L(
							`unknown attribute ${name}: registered with IANA by RFC ${reg.rfc}, but not one WebRTC endpoints use`,
							`不認識的屬性 ${name}：已由 RFC ${reg.rfc} 向 IANA 註冊，但 WebRTC 端點通常不用`
						)
					: L(
							`unknown attribute ${name}: not in the IANA SDP attribute registry, so it is a private extension of the software that wrote it; receivers ignore attributes they do not understand (RFC 8866 §5.13)`,
							`不認識的屬性 ${name}：IANA SDP 屬性登錄表裡沒有，應是產生這份 SDP 的軟體自訂的擴充；接收端會忽略看不懂的屬性（RFC 8866 §5.13）`
						)
			};
		}
	} else noteId = LINE_NOTES.get(line.type);

	for (let i = 0; i < line.fields.length; i++) {
		const id = line.fields[i].noteId;
		if (id) fields.push({ field: i, noteId: id });
	}

	if (line.type === 'm') {
		const port = fieldValue(line, 'port');
		if (port === '9')
			details.push(
				L(
					'Port 9 (discard) is a placeholder: with ICE the real addresses travel in a=candidate lines (RFC 8839 §5.1, JSEP RFC 8829 §5.2.1).',
					'埠號 9（discard）只是佔位：使用 ICE 時，真正的位址放在 a=candidate 行（RFC 8839 §5.1、JSEP RFC 8829 §5.2.1）。'
				)
			);
		if (port === '0')
			details.push(
				L(
					'Port 0: this m-section is rejected or disabled (RFC 3264 §6).',
					'埠號 0：這個 m 區段被拒絕或停用（RFC 3264 §6）。'
				)
			);
	}
	if (
		line.type === 'c' &&
		(fieldValue(line, 'connection-address') === '0.0.0.0' || fieldValue(line, 'connection-address') === '::')
	) {
		details.push(
			L(
				'The unspecified address is a placeholder when candidates are not known yet; ICE decides the real path (RFC 8839 §5.1).',
				'未指定位址只是在還不知道候選位址時的佔位；實際路徑由 ICE 決定（RFC 8839 §5.1）。'
			)
		);
	}
	if (line.type === 'o') {
		const v = fieldValue(line, 'sess-version');
		if (v !== undefined)
			details.push(
				L(
					`Session version ${v}: increases with every changed offer or answer from this side (RFC 3264 §8).`,
					`工作階段版本 ${v}：這一端每送出一次有變動的 offer 或 answer 就遞增（RFC 3264 §8）。`
				)
			);
	}
	if (line.attribute === 'candidate') {
		const p = toInt(fieldValue(line, 'priority'));
		if (p !== undefined && p < 2 ** 32) {
			const parts = breakdownPriority(p);
			const hint = describeTypePreference(parts.typePreference);
			details.push(
				L(
					`Priority ${p} = type preference ${parts.typePreference}${hint.recommendedFor ? ` (the value RFC 8445 recommends for ${hint.recommendedFor})` : ''} × 2^24 + local preference ${parts.localPreference} × 2^8 + (256 − component ${parts.componentId}).`,
					`優先權 ${p} = 類型偏好 ${parts.typePreference}${hint.recommendedFor ? `（RFC 8445 建議給 ${hint.recommendedFor} 的值）` : ''} × 2^24 + 本地偏好 ${parts.localPreference} × 2^8 + (256 − 元件 ${parts.componentId})。`
				)
			);
		}
		const addr = fieldValue(line, 'connection-address');
		if (addr && /\.local$/i.test(addr))
			details.push(
				L(
					'An mDNS name hides the host address; the peer resolves it on its local network.',
					'這是 mDNS 名稱，用來隱藏主機位址；對端要在區域網路上解析。'
				)
			);
	}
	if (line.attribute === 'fmtp') {
		const pt = toInt(fieldValue(line, 'payload-type'));
		const codec = codecNameFor(namer, line, pt);
		const value = line.value.trim();
		const sp = indexOfWs(value);
		if (codec !== undefined && sp >= 0) {
			const nameOf = (other: number) => codecNameFor(namer, line, other);
			const split = fmtps?.get(line.number);
			fmtp = split
				? explainFmtpParts(codec, split.params, split.values, nameOf)
				: explainFmtp(codec, value.slice(sp + 1), nameOf);
		}
	}
	if (line.attribute === 'extmap') {
		const uri = fieldValue(line, 'uri');
		if (uri !== undefined && !headerExtension(uri))
			details.push(L(`Header extension ${uri} is not one this page knows.`, `本頁不認識標頭擴充 ${uri}。`));
	}

	// An unknown attribute still shows what an a= line is, but that generic note does not make it explained.
	const lineNote = noteId ?? (line.type === 'a' ? 'sdp.line.a' : undefined);
	const noteIds: string[] = lineNote ? [lineNote] : [];
	for (const f of fields) pushNew(noteIds, f.noteId);
	if (fmtp) for (const m of fmtp) if (m.noteId) pushNew(noteIds, m.noteId);
	const out: LineExplanation = {
		line: line.number,
		fields,
		noteIds,
		details,
		explained: noteId !== undefined
	};
	if (noteId) out.noteId = noteId;
	if (fmtp) out.fmtp = fmtp;
	if (unknownAttribute) out.unknownAttribute = unknownAttribute;
	return out;
}

/** explainLine for every line of a document. */
export function explainSdp(doc: SdpDocument): LineExplanation[] {
	const namer = mapCodecNames(doc);
	const fmtps = fmtpByLine(doc);
	return doc.lines.map((l) => explain(l, namer, fmtps));
}
