// Codec parameter decoders for a=fmtp: what each `key=value` means for the codec it belongs to, in both locales.
// H.264 RFC 6184 §8.1, VP8 RFC 7741 §6.1, VP9 RFC 9628 §6, AV1 (AOM RTP payload spec §7.2), Opus RFC 7587 §6.1,
// RTX RFC 4588 §8.1, RED RFC 2198 §5, telephone-event RFC 4733 §2.4.1, FlexFEC RFC 8627 §5.1.
import { fmtpPartNote } from './attributes';
import { parseFmtpConfig } from './structure';

export interface Localized {
	en: string;
	'zh-TW': string;
}

export interface FmtpMeaning {
	/** Parameter name as written, or `` for a bare value (`0-15`, `111/111`). */
	parameter: string;
	value: string;
	noteId?: string;
	meaning: Localized;
}

const L = (en: string, zh: string): Localized => ({ en, 'zh-TW': zh });

export interface H264ProfileLevel {
	profileIdc: number;
	profileIop: number;
	levelIdc: number;
	/** Profile name as RFC 6184 and libwebrtc spell it, e.g. `Constrained Baseline`. */
	profile: string;
	/** Level as written in H.264 Table A-1, e.g. `3.1` or `1b`. */
	level: string;
}

// RFC 6184 §8.1: profile-level-id = profile_idc (1 byte) | profile-iop (constraint_set0..5 flags) | level_idc.
// The (profile_idc, iop pattern) → profile table below is the one RFC 6184 Table 5 gives and libwebrtc uses
// (`x` = either bit value, bits listed from constraint_set0_flag down).
const PROFILE_PATTERNS: readonly [number, string, string][] = [
	[0x42, 'x1xx0000', 'Constrained Baseline'],
	[0x4d, '1xxx0000', 'Constrained Baseline'],
	[0x58, '11xx0000', 'Constrained Baseline'],
	[0x42, 'x0xx0000', 'Baseline'],
	[0x58, '10xx0000', 'Baseline'],
	[0x4d, '0x0x0000', 'Main'],
	[0x64, '00000000', 'High'],
	[0x64, '00001100', 'Constrained High'],
	[0xf4, '00000000', 'High 4:4:4 Predictive']
];

const PROFILE_BY_IDC: Readonly<Record<number, string>> = {
	0x42: 'Baseline',
	0x4d: 'Main',
	0x58: 'Extended',
	0x64: 'High',
	0x6e: 'High 10',
	0x7a: 'High 4:2:2',
	0xf4: 'High 4:4:4 Predictive',
	0x2c: 'CAVLC 4:4:4 Intra'
};

function matches(pattern: string, iop: number): boolean {
	for (let i = 0; i < 8; i++) {
		const bit = (iop >> (7 - i)) & 1;
		if (pattern[i] !== 'x' && Number(pattern[i]) !== bit) return false;
	}
	return true;
}

/** Decodes an H.264 profile-level-id (`42e01f` → Constrained Baseline, level 3.1); undefined if not 6 hex digits. */
export function decodeH264ProfileLevelId(hex: string): H264ProfileLevel | undefined {
	if (!/^[0-9a-fA-F]{6}$/.test(hex)) return undefined;
	const profileIdc = parseInt(hex.slice(0, 2), 16);
	const profileIop = parseInt(hex.slice(2, 4), 16);
	const levelIdc = parseInt(hex.slice(4, 6), 16);
	const hit = PROFILE_PATTERNS.find(([idc, pat]) => idc === profileIdc && matches(pat, profileIop));
	const profile = hit?.[2] ?? PROFILE_BY_IDC[profileIdc] ?? `unknown profile_idc ${profileIdc}`;
	// H.264 §A.3.1: level 1b is level_idc 11 with constraint_set3_flag in Baseline/Main/Extended, or level_idc 9.
	const constraintSet3 = (profileIop & 0x10) !== 0;
	const level =
		levelIdc === 9 || (levelIdc === 11 && constraintSet3 && [0x42, 0x4d, 0x58].includes(profileIdc))
			? '1b'
			: levelIdc % 10 === 0
				? `${levelIdc / 10}`
				: `${Math.floor(levelIdc / 10)}.${levelIdc % 10}`;
	return { profileIdc, profileIop, levelIdc, profile, level };
}

