// Checks an SDP against the rules WebRTC endpoints trip over, each finding saying why it matters and how to fix
// it in both locales. `c=IN IP4 0.0.0.0` and port 9 are the JSEP placeholders (RFC 8829 §5.2.1) and are not
// findings; explainLine explains them instead.
import { isStaticPayloadType } from './codecs';
import { fieldValue } from './tokens';
import type { Localized } from './fmtp';
import type { SdpCommon, SdpDocument, SdpLine, SdpMediaSection } from './types';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
	rule: string;
	severity: Severity;
	/** 1-based line number the finding points at. */
	line: number;
	message: Localized;
	/** Index of the media section, when the finding belongs to one. */
	section?: number;
}

export interface LintOptions {
	/** Whether the SDP is an offer or an answer; the a=setup rules need it (RFC 8842 §5.2, §5.3). */
	role?: 'offer' | 'answer';
}

/** Every rule lintSdp can report, with its severity. */
export const LINT_RULES = {
	syntax: 'warning',
	'missing-line': 'error',
	'line-order': 'warning',
	'rtpmap-missing': 'error',
	'duplicate-pt': 'error',
	'fmtp-undeclared-pt': 'warning',
	'rtcp-fb-undeclared-pt': 'warning',
	'apt-dangling': 'error',
	'bundle-missing-mid': 'error',
	'bundle-unknown-mid': 'error',
	'bundle-missing-rtcp-mux': 'error',
	'ice-ufrag-invalid': 'error',
	'ice-pwd-invalid': 'error',
	'fingerprint-length': 'error',
	'fingerprint-hash-unknown': 'warning',
	'setup-invalid': 'error',
	'setup-role': 'error',
	'ssrc-group-unknown-ssrc': 'error',
	'simulcast-undeclared-rid': 'error',
	'application-missing-sctp-port': 'warning',
	'legacy-datachannel': 'info',
	'plan-b': 'warning'
} as const satisfies Record<string, Severity>;

export type LintRule = keyof typeof LINT_RULES;

const L = (en: string, zh: string): Localized => ({ en, 'zh-TW': zh });

/** RFC 8122 §5 / RFC 8839: how many bytes each hash function's fingerprint has. */
export const FINGERPRINT_BYTES: Readonly<Record<string, number>> = {
	'sha-1': 20,
	'sha-224': 28,
	'sha-256': 32,
	'sha-384': 48,
	'sha-512': 64,
	md5: 16,
	md2: 16
};

const ICE_CHARS = /^[A-Za-z0-9+/]*$/;

// RFC 8866 §5 grammar order: session part, then within each media description m i c b k a.
const SESSION_RANK: Readonly<Record<string, number>> = {
	v: 0,
	o: 1,
	s: 2,
	i: 3,
	u: 4,
	e: 5,
	p: 6,
	c: 7,
	b: 8,
	t: 9,
	r: 10,
	z: 11,
	k: 12,
	a: 13
};
const MEDIA_RANK: Readonly<Record<string, number>> = { m: 0, i: 1, c: 2, b: 3, k: 4, a: 5 };

function isRtp(m: SdpMediaSection): boolean {
	return /RTP/i.test(m.proto);
}

