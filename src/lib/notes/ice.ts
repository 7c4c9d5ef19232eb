// Explanations of ICE fields, keyed by the FieldSpan noteId, in both locales with the RFC section.
// Also the `demux.*` notes: how one UDP port carries STUN, DTLS, SRTP and more (RFC 7983, RFC 9443).
import type { Note, NoteTable } from './types';

function note(en: [string, string], zh: [string, string], rfc: number, section?: string): Note {
	return {
		title: { en: en[0], 'zh-TW': zh[0] },
		text: { en: en[1], 'zh-TW': zh[1] },
		ref: section ? { rfc, section } : { rfc }
	};
}

export const iceNotes: NoteTable = {
	'ice.candidate.prefix': note(
		[
			'a=candidate:',
			'The SDP attribute that carries one ICE candidate. Inside SDP the line starts with "a=candidate:"; the browser API (RTCIceCandidate.candidate) gives the same text starting at "candidate:".'
		],
		[
			'a=candidate:',
			'在 SDP 中攜帶一個 ICE 候選位址的屬性。寫在 SDP 裡時以「a=candidate:」開頭；瀏覽器 API（RTCIceCandidate.candidate）給的是同一段文字，只是從「candidate:」開始。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.foundation': note(
		[
			'Foundation',
			'An identifier shared by candidates of the same type, from the same base IP address, through the same STUN/TURN server and over the same transport. ICE unfreezes only one pair per foundation at first, because pairs with the same foundation are likely to succeed or fail together.'
		],
		[
			'Foundation（基礎識別碼）',
			'類型相同、基底 IP 位址相同、經由同一台 STUN/TURN 伺服器取得且使用相同傳輸協定的候選位址，會共用同一個 foundation。ICE 一開始每個 foundation 只解凍一組配對，因為同 foundation 的配對通常會一起成功或一起失敗。'
		],
		8445,
		'5.1.1.3'
	),
	'ice.candidate.component': note(
		[
			'Component ID',
			'Which flow of the media stream this candidate is for: 1 for RTP (or the only flow), 2 for RTCP when RTCP is not multiplexed on the RTP port. With rtcp-mux and BUNDLE, modern WebRTC uses only component 1.'
		],
		[
			'元件編號（Component ID）',
			'這個候選位址屬於媒體串流的哪一條流：1 是 RTP（或唯一的一條），RTCP 沒有和 RTP 共用連接埠時用 2。現代 WebRTC 使用 rtcp-mux 與 BUNDLE，所以只會看到 1。'
		],
		8445,
		'4'
	),
	'ice.candidate.transport': note(
		[
			'Transport',
			'The transport protocol of the candidate: UDP almost always, TCP for RFC 6544 candidates. Browsers write it in lower case, older endpoints in upper case; it is compared case-insensitively.'
		],
		[
			'傳輸協定',
			'候選位址使用的傳輸協定：幾乎都是 UDP，依 RFC 6544 也可能是 TCP。瀏覽器寫小寫、較舊的端點寫大寫，比對時不分大小寫。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.priority': note(
		[
			'Priority',
			'A 32-bit number: 2^24 × type preference + 2^8 × local preference + (256 − component ID). Higher is better; the type preference in the top byte usually ranks host above peer-reflexive, server-reflexive and relayed candidates.'
		],
		[
			'優先權',
			'32 位元的數字：2^24 × 類型偏好 + 2^8 × 本地偏好 + (256 − 元件編號)。數字越大越優先；最高位元組的類型偏好通常讓 host 排在 prflx、srflx 與 relay 之前。'
		],
		8445,
		'5.1.2.1'
	),
	'ice.candidate.address': note(
		[
			'Connection address',
			'Where the peer should send connectivity checks: an IPv4 or IPv6 address, or a name. Browsers hide private host addresses behind a random mDNS name ending in ".local", which only machines on the same local network can resolve.'
		],
		[
			'連線位址',
			'對方應該把連線檢查送到哪裡：IPv4 或 IPv6 位址，也可以是主機名稱。瀏覽器會把私有的 host 位址藏在結尾是「.local」的隨機 mDNS 名稱後面，只有同一個區域網路裡的機器才解析得到。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.port': note(
		[
			'Port',
			'The port of the candidate. TCP active candidates use port 9 (the discard port) because an active endpoint only opens outgoing connections and never listens.'
		],
		[
			'連接埠',
			'候選位址的連接埠。TCP active 候選位址一律寫 9（discard 連接埠），因為主動端只會發出連線、不會監聽。'
		],
		6544,
		'4.5'
	),
	'ice.candidate.type': note(
		[
			'Candidate type',
			'host: an address of the machine itself. srflx (server-reflexive): the address a STUN server saw, i.e. the NAT mapping. prflx (peer-reflexive): an address learned from a connectivity check. relay: an address allocated on a TURN server.'
		],
		[
			'候選位址類型',
			'host：本機自己的位址。srflx（伺服器反射）：STUN 伺服器看到的位址，也就是 NAT 對應出來的位址。prflx（對端反射）：從連線檢查中才得知的位址。relay：在 TURN 伺服器上配置的中繼位址。'
		],
		8445,
		'5.1.1'
	),
	'ice.candidate.raddr': note(
		[
			'Related address (raddr)',
			'For a server-reflexive or peer-reflexive candidate, its base (the local address the NAT mapped); for a relayed candidate, the mapped address the TURN server saw. It is informational: ICE does not use it in checks. Browsers write 0.0.0.0 to avoid revealing local addresses.'
		],
		[
			'相關位址（raddr）',
			'對 srflx 與 prflx 候選位址來說是它的基底（被 NAT 對應前的本地位址）；對 relay 來說是 TURN 伺服器看到的對應位址。它只供參考，ICE 檢查時不會用到。瀏覽器常寫 0.0.0.0，以免洩漏本地位址。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.rport': note(
		[
			'Related port (rport)',
			'The port that goes with raddr: the base port of a reflexive candidate, or the mapped port behind a relayed one. Like raddr it is diagnostic only, and browsers may write 0.'
		],
		[
			'相關連接埠（rport）',
			'與 raddr 搭配的連接埠：反射候選位址的基底連接埠，或中繼候選位址背後的對應連接埠。和 raddr 一樣只用於診斷，瀏覽器可能寫 0。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.tcptype': note(
		[
			'tcptype',
			'For TCP candidates: active opens connections, passive accepts them, so (simultaneous open) does both at once. ICE pairs active with passive and so with so.'
		],
		[
			'tcptype',
			'TCP 候選位址的角色：active 主動發起連線、passive 等待連線、so（同時開啟）兩端同時發起。ICE 只會把 active 配 passive、so 配 so。'
		],
		6544,
		'4.5'
	),
	'ice.candidate.generation': note(
		[
			'generation',
			'A libwebrtc extension counting ICE restarts: candidates of generation 0 belong to the first ICE session, and a restart with new credentials raises it. It is not defined by an RFC and other agents ignore it.'
		],
		[
			'generation',
			'libwebrtc 的擴充欄位，計算 ICE 重新啟動的次數：generation 0 屬於第一個 ICE 工作階段，換新憑證重啟後數字加一。RFC 沒有定義它，其他實作會忽略。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.ufrag': note(
		[
			'ufrag',
			'A libwebrtc extension repeating the ICE username fragment (a=ice-ufrag) the candidate belongs to, so a candidate that arrives during an ICE restart can be matched to the right session.'
		],
		[
			'ufrag',
			'libwebrtc 的擴充欄位，重複這個候選位址所屬的 ICE 使用者名稱片段（a=ice-ufrag），讓 ICE 重啟期間送達的候選位址能對應到正確的工作階段。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.networkId': note(
		[
			'network-id',
			'A libwebrtc extension numbering the network interface the candidate was gathered on, so the agent can tell which candidates share a network when it switches networks.'
		],
		[
			'network-id',
			'libwebrtc 的擴充欄位，替收集到這個候選位址的網路介面編號，讓代理程式在切換網路時知道哪些候選位址在同一個網路上。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.networkCost': note(
		[
			'network-cost',
			'A libwebrtc extension estimating how expensive the interface is to use: 10 for Ethernet or Wi-Fi, 50 for an unknown adapter (as on the loopback capture here), several hundred for cellular, 999 at most. Chrome prefers cheaper networks when several pairs work.'
		],
		[
			'network-cost',
			'libwebrtc 的擴充欄位，估計使用這個網路介面的代價：乙太網路或 Wi-Fi 是 10，不明的網路卡是 50（本專案的迴路擷取就是如此），行動網路是數百，最大為 999。多組配對都可用時，Chrome 會選代價較低的網路。'
		],
		8839,
		'5.1'
	),
	'ice.candidate.extension': note(
		[
			'Extension attribute',
			'A name-value pair after the fixed fields that this parser does not know. RFC 8839 lets agents add such pairs; an agent must ignore the ones it does not understand, so they are kept as written.'
		],
		[
			'擴充屬性',
			'固定欄位之後、這個解析器不認得的名稱與值。RFC 8839 允許代理程式加上這類欄位，不認得的必須忽略，所以這裡原樣保留。'
		],
		8839,
		'5.1'
	),
	'demux.stun': note(
		[
			'STUN (first byte 0–3)',
			'A STUN message: its first two bits are always zero, so its first byte is 0–3. On a WebRTC port these are ICE connectivity checks and keepalives (Binding requests and responses).'
		],
		[
			'STUN（第一個位元組 0–3）',
			'STUN 訊息的前兩個位元一定是 0，所以第一個位元組落在 0–3。在 WebRTC 的連接埠上，它們是 ICE 連線檢查與保活訊息（Binding 請求與回應）。'
		],
		7983,
		'7'
	),
	'demux.zrtp': note(
		[
			'ZRTP (first byte 16–19)',
			'ZRTP, a key agreement for SRTP carried in the media path. WebRTC never uses it (keys come from DTLS), but the range is reserved so that demultiplexing stays unambiguous.'
		],
		[
			'ZRTP（第一個位元組 16–19）',
			'ZRTP 是在媒體路徑中協商 SRTP 金鑰的協定。WebRTC 不使用它（金鑰來自 DTLS），但這個範圍仍保留給它，讓分流規則不會混淆。'
		],
		7983,
		'7'
	),
	'demux.dtls': note(
		[
			'DTLS (first byte 20–63)',
			'A DTLS record: content types 20–26 start a classic record, and 32–63 (0b001xxxxx) start a DTLS 1.3 unified header. In WebRTC DTLS carries the handshake that yields the SRTP keys, and afterwards the SCTP packets of data channels.'
		],
		[
			'DTLS（第一個位元組 20–63）',
			'DTLS 紀錄：20–26 是傳統紀錄的內容類型，32–63（0b001xxxxx）是 DTLS 1.3 的統一標頭。在 WebRTC 中，DTLS 先跑交握以產生 SRTP 金鑰，之後再承載資料通道的 SCTP 封包。'
		],
		7983,
		'7'
	),
	'demux.turn-channel': note(
		[
			'TURN ChannelData (first byte 64–79)',
			'A TURN ChannelData message: a 4-byte header whose channel number 0x4000–0x4FFF replaces the larger Send/Data indication, relaying data through a TURN server with little overhead. RFC 9443 narrowed the range to 64–79 to make room for QUIC.'
		],
		[
			'TURN ChannelData（第一個位元組 64–79）',
			'TURN ChannelData 訊息：只有 4 個位元組的標頭，頻道號碼 0x4000–0x4FFF 取代較大的 Send/Data 指示，以很小的額外負擔經由 TURN 伺服器中繼資料。RFC 9443 把範圍縮小到 64–79，好讓出空間給 QUIC。'
		],
		9443,
		'3'
	),
	'demux.rtp': note(
		[
			'SRTP (first byte 128–191)',
			'An RTP packet (SRTP in WebRTC): version 2 in the top two bits gives a first byte of 128–191. Its second byte holds the marker bit and a payload type outside 64–95, which tells it apart from RTCP.'
		],
		[
			'SRTP（第一個位元組 128–191）',
			'RTP 封包（在 WebRTC 中是 SRTP）：最高兩個位元是版本 2，所以第一個位元組落在 128–191。第二個位元組是標記位元加上 64–95 以外的酬載類型，藉此和 RTCP 區分。'
		],
		7983,
		'7'
	),
	'demux.rtcp': note(
		[
			'SRTCP (first byte 128–191, packet type 192–223)',
			'An RTCP packet sharing the RTP port (rtcp-mux): its second byte is a packet type such as 200 (SR) or 201 (RR). Masking off the top bit gives 64–95, a range RTP payload types must avoid for exactly this reason.'
		],
		[
			'SRTCP（第一個位元組 128–191，封包類型 192–223）',
			'和 RTP 共用連接埠（rtcp-mux）的 RTCP 封包：第二個位元組是封包類型，例如 200（SR）或 201（RR）。去掉最高位元後是 64–95，RTP 的酬載類型正是為此必須避開這個範圍。'
		],
		5761,
		'4'
	),
	'demux.quic': note(
		[
			'QUIC (first byte 80–127 or 192–255)',
			'A QUIC packet: short headers start 0b01, long headers 0b11. RFC 9443 carved these ranges out so QUIC can share a 5-tuple with ICE and SRTP; browsers do not send QUIC on WebRTC ports today.'
		],
		[
			'QUIC（第一個位元組 80–127 或 192–255）',
			'QUIC 封包：短標頭以 0b01 開頭，長標頭以 0b11 開頭。RFC 9443 劃出這些範圍，讓 QUIC 可以和 ICE、SRTP 共用同一組五元組；目前瀏覽器不會在 WebRTC 連接埠上送 QUIC。'
		],
		9443,
		'3'
	),
	'demux.unknown': note(
		[
			'Unknown (drop)',
			'Nothing is assigned to this first byte (4–15), or the datagram is empty. RFC 7983 says to drop such packets rather than guess.'
		],
		[
			'未知（丟棄）',
			'這個第一個位元組（4–15）沒有分配給任何協定，或者資料包是空的。RFC 7983 規定這種封包要丟棄，不要猜測。'
		],
		7983,
		'7'
	)
};
