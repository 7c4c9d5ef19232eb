// Plain-language narration of a run, one sentence per step, in both locales (prose as data: a table per locale).
// The live region reads these aloud; the event timeline lists them. English reuses the engine's own reason
// strings where they are already plain words; Traditional Chinese is built from the event's fields.
import type { Locale } from '$lib/notes';
import type { DeviceAction, Endpoint, PacketPurpose, RunEvent } from '$lib/sim';
import type { Why } from '$lib/sim/core/reasons';
import { formatReason } from './reasons';

type Text = Record<Locale, string>;

export const PURPOSES: Record<PacketPurpose, { short: Text; long: Text; group: PurposeGroup }> = {
	'binding-request': {
		short: { en: 'Binding', 'zh-TW': 'Binding 請求' },
		long: { en: 'STUN Binding request', 'zh-TW': 'STUN Binding 請求' },
		group: 'stun'
	},
	'binding-response': {
		short: { en: 'Binding ✓', 'zh-TW': 'Binding 回應' },
		long: { en: 'STUN Binding response', 'zh-TW': 'STUN Binding 回應' },
		group: 'stun'
	},
	check: {
		short: { en: 'check', 'zh-TW': '檢查' },
		long: { en: 'connectivity check', 'zh-TW': '連通檢查' },
		group: 'check'
	},
	'check-response': {
		short: { en: 'check ✓', 'zh-TW': '檢查回應' },
		long: { en: 'check response', 'zh-TW': '連通檢查回應' },
		group: 'check'
	},
	consent: {
		short: { en: 'consent', 'zh-TW': '同意檢查' },
		long: { en: 'consent check (RFC 7675)', 'zh-TW': '同意檢查（RFC 7675）' },
		group: 'check'
	},
	allocate: {
		short: { en: 'Allocate', 'zh-TW': 'Allocate 請求' },
		long: { en: 'TURN Allocate request', 'zh-TW': 'TURN Allocate 請求' },
		group: 'turn'
	},
	'allocate-response': {
		short: { en: 'Allocate ✓', 'zh-TW': 'Allocate 回應' },
		long: { en: 'TURN Allocate response', 'zh-TW': 'TURN Allocate 回應' },
		group: 'turn'
	},
	refresh: {
		short: { en: 'Refresh', 'zh-TW': 'Refresh 請求' },
		long: { en: 'TURN Refresh request', 'zh-TW': 'TURN Refresh 請求' },
		group: 'turn'
	},
	'refresh-response': {
		short: { en: 'Refresh ✓', 'zh-TW': 'Refresh 回應' },
		long: { en: 'TURN Refresh response', 'zh-TW': 'TURN Refresh 回應' },
		group: 'turn'
	},
	'create-permission': {
		short: { en: 'Permission', 'zh-TW': 'Permission 請求' },
		long: { en: 'TURN CreatePermission request', 'zh-TW': 'TURN CreatePermission 請求' },
		group: 'turn'
	},
	'create-permission-response': {
		short: { en: 'Permission ✓', 'zh-TW': 'Permission 回應' },
		long: { en: 'TURN CreatePermission response', 'zh-TW': 'TURN CreatePermission 回應' },
		group: 'turn'
	},
	'channel-bind': {
		short: { en: 'ChannelBind', 'zh-TW': 'ChannelBind 請求' },
		long: { en: 'TURN ChannelBind request', 'zh-TW': 'TURN ChannelBind 請求' },
		group: 'turn'
	},
	'channel-bind-response': {
		short: { en: 'ChannelBind ✓', 'zh-TW': 'ChannelBind 回應' },
		long: { en: 'TURN ChannelBind response', 'zh-TW': 'TURN ChannelBind 回應' },
		group: 'turn'
	},
	'send-indication': {
		short: { en: 'Send', 'zh-TW': 'Send 指示' },
		long: { en: 'TURN Send indication', 'zh-TW': 'TURN Send 指示' },
		group: 'data'
	},
	'data-indication': {
		short: { en: 'Data', 'zh-TW': 'Data 指示' },
		long: { en: 'TURN Data indication', 'zh-TW': 'TURN Data 指示' },
		group: 'data'
	},
	'channel-data': {
		short: { en: 'ChannelData', 'zh-TW': 'ChannelData 封包' },
		long: { en: 'TURN ChannelData message', 'zh-TW': 'TURN ChannelData 訊息' },
		group: 'data'
	},
	'relayed-data': {
		short: { en: 'relayed', 'zh-TW': '中繼資料' },
		long: { en: 'datagram relayed by TURN', 'zh-TW': 'TURN 中繼的資料報' },
		group: 'data'
	}
};

export type PurposeGroup = 'stun' | 'check' | 'turn' | 'data';