export function lintSdp(doc: SdpDocument, options: LintOptions = {}): Finding[] {
	const out: Finding[] = [];
	const add = (rule: LintRule, line: number, message: Localized, section?: number) =>
		out.push(
			section === undefined
				? { rule, severity: LINT_RULES[rule], line, message }
				: { rule, severity: LINT_RULES[rule], line, message, section }
		);

	for (const l of doc.lines) {
		for (const p of l.problems ?? []) {
			add(
				'syntax',
				l.number,
				L(
					`${p.message}. Most parsers are strict about SDP syntax; rewrite the line as <type>=<value> with single spaces between fields.`,
					`語法問題：${p.message}。多數解析器對 SDP 語法很嚴格；請把這一行改寫成 <type>=<value>，欄位之間只用一個空格。`
				),
				l.section >= 0 ? l.section : undefined
			);
		}
	}
	lintOrder(doc.lines, add);
	lintCredentials(doc.session, doc.lines, add);
	lintFingerprints(doc.session, add);
	lintSetup(doc.session, doc.lines, options, add);

	const bundles = doc.session.groups.filter((g) => g.semantics === 'BUNDLE');
	const mids = new Set(doc.media.map((m) => m.mid).filter((x): x is string => x !== undefined));
	for (const g of bundles) {
		for (const mid of g.mids)
			if (!mids.has(mid))
				add(
					'bundle-unknown-mid',
					g.line,
					L(
						`BUNDLE names mid "${mid}", but no m-section has a=mid:${mid}. The peer cannot tell which section belongs to the group; make the group list exactly the a=mid values.`,
						`BUNDLE 列出 mid「${mid}」，但沒有任何 m 區段有 a=mid:${mid}。對方無法判斷哪個區段屬於這個群組；請讓群組只列出實際存在的 a=mid 值。`
					)
				);
	}

	for (const m of doc.media) {
		const s = m.index;
		if (bundles.length > 0 && m.mid === undefined && m.port !== 0)
			add(
				'bundle-missing-mid',
				m.line,
				L(
					'This m-section has no a=mid although the SDP uses BUNDLE. Without a mid it cannot be placed in the group or matched to RTP packets; add a=mid with a unique tag.',
					'這份 SDP 使用了 BUNDLE，但這個 m 區段沒有 a=mid。沒有 mid 就無法放進群組，也無法對應到 RTP 封包；請加上唯一的 a=mid。'
				),
				s
			);
		const inBundle = m.mid !== undefined && bundles.some((g) => g.mids.includes(m.mid as string));
		if (inBundle && isRtp(m) && !m.rtcpMux && m.port !== 0)
			add(
				'bundle-missing-rtcp-mux',
				m.line,
				L(
					'An RTP section in a BUNDLE group must use a=rtcp-mux: all media share one port, so RTCP cannot get a port of its own (RFC 9143 §9.1). Add a=rtcp-mux.',
					'BUNDLE 群組裡的 RTP 區段必須使用 a=rtcp-mux：所有媒體共用一個埠，RTCP 無法有自己的埠（RFC 9143 §9.1）。請加上 a=rtcp-mux。'
				),
				s
			);
		lintCredentials(m, doc.lines, add, s);
		lintFingerprints(m, add, s);
		lintSetup(m, doc.lines, options, add, s);
		if (isRtp(m)) lintPayloadTypes(m, doc.lines, add);
		lintSsrc(m, add);
		lintSimulcast(m, add);
		lintApplication(m, add);
		lintPlanB(m, add);
	}
	return out;
}

type Add = (rule: LintRule, line: number, message: Localized, section?: number) => void;

