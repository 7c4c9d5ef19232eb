// RFC 3264 offer/answer, as JSEP (RFC 8829) applies it: what an offer and its answer agree on per m-section,
// and where the answer breaks the rules (more sections, codecs or extensions the offer did not contain, DTLS roles).
import type { Localized } from './fmtp';
import { parseSdp } from './parse';
import type { SdpCodec, SdpDirection, SdpDocument, SdpMediaSection } from './types';

export interface NegotiatedCodec {
	name: string;
	clockRate?: number;
	channels?: number;
	offerPayloadType: number;
	answerPayloadType: number;
}

export interface NegotiatedSection {
	index: number;
	mid?: string;
	kind: string;
	/** The answer's port is not 0 (RFC 3264 §6). */
	accepted: boolean;
	/** What each side ends up doing: the answer's direction for the answerer, its mirror for the offerer. */
	direction: { offerer: SdpDirection; answerer: SdpDirection };
	/** Codecs both sides have, in the answerer's order, with the payload type each side uses. */
	codecs: NegotiatedCodec[];
	/** Header extension URIs the answer kept, with the ids in the answer. */
	headerExtensions: { uri: string; id: number }[];
	/** From a=setup (RFC 8842): which side is the DTLS client (sends ClientHello) and which the server. */
	dtlsRole?: { client: 'offerer' | 'answerer'; server: 'offerer' | 'answerer' };
	/** The mid whose transport this section uses: the first mid of the answer's BUNDLE group (RFC 9143 §7.3.1). */
	bundleTransport?: string;
	iceLite: { offerer: boolean; answerer: boolean };
	dataChannel?: {
		sctpPort: { offerer?: number; answerer?: number };
		maxMessageSize: { offerer?: number; answerer?: number };
		/**
		 * The largest message each side may send: the other side's max-message-size, 65536 when it wrote none,
		 * `unlimited` for 0 (RFC 8841 §6).
		 */
		canSend: { offerer: number | 'unlimited'; answerer: number | 'unlimited' };
	};
}

// RFC 8841 §6: without a=max-message-size the peer accepts messages up to 64 KB; 0 means any size.
const DEFAULT_MAX_MESSAGE_SIZE = 65536;
const sendLimit = (peerMax: number | undefined): number | 'unlimited' =>
	peerMax === undefined ? DEFAULT_MAX_MESSAGE_SIZE : peerMax === 0 ? 'unlimited' : peerMax;

export interface OfferAnswerViolation {
	rule:
		| 'section-count'
		| 'mid-mismatch'
		| 'kind-mismatch'
		| 'codec-not-offered'
		| 'extension-not-offered'
		| 'setup-invalid'
		| 'direction-not-allowed'
		| 'bundle-not-offered';
	/** Index of the m-section concerned; undefined for the whole description. */
	section?: number;
	/** 1-based line in the answer. */
	line: number;
	message: Localized;
}

export interface OfferAnswerResult {
	sections: NegotiatedSection[];
	violations: OfferAnswerViolation[];
}

const L = (en: string, zh: string): Localized => ({ en, 'zh-TW': zh });

const MIRROR: Readonly<Record<SdpDirection, SdpDirection>> = {
	sendrecv: 'sendrecv',
	sendonly: 'recvonly',
	recvonly: 'sendonly',
	inactive: 'inactive'
};

// RFC 3264 §6.1: which answer directions each offered direction allows.
const ALLOWED: Readonly<Record<SdpDirection, readonly SdpDirection[]>> = {
	sendrecv: ['sendrecv', 'sendonly', 'recvonly', 'inactive'],
	sendonly: ['recvonly', 'inactive'],
	recvonly: ['sendonly', 'inactive'],
	inactive: ['inactive']
};

function directionOf(doc: SdpDocument, m: SdpMediaSection): SdpDirection {
	return m.direction ?? doc.session.direction ?? 'sendrecv';
}

function setupOf(doc: SdpDocument, m: SdpMediaSection): string | undefined {
	return m.setup ?? doc.session.setup;
}

function sameCodec(a: SdpCodec, b: SdpCodec): boolean {
	return (
		(a.name ?? '').toLowerCase() === (b.name ?? '').toLowerCase() &&
		a.clockRate === b.clockRate &&
		(a.channels ?? 1) === (b.channels ?? 1)
	);
}

