// The outcome banner's explanation: what happened and why, in plain words keyed on the outcome and the NAT
// behaviours that decided it (the engine's own `reason` is shown beside it).
import type { Locale } from '$lib/notes';
import type { Outcome, RunEvent } from '$lib/sim';
import { m } from '$lib/paraglide/messages.js';
import type { LabSettings, SideSettings } from './lab-settings';
import { deviceName, formatTime, PURPOSES } from './narrate';

type Text = Record<Locale, string>;

export type ExplanationKey =
	| 'direct-public'
	| 'direct-hairpin'
	| 'direct-eim'
	| 'direct-prflx'
	| 'relayed-blocked'
	| 'relayed-symmetric'
	| 'relayed-other'
	| 'failed-expired'
	| 'failed-flushed'
	| 'failed-turn-stopped'
	| 'failed-consent'
	| 'failed-blocked'
	| 'failed-no-hairpin'
	| 'failed-symmetric'
	| 'failed-filtered';

export const EXPLANATIONS: Record<ExplanationKey, Text> = {
	'direct-public': {
		en: 'At least one peer has a public address, so the other can simply send to it: its host candidate is reachable, and the reply opens the NAT on the way back.',
		'zh-TW':
			'至少有一端擁有公共位址，另一端直接送過去就行：它的 host 候選位址可以直接連到，回應封包也會順便打開回程路上的 NAT。'
	},
	'direct-hairpin': {
		en: 'Both peers sit behind the same NAT. Checks sent to each other’s server-reflexive address reach the NAT’s own public address and are turned back inside (hairpinning, RFC 4787 §6).',
		'zh-TW':
			'兩端在同一個 NAT 後面。送往對方伺服器反射位址的檢查封包，會到達 NAT 自己的公共位址，再被轉回內部網路（迴轉，RFC 4787 §6）。'
	},
	'direct-eim': {
		en: 'Both NATs map endpoint-independently: a peer keeps the same public address and port whoever it talks to, so the address it learnt from STUN is exactly where the other peer’s checks must go. Each side’s own outgoing checks open its filter for the other, and the server-reflexive pair connects directly.',
		'zh-TW':
			'兩個 NAT 都是與端點無關的對應：不管跟誰通訊，同一端對外都用同一組公共位址與連接埠，所以從 STUN 學到的位址，正是對方檢查封包該送去的地方。每一端自己送出的檢查會替對方打開過濾，伺服器反射候選配對就能直接連線。'
	},
	'direct-prflx': {
		en: 'One NAT makes a new mapping for each destination, so the address learnt from STUN is not the one the other peer sees. But the other side’s NAT lets packets in from an address it has already sent to, so a check from the new mapping gets through; the receiver learns that address as a peer-reflexive candidate and the pair connects directly.',
		'zh-TW':
			'有一個 NAT 對每個目的地都建立新的對應，所以從 STUN 學到的位址並不是對方實際看到的位址。不過另一端的 NAT 只要曾經送往那個位址就會放行，所以從新對應送來的檢查能進去；接收端把這個位址當成對等反射（peer-reflexive）候選位址，配對就直接連上了。'
	},
	'relayed-blocked': {
		en: 'UDP is blocked, so no direct check could leave. The agent reached the TURN server over TCP instead, and the relay carries the media to the other peer over UDP.',
		'zh-TW':
			'UDP 被封鎖，任何直接的檢查都出不去。代理改用 TCP 連到 TURN 伺服器，再由中繼伺服器用 UDP 把資料送給對方。'
	},
	'relayed-symmetric': {
		en: 'Both NATs make a new mapping for every destination (address- or port-dependent mapping) and filter what comes in. Every answer to a newly learnt address goes out from yet another mapping, so no direct pair ever succeeds; only the TURN relay, whose address stays the same for everyone, connects them.',
		'zh-TW':
			'兩個 NAT 都會對每個目的地建立新的對應（與位址或連接埠相關的對應），而且會過濾進來的封包。每次回應新學到的位址，又從另一個新對應送出，所以直接配對永遠不會成功；只有對所有人都維持同一個位址的 TURN 中繼，才能讓兩端連上。'
	},
	'relayed-other': {
		en: 'No direct pair got an answer in time, so the agents used the relayed candidate: the TURN server forwards every packet between them.',
		'zh-TW': '沒有任何直接配對及時得到回應，所以代理改用中繼候選位址：由 TURN 伺服器轉送兩端之間的每個封包。'
	},
	'failed-expired': {
		en: 'The call connected, but a NAT forgot its mapping during a silence longer than its lifetime (RFC 4787 §4.3). Later checks left from a new port that the other NAT filtered, and consent ran out (RFC 7675). Keepalives more often than the NAT timeout prevent this.',
		'zh-TW':
			'通話原本已經連上，但沉默時間超過 NAT 的對應存活時間，NAT 把對應忘了（RFC 4787 §4.3）。之後的檢查從新的連接埠送出，被另一端的 NAT 過濾掉，同意（consent）也就過期了（RFC 7675）。比 NAT 逾時更頻繁的保活封包可以避免這種情況。'
	},
	'failed-flushed': {
		en: 'The call connected, then a NAT forgot the mapping the call was using (a fault: as after a reboot, or a mapping dropped early). The next checks left from a new port that the other NAT had never sent to, so they were filtered; answers came back to a port with no mapping and were dropped. No check on the selected pair got an answer, and consent ran out (RFC 7675) — unless an ICE restart found a new path.',
		'zh-TW':
			'通話原本已經連上，後來 NAT 忘記了通話正在使用的對應（故障：就像重新開機，或對應提早被清掉）。之後的檢查從新的連接埠送出，另一端的 NAT 從沒送過封包到那裡，所以把它們過濾掉；回應送回一個已經沒有對應的連接埠，也被丟棄。選定配對上的檢查都得不到回應，同意就過期了（RFC 7675）——除非 ICE 重新啟動找到新的路徑。'
	},
	'failed-turn-stopped': {
		en: 'The call went through the TURN relay, then the TURN server stopped: its allocations were gone and it answered nothing. Consent checks through the relay got no answers, the agents went to disconnected and, 30 seconds after the last answer, to failed (RFC 7675). Behind these NATs there was no direct path to fall back on.',
		'zh-TW':
			'通話原本經由 TURN 中繼，後來 TURN 伺服器停止了：配置全部消失，也不再回應任何封包。經過中繼的同意檢查得不到回應，代理先變成 disconnected，最後一次回應 30 秒後變成 failed（RFC 7675）。在這些 NAT 後面，沒有可以退回的直接路徑。'
	},
	'failed-consent': {
		en: 'The call connected, then the checks on the selected pair stopped getting answers, so the agents lost consent to send (RFC 7675).',
		'zh-TW': '通話原本已經連上，之後選定配對上的檢查再也收不到回應，代理因此失去傳送的同意（RFC 7675）。'
	},
	'failed-blocked': {
		en: 'UDP is blocked and there is no TURN server reachable over TCP, so nothing could get through. Turn on TURN to see the relay fallback.',
		'zh-TW':
			'UDP 被封鎖，又沒有可以經由 TCP 連到的 TURN 伺服器，所以什麼都過不去。打開 TURN，就能看到改走中繼的做法。'
	},
	'failed-no-hairpin': {
		en: 'Both peers sit behind the same NAT, but it does not hairpin: packets sent to its own public address are dropped, and the two inside networks are not routed to each other. No path between the peers exists.',
		'zh-TW':
			'兩端在同一個 NAT 後面，但這個 NAT 不做迴轉：送往它自己公共位址的封包會被丟棄，兩個內部網路之間也沒有路由。兩端之間沒有任何可用的路徑。'
	},
	'failed-symmetric': {
		en: 'At least one NAT makes a new mapping for each destination, and the other side filters packets from addresses and ports it has not sent to. Each check arrives from a mapping the other NAT has never seen and is filtered. Without a TURN server there is nothing to fall back on — turn on TURN to see the call relayed.',
		'zh-TW':
			'至少有一個 NAT 對每個目的地建立新的對應，而另一端會過濾沒送過封包的位址與連接埠。每個檢查都從對方 NAT 沒見過的對應送來，因此被過濾掉。沒有 TURN 伺服器就沒有退路——打開 TURN，就能看到通話改走中繼。'
	},
	'failed-filtered': {
		en: 'Every candidate pair failed: the checks were filtered or dropped on the way, so no pair got an answer from where it was sent.',
		'zh-TW': '所有候選配對都失敗了：檢查封包在路上被過濾或丟棄，沒有任何配對從送出的位置收到回應。'
	}
};