function lintOrder(lines: SdpLine[], add: Add): void {
	const first = lines.find((l) => l.type !== '');
	if (!first) {
		add('missing-line', 1, L('The text has no SDP lines at all.', '這段文字完全沒有 SDP 行。'));
		return;
	}
	if (first.type !== 'v')
		add(
			'missing-line',
			first.number,
			L(
				'SDP must start with v=0 (RFC 8866 §5). Parsers reject a description that starts with anything else.',
				'SDP 必須以 v=0 開頭（RFC 8866 §5），以其他內容開頭的描述會被解析器拒絕。'
			)
		);
	const sessionTypes = new Set(lines.filter((l) => l.section < 0).map((l) => l.type));
	for (const [t, name] of [
		['o', 'o= (origin)'],
		['s', 's= (session name)'],
		['t', 't= (timing)']
	] as const)
		if (!sessionTypes.has(t))
			add(
				'missing-line',
				first.number,
				L(
					`The session part has no ${name} line, which RFC 8866 §5 requires; browsers refuse such an SDP. Add it (WebRTC writes ${t === 'o' ? 'o=- <id> 2 IN IP4 127.0.0.1' : t === 's' ? 's=-' : 't=0 0'}).`,
					`工作階段部分缺少 RFC 8866 §5 規定的 ${name} 行，瀏覽器會拒絕這種 SDP。請補上（WebRTC 寫 ${t === 'o' ? 'o=- <id> 2 IN IP4 127.0.0.1' : t === 's' ? 's=-' : 't=0 0'}）。`
				)
			);
	let prev: SdpLine | undefined;
	for (const l of lines) {
		if (l.type === '' || (SESSION_RANK[l.type] === undefined && l.type !== 'm')) continue;
		if (l.type === 'm') {
			prev = l;
			continue;
		}
		if (prev) {
			const table = l.section < 0 ? SESSION_RANK : MEDIA_RANK;
			const a = table[prev.type];
			const b = table[l.type];
			// A new time description (t=) may follow the r= lines of the previous one.
			const timeRepeat = l.section < 0 && l.type === 't' && (prev.type === 'r' || prev.type === 't');
			if (a !== undefined && b !== undefined && b < a && !timeRepeat) {
				add(
					'line-order',
					l.number,
					L(
						`${l.type}= comes after ${prev.type}=, but RFC 8866 §5 wants ${l.section < 0 ? 'v o s i u e p c b t r z k a' : 'm i c b k a'} in that order. Strict parsers reject out-of-order lines; move this line up.`,
						`${l.type}= 出現在 ${prev.type}= 之後，但 RFC 8866 §5 規定的順序是 ${l.section < 0 ? 'v o s i u e p c b t r z k a' : 'm i c b k a'}。嚴格的解析器會拒絕順序錯誤的行；請把這一行往前移。`
					),
					l.section >= 0 ? l.section : undefined
				);
				continue;
			}
		}
		prev = l;
	}
}

function lintCredentials(part: SdpCommon, lines: SdpLine[], add: Add, section?: number): void {
	const ufrag = part.ice.ufrag;
	const pwd = part.ice.pwd;
	if (ufrag !== undefined && (ufrag.length < 4 || ufrag.length > 256 || !ICE_CHARS.test(ufrag)))
		add(
			'ice-ufrag-invalid',
			attributeLine(part, lines, 'ice-ufrag'),
			L(
				`ice-ufrag "${ufrag}" must be 4–256 characters from A–Z, a–z, 0–9, "+" and "/" (RFC 8839 §5.4). Browsers refuse other values; generate a random one of at least 4 such characters.`,
				`ice-ufrag「${ufrag}」必須是 4–256 個 A–Z、a–z、0–9、「+」或「/」字元（RFC 8839 §5.4）。瀏覽器會拒絕其他值；請產生至少 4 個這類字元的隨機字串。`
			),
			section
		);
	if (pwd !== undefined && (pwd.length < 22 || pwd.length > 256 || !ICE_CHARS.test(pwd)))
		add(
			'ice-pwd-invalid',
			attributeLine(part, lines, 'ice-pwd'),
			L(
				`ice-pwd must be 22–256 characters from A–Z, a–z, 0–9, "+" and "/" (RFC 8839 §5.4); this one has ${pwd.length}. A short password weakens STUN message integrity and browsers reject it.`,
				`ice-pwd 必須是 22–256 個 A–Z、a–z、0–9、「+」或「/」字元（RFC 8839 §5.4）；這裡只有 ${pwd.length} 個。密碼太短會削弱 STUN 訊息完整性，瀏覽器也會拒絕。`
			),
			section
		);
}

