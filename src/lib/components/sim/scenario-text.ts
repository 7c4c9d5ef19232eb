// The named scenarios' titles and captions per locale. English comes from the scenarios themselves (one truth);
// the Traditional Chinese is written here for readers in Taiwan.
import type { Locale } from '$lib/notes';
import { SCENARIOS } from '$lib/sim';

const ZH: Record<string, { title: string; summary: string }> = {
	'home-routers': {
		title: '兩端都是家用路由器',
		summary:
			'兩台常見的家用 NAT（與端點無關的對應、與位址及連接埠相關的過濾）。每一端送出的檢查會替對方打開自己的 NAT，伺服器反射候選配對直接連線。'
	},
	'symmetric-cgnat-one-side': {
		title: '一端在對稱型電信級 NAT 後面',
		summary:
			'A 的電信級 NAT 對每個目的地都建立新的對應，所以 A 從 STUN 學到的位址不是 B 看到的位址。B 的路由器只依位址過濾，A 從新對應送出的檢查因此進得來；B 把它當成對等反射候選位址，配對直接連線。'
	},
	'both-symmetric': {
		title: '兩端都是對稱型 NAT',
		summary:
			'每次回應新學到的位址，另一端又建立一個新的對應，所以直接的檢查永遠不會成功。只有中繼（TURN）能讓這兩端連上。'
	},
	'udp-blocked': {
		title: '防火牆封鎖 UDP',
		summary:
			'A 的防火牆不讓任何 UDP 出去：STUN 收不到回應（重送到 39.5 秒），每個直接檢查在離開前就被丟棄。經由 TCP 的 TURN 過得去：A 用 TCP 連到中繼伺服器，中繼伺服器再用 UDP 和 B 通訊。'
	},
	'same-nat-hairpin': {
		title: '兩端在同一個 NAT 後面（有迴轉）',
		summary:
			'兩端位於同一個 NAT 的不同內部網路。送往對方伺服器反射位址的檢查，會到達 NAT 自己的公共位址，再被轉回內部（RFC 4787 §6）。'
	},
	'same-nat-no-hairpin': {
		title: '兩端在同一個 NAT 後面（沒有迴轉）',
		summary: '同樣兩端，但 NAT 會丟棄送往自己公共位址的封包：兩端之間沒有任何路徑可用。'
	},
	'mapping-expires': {
		title: '通話中對應過期',
		summary:
			'這些 NAT 在沉默 4 秒後就忘記對應（RFC 4787 REQ-5 要求至少 2 分鐘）。每 5 秒一次的同意檢查太稀疏：對應過期後，下一次檢查從新的連接埠送出，被另一端的 NAT 過濾，30 秒後同意就過期了。'
	},
	'nat-reboot-restart': {
		title: 'NAT 在通話中重新開機，ICE 重新啟動',
		summary:
			'通話開始 10 秒後，NAT A 重新開機並忘記所有對應。A 的下一個同意檢查從新的連接埠送出，被 B 的 NAT 過濾；B 的檢查則找不到對應。同意檢查得不到回應（disconnected），最後一次回應 30 秒後同意過期（failed），應用程式重新啟動 ICE：新的憑證、新的候選位址、新的檢查，於是再次連線。'
	},
	'turn-server-stops': {
		title: 'TURN 伺服器在通話中停止',
		summary:
			'兩個對稱型 NAT 透過中繼連線。10 秒後 TURN 伺服器停止：配置全部消失，也不再回應任何封包。經過它的同意檢查得不到回應（disconnected），最後一次回應 30 秒後同意過期（failed）。'
	},
	'ice-lite-server': {
		title: 'ICE-lite 伺服器',
		summary:
			'B 是位在公共位址上的 ICE-lite 伺服器，很多媒體伺服器都是這樣：它只提供主機候選位址，從不送出檢查，永遠是受控端。家用路由器後面的 A 負責所有檢查並提名；B 回應檢查並接受提名。'
	},
	'dropped-check': {
		title: '遺失的檢查會重送',
		summary:
			'第一個穿越網際網路的檢查遺失了。收不到回應，所以代理在 RTO（500 毫秒）後再送一次完全相同的請求，配對仍然連上。'
	}
};

export function scenarioTitle(id: string, locale: Locale): string {
	if (locale === 'zh-TW' && ZH[id]) return ZH[id].title;
	return SCENARIOS.find((s) => s.id === id)?.title ?? id;
}

export function scenarioSummary(id: string, locale: Locale): string {
	if (locale === 'zh-TW' && ZH[id]) return ZH[id].summary;
	return SCENARIOS.find((s) => s.id === id)?.summary ?? '';
}

export const SCENARIO_IDS_WITH_TEXT = Object.keys(ZH);