/** AV1 level-idx → level `X.Y` (AV1 spec Annex A.3: seq_level_idx = (X − 2) × 4 + Y). */
export function av1Level(idx: number): string {
	return `${2 + (idx >> 2)}.${idx & 3}`;
}

const VP9_PROFILES: Readonly<Record<string, Localized>> = {
	'0': L(
		'profile 0: 8-bit, 4:2:0 chroma (what every decoder supports)',
		'profile 0：8 位元、4:2:0 色度取樣（所有解碼器都支援）'
	),
	'1': L('profile 1: 8-bit, 4:2:2 or 4:4:4 chroma', 'profile 1：8 位元、4:2:2 或 4:4:4 色度取樣'),
	'2': L('profile 2: 10- or 12-bit, 4:2:0 chroma (HDR)', 'profile 2：10 或 12 位元、4:2:0 色度取樣（HDR）'),
	'3': L(
		'profile 3: 10- or 12-bit, 4:2:2 or 4:4:4 chroma',
		'profile 3：10 或 12 位元、4:2:2 或 4:4:4 色度取樣'
	)
};

const AV1_PROFILES = ['Main', 'High', 'Professional'];

const onOff = (v: string, on: Localized, off: Localized): Localized => (v === '1' ? on : off);

/** The encoding name a payload type has in the same m-section (from its a=rtpmap or the static table). */
export type PayloadTypeNamer = (pt: number) => string | undefined;

/** `96` → `96 (VP8)` when the m-section names it. */
function withName(pt: string, nameOf: PayloadTypeNamer): string {
	const n = /^\d+$/.test(pt) ? nameOf(Number(pt)) : undefined;
	return n ? `${pt} (${n})` : pt;
}