/** The last line of a part that carries `attribute` (the one whose value the structured view kept). */
function attributeLine(part: SdpCommon, lines: SdpLine[], attribute: string): number {
	for (let i = part.lines.length - 1; i >= 0; i--)
		if (lines[part.lines[i] - 1]?.attribute === attribute) return part.lines[i];
	return part.lines[0] ?? 1;
}

/** Two hex digits (what /^[0-9A-Fa-f]{2}$/ accepts), checked without a regex run per byte. */
function isHexByte(b: string): boolean {
	return b.length === 2 && isHexDigit(b.charCodeAt(0)) && isHexDigit(b.charCodeAt(1));
}

function isHexDigit(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function lintFingerprints(part: SdpCommon, add: Add, section?: number): void {
	for (const f of part.fingerprints) {
		const hash = f.hash.toLowerCase();
		const expected = FINGERPRINT_BYTES[hash];
		if (expected === undefined) {
			add(
				'fingerprint-hash-unknown',
				f.line,
				L(
					`Hash function "${f.hash}" is not one of sha-1, sha-224, sha-256, sha-384, sha-512 (RFC 8122 §5); the peer cannot verify the certificate. Use sha-256.`,
					`雜湊函式「${f.hash}」不是 sha-1、sha-224、sha-256、sha-384、sha-512 之一（RFC 8122 §5），對方無法驗證憑證。請使用 sha-256。`
				),
				section
			);
			continue;
		}
		const bytes = f.value.split(':');
		const okBytes = bytes.every(isHexByte);
		if (!okBytes || bytes.length !== expected)
			add(
				'fingerprint-length',
				f.line,
				L(
					`A ${f.hash} fingerprint is ${expected} bytes written as two hex digits each, separated by ":"; this one ${okBytes ? `has ${bytes.length}` : 'is not in that form'}. The DTLS handshake will fail; copy the fingerprint of the actual certificate.`,
					`${f.hash} 指紋應為 ${expected} 個位元組，每個寫成兩位十六進位數字並以「:」分隔；這裡${okBytes ? `只有 ${bytes.length} 個` : '格式不符'}。DTLS 握手會失敗，請填入實際憑證的指紋。`
				),
				section
			);
	}
}

const SETUP_VALUES = new Set(['actpass', 'active', 'passive', 'holdconn']);

function lintSetup(
	part: SdpCommon,
	lines: SdpLine[],
	options: LintOptions,
	add: Add,
	section?: number
): void {
	if (part.setup === undefined) return;
	const line = attributeLine(part, lines, 'setup');
	if (!SETUP_VALUES.has(part.setup)) {
		add(
			'setup-invalid',
			line,
			L(
				`a=setup:${part.setup} is not active, passive, actpass or holdconn (RFC 4145 §4), so no side knows who starts DTLS. Use actpass in an offer and active or passive in an answer.`,
				`a=setup:${part.setup} 不是 active、passive、actpass 或 holdconn（RFC 4145 §4），雙方都不知道該由誰發起 DTLS。offer 請用 actpass，answer 用 active 或 passive。`
			),
			section
		);
		return;
	}
	if (options.role === 'offer' && part.setup !== 'actpass')
		add(
			'setup-role',
			line,
			L(
				`An offer must say a=setup:actpass (RFC 8842 §5.2, JSEP RFC 8829 §5.2.1) so the answerer can choose the DTLS role; "${part.setup}" takes that choice away and some peers fail. Change it to actpass.`,
				`offer 必須寫 a=setup:actpass（RFC 8842 §5.2、JSEP RFC 8829 §5.2.1），讓 answer 端選擇 DTLS 角色；寫「${part.setup}」等於剝奪了選擇權，部分端點會失敗。請改成 actpass。`
			),
			section
		);
	if (options.role === 'answer' && (part.setup === 'actpass' || part.setup === 'holdconn'))
		add(
			'setup-role',
			line,
			L(
				`An answer must pick a DTLS role: a=setup:active or a=setup:passive (RFC 8842 §5.3); "${part.setup}" leaves both sides waiting. Browsers answer active.`,
				`answer 必須選定 DTLS 角色：a=setup:active 或 a=setup:passive（RFC 8842 §5.3）；寫「${part.setup}」會讓雙方都在等待。瀏覽器的 answer 用 active。`
			),
			section
		);
}

function lintPayloadTypes(m: SdpMediaSection, lines: SdpLine[], add: Add): void {
	const s = m.index;
	const formats: ReadonlySet<string> = new Set(m.formats);
	const seen = new Set<string>();
	for (const f of m.formats) {
		if (seen.has(f))
			add(
				'duplicate-pt',
				m.line,
				L(
					`Payload type ${f} is listed twice in m=. Each payload type may appear once; remove the duplicate.`,
					`payload type ${f} 在 m= 中出現兩次。每個 payload type 只能出現一次，請刪掉重複的。`
				),
				s
			);
		seen.add(f);
	}
	for (const c of m.codecs) {
		if (c.name === undefined && !isStaticPayloadType(c.payloadType))
			add(
				'rtpmap-missing',
				m.line,
				L(
					`Payload type ${c.payloadType} is dynamic but has no a=rtpmap, so the peer cannot know which codec it is (RFC 8866 §6.6). Add a=rtpmap:${c.payloadType} <codec>/<clock rate>.`,
					`payload type ${c.payloadType} 是動態的，卻沒有 a=rtpmap，對方無法知道它是哪個編解碼器（RFC 8866 §6.6）。請加上 a=rtpmap:${c.payloadType} <編解碼器>/<時脈>。`
				),
				s
			);
		if (c.apt !== undefined && !formats.has(String(c.apt)))
			add(
				'apt-dangling',
				c.fmtp?.line ?? m.line,
				L(
					`Payload type ${c.payloadType} repairs apt=${c.apt}, which is not offered in this m-section, so these retransmissions can never be used (RFC 4588 §8.1). Point apt at a listed payload type or drop the line.`,
					`payload type ${c.payloadType} 以 apt=${c.apt} 修補的對象不在這個 m 區段裡，這些重傳永遠用不到（RFC 4588 §8.1）。請把 apt 指向列出的 payload type，或刪掉這一行。`
				),
				s
			);
	}
	for (const f of m.strayFmtp)
		add(
			'fmtp-undeclared-pt',
			f.line,
			L(
				'This a=fmtp names a payload type that is not in the m= line, so it configures nothing. Add the payload type to m= or remove the line.',
				'這行 a=fmtp 指定的 payload type 不在 m= 行中，等於沒有設定任何東西。請把 payload type 加到 m=，或刪掉這一行。'
			),
			s
		);
	for (const n of m.lines) {
		const l = lines[n - 1];
		if (l?.attribute !== 'rtcp-fb') continue;
		const pt = fieldValue(l, 'payload-type');
		if (pt !== undefined && pt !== '*' && !formats.has(pt))
			add(
				'rtcp-fb-undeclared-pt',
				n,
				L(
					`a=rtcp-fb for payload type ${pt}, which the m= line does not list; the feedback setting applies to nothing. Fix the payload type or remove the line.`,
					`a=rtcp-fb 指定的 payload type ${pt} 不在 m= 行中，這個回饋設定沒有作用。請修正 payload type 或刪掉這一行。`
				),
				m.index
			);
	}
}

function lintSsrc(m: SdpMediaSection, add: Add): void {
	const known = new Set(m.ssrcs.map((s) => s.ssrc));
	for (const g of m.ssrcGroups)
		for (const id of g.ssrcs)
			if (!known.has(id))
				add(
					'ssrc-group-unknown-ssrc',
					g.line,
					L(
						`ssrc-group ${g.semantics} names SSRC ${id}, which has no a=ssrc line here, so the receiver cannot tie the group to a stream (RFC 5576 §4.2). Declare it with a=ssrc:${id} cname:… or remove it.`,
						`ssrc-group ${g.semantics} 列出的 SSRC ${id} 在這裡沒有 a=ssrc 行，接收端無法把群組對應到串流（RFC 5576 §4.2）。請以 a=ssrc:${id} cname:… 宣告，或將它移除。`
					),
					m.index
				);
}

function lintSimulcast(m: SdpMediaSection, add: Add): void {
	if (!m.simulcast) return;
	const rids = new Set(m.rids.map((r) => r.id));
	for (const list of [m.simulcast.send, m.simulcast.recv])
		for (const alt of list?.streams ?? [])
			for (const r of alt)
				if (!rids.has(r.rid))
					add(
						'simulcast-undeclared-rid',
						m.simulcast.line,
						L(
							`a=simulcast names rid "${r.rid}" but there is no a=rid:${r.rid} line (RFC 8853 §5.1). The peer will reject simulcast; add the a=rid line or drop the name.`,
							`a=simulcast 列出 rid「${r.rid}」，但沒有 a=rid:${r.rid} 行（RFC 8853 §5.1）。對方會拒絕 simulcast；請補上 a=rid 行或移除這個名稱。`
						),
						m.index
					);
}

function lintApplication(m: SdpMediaSection, add: Add): void {
	if (m.media !== 'application' || !/SCTP/i.test(m.proto) || m.port === 0) return;
	if (/^(UDP|TCP)\/DTLS\/SCTP$/i.test(m.proto)) {
		if (m.sctpPort === undefined)
			add(
				'application-missing-sctp-port',
				m.line,
				L(
					'A data-channel m-section should carry a=sctp-port (RFC 8841 §5.1); without it peers fall back to 5000 and may disagree. Add a=sctp-port:5000 and a=max-message-size.',
					'資料通道的 m 區段應該有 a=sctp-port（RFC 8841 §5.1）；少了它，雙方會退回 5000，可能不一致。請加上 a=sctp-port:5000 與 a=max-message-size。'
				),
				m.index
			);
	} else {
		add(
			'legacy-datachannel',
			m.line,
			L(
				`"${m.proto} ${m.formats.join(' ')}"${m.sctpmap ? ' with a=sctpmap' : ''} is the pre-standard data-channel format. Current browsers still accept it, but new code should write "UDP/DTLS/SCTP webrtc-datachannel" with a=sctp-port.`,
				`「${m.proto} ${m.formats.join(' ')}」${m.sctpmap ? '搭配 a=sctpmap ' : ''}是標準化前的資料通道格式。現在的瀏覽器仍接受，但新程式應寫成「UDP/DTLS/SCTP webrtc-datachannel」並加上 a=sctp-port。`
			),
			m.index
		);
	}
}

function lintPlanB(m: SdpMediaSection, add: Add): void {
	// Count distinct track ids: a=msid appdata, the track half of ssrc msid, or the old ssrc label.
	const tracks = new Set<string>();
	for (const x of m.msids) if (x.track) tracks.add(x.track);
	for (const s of m.ssrcs) {
		const track = s.msid?.trim().split(/[ \t]+/)[1] ?? s.label;
		if (track) tracks.add(track);
	}
	if (tracks.size > 1)
		add(
			'plan-b',
			m.line,
			L(
				`This m-section carries ${tracks.size} tracks (different track ids in its msid/label lines): that is Plan B, which Chrome removed in 2022. Unified Plan gives each track its own m-section with one a=msid and a=mid; use addTransceiver/addTrack once per track.`,
				`這個 m 區段裝了 ${tracks.size} 個 track（msid／label 中的 track ID 不同）：這是 Plan B，Chrome 已在 2022 年移除。Unified Plan 讓每個 track 有自己的 m 區段，各有一行 a=msid 與 a=mid；請對每個 track 呼叫一次 addTransceiver／addTrack。`
			),
			m.index
		);
}