const DEVICES: Record<string, Text> = {
	A: { en: 'A', 'zh-TW': 'A 端' },
	B: { en: 'B', 'zh-TW': 'B 端' },
	'NAT-A': { en: 'NAT A', 'zh-TW': 'NAT A' },
	'NAT-B': { en: 'NAT B', 'zh-TW': 'NAT B' },
	NAT: { en: 'the shared NAT', 'zh-TW': '共用的 NAT' },
	STUN: { en: 'the STUN server', 'zh-TW': 'STUN 伺服器' },
	'STUN-2': { en: 'the STUN server (second address)', 'zh-TW': 'STUN 伺服器（第二位址）' },
	TURN: { en: 'the TURN server', 'zh-TW': 'TURN 伺服器' },
	internet: { en: 'the internet', 'zh-TW': '網際網路' }
};

const ACTIONS: Record<DeviceAction, Text> = {
	translated: { en: 'translated', 'zh-TW': '已轉譯' },
	filtered: { en: 'filtered', 'zh-TW': '被過濾' },
	delivered: { en: 'delivered', 'zh-TW': '已送達' },
	dropped: { en: 'dropped', 'zh-TW': '被丟棄' },
	lost: { en: 'lost', 'zh-TW': '遺失' },
	relayed: { en: 'relayed', 'zh-TW': '已中繼' }
};

export function actionName(action: DeviceAction, locale: Locale): string {
	return ACTIONS[action][locale];
}

export function deviceName(id: string, locale: Locale): string {
	return DEVICES[id]?.[locale] ?? id;
}

/** `42 ms`, `12.345 s` (`42 毫秒`, `12.345 秒`). */
export function formatTime(t: number, locale: Locale): string {
	if (t < 1000) return locale === 'en' ? `${t} ms` : `${t} 毫秒`;
	return locale === 'en' ? `${(t / 1000).toFixed(3)} s` : `${(t / 1000).toFixed(3)} 秒`;
}