function meaningOf(
	codec: string,
	key: string,
	value: string,
	nameOf: PayloadTypeNamer
): Localized | undefined {
	const c = codec.toLowerCase();
	const k = key.toLowerCase();
	switch (k) {
		case 'profile-level-id': {
			const d = decodeH264ProfileLevelId(value);
			if (!d) return L(`"${value}" is not six hex digits`, `「${value}」不是六位十六進位數字`);
			return L(
				`H.264 ${d.profile} profile, level ${d.level}`,
				`H.264 ${d.profile} profile，level ${d.level}`
			);
		}
		case 'packetization-mode':
			return value === '1'
				? L(
						'mode 1 (non-interleaved): NAL units may be split into FU-A fragments or aggregated in STAP-A',
						'mode 1（非交錯）：NAL 單元可用 FU-A 切片或以 STAP-A 合併'
					)
				: value === '2'
					? L('mode 2 (interleaved): rarely used in WebRTC', 'mode 2（交錯）：WebRTC 幾乎不用')
					: L(
							'mode 0 (single NAL unit): each RTP packet carries exactly one NAL unit',
							'mode 0（單一 NAL 單元）：每個 RTP 封包只裝一個 NAL 單元'
						);
		case 'level-asymmetry-allowed':
			return onOff(
				value,
				L('each side may send at a different level than it receives', '兩端送出與接收的 level 可以不同'),
				L('both directions must use the same level', '兩個方向必須使用相同的 level')
			);
		case 'profile-id':
			if (c === 'vp9')
				return VP9_PROFILES[value] ?? L(`unknown VP9 profile ${value}`, `未知的 VP9 profile ${value}`);
			if (c === 'av1')
				return L(
					`AV1 ${AV1_PROFILES[Number(value)] ?? 'unknown'} profile`,
					`AV1 ${AV1_PROFILES[Number(value)] ?? '未知'} profile`
				);
			return undefined;
		case 'profile':
			return L(
				`AV1 ${AV1_PROFILES[Number(value)] ?? 'unknown'} profile (${value})`,
				`AV1 ${AV1_PROFILES[Number(value)] ?? '未知'} profile（${value}）`
			);
		case 'level-idx': {
			const n = Number(value);
			return Number.isInteger(n) && n >= 0 && n < 32
				? L(`AV1 level ${av1Level(n)}`, `AV1 level ${av1Level(n)}`)
				: L(`"${value}" is not a level index`, `「${value}」不是 level 索引`);
		}
		case 'tier':
			return value === '1'
				? L(
						'AV1 High tier (higher bitrates for the same level)',
						'AV1 High tier（同一 level 允許更高位元率）'
					)
				: L('AV1 Main tier', 'AV1 Main tier');
		case 'minptime':
			return L(`send packets of at least ${value} ms of audio`, `每個封包至少裝 ${value} 毫秒的聲音`);
		case 'useinbandfec':
			return onOff(
				value,
				L(
					'the receiver can use Opus in-band FEC: send it to survive packet loss',
					'接收端能用 Opus 帶內 FEC：請送出，以撐過封包遺失'
				),
				L('the receiver does not ask for Opus in-band FEC', '接收端不要求 Opus 帶內 FEC')
			);
		case 'stereo':
			return onOff(
				value,
				L('the receiver prefers stereo', '接收端偏好立體聲'),
				L('the receiver prefers mono', '接收端偏好單聲道')
			);
		case 'sprop-stereo':
			return onOff(
				value,
				L('the sender is likely to send stereo', '傳送端可能會送立體聲'),
				L('the sender is likely to send mono', '傳送端可能只送單聲道')
			);
		case 'maxaveragebitrate':
			return L(`receive at most ${value} bit/s on average`, `平均接收位元率上限 ${value} bit/s`);
		case 'maxplaybackrate':
			return L(
				`the receiver plays back at most ${value} Hz, so wider bandwidth is wasted`,
				`接收端最高以 ${value} Hz 播放，更寬的頻帶只是浪費`
			);
		case 'sprop-maxcapturerate':
			return L(
				`the sender captures audio at no more than ${value} Hz, so it will not send wider bandwidth than that`,
				`傳送端擷取聲音的取樣率最高 ${value} Hz，送出的頻寬不會超過這個範圍`
			);
		case 'usedtx':
			return onOff(
				value,
				L(
					'discontinuous transmission: send little or nothing during silence',
					'不連續傳輸：靜音時幾乎不送資料'
				),
				L('send continuously, also during silence', '靜音時也持續傳送')
			);
		case 'cbr':
			return onOff(
				value,
				L('constant bitrate', '固定位元率'),
				L('variable bitrate (the Opus default)', '可變位元率（Opus 預設）')
			);
		case 'apt': {
			const pt = withName(value, nameOf);
			return c === 'rtx'
				? L(`retransmissions of payload type ${pt}`, `payload type ${pt} 的重傳`)
				: L(`protects payload type ${pt}`, `保護 payload type ${pt}`);
		}
		case 'rtx-time':
			return L(
				`the sender keeps packets for retransmission for ${value} ms`,
				`傳送端保留封包 ${value} 毫秒以便重傳`
			);
		case 'max-fs':
			return L(
				`largest frame the receiver decodes: ${value} macroblocks (16×16 pixels)`,
				`接收端能解碼的最大畫面：${value} 個巨集區塊（16×16 像素）`
			);
		case 'max-fr':
			return L(`at most ${value} frames per second`, `每秒最多 ${value} 張畫面`);
		case 'repair-window':
			return L(
				`FEC repairs packets sent within the last ${Number(value) / 1000} ms`,
				`FEC 可修復最近 ${Number(value) / 1000} 毫秒內送出的封包`
			);
		case 'channel_mapping':
			return L(
				`output channel order of the Opus streams: ${value}`,
				`多聲道 Opus 串流的輸出聲道順序：${value}`
			);
		case 'coupled_streams':
			return L(`${value} of the Opus streams carry a stereo pair`, `其中 ${value} 個 Opus 串流是立體聲對`);
		case 'num_streams':
			return L(`${value} Opus streams packed in each packet`, `每個封包裝 ${value} 個 Opus 串流`);
		case 'x-google-min-bitrate':
		case 'x-google-max-bitrate':
		case 'x-google-start-bitrate':
			return L(`libwebrtc bitrate hint: ${value} kbit/s`, `libwebrtc 位元率提示：${value} kbit/s`);
	}
	return undefined;
}

