// The engine's reasons in words, per locale: one message function per ReasonCode (the `why` beside every English
// reason the simulator gives), so a NAT's, the network's, the TURN server's and an agent's decisions read in
// Traditional Chinese on /zh-TW/ too. English keeps the engine's own sentence when there is one; the table's
// English is its fallback. A code this table does not know falls back to the English sentence.
import type { Locale } from '$lib/notes';
import type { ReasonCode, ReasonParams, Why } from '$lib/sim/core/reasons';
import type { PacketPurpose, SelectedPair, TraversalResult } from '$lib/sim';
import { actionName, deviceName, PURPOSES } from './narrate';

type Say = (p: ReasonParams) => string;

const BEHAVIOUR: Record<string, { en: string; zh: string }> = {
	'endpoint-independent': { en: 'endpoint-independent', zh: '與端點無關' },
	'address-dependent': { en: 'address-dependent', zh: '與位址相關' },
	'address-and-port-dependent': { en: 'address-and-port-dependent', zh: '與位址和連接埠相關' }
};
const en = (b: unknown) => BEHAVIOUR[String(b)]?.en ?? String(b);
const zh = (b: unknown) => BEHAVIOUR[String(b)]?.zh ?? String(b);
const purposeZh = (p: unknown) => PURPOSES[p as PacketPurpose]?.long['zh-TW'] ?? String(p);
const purposeEn = (p: unknown) => PURPOSES[p as PacketPurpose]?.long.en ?? String(p);
const seconds = (ms: unknown) => `${(Number(ms) / 1000).toFixed(3)}`;