const dependent = (s: SideSettings) => s.nat && s.mapping !== 'endpoint-independent';

/** Which explanation fits a run with these settings and this outcome. */
export function explanationKey(
	outcome: Outcome,
	s: LabSettings,
	events: readonly RunEvent[]
): ExplanationKey {
	const blocked = s.udpBlocked !== 'none';
	if (outcome === 'direct') {
		if (s.sameNat) return 'direct-hairpin';
		if (!s.a.nat || !s.b.nat) return 'direct-public';
		if (dependent(s.a) || dependent(s.b)) return 'direct-prflx';
		return 'direct-eim';
	}
	if (outcome === 'relayed') {
		if (blocked) return 'relayed-blocked';
		if (dependent(s.a) || dependent(s.b)) return 'relayed-symmetric';
		return 'relayed-other';
	}
	if (events.some((e) => e.kind === 'selected')) {
		if (events.some((e) => e.kind === 'turn' && e.why.code === 'turn.stopped')) return 'failed-turn-stopped';
		if (events.some((e) => e.kind === 'mapping' && e.why?.code === 'nat.mapping.flushed'))
			return 'failed-flushed';
		return events.some((e) => e.kind === 'mapping' && e.change === 'expired')
			? 'failed-expired'
			: 'failed-consent';
	}
	if (blocked) return 'failed-blocked';
	if (s.sameNat && !s.a.hairpin) return 'failed-no-hairpin';
	if (dependent(s.a) || dependent(s.b)) return 'failed-symmetric';
	return 'failed-filtered';
}

export function explainOutcome(
	outcome: Outcome,
	s: LabSettings,
	events: readonly RunEvent[],
	locale: Locale
): string {
	return EXPLANATIONS[explanationKey(outcome, s, events)][locale];
}

/** The faults injected by hand, one line each, in words (for the outcome banner). */
export function faultLines(s: LabSettings, locale: Locale): string[] {
	const nat = (side: 'A' | 'B') => deviceName(s.sameNat ? 'NAT' : `NAT-${side}`, locale);
	const time = (t: number) => formatTime(t, locale);
	const lines: string[] = [];
	for (const f of s.expire ?? [])
		lines.push(
			f.external
				? m.nat_fault_expire({ nat: nat(f.nat), external: f.external, time: time(f.atMs) }, { locale })
				: m.nat_fault_expire_all({ nat: nat(f.nat), time: time(f.atMs) }, { locale })
		);
	if (s.turnStopAtMs !== undefined) lines.push(m.nat_fault_turn({ time: time(s.turnStopAtMs) }, { locale }));
	for (const d of s.drops ?? [])
		lines.push(m.nat_fault_drop({ purpose: PURPOSES[d.purpose].long[locale], n: d.n }, { locale }));
	return lines;
}