function describeEvents(list: string): Localized {
	const dtmf = list.split(',').some((r) => {
		const [a, b = a] = r.split('-').map(Number);
		return a === 0 && b >= 15;
	});
	return dtmf
		? L(`events ${list}: DTMF digits 0–9, *, # and A–D`, `事件 ${list}：DTMF 按鍵 0–9、*、# 與 A–D`)
		: L(`events ${list} (RFC 4733 event codes)`, `事件 ${list}（RFC 4733 事件代碼）`);
}

/**
 * What each parameter of an a=fmtp line means for `codec` (the encoding name from a=rtpmap). `fmtp` is the
 * config text after the payload type or its already split key/value pairs; `nameOf` names the payload types
 * an rtx `apt=` or a RED list points at. Unknown parameters are listed with a meaning that says so.
 */
export function explainFmtp(
	codec: string,
	fmtp: string | Record<string, string>,
	nameOf: PayloadTypeNamer = () => undefined
): FmtpMeaning[] {
	if (typeof fmtp === 'string') {
		const { params, values } = parseFmtpConfig(fmtp);
		return explainFmtpParts(codec, params, values, nameOf);
	}
	return explainFmtpParts(codec, fmtp ?? {}, [], nameOf);
}

/** explainFmtp for a config already split by parseFmtpConfig (explainSdp reuses the structured view's split). */
export function explainFmtpParts(
	codec: string,
	params: Record<string, string>,
	values: string[],
	nameOf: PayloadTypeNamer = () => undefined
): FmtpMeaning[] {
	const out: FmtpMeaning[] = [];
	const c = (codec ?? '').toLowerCase();
	for (const v of values) {
		const noteId = fmtpPartNote(v, true);
		let meaning: Localized;
		if (noteId === 'sdp.fmtp.events') meaning = describeEvents(v);
		else if (noteId === 'sdp.fmtp.redundancy')
			meaning = L(
				`each RED packet carries blocks of payload types ${v
					.split('/')
					.map((pt) => withName(pt, nameOf))
					.join(', ')} (in the packet the redundant blocks come first, the primary block last)`,
				`每個 RED 封包內含 payload type ${v
					.split('/')
					.map((pt) => withName(pt, nameOf))
					.join('、')} 的區塊（封包裡備援區塊在前，主要區塊在最後）`
			);
		else meaning = L(`value "${v}" (not a key=value pair)`, `值「${v}」（不是 key=value 形式）`);
		out.push(noteId ? { parameter: '', value: v, noteId, meaning } : { parameter: '', value: v, meaning });
	}
	for (const [key, value] of Object.entries(params)) {
		const meaning =
			meaningOf(c, key, value, nameOf) ??
			L(
				`parameter ${key}=${value}, not one this page decodes for ${codec}`,
				`參數 ${key}=${value}，本頁不解讀 ${codec} 的這個參數`
			);
		const noteId = fmtpPartNote(key, false);
		out.push(noteId ? { parameter: key, value, noteId, meaning } : { parameter: key, value, meaning });
	}
	return out;
}