export const REASONS: Record<ReasonCode, { en: Say; 'zh-TW': Say }> = {
	'nat.translate.new': {
		en: (p) => `translated ${p.internal} → ${p.external} (new mapping #${p.mappingId}, ${en(p.mapping)})`,
		'zh-TW': (p) =>
			`把 ${p.internal} 轉譯成 ${p.external}（新建對應 #${p.mappingId}，${zh(p.mapping)}的對應）`
	},
	'nat.translate.existing': {
		en: (p) =>
			`translated ${p.internal} → ${p.external} (mapping #${p.mappingId}, kept until ${seconds(p.expiresAt)} s)`,
		'zh-TW': (p) =>
			`把 ${p.internal} 轉譯成 ${p.external}（沿用對應 #${p.mappingId}，保留到 ${seconds(p.expiresAt)} 秒）`
	},
	'nat.translate.in': {
		en: (p) =>
			`translated ${p.external} → ${p.internal} (mapping #${p.mappingId}, ${en(p.filtering)} filtering permits ${p.from})`,
		'zh-TW': (p) =>
			`把 ${p.external} 轉譯成 ${p.internal}（對應 #${p.mappingId}，${zh(p.filtering)}的過濾允許來自 ${p.from} 的封包）`
	},
	'nat.translate.hairpin': {
		en: (p) =>
			`translated ${p.internal} → ${p.external}; sent to ${p.to}, its own public address: hairpinned back inside`,
		'zh-TW': (p) =>
			`把 ${p.internal} 轉譯成 ${p.external}；目的地 ${p.to} 是 NAT 自己的公共位址，於是迴轉（hairpinning）回內部網路`
	},
	'nat.drop.noMapping': {
		en: (p) => `dropped: no mapping for ${p.to} (from ${p.from})`,
		'zh-TW': (p) => `丟棄：${p.to} 沒有任何對應（來自 ${p.from}）`
	},
	'nat.drop.filtered': {
		en: (p) =>
			`dropped: no mapping permits ${p.from} → ${p.to} (${en(p.filtering)} filtering; mapping #${p.mappingId} has sent only to ${p.sentTo || 'nobody'})`,
		'zh-TW': (p) =>
			`過濾：沒有任何對應允許 ${p.from} → ${p.to}（${zh(p.filtering)}的過濾；對應 #${p.mappingId} 只送過封包到 ${p.sentTo || '任何地方都沒有'}）`
	},
	'nat.drop.hairpinOff': {
		en: (p) => `dropped: ${p.to} is this NAT's own public address and hairpinning is off (RFC 4787 §6)`,
		'zh-TW': (p) => `丟棄：${p.to} 是這個 NAT 自己的公共位址，但它不做迴轉（RFC 4787 §6）`
	},
	'nat.drop.otherSubnet': {
		en: (p) => `dropped: ${p.to} is on another inside subnet, which this NAT does not route to`,
		'zh-TW': (p) => `丟棄：${p.to} 在另一個內部子網路，這個 NAT 不會路由過去`
	},
	'nat.drop.noInsideHost': {
		en: (p) => `dropped: no host ${p.to} on the inside`,
		'zh-TW': (p) => `丟棄：內部網路沒有 ${p.to} 這台主機`
	},
	'nat.mapping.idle': {
		en: (p) =>
			`expired: no outbound packet for ${Number(p.lifetimeMs) / 1000} s (binding lifetime, RFC 4787 §4.3)`,
		'zh-TW': (p) =>
			`過期：${Number(p.lifetimeMs) / 1000} 秒內沒有任何往外的封包（對應存活時間，RFC 4787 §4.3）`
	},
	'nat.mapping.flushed': {
		en: (p) =>
			p.scope === 'all'
				? `expired: the NAT forgot all its mappings (a fault, as when a NAT reboots), ${p.external} among them`
				: `expired: the NAT dropped the mapping for ${p.external} (a fault)`,
		'zh-TW': (p) =>
			p.scope === 'all'
				? `過期：NAT 忘記了所有對應（故障，就像 NAT 重新開機），包括 ${p.external}`
				: `過期：NAT 丟掉了 ${p.external} 的對應（故障）`
	},
	'net.drop.private': {
		en: (p) => `dropped: ${p.to} is a private address, not routed on the public internet`,
		'zh-TW': (p) => `丟棄：${p.to} 是私有位址，公共網際網路不會路由它`
	},
	'net.drop.noDevice': {
		en: (p) => `dropped: no device has the address ${p.to}`,
		'zh-TW': (p) => `丟棄：沒有任何裝置擁有 ${p.to} 這個位址`
	},
	'net.lost.scripted': {
		en: (p) => `lost on the way to ${p.next} (scripted loss of ${purposeEn(p.purpose)} #${p.n})`,
		'zh-TW': (p) => `在送往 ${p.next} 的路上遺失（依設定刻意丟掉第 ${p.n} 個${purposeZh(p.purpose)}）`
	},
	'net.lost.random': {
		en: (p) => `lost on the way to ${p.next} (loss rate ${p.rate})`,
		'zh-TW': (p) => `在送往 ${p.next} 的路上遺失（依設定的遺失率 ${p.rate} 隨機遺失）`
	},
	'fw.drop.udpOut': {
		en: () => 'dropped: the firewall blocks outgoing UDP',
		'zh-TW': () => '丟棄：防火牆封鎖了往外的 UDP'
	},
	'fw.drop.udpIn': {
		en: () => 'dropped: the firewall blocks incoming UDP',
		'zh-TW': () => '丟棄：防火牆封鎖了進來的 UDP'
	},
	'host.delivered': {
		en: (p) => `delivered to ${p.to}`,
		'zh-TW': (p) => `送達 ${p.to}`
	},
	'turn.allocated': {
		en: (p) =>
			`allocated relayed address ${p.relayed} for ${p.client} over ${String(p.transport).toUpperCase()}, ${p.lifetimeS} s`,
		'zh-TW': (p) =>
			`替 ${p.client}（經由 ${String(p.transport).toUpperCase()}）配置中繼位址 ${p.relayed}，有效 ${p.lifetimeS} 秒`
	},
	'turn.refreshed': {
		en: (p) => `refreshed the allocation ${p.relayed} for ${p.lifetimeS} s`,
		'zh-TW': (p) => `更新配置 ${p.relayed}，再延長 ${p.lifetimeS} 秒`
	},
	'turn.allocation.expired': {
		en: (p) => `the allocation ${p.relayed} expired`,
		'zh-TW': (p) => `配置 ${p.relayed} 已過期`
	},
	'turn.allocation.deleted': {
		en: (p) =>
			p.cause === 'stopped'
				? `the allocation ${p.relayed} is gone: the server stopped`
				: `the allocation ${p.relayed} was deleted (Refresh with LIFETIME 0)`,
		'zh-TW': (p) =>
			p.cause === 'stopped'
				? `配置 ${p.relayed} 消失了：伺服器已停止`
				: `配置 ${p.relayed} 已刪除（LIFETIME 為 0 的 Refresh）`
	},
	'turn.permission': {
		en: (p) => `permission for ${p.peer} on ${p.relayed}, ${p.lifetimeS} s`,
		'zh-TW': (p) => `在 ${p.relayed} 上允許 ${p.peer}，有效 ${p.lifetimeS} 秒`
	},
	'turn.permission.expired': {
		en: (p) => `the permission for ${p.peer} on ${p.relayed} expired`,
		'zh-TW': (p) => `${p.relayed} 上給 ${p.peer} 的許可已過期`
	},
	'turn.channel': {
		en: (p) => `channel ${p.channel} bound to ${p.peer}, ${p.lifetimeS} s`,
		'zh-TW': (p) => `通道 ${p.channel} 綁定到 ${p.peer}，有效 ${p.lifetimeS} 秒`
	},
	'turn.channel.expired': {
		en: (p) => `channel ${p.channel} to ${p.peer} expired`,
		'zh-TW': (p) => `通往 ${p.peer} 的通道 ${p.channel} 已過期`
	},
	'turn.drop.noPermission': {
		en: (p) => `dropped: ${p.relayed} has no permission for ${p.peer}`,
		'zh-TW': (p) => `丟棄：${p.relayed} 沒有給 ${p.peer} 的許可`
	},
	'turn.drop.unboundChannel': {
		en: (p) => `dropped: channel ${p.channel} is not bound`,
		'zh-TW': (p) => `丟棄：通道 ${p.channel} 沒有綁定`
	},
	'turn.drop.noAllocation': {
		en: (p) => `dropped: no allocation for ${p.to} (from ${p.from})`,
		'zh-TW': (p) => `丟棄：${p.to} 沒有任何配置（來自 ${p.from}）`
	},
	'turn.stopped': {
		en: (p) => `the server stopped; ${p.allocations} allocation(s) gone, nothing is answered any more`,
		'zh-TW': (p) => `伺服器停止了；${p.allocations} 個配置消失，之後什麼都不再回應`
	},
	'turn.drop.stopped': {
		en: (p) => `dropped: the server has stopped (from ${p.from})`,
		'zh-TW': (p) => `丟棄：伺服器已經停止（來自 ${p.from}）`
	},
	'ice.role.conflict': {
		en: (p) => `role conflict (487): switches to ${p.role} (RFC 8445 §7.3.1.1)`,
		'zh-TW': (p) => `角色衝突（487）：改為 ${p.role}（RFC 8445 §7.3.1.1）`
	},
	'ice.consent.stale': {
		en: (p) => `no answer to a consent check for ${p.waitedMs} ms (state → disconnected)`,
		'zh-TW': (p) => `同意檢查 ${p.waitedMs} 毫秒都沒有回應（狀態變成 disconnected）`
	},
	'ice.consent.fresh': {
		en: () => 'a consent check is answered again (disconnected → connected)',
		'zh-TW': () => '同意檢查又收到回應了（disconnected → connected）'
	},
	'ice.consent.lost': {
		en: (p) =>
			`no consent answer for ${Number(p.timeoutMs) / 1000} s: consent expired (RFC 7675, state → failed)`,
		'zh-TW': (p) =>
			`${Number(p.timeoutMs) / 1000} 秒都沒有收到同意回應：同意過期（RFC 7675，狀態變成 failed）`
	},
	'ice.checklist.failed': {
		en: (p) => `every pair failed (${p.pairs}), all candidates in (state → failed)`,
		'zh-TW': (p) => `所有候選配對都失敗了（${p.pairs} 個），候選位址也都到齊了（狀態變成 failed）`
	},
	'ice.restart': {
		en: (p) =>
			p.role === 'offerer'
				? `restarts ICE with new credentials (ufrag ${p.ufrag}) and sends an offer (RFC 8445 §9)`
				: `restarts ICE on the offer with new credentials and answers with its own (ufrag ${p.ufrag})`,
		'zh-TW': (p) =>
			p.role === 'offerer'
				? `用新的憑證（ufrag ${p.ufrag}）重新啟動 ICE，並送出 offer（RFC 8445 §9）`
				: `收到帶新憑證的 offer，重新啟動 ICE，並用自己的新憑證（ufrag ${p.ufrag}）回應`
	},
	'ice.nominate': {
		en: (p) =>
			p.rule === 'waited'
				? `nominates pair #${p.pairId} after waiting ${p.waitMs} ms for a better one`
				: `nominates pair #${p.pairId}, the best valid pair`,
		'zh-TW': (p) =>
			p.rule === 'waited'
				? `等了 ${p.waitMs} 毫秒沒有更好的配對，提名候選配對 #${p.pairId}`
				: `提名最好的有效候選配對 #${p.pairId}`
	},
	'fault.noNat': {
		en: (p) => `no mapping to expire: peer ${p.peer} has no NAT (it has a public address)`,
		'zh-TW': (p) => `沒有對應可以讓它過期：${p.peer} 端沒有 NAT（它有公共位址）`
	},
	'fault.noTurn': {
		en: () => 'no TURN server to stop (TURN is off)',
		'zh-TW': () => '沒有 TURN 伺服器可以停止（TURN 沒有開啟）'
	},
	'fault.nothingToExpire': {
		en: (p) => `${p.nat} has no mapping${p.external ? ` for ${p.external}` : ''} to expire`,
		'zh-TW': (p) => `${p.nat} 沒有${p.external ? ` ${p.external} 的` : '任何'}對應可以讓它過期`
	}
};