const ep = (e: Endpoint) => `${e.address}:${e.port}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ZH_STATES: Record<string, string> = {
	new: 'new（新建）',
	gathering: 'gathering（收集中）',
	complete: 'complete（完成）',
	checking: 'checking（檢查中）',
	connected: 'connected（已連線）',
	failed: 'failed（失敗）',
	frozen: 'frozen（凍結）',
	waiting: 'waiting（等待）',
	'in-progress': 'in-progress（進行中）',
	succeeded: 'succeeded（成功）'
};

/** The addresses each packet had before each event touched it (so a translation can say what it changed). */
function priorAddresses(events: readonly RunEvent[]): ({ from: Endpoint; to: Endpoint } | undefined)[] {
	const last = new Map<number, { from: Endpoint; to: Endpoint }>();
	return events.map((e) => {
		if (e.kind !== 'packet-sent' && e.kind !== 'device-action') return undefined;
		const before = last.get(e.packetId);
		last.set(e.packetId, { from: e.from, to: e.to });
		return before;
	});
}

/** The engine's reason in Traditional Chinese (its English sentence if the code is unknown). */
const zhWhy = (why: Why | undefined, english: string) => formatReason(why, english, 'zh-TW');

/** One sentence for event `e` (`before`: the packet's addresses before this event, for translations). */
export function narrateEvent(
	e: RunEvent,
	locale: Locale,
	before?: { from: Endpoint; to: Endpoint },
	resent = false
): string {
	const en = locale === 'en';
	const t = formatTime(e.t, locale);
	const sep = en ? ': ' : '：';
	const dev = (d: string) => deviceName(d, locale);
	const say = (enText: string, zhText: string) => `${t}${sep}${en ? enText : zhText}`;
	switch (e.kind) {
		case 'packet-sent': {
			const p = PURPOSES[e.purpose].long[locale];
			if (resent)
				return say(
					`${cap(dev(e.device))} retransmits the ${p} (same transaction, no answer yet) from ${ep(e.from)} to ${ep(e.to)}`,
					`${dev(e.device)}重送${p}（同一個交易，尚未收到回應），${ep(e.from)} → ${ep(e.to)}`
				);
			return say(
				`${cap(dev(e.device))} sends a ${p} from ${ep(e.from)} to ${ep(e.to)}${e.transport === 'tcp' ? ' over TCP' : ''}`,
				`${dev(e.device)}送出${p}，${ep(e.from)} → ${ep(e.to)}${e.transport === 'tcp' ? '（TCP）' : ''}`
			);
		}
		case 'device-action': {
			const d = dev(e.device);
			switch (e.action) {
				case 'translated': {
					const outbound = before
						? before.from.address !== e.from.address || before.from.port !== e.from.port
						: true;
					const old = before ? (outbound ? before.from : before.to) : undefined;
					const now = outbound ? e.from : e.to;
					return say(
						`${cap(d)} ${e.reason}`,
						`${d} 轉譯${outbound ? '來源' : '目的'}位址${old ? ` ${ep(old)}` : ''} → ${ep(now)}`
					);
				}
				case 'filtered':
					return say(
						`${cap(d)} ${e.reason}`,
						`${d} 過濾掉來自 ${ep(e.from)} 的封包。${zhWhy(e.why, e.reason)}`
					);
				case 'dropped':
					return say(`${cap(d)} ${e.reason}`, `${d}丟棄了封包。${zhWhy(e.why, e.reason)}`);
				case 'lost':
					return say(`Packet ${e.reason} on the internet`, `封包在網際網路上遺失：${zhWhy(e.why, e.reason)}`);
				case 'relayed':
					return say(`${cap(d)} ${e.reason}`, `${d}中繼封包：${ep(e.from)} → ${ep(e.to)}`);
				case 'delivered':
					return say(`${cap(d)} receives it (${ep(e.to)})`, `${d}收到封包（${ep(e.to)}）`);
			}
			break;
		}
		case 'mapping': {
			const m = e.mapping;
			const pair = `${ep(m.internal)} ⇄ ${ep(m.external)}`;
			const zh = { created: '建立對應', refreshed: '更新對應', expired: '對應過期並移除' }[e.change];
			const because = e.reason ? ` (${e.reason})` : '';
			const zhBecause = e.reason ? `（${zhWhy(e.why, e.reason)}）` : '';
			return say(
				`${cap(dev(e.device))}: mapping ${e.change}, ${pair}${because}`,
				`${dev(e.device)} ${zh}：${pair}${zhBecause}`
			);
		}
		case 'timer':
			return say(`${cap(dev(e.owner))}'s timer ${e.name} fires`, `${dev(e.owner)}的計時器 ${e.name} 到期`);
		case 'state':
			return say(
				`${cap(dev(e.agent))}'s ${e.region} goes from ${e.from} to ${e.to}${e.reason ? `: ${e.reason}` : ''}`,
				`${dev(e.agent)}的 ${e.region} 從 ${ZH_STATES[e.from] ?? e.from} 變成 ${ZH_STATES[e.to] ?? e.to}${e.reason ? `：${zhWhy(e.why, e.reason)}` : ''}`
			);
		case 'role':
			return say(
				`${cap(dev(e.agent))} is ${e.role}: ${e.reason}`,
				`${dev(e.agent)}的角色是 ${e.role === 'controlling' ? 'controlling（主控）' : 'controlled（受控）'}：${zhWhy(e.why, e.reason)}`
			);
		case 'candidate': {
			const c = e.candidate;
			return say(
				`${cap(dev(e.agent))} adds a ${e.side} ${c.type} candidate ${c.address}:${c.port}`,
				`${dev(e.agent)}加入${e.side === 'local' ? '本地' : '遠端'} ${c.type} 候選位址 ${c.address}:${c.port}`
			);
		}
		case 'pair': {
			const p = e.pair;
			const pair = `#${p.id} ${ep(p.local)} → ${ep(p.remote)}`;
			return say(
				`${cap(dev(e.agent))}'s pair ${pair} is ${p.state}${p.nominated ? ', nominated' : ''}`,
				`${dev(e.agent)}的候選配對 ${pair} 狀態為 ${ZH_STATES[p.state] ?? p.state}${p.nominated ? '，已提名' : ''}`
			);
		}
		case 'selected':
			return say(
				`${cap(dev(e.agent))} selects pair #${e.pairId}`,
				`${dev(e.agent)}選定候選配對 #${e.pairId}`
			);
		case 'signal':
			return say(
				`Signaling carries ${e.candidates} candidates from ${dev(e.from)} to ${dev(e.to)}`,
				`信令通道把 ${dev(e.from)}的 ${e.candidates} 個候選位址送給 ${dev(e.to)}`
			);
		case 'turn':
			return say(`The TURN server: ${e.change}, ${e.detail}`, `TURN 伺服器：${zhWhy(e.why, e.detail)}`);
		case 'note':
			return say(`${cap(dev(e.device))}: ${e.text}`, `${dev(e.device)}：${zhWhy(e.why, e.text)}`);
		case 'restart':
			return say(
				`${cap(dev(e.agent))} restarts ICE (new ufrag ${e.ufrag}): ${e.reason}`,
				`${dev(e.agent)}${zhWhy(e.why, e.reason)}；重新收集候選位址並重新檢查`
			);
	}
	return t;
}

/** Every step's sentence, in order. */
export function narrateRun(
	events: readonly RunEvent[],
	locale: Locale,
	resent: ReadonlySet<number> = new Set()
): string[] {
	const before = priorAddresses(events);
	return events.map((e, i) =>
		narrateEvent(e, locale, before[i], e.kind === 'packet-sent' && resent.has(e.packetId))
	);
}
