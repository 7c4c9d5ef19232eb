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