/**
 * A reason in the reader's language: English keeps the engine's own sentence (`english`) when there is one; other
 * locales word it from `why`. Without a `why`, or with a code the table does not know, the English sentence.
 */
export function formatReason(why: Why | undefined, english: string, locale: Locale): string {
	const say = why ? (REASONS as Record<string, { en: Say; 'zh-TW': Say } | undefined>)[why.code] : undefined;
	if (!say) return english;
	if (locale === 'en') return english || say.en(why!.params);
	return say[locale](why!.params);
}

/** The engine's verdict (`run.reason`) in the reader's language, worded from the run's facts. */
export function outcomeReason(run: TraversalResult, locale: Locale): string {
	if (locale === 'en') return run.reason;
	const again = run.restarts > 0 ? '（在 ICE 重新啟動之後）' : '';
	if (run.outcome !== 'failed' && run.selectedPair) {
		const c = (x: SelectedPair['local']) => `${x.type} ${x.address}:${x.port}`;
		return `${run.outcome === 'relayed' ? '經由 TURN 中繼連線' : '直接連線'}${again}：A 的 ${c(run.selectedPair.local)} ↔ B 的 ${c(run.selectedPair.remote)}。`;
	}
	const events = run.events;
	if (events.some((e) => e.kind === 'selected')) {
		const cause = events.some((e) => e.kind === 'turn' && e.why.code === 'turn.stopped')
			? 'TURN 伺服器停止了，什麼都不再中繼'
			: events.some((e) => e.kind === 'mapping' && e.why?.code === 'nat.mapping.flushed')
				? 'NAT 忘記了它的對應（注入的故障），之後的檢查都被丟棄'
				: events.some((e) => e.kind === 'mapping' && e.change === 'expired')
					? 'NAT 的對應在兩次同意檢查之間過期，之後的檢查都被丟棄'
					: '選定配對上的檢查再也收不到回應';
		const restarted = run.restarts > 0 ? 'ICE 重新啟動也沒有找到新的路徑。' : '';
		return `連線後又斷線了：${cause}，同意也過期了（RFC 7675）。${restarted}`;
	}
	const counts = new Map<string, number>();
	for (const p of run.trace) {
		if ((p.purpose !== 'check' && p.purpose !== 'check-response') || !p.fate || p.fate === 'delivered')
			continue;
		const last = p.actions[p.actions.length - 1];
		const key =
			last.device === 'internet' && last.action === 'dropped'
				? '私有位址不會在網際網路上被路由'
				: `${deviceName(last.device, locale)} ${actionName(last.action, locale)}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const lead =
		run.options.udpBlocked !== false
			? 'UDP 被封鎖，又沒有可以經由 TCP 連到的 TURN 伺服器，沒有任何檢查能通過。'
			: '所有候選配對都失敗了：沒有任何檢查從送出的位置收到回應。';
	const parts = [...counts].map(([k, n]) => `${k}：${n} 個`);
	return parts.length ? `${lead}檢查停在——${parts.join('；')}。` : lead;
}