function matchCodec(offered: SdpCodec[], c: SdpCodec): SdpCodec | undefined {
	const same = offered.filter((o) => sameCodec(o, c));
	// Prefer the same payload type (JSEP answers reuse the offerer's), then the same H.264 packetization-mode.
	return (
		same.find((o) => o.payloadType === c.payloadType) ??
		same.find((o) => o.fmtp?.params['packetization-mode'] === c.fmtp?.params['packetization-mode']) ??
		same[0]
	);
}

/** Compares an offer with its answer. Accepts parsed documents or SDP text. Never throws. */
export function compareOfferAnswer(
	offerIn: SdpDocument | string,
	answerIn: SdpDocument | string
): OfferAnswerResult {
	const offer = typeof offerIn === 'string' ? parseSdp(offerIn) : offerIn;
	const answer = typeof answerIn === 'string' ? parseSdp(answerIn) : answerIn;
	const violations: OfferAnswerViolation[] = [];
	const sections: NegotiatedSection[] = [];
	const add = (v: OfferAnswerViolation) => violations.push(v);

	if (offer.media.length !== answer.media.length)
		add({
			rule: 'section-count',
			line: answer.media[offer.media.length]?.line ?? answer.lines[0]?.number ?? 1,
			message: L(
				`The offer has ${offer.media.length} m-sections and the answer ${answer.media.length}; an answer must have exactly one m-section per offered one, in the same order (RFC 3264 §6). Reject unwanted sections with port 0 instead of removing them.`,
				`offer 有 ${offer.media.length} 個 m 區段，answer 卻有 ${answer.media.length} 個；answer 必須依相同順序，對每個 offer 區段各回一個（RFC 3264 §6）。不想要的區段請用埠號 0 拒絕，而不是刪掉。`
			)
		});

	const offerBundle = offer.session.groups.find((g) => g.semantics === 'BUNDLE');
	const answerBundle = answer.session.groups.find((g) => g.semantics === 'BUNDLE');
	if (answerBundle)
		for (const mid of answerBundle.mids)
			if (!offerBundle?.mids.includes(mid))
				add({
					rule: 'bundle-not-offered',
					line: answerBundle.line,
					message: L(
						`The answer bundles mid "${mid}", which the offer did not put in its BUNDLE group (RFC 9143 §7.3). Only offered mids may be bundled.`,
						`answer 把 mid「${mid}」放進 BUNDLE，但 offer 的 BUNDLE 群組裡沒有它（RFC 9143 §7.3）。只能綁定 offer 中有的 mid。`
					)
				});

	const count = Math.min(offer.media.length, answer.media.length);
	for (let i = 0; i < count; i++) {
		const o = offer.media[i];
		const a = answer.media[i];
		if (o.mid !== a.mid && o.port !== 0 && a.port !== 0)
			add({
				rule: 'mid-mismatch',
				section: i,
				line: a.line,
				message: L(
					`m-section ${i} is mid "${o.mid ?? '(none)'}" in the offer but "${a.mid ?? '(none)'}" in the answer; the answer must echo the offered mid (RFC 5888 §9.1).`,
					`第 ${i} 個 m 區段在 offer 中的 mid 是「${o.mid ?? '（無）'}」，answer 中卻是「${a.mid ?? '（無）'}」；answer 必須沿用 offer 的 mid（RFC 5888 §9.1）。`
				)
			});
		if (o.media !== a.media)
			add({
				rule: 'kind-mismatch',
				section: i,
				line: a.line,
				message: L(
					`m-section ${i} is ${o.media} in the offer but ${a.media} in the answer; the media type must stay the same.`,
					`第 ${i} 個 m 區段在 offer 是 ${o.media}，answer 卻是 ${a.media}；媒體類型必須一致。`
				)
			});
		const accepted = a.port !== 0 && o.port !== 0;
		const od = directionOf(offer, o);
		const ad = directionOf(answer, a);
		if (accepted && !ALLOWED[od].includes(ad))
			add({
				rule: 'direction-not-allowed',
				section: i,
				line: a.line,
				message: L(
					`The offer says ${od}, so the answer may only say ${ALLOWED[od].join(' or ')} (RFC 3264 §6.1), not ${ad}.`,
					`offer 寫 ${od}，answer 只能回 ${ALLOWED[od].join(' 或 ')}（RFC 3264 §6.1），不能是 ${ad}。`
				)
			});

		const codecs: NegotiatedCodec[] = [];
		for (const c of a.codecs) {
			const match = matchCodec(o.codecs, c);
			if (!match) {
				if (accepted)
					add({
						rule: 'codec-not-offered',
						section: i,
						line: c.rtpmapLine ?? a.line,
						message: L(
							`The answer lists ${c.name ?? `payload type ${c.payloadType}`} which the offer did not contain; an answer may only pick from the offered formats (RFC 3264 §6.1).`,
							`answer 列出了 offer 中沒有的 ${c.name ?? `payload type ${c.payloadType}`}；answer 只能從 offer 提供的格式中挑選（RFC 3264 §6.1）。`
						)
					});
				continue;
			}
			const nc: NegotiatedCodec = {
				name: c.name ?? match.name ?? '',
				offerPayloadType: match.payloadType,
				answerPayloadType: c.payloadType
			};
			if (c.clockRate !== undefined) nc.clockRate = c.clockRate;
			if (c.channels !== undefined) nc.channels = c.channels;
			codecs.push(nc);
		}

		const offeredUris = new Set([...o.extmaps, ...offer.session.extmaps].map((e) => e.uri));
		const headerExtensions: { uri: string; id: number }[] = [];
		for (const e of a.extmaps) {
			if (offeredUris.has(e.uri)) headerExtensions.push({ uri: e.uri, id: e.id });
			else
				add({
					rule: 'extension-not-offered',
					section: i,
					line: e.line,
					message: L(
						`The answer uses header extension ${e.uri}, which the offer did not offer in this section (RFC 8285 §6). Remove it from the answer.`,
						`answer 使用了 offer 在這個區段沒有提供的標頭擴充 ${e.uri}（RFC 8285 §6）。請從 answer 中移除。`
					)
				});
		}

		const section: NegotiatedSection = {
			index: i,
			kind: o.media,
			accepted,
			direction: { offerer: accepted ? MIRROR[ad] : 'inactive', answerer: accepted ? ad : 'inactive' },
			codecs,
			headerExtensions,
			iceLite: { offerer: offer.session.ice.lite, answerer: answer.session.ice.lite }
		};
		const mid = a.mid ?? o.mid;
		if (mid !== undefined) section.mid = mid;

		const os = setupOf(offer, o);
		const as = setupOf(answer, a);
		if (accepted && (os !== undefined || as !== undefined)) {
			const bad = (why: Localized) => add({ rule: 'setup-invalid', section: i, line: a.line, message: why });
			if (as === 'active') section.dtlsRole = { client: 'answerer', server: 'offerer' };
			else if (as === 'passive') section.dtlsRole = { client: 'offerer', server: 'answerer' };
			else
				bad(
					L(
						`The answer's a=setup is "${as ?? '(missing)'}"; it must be active or passive so that exactly one side starts DTLS (RFC 8842 §5.3).`,
						`answer 的 a=setup 是「${as ?? '（缺少）'}」；必須是 active 或 passive，才會恰好由一方發起 DTLS（RFC 8842 §5.3）。`
					)
				);
			if (os !== undefined && os !== 'actpass' && as !== undefined && os === as)
				bad(
					L(
						`Both sides say a=setup:${os}: ${os === 'active' ? 'both will send ClientHello' : 'both will wait'} and DTLS never completes. The answer must take the opposite role.`,
						`雙方都寫 a=setup:${os}：${os === 'active' ? '兩邊都會送 ClientHello' : '兩邊都在等待'}，DTLS 永遠無法完成。answer 必須選相反的角色。`
					)
				);
		}

		if (answerBundle && mid !== undefined && answerBundle.mids.includes(mid) && accepted)
			section.bundleTransport = answerBundle.mids[0];
		else if (mid !== undefined && accepted) section.bundleTransport = mid;

		if (o.media === 'application' && /SCTP/i.test(o.proto)) {
			const dc: NonNullable<NegotiatedSection['dataChannel']> = {
				sctpPort: {},
				maxMessageSize: {},
				canSend: { offerer: sendLimit(a.maxMessageSize), answerer: sendLimit(o.maxMessageSize) }
			};
			const op = o.sctpPort ?? o.sctpmap?.port;
			const ap = a.sctpPort ?? a.sctpmap?.port;
			if (op !== undefined) dc.sctpPort.offerer = op;
			if (ap !== undefined) dc.sctpPort.answerer = ap;
			if (o.maxMessageSize !== undefined) dc.maxMessageSize.offerer = o.maxMessageSize;
			if (a.maxMessageSize !== undefined) dc.maxMessageSize.answerer = a.maxMessageSize;
			section.dataChannel = dc;
		}
		sections.push(section);
	}
	return { sections, violations };
}
