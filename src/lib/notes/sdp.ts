// Explanations of SDP lines, attributes and fields, keyed by noteId, in both locales with the RFC section.
// Ids: sdp.line.<type>, sdp.a.<attribute>, sdp.<line or attribute>.<field>, sdp.codec.<name>, sdp.fmtp.<parameter>,
// sdp.ext.<header extension>, sdp.rtcpFb.<value>, sdp.candidate.<field> (used by src/lib/protocol/sdp/explain.ts).
import type { Note, NoteTable, SpecRef } from './types';
import { TS_26_114, av1Rtp, draft, libwebrtcSource, webrtcHeaderExtension } from './specs';

/** A note citing RFC `ref` (§`section`), or, for a subject no RFC defines, the spec that does. */
function n(
	titleEn: string,
	titleZh: string,
	en: string,
	zh: string,
	ref?: number | SpecRef,
	section?: string
): Note {
	const note: Note = { title: { en: titleEn, 'zh-TW': titleZh }, text: { en, 'zh-TW': zh } };
	if (typeof ref === 'object') note.ref = ref;
	else if (ref !== undefined) note.ref = section === undefined ? { rfc: ref } : { rfc: ref, section };
	return note;
}

const lines: NoteTable = {
	'sdp.line.v': n(
		'v= protocol version',
		'v= 協定版本',
		'Always `v=0`: the only SDP version there has ever been. It must be the first line.',
		'永遠是 `v=0`，SDP 至今只有這一個版本；它必須是第一行。',
		8866,
		'5.1'
	),
	'sdp.line.o': n(
		'o= origin',
		'o= 來源',
		'Who created the session and which version of it this is: username, session id, session version, and the creator’s address. Browsers write `-` and `127.0.0.1` because nothing here is used for routing.',
		'說明是誰建立了這個工作階段、以及這是第幾版：使用者名稱、工作階段 ID、版本號和建立者位址。瀏覽器寫 `-` 和 `127.0.0.1`，因為這些欄位不拿來傳送封包。',
		8866,
		'5.2'
	),
	'sdp.line.s': n(
		's= session name',
		's= 工作階段名稱',
		'A free-text name for the session. WebRTC has no use for it and writes `s=-`; gateways put their product name here (FreeSWITCH, Janus’s `VideoRoom 1234`).',
		'工作階段的自由文字名稱。WebRTC 用不到，所以寫 `s=-`；閘道器常填自己的名字（FreeSWITCH、Janus 的 `VideoRoom 1234`）。',
		8866,
		'5.3'
	),
	'sdp.line.i': n(
		'i= information',
		'i= 說明',
		'Optional human-readable description of the session or of one media section. WebRTC endpoints never send it.',
		'選填的文字說明，描述整個工作階段或某個媒體區段；WebRTC 端點不會送這一行。',
		8866,
		'5.4'
	),
	'sdp.line.u': n(
		'u= URI',
		'u= URI',
		'Optional link to more information about the session, from the days of announced multicast sessions.',
		'選填的網址，指向工作階段的更多資訊，是早年群播公告留下來的欄位。',
		8866,
		'5.5'
	),
	'sdp.line.e': n(
		'e= email address',
		'e= 電子郵件',
		'Optional contact email of whoever is responsible for the session; unused in WebRTC.',
		'選填的負責人電子郵件；WebRTC 不使用。',
		8866,
		'5.6'
	),
	'sdp.line.p': n(
		'p= phone number',
		'p= 電話號碼',
		'Optional contact phone number for the session; unused in WebRTC.',
		'選填的聯絡電話；WebRTC 不使用。',
		8866,
		'5.6'
	),
	'sdp.line.c': n(
		'c= connection data',
		'c= 連線資訊',
		'Network type, address type and the address media should go to. With ICE the real addresses are in a=candidate lines, so WebRTC often writes `c=IN IP4 0.0.0.0`, and that is expected, not an error.',
		'網路類型、位址類型，以及媒體要送往的位址。使用 ICE 時真正的位址在 a=candidate，所以 WebRTC 常寫 `c=IN IP4 0.0.0.0`，這是正常的，不是錯誤。',
		8866,
		'5.7'
	),
	'sdp.line.b': n(
		'b= bandwidth',
		'b= 頻寬',
		'`<type>:<value>`: a bandwidth limit for the session or one media section, usually `AS` in kbit/s or `TIAS` in bit/s.',
		'`<類型>:<數值>`：整個工作階段或單一媒體區段的頻寬上限，通常是以 kbit/s 計的 `AS` 或以 bit/s 計的 `TIAS`。',
		8866,
		'5.8'
	),
	'sdp.line.t': n(
		't= timing',
		't= 時間',
		'Start and stop time of the session in NTP seconds. `t=0 0` means a permanent session with no fixed times, which is what every WebRTC SDP says.',
		'工作階段的開始與結束時間（NTP 秒數）。`t=0 0` 表示沒有固定時間、一直有效，所有 WebRTC SDP 都這樣寫。',
		8866,
		'5.9'
	),
	'sdp.line.r': n(
		'r= repeat times',
		'r= 重複時間',
		'When a scheduled session repeats (interval, duration, offsets). Only meaningful for announced broadcasts; never in WebRTC.',
		'排定的工作階段如何重複（間隔、長度、偏移）。只對公告式廣播有意義，WebRTC 不會出現。',
		8866,
		'5.10'
	),
	'sdp.line.z': n(
		'z= time zone adjustments',
		'z= 時區調整',
		'Daylight-saving shifts for repeated sessions, paired times and offsets. Never seen in WebRTC.',
		'重複工作階段的日光節約時間調整，由時間與偏移成對組成；WebRTC 不會出現。',
		8866,
		'5.11'
	),
	'sdp.line.k': n(
		'k= encryption key',
		'k= 加密金鑰',
		'An obsolete way to carry a key in clear text; RFC 8866 says not to use it. WebRTC keys come from DTLS instead.',
		'早已淘汰的明文金鑰欄位，RFC 8866 明言不要使用；WebRTC 的金鑰改由 DTLS 協商。',
		8866,
		'5.12'
	),
	'sdp.line.a': n(
		'a= attribute',
		'a= 屬性',
		'`a=<name>` or `a=<name>:<value>`: the extension mechanism of SDP. Almost everything WebRTC negotiates — ICE, DTLS, codecs, bundling — is an attribute.',
		'`a=<名稱>` 或 `a=<名稱>:<值>`，是 SDP 的擴充機制。WebRTC 協商的幾乎所有東西（ICE、DTLS、編解碼器、BUNDLE）都是屬性。',
		8866,
		'5.13'
	),
	'sdp.line.m': n(
		'm= media description',
		'm= 媒體描述',
		'Starts a media section: media type, port, transport protocol and the formats (RTP payload types) offered. Every line after it, up to the next m=, belongs to this section; in WebRTC each section is one transceiver.',
		'開始一個媒體區段：媒體類型、埠號、傳輸協定，以及提供的格式（RTP payload type）。直到下一個 m= 之前的每一行都屬於這個區段；在 WebRTC 裡，一個區段就是一個 transceiver。',
		8866,
		'5.14'
	)
};

const fields: NoteTable = {
	'sdp.o.username': n(
		'username',
		'使用者名稱',
		'The originator’s login name; `-` when there is none, as in every browser SDP. Keep it free of private data.',
		'建立者的登入名稱；沒有時寫 `-`，所有瀏覽器都這樣寫。不要放入個人資料。',
		8866,
		'5.2'
	),
	'sdp.o.sessId': n(
		'sess-id',
		'工作階段 ID',
		'A number that, together with username and address, identifies the session globally. Browsers pick a random 64-bit value and keep it for the whole call.',
		'和使用者名稱、位址一起在全域識別這個工作階段的數字。瀏覽器隨機取一個 64 位元數字，整通通話都不變。',
		8866,
		'5.2'
	),
	'sdp.o.sessVersion': n(
		'sess-version',
		'工作階段版本',
		'Goes up every time this side sends a changed description, so the peer can tell a new offer from a repeat of the old one. An answer or re-offer with the same version must be identical to the previous one.',
		'這一端每送出一份有改動的描述就遞增，讓對方分辨這是新的 offer 還是舊的重送。版本號相同的 answer 或重新 offer，內容必須和上一份完全一樣。',
		3264,
		'8'
	),
	'sdp.o.unicastAddress': n(
		'unicast-address',
		'建立者位址',
		'The address of the machine that created the session. It is informational only; browsers write `127.0.0.1` or `0.0.0.0` so as not to leak a real address.',
		'建立工作階段的機器位址，只供參考；瀏覽器寫 `127.0.0.1` 或 `0.0.0.0`，避免洩漏真實位址。',
		8866,
		'5.2'
	),
	'sdp.field.nettype': n(
		'nettype',
		'網路類型',
		'The network type; `IN` (Internet) is the only one in use.',
		'網路類型；實際上只會用到 `IN`（Internet）。',
		8866,
		'5.7'
	),
	'sdp.field.addrtype': n(
		'addrtype',
		'位址類型',
		'`IP4` or `IP6`: how to read the address that follows.',
		'`IP4` 或 `IP6`：說明後面的位址要怎麼解讀。',
		8866,
		'5.7'
	),
	'sdp.c.connectionAddress': n(
		'connection-address',
		'連線位址',
		'Where media should be sent without ICE. WebRTC puts `0.0.0.0` (or the default candidate’s address) here, because ICE candidates, not this field, decide the path.',
		'不使用 ICE 時媒體要送往的位址。WebRTC 在此填 `0.0.0.0`（或預設候選位址），因為實際路徑由 ICE 候選決定，而不是這個欄位。',
		8829,
		'5.2.1'
	),
	'sdp.b.AS': n(
		'b=AS',
		'b=AS',
		'Application-specific maximum bandwidth in kilobits per second, including overhead as the application sees it. Browsers honour it as a send limit for that media section.',
		'應用程式自訂的最大頻寬，單位 kbit/s。瀏覽器會把它當成該媒體區段的傳送上限。',
		8866,
		'5.8'
	),
	'sdp.b.CT': n(
		'b=CT',
		'b=CT',
		'Conference total: the bandwidth the whole session may use, in kbit/s.',
		'整個會議（工作階段）可使用的總頻寬，單位 kbit/s。',
		8866,
		'5.8'
	),
	'sdp.b.TIAS': n(
		'b=TIAS',
		'b=TIAS',
		'Transport Independent Application Specific maximum, in bit/s and without IP/UDP overhead; Firefox writes this one.',
		'與傳輸層無關的最大頻寬，單位 bit/s，不含 IP/UDP 額外負擔；Firefox 用的是這種。',
		3890
	),
	'sdp.b.RR': n(
		'b=RR',
		'b=RR',
		'Bandwidth for RTCP receiver reports, in bit/s; 0 together with RS=0 turns RTCP off.',
		'給 RTCP 接收者報告用的頻寬，單位 bit/s；與 RS=0 一起設為 0 會關閉 RTCP。',
		3556,
		'2'
	),
	'sdp.b.RS': n(
		'b=RS',
		'b=RS',
		'Bandwidth for RTCP sender reports, in bit/s.',
		'給 RTCP 傳送者報告用的頻寬，單位 bit/s。',
		3556,
		'2'
	),
	'sdp.t.time': n(
		'start-time / stop-time',
		'開始／結束時間',
		'NTP timestamps in seconds; 0 means “unbounded”, so `0 0` is a session that is always on.',
		'NTP 秒數；0 表示沒有限制，所以 `0 0` 代表一直有效的工作階段。',
		8866,
		'5.9'
	),
	'sdp.m.media': n(
		'media',
		'媒體類型',
		'`audio`, `video`, `application` (data channels), `text` or `message`. In WebRTC it fixes the kind of the transceiver for this section.',
		'`audio`、`video`、`application`（資料通道）、`text` 或 `message`；在 WebRTC 裡決定這個區段 transceiver 的種類。',
		8866,
		'5.14'
	),
	'sdp.m.port': n(
		'port',
		'埠號',
		'The transport port without ICE. WebRTC writes 9 (the discard port) as a placeholder when candidates are trickled, because the real ports are in a=candidate lines. Port 0 means the section is rejected or stopped.',
		'不使用 ICE 時的傳輸埠號。以 trickle 方式傳候選時，WebRTC 填 9（discard 埠）當佔位，真正的埠號在 a=candidate。埠號 0 表示這個區段被拒絕或已停止。',
		8829,
		'5.2.1'
	),
	'sdp.m.numberOfPorts': n(
		'number of ports',
		'埠數',
		'`<port>/<n>`: n consecutive ports, used for layered multicast; never in WebRTC.',
		'`<port>/<n>`：n 個連續埠號，用於分層群播；WebRTC 不會用。',
		8866,
		'5.14'
	),
	'sdp.m.proto': n(
		'proto',
		'傳輸協定',
		'The transport: `UDP/TLS/RTP/SAVPF` is RTP secured with DTLS-SRTP plus RTCP feedback (WebRTC’s media); `RTP/SAVPF` is the older spelling; `UDP/DTLS/SCTP` (or legacy `DTLS/SCTP`) carries data channels.',
		'傳輸方式：`UDP/TLS/RTP/SAVPF` 是以 DTLS-SRTP 保護、帶 RTCP 回饋的 RTP（WebRTC 媒體）；`RTP/SAVPF` 是舊寫法；`UDP/DTLS/SCTP`（或舊的 `DTLS/SCTP`）用來承載資料通道。',
		5764,
		'8'
	),
	'sdp.m.fmt': n(
		'fmt',
		'格式',
		'For RTP, a payload type: 0–34 are fixed by RFC 3551, others are mapped to a codec with a=rtpmap, listed in order of preference. For data channels the format is `webrtc-datachannel` (or the SCTP port in the legacy form).',
		'對 RTP 來說是 payload type：0–34 由 RFC 3551 固定，其他的用 a=rtpmap 對應到編解碼器，依偏好排序。資料通道的格式是 `webrtc-datachannel`（舊格式則是 SCTP 埠號）。',
		8866,
		'5.14'
	),
	'sdp.field.payloadType': n(
		'payload type',
		'payload type',
		'The 7-bit number every RTP packet carries to say which codec it uses; it means nothing until a=rtpmap (or the RFC 3551 static table) maps it.',
		'每個 RTP 封包都帶著的 7 位元編號，用來表示用的是哪個編解碼器；要靠 a=rtpmap（或 RFC 3551 靜態表）才有意義。',
		8866,
		'6.6'
	),
	'sdp.field.clockRate': n(
		'clock rate',
		'時脈頻率',
		'The rate of the RTP timestamp in Hz: 90000 for video, 48000 for Opus (whatever its actual sample rate), 8000 for G.711.',
		'RTP 時間戳的頻率（Hz）：影像 90000、Opus 48000（不論實際取樣率），G.711 為 8000。',
		8866,
		'6.6'
	),
	'sdp.field.channels': n(
		'encoding parameters',
		'編碼參數',
		'For audio, the number of channels; Opus is always written `/2` even for mono (RFC 7587 §7).',
		'對聲音來說是聲道數；Opus 一律寫 `/2`，即使只送單聲道（RFC 7587 §7）。',
		8866,
		'6.6'
	),
	'sdp.field.ssrc': n(
		'SSRC',
		'SSRC',
		'The 32-bit synchronization source id carried in every RTP packet of one stream; declaring it lets the receiver map packets to a track before any arrive.',
		'同一條串流的每個 RTP 封包都帶著的 32 位元同步來源 ID；事先宣告可讓接收端在封包到達前就知道它屬於哪個 track。',
		5576,
		'4.1'
	),
	'sdp.field.streamId': n(
		'stream id (msid-id)',
		'串流 ID（msid-id）',
		'The id of the MediaStream the track belongs to; the receiving page sees it as `event.streams[0].id`. `-` means no stream.',
		'此 track 所屬 MediaStream 的 ID；接收端網頁看到的是 `event.streams[0].id`。`-` 表示不屬於任何 stream。',
		8830,
		'2'
	),
	'sdp.field.trackId': n(
		'track id (msid-appdata)',
		'track ID（msid-appdata）',
		'The sender’s track id. Receivers no longer use it as `track.id` (RFC 8830 made it informational), so do not rely on it matching.',
		'傳送端的 track ID。接收端不再把它當成 `track.id`（RFC 8830 改為僅供參考），別指望兩端一致。',
		8830,
		'2'
	),
	'sdp.field.rid': n(
		'rid',
		'rid',
		'An RTP stream id naming one encoding (for example one simulcast layer); packets carry it in the rtp-stream-id header extension.',
		'為某個編碼（例如一層 simulcast）命名的 RTP 串流 ID；封包會在 rtp-stream-id 標頭擴充裡帶著它。',
		8851,
		'4'
	),
	'sdp.extmap.id': n(
		'extension id',
		'擴充 ID',
		'The local number (1–14 for one-byte headers, up to 255 for two-byte) that RTP packets use instead of the long URI.',
		'RTP 封包用來代替長 URI 的本地編號（一位元組標頭為 1–14，兩位元組標頭最多到 255）。',
		8285,
		'5'
	),
	'sdp.extmap.direction': n(
		'extension direction',
		'擴充方向',
		'`/sendonly`, `/recvonly`, `/sendrecv` or `/inactive`: limits which way this header extension is used.',
		'`/sendonly`、`/recvonly`、`/sendrecv` 或 `/inactive`：限定這個標頭擴充用在哪個方向。',
		8285,
		'7'
	),
	'sdp.rtcp.port': n(
		'RTCP port',
		'RTCP 埠號',
		'Where RTCP would go if it did not share the RTP port. Browsers write `9` as a placeholder because rtcp-mux puts RTCP on the RTP port anyway.',
		'如果 RTCP 不和 RTP 共用埠號時要送往的埠。瀏覽器填 `9` 當佔位，因為有 rtcp-mux 時 RTCP 本來就走 RTP 的埠。',
		3605,
		'2.1'
	),
	'sdp.rtcp.address': n(
		'RTCP address',
		'RTCP 位址',
		'The address for RTCP when it differs from c=; `0.0.0.0` is a placeholder while ICE decides the path.',
		'RTCP 位址與 c= 不同時才需要；`0.0.0.0` 是在 ICE 決定路徑前的佔位。',
		3605,
		'2.1'
	),
	'sdp.fingerprint.hashFunc': n(
		'hash function',
		'雜湊函式',
		'Which hash of the DTLS certificate follows: `sha-256` in all current browsers; `sha-1` is outdated.',
		'後面是 DTLS 憑證的哪種雜湊：現今瀏覽器都用 `sha-256`；`sha-1` 已過時。',
		8122,
		'5'
	),
	'sdp.fingerprint.value': n(
		'fingerprint',
		'指紋',
		'The certificate hash as upper-case hex bytes separated by colons (32 bytes for sha-256). The DTLS handshake fails unless the peer’s certificate hashes to this value, which is what ties the encrypted media to this signaling.',
		'憑證雜湊，以冒號分隔的大寫十六進位位元組（sha-256 為 32 位元組）。對方憑證的雜湊必須等於此值，DTLS 握手才會成功，這把加密媒體和這次信令綁在一起。',
		8122,
		'5'
	),
	'sdp.crypto.tag': n(
		'crypto tag',
		'crypto 標籤',
		'A number identifying this crypto line so the answer can say which offered one it accepted.',
		'識別這一行 crypto 的編號，讓 answer 指出接受了哪一個。',
		4568,
		'9.1'
	),
	'sdp.crypto.suite': n(
		'crypto suite',
		'加密套件',
		'The SRTP cipher and authentication tag length, e.g. `AES_CM_128_HMAC_SHA1_80` (80-bit tag).',
		'SRTP 的加密演算法與驗證標籤長度，例如 `AES_CM_128_HMAC_SHA1_80`（80 位元標籤）。',
		4568,
		'6.2'
	),
	'sdp.crypto.keyParams': n(
		'key params',
		'金鑰參數',
		'`inline:<base64>` is the SRTP master key and salt in clear text: anyone who can read the SDP can decrypt the media. That is why WebRTC uses DTLS-SRTP instead; redact it before sharing.',
		'`inline:<base64>` 是明文的 SRTP 主金鑰與 salt：看得到 SDP 的人就能解密媒體。所以 WebRTC 改用 DTLS-SRTP；分享前請遮蔽。',
		4568,
		'9.1'
	),
	'sdp.fmtp.events': n(
		'telephone-event events',
		'電話事件範圍',
		'Which RFC 4733 events the endpoint understands; `0-15` covers the DTMF keys 0–9, *, # and A–D.',
		'端點能處理哪些 RFC 4733 事件；`0-15` 涵蓋 DTMF 按鍵 0–9、*、# 與 A–D。',
		4733,
		'2.4.1'
	),
	'sdp.fmtp.redundancy': n(
		'RED payload list',
		'RED 內容清單',
		'`111/111` lists the payload types packed in each RED packet: here an older Opus frame carried again with the current one, so one lost packet costs no audio.',
		'`111/111` 列出每個 RED 封包裝的 payload type：這裡是把前一個 Opus 音框和目前的一起送，掉一個封包也不會缺聲音。',
		2198,
		'5'
	)
};

const attributes: NoteTable = {
	'sdp.a.group': n(
		'a=group',
		'a=group',
		'Groups media sections by their mids. `BUNDLE` means they share one transport (one ICE/DTLS connection); `LS` asks for lip sync.',
		'以 mid 把媒體區段分組。`BUNDLE` 表示它們共用同一條傳輸（一個 ICE/DTLS 連線）；`LS` 要求唇音同步。',
		5888,
		'5'
	),
	'sdp.a.msid-semantic': n(
		'a=msid-semantic',
		'a=msid-semantic',
		'A libwebrtc line from the msid draft: `WMS` followed by the MediaStream ids in this SDP (`*` or nothing for none). Kept for old peers; RFC 8830 does not need it.',
		'libwebrtc 依 msid 草案寫的行：`WMS` 後面接這份 SDP 裡的 MediaStream ID（`*` 或空白表示沒有）。為了相容舊端點而保留，RFC 8830 不需要它。',
		libwebrtcSource('pc/webrtc_sdp.cc')
	),
	'sdp.a.ice-ufrag': n(
		'a=ice-ufrag',
		'a=ice-ufrag',
		'The ICE username fragment: 4 to 256 characters from letters, digits, `+` and `/`. STUN checks use `<peer ufrag>:<own ufrag>` as USERNAME; a new ufrag means an ICE restart.',
		'ICE 使用者名稱片段：4 到 256 個字元，只能是英數字、`+` 與 `/`。STUN 檢查以 `<對方 ufrag>:<自己 ufrag>` 當作 USERNAME；換新的 ufrag 就代表 ICE 重啟。',
		8839,
		'5.4'
	),
	'sdp.a.ice-pwd': n(
		'a=ice-pwd',
		'a=ice-pwd',
		'The ICE password, 22 to 256 ice-chars; it keys the MESSAGE-INTEGRITY of the peer’s STUN checks. Treat it as a secret in logs.',
		'ICE 密碼，22 到 256 個 ice-char；用來計算對方 STUN 檢查的 MESSAGE-INTEGRITY。在日誌裡要當成機密。',
		8839,
		'5.4'
	),
	'sdp.a.ice-options': n(
		'a=ice-options',
		'a=ice-options',
		'ICE extensions this agent supports, such as `trickle` (candidates may follow later) or `ice2` (RFC 8445 behaviour).',
		'這個 ICE agent 支援的擴充，例如 `trickle`（候選可以之後再送）或 `ice2`（RFC 8445 的行為）。',
		8839,
		'5.6'
	),
	'sdp.a.ice-lite': n(
		'a=ice-lite',
		'a=ice-lite',
		'This side only answers connectivity checks and gathers no candidates beyond its host ones; servers and SFUs with public addresses use it. The full agent on the other side is always controlling.',
		'這一端只回應連線檢查，只提供本機候選；有公開位址的伺服器與 SFU 會這樣做。另一端的完整 agent 一律擔任 controlling。',
		8839,
		'5.3'
	),
	'sdp.a.ice-mismatch': n(
		'a=ice-mismatch',
		'a=ice-mismatch',
		'Sent in an answer when the default address in m=/c= does not match any candidate, so ICE cannot be used for this section.',
		'在 answer 中表示 m=／c= 的預設位址和任何候選都不符，這個區段無法使用 ICE。',
		8839,
		'5.3'
	),
	'sdp.a.ice-pacing': n(
		'a=ice-pacing',
		'a=ice-pacing',
		'How many milliseconds the agent waits between connectivity checks (default 50).',
		'agent 送出連線檢查之間的間隔毫秒數（預設 50）。',
		8839,
		'5.5'
	),
	'sdp.a.remote-candidates': n(
		'a=remote-candidates',
		'a=remote-candidates',
		'Used by the controlling agent in a re-offer to say which remote candidates it selected; browsers do not send it.',
		'controlling agent 在重新 offer 時用來指出它選了哪些遠端候選；瀏覽器不會送。',
		8839,
		'5.2'
	),
	'sdp.a.candidate': n(
		'a=candidate',
		'a=candidate',
		'One ICE candidate: an address and port where this side can receive, how it was obtained (host, srflx via STUN, relay via TURN) and its priority for connectivity checks.',
		'一個 ICE 候選：這一端能接收的位址和埠、取得方式（host、經 STUN 的 srflx、經 TURN 的 relay），以及連線檢查時的優先權。',
		8839,
		'5.1'
	),
	'sdp.a.end-of-candidates': n(
		'a=end-of-candidates',
		'a=end-of-candidates',
		'No more candidates will follow for this section (or the whole session), so the peer can conclude ICE instead of waiting.',
		'這個區段（或整個工作階段）不會再有新的候選，對方可以結束 ICE 而不必再等。',
		8840,
		'8.2'
	),
	'sdp.a.fingerprint': n(
		'a=fingerprint',
		'a=fingerprint',
		'The hash of this side’s DTLS certificate. The peer checks the certificate in the DTLS handshake against it; a mismatch aborts the call, which protects against a man in the middle who does not control signaling.',
		'這一端 DTLS 憑證的雜湊。對方在 DTLS 握手時拿憑證來比對，不符就中止通話，藉此防範無法控制信令的中間人攻擊。',
		8122,
		'5'
	),
	'sdp.a.setup': n(
		'a=setup',
		'a=setup',
		'Who starts the DTLS handshake. An offer says `actpass` (either); the answer picks `active` (it sends the ClientHello, the DTLS client) or `passive` (it waits, the DTLS server).',
		'決定由誰發起 DTLS 握手。offer 寫 `actpass`（都可以）；answer 選 `active`（自己送 ClientHello，當 DTLS 用戶端）或 `passive`（等待，當 DTLS 伺服器）。',
		4145,
		'4'
	),
	'sdp.a.connection': n(
		'a=connection',
		'a=connection',
		'`new` or `existing`: whether to open a fresh TCP/TLS connection or keep the current one (RFC 4145).',
		'`new` 或 `existing`：要開新的 TCP/TLS 連線，還是沿用現有的（RFC 4145）。',
		4145,
		'5'
	),
	'sdp.a.tls-id': n(
		'a=tls-id',
		'a=tls-id',
		'An identifier for the DTLS association; a new value in a re-offer asks for a fresh DTLS handshake.',
		'DTLS 連線的識別碼；重新 offer 時換新值表示要重新做 DTLS 握手。',
		8842,
		'4'
	),
	'sdp.a.identity': n(
		'a=identity',
		'a=identity',
		'A WebRTC identity assertion from an identity provider, binding the DTLS fingerprint to a user. Only Firefox ever implemented it.',
		'由身分提供者產生的 WebRTC 身分聲明，把 DTLS 指紋和某個使用者綁在一起；只有 Firefox 實作過。',
		8827
	),
	'sdp.a.mid': n(
		'a=mid',
		'a=mid',
		'The media identification tag of this section. BUNDLE groups refer to it, the MID header extension carries it in RTP, and JavaScript sees it as `transceiver.mid`.',
		'這個區段的媒體識別標籤。BUNDLE 群組用它來指稱區段，RTP 的 MID 標頭擴充帶著它，JavaScript 看到的是 `transceiver.mid`。',
		5888,
		'4'
	),
	'sdp.a.bundle-only': n(
		'a=bundle-only',
		'a=bundle-only',
		'This section may only be used inside a BUNDLE group; its port is 0 in the offer so a peer without BUNDLE rejects it.',
		'這個區段只能在 BUNDLE 群組中使用；offer 中它的埠號為 0，不支援 BUNDLE 的對端會拒絕它。',
		9143,
		'6'
	),
	'sdp.a.extmap': n(
		'a=extmap',
		'a=extmap',
		'Maps a local id to an RTP header extension URI, so packets can carry extra per-packet data (audio level, send time, mid, …) in a few bytes.',
		'把本地 ID 對應到 RTP 標頭擴充的 URI，讓封包用幾個位元組帶上額外資訊（音量、傳送時間、mid 等）。',
		8285,
		'5'
	),
	'sdp.a.extmap-allow-mixed': n(
		'a=extmap-allow-mixed',
		'a=extmap-allow-mixed',
		'One-byte and two-byte header extensions may be mixed in the same RTP stream (needed for ids above 14 or values over 16 bytes).',
		'同一條 RTP 串流可以混用一位元組與兩位元組標頭擴充（ID 大於 14 或資料超過 16 位元組時需要）。',
		8285,
		'6'
	),
	'sdp.a.sendrecv': n(
		'a=sendrecv',
		'a=sendrecv',
		'This side wants to send and receive media in this section (the default when no direction is given).',
		'這一端在此區段既要傳送也要接收媒體（沒寫方向時的預設值）。',
		8866,
		'6.7.1'
	),
	'sdp.a.sendonly': n(
		'a=sendonly',
		'a=sendonly',
		'This side will only send; the answer must say recvonly or inactive.',
		'這一端只傳送；answer 必須回 recvonly 或 inactive。',
		8866,
		'6.7.2'
	),
	'sdp.a.recvonly': n(
		'a=recvonly',
		'a=recvonly',
		'This side will only receive; the answer must say sendonly or inactive.',
		'這一端只接收；answer 必須回 sendonly 或 inactive。',
		8866,
		'6.7.3'
	),
	'sdp.a.inactive': n(
		'a=inactive',
		'a=inactive',
		'No media flows either way, but the section and its transport are kept (for example while on hold).',
		'兩個方向都不送媒體，但保留這個區段和它的傳輸（例如保留通話時）。',
		8866,
		'6.7.4'
	),
	'sdp.a.msid': n(
		'a=msid',
		'a=msid',
		'Ties this section’s track to a MediaStream: `<stream id> <track id>`. It is how `ontrack` learns which stream to put the track in (Unified Plan: one track per m-section).',
		'把這個區段的 track 連到某個 MediaStream：`<stream id> <track id>`。`ontrack` 靠它知道要把 track 放進哪個 stream（Unified Plan：一個 m 區段一個 track）。',
		8830,
		'2'
	),
	'sdp.a.rtcp': n(
		'a=rtcp',
		'a=rtcp',
		'The port (and address) for RTCP when it is not RTP port + 1. With rtcp-mux it is only a placeholder, usually `9 IN IP4 0.0.0.0`.',
		'RTCP 不是用 RTP 埠 + 1 時的埠號（與位址）。有 rtcp-mux 時只是佔位，通常是 `9 IN IP4 0.0.0.0`。',
		3605,
		'2.1'
	),
	'sdp.a.rtcp-mux': n(
		'a=rtcp-mux',
		'a=rtcp-mux',
		'RTP and RTCP share one port, so only one ICE component is needed. WebRTC requires it.',
		'RTP 與 RTCP 共用一個埠，只需要一個 ICE 元件。WebRTC 要求一定要用。',
		5761,
		'5.1.1'
	),
	'sdp.a.rtcp-mux-only': n(
		'a=rtcp-mux-only',
		'a=rtcp-mux-only',
		'The offerer will not fall back to a separate RTCP port: the answer must accept rtcp-mux or reject the section.',
		'offer 端不會退回使用獨立的 RTCP 埠：answer 必須接受 rtcp-mux，否則只能拒絕這個區段。',
		8858,
		'3'
	),
	'sdp.a.rtcp-rsize': n(
		'a=rtcp-rsize',
		'a=rtcp-rsize',
		'Reduced-size RTCP is allowed: feedback such as NACK or PLI may be sent alone, without the usual sender/receiver report.',
		'允許精簡 RTCP：NACK、PLI 等回饋可以單獨送出，不必附上一般的傳送者／接收者報告。',
		5506,
		'5'
	),
	'sdp.a.rtpmap': n(
		'a=rtpmap',
		'a=rtpmap',
		'Maps a payload type to a codec: `<pt> <name>/<clock rate>[/<channels>]`. Without it a dynamic payload type means nothing.',
		'把 payload type 對應到編解碼器：`<pt> <名稱>/<時脈>[/<聲道>]`。沒有它，動態 payload type 就沒有意義。',
		8866,
		'6.6'
	),
	'sdp.a.fmtp': n(
		'a=fmtp',
		'a=fmtp',
		'Codec-specific parameters for one payload type, usually `key=value` pairs separated by `;`. What they mean depends on the codec named in a=rtpmap.',
		'某個 payload type 的編解碼器專屬參數，通常是以 `;` 分隔的 `key=value`。意義取決於 a=rtpmap 指定的編解碼器。',
		8866,
		'6.15'
	),
	'sdp.a.rtcp-fb': n(
		'a=rtcp-fb',
		'a=rtcp-fb',
		'Which RTCP feedback messages the receiver understands for a payload type (`*` for all): NACK for retransmission, PLI/FIR for keyframes, congestion-control feedback.',
		'接收端能理解哪些 RTCP 回饋訊息（`*` 表示所有 payload type）：重傳用的 NACK、要求關鍵畫面的 PLI/FIR、壅塞控制回饋。',
		4585,
		'4.2'
	),
	'sdp.a.ssrc': n(
		'a=ssrc',
		'a=ssrc',
		'Declares a source (SSRC) this side will send and its properties: `cname`, and in older SDPs `msid`, `mslabel`, `label`.',
		'宣告這一端將要傳送的來源（SSRC）及其屬性：`cname`，舊版 SDP 還有 `msid`、`mslabel`、`label`。',
		5576,
		'4.1'
	),
	'sdp.a.ssrc-group': n(
		'a=ssrc-group',
		'a=ssrc-group',
		'Ties SSRCs together: `FID` pairs a media SSRC with its retransmission (RTX) SSRC; `SIM` lists simulcast layers; `FEC-FR` pairs media with FEC.',
		'把多個 SSRC 綁在一起：`FID` 把媒體 SSRC 與其重傳（RTX）SSRC 配對；`SIM` 列出 simulcast 各層；`FEC-FR` 把媒體與 FEC 配對。',
		5576,
		'4.2'
	),
	'sdp.a.rid': n(
		'a=rid',
		'a=rid',
		'Names one RTP stream (encoding) of this section and may restrict it (payload types, max width/height/fps/bitrate). Used for simulcast.',
		'為這個區段的一條 RTP 串流（編碼）命名，並可加上限制（payload type、最大寬高／影格率／位元率），用於 simulcast。',
		8851,
		'4'
	),
	'sdp.a.simulcast': n(
		'a=simulcast',
		'a=simulcast',
		'Which rids are sent or received as simultaneous versions of the same source, e.g. `send h;m;l`; `~` marks a paused layer.',
		'哪些 rid 是同一來源同時傳送或接收的不同版本，例如 `send h;m;l`；`~` 表示該層暫停。',
		8853,
		'5.1'
	),
	'sdp.a.sctp-port': n(
		'a=sctp-port',
		'a=sctp-port',
		'The SCTP port of the data-channel association inside DTLS (5000 by convention). It is not a UDP port; both sides use it in the SCTP header.',
		'在 DTLS 內部建立資料通道 SCTP 連結所用的埠號（慣例為 5000）。它不是 UDP 埠，而是雙方寫在 SCTP 標頭裡的埠號。',
		8841,
		'5.1'
	),
	'sdp.a.max-message-size': n(
		'a=max-message-size',
		'a=max-message-size',
		'The largest data-channel message this side can receive, in bytes; 0 means no limit, and without the line the peer assumes 64 KB.',
		'這一端能接收的最大資料通道訊息（位元組）；0 表示沒有上限，沒有這一行時對方假設為 64 KB。',
		8841,
		'6'
	),
	'sdp.a.sctpmap': n(
		'a=sctpmap',
		'a=sctpmap',
		'The pre-standard way to describe data channels (`<port> webrtc-datachannel <streams>`), used with `DTLS/SCTP <port>`. Modern SDPs use `UDP/DTLS/SCTP webrtc-datachannel` with a=sctp-port.',
		'標準化前描述資料通道的方式（`<埠> webrtc-datachannel <串流數>`），搭配 `DTLS/SCTP <埠>`。新的 SDP 改用 `UDP/DTLS/SCTP webrtc-datachannel` 與 a=sctp-port。',
		draft('draft-ietf-mmusic-sctp-sdp-05')
	),
	'sdp.a.crypto': n(
		'a=crypto',
		'a=crypto',
		'SDES: the SRTP key itself, in clear text in the SDP. Browsers dropped it (Chrome 2019) in favour of DTLS-SRTP; some SIP gateways still send it.',
		'SDES：直接把 SRTP 金鑰以明文寫在 SDP 裡。瀏覽器已改用 DTLS-SRTP 並移除它（Chrome 2019），部分 SIP 閘道器仍會送。',
		4568,
		'9.1'
	),
	'sdp.a.ptime': n(
		'a=ptime',
		'a=ptime',
		'Preferred amount of audio per packet in milliseconds (20 is usual).',
		'每個封包建議裝多少毫秒的聲音（通常是 20）。',
		8866,
		'6.4'
	),
	'sdp.a.maxptime': n(
		'a=maxptime',
		'a=maxptime',
		'The most audio, in milliseconds, this side accepts in one packet.',
		'這一端能接受單一封包裝的最多聲音毫秒數。',
		8866,
		'6.5'
	),
	'sdp.a.framerate': n(
		'a=framerate',
		'a=framerate',
		'Maximum video frame rate in frames per second.',
		'影像的最大影格率（每秒畫面數）。',
		8866,
		'6.8'
	),
	'sdp.a.label': n(
		'a=label',
		'a=label',
		'A label for a media stream so other signaling can refer to it (RFC 4574); old Chrome also used it inside a=ssrc.',
		'為媒體串流加上標籤，讓其他信令能引用它（RFC 4574）；舊版 Chrome 也把它用在 a=ssrc 裡。',
		4574,
		'4'
	),
	'sdp.a.content': n(
		'a=content',
		'a=content',
		'What the video shows: `main`, `slides`, `speaker`, `sl` (sign language) or `alt`; used by SIP video systems for screen sharing.',
		'影像的內容：`main`、`slides`、`speaker`、`sl`（手語）或 `alt`；SIP 視訊系統用來區分螢幕分享。',
		4796,
		'5'
	),
	'sdp.a.x-google-flag': n(
		'a=x-google-flag',
		'a=x-google-flag',
		'A libwebrtc private flag; `conference` turned on Chrome’s conference-mode (simulcast-friendly) behaviour in the Plan B days.',
		'libwebrtc 的私有旗標；`conference` 在 Plan B 時代用來開啟 Chrome 的會議模式（便於 simulcast）。',
		libwebrtcSource('pc/webrtc_sdp.cc')
	),
	'sdp.a.rtcp-xr': n(
		'a=rtcp-xr',
		'a=rtcp-xr',
		'Which RTCP Extended Report blocks this side can send or wants to receive (loss RLE, VoIP metrics, …).',
		'這一端能送或想收哪些 RTCP 延伸報告區塊（遺失 RLE、VoIP 指標等）。',
		3611,
		'5.1'
	),
	'sdp.a.imageattr': n(
		'a=imageattr',
		'a=imageattr',
		'Image resolutions a side can send or receive for a payload type, e.g. `[x=1280,y=720]`.',
		'某個 payload type 可傳送或接收的影像解析度，例如 `[x=1280,y=720]`。',
		6236,
		'3.1'
	),
	'sdp.a.tool': n(
		'a=tool',
		'a=tool',
		'The name and version of the program that created the SDP.',
		'產生這份 SDP 的程式名稱與版本。',
		8866,
		'6.3'
	)
};

const values: NoteTable = {
	'sdp.group.BUNDLE': n(
		'BUNDLE group',
		'BUNDLE 群組',
		'The listed sections share one transport: one set of candidates, one DTLS handshake, one port. The first mid in the answer’s group names the section whose transport is used.',
		'列出的區段共用一條傳輸：一組候選、一次 DTLS 握手、一個埠。answer 群組中的第一個 mid 決定使用哪個區段的傳輸。',
		9143,
		'7'
	),
	'sdp.group.LS': n(
		'LS group',
		'LS 群組',
		'Lip synchronization: play the listed sections in sync (audio with its video).',
		'唇音同步：列出的區段要同步播放（聲音和對應的影像）。',
		5888,
		'7'
	),
	'sdp.group.FID': n(
		'FID group',
		'FID 群組',
		'Flow identification: the listed sections carry the same flow on different transports (old SIP usage).',
		'流識別：列出的區段以不同傳輸承載同一個流（早期 SIP 用法）。',
		5888,
		'8'
	),
	'sdp.ssrcGroup.FID': n(
		'ssrc-group FID',
		'ssrc-group FID',
		'The first SSRC is the media stream, the second carries its RTX retransmissions.',
		'第一個 SSRC 是媒體串流，第二個承載它的 RTX 重傳。',
		5576,
		'4.2'
	),
	'sdp.ssrcGroup.SIM': n(
		'ssrc-group SIM',
		'ssrc-group SIM',
		'libwebrtc’s pre-rid simulcast signaling: the SSRCs of the layers from lowest to highest resolution.',
		'libwebrtc 在 rid 之前使用的 simulcast 信令：各層的 SSRC，由低解析度排到高解析度。',
		libwebrtcSource('media/base/stream_params.h')
	),
	'sdp.ssrcGroup.FEC-FR': n(
		'ssrc-group FEC-FR',
		'ssrc-group FEC-FR',
		'Pairs a media SSRC with the SSRC carrying its forward error correction (FlexFEC).',
		'把媒體 SSRC 和承載其前向錯誤更正（FlexFEC）的 SSRC 配對。',
		5956,
		'4.3'
	),
	'sdp.ssrcGroup.FEC': n(
		'ssrc-group FEC',
		'ssrc-group FEC',
		'Older grouping of a media SSRC with its FEC SSRC.',
		'較舊的寫法，把媒體 SSRC 和它的 FEC SSRC 綁在一起。',
		5576,
		'4.2'
	),
	'sdp.ssrcAttr.cname': n(
		'cname',
		'cname',
		'The RTCP canonical name: all SSRCs with the same CNAME come from one endpoint and are synchronized together. Browsers use a random string per connection.',
		'RTCP 正式名稱：CNAME 相同的 SSRC 都來自同一個端點，要一起同步播放。瀏覽器每個連線用一個隨機字串。',
		5576,
		'6.1'
	),
	'sdp.ssrcAttr.msid': n(
		'ssrc msid',
		'ssrc msid',
		'The stream and track ids of this SSRC, the Plan B way; Unified Plan puts one a=msid per m-section instead.',
		'這個 SSRC 的 stream 與 track ID，是 Plan B 的寫法；Unified Plan 改成每個 m 區段一行 a=msid。',
		8830,
		'2'
	),
	'sdp.ssrcAttr.mslabel': n(
		'ssrc mslabel',
		'ssrc mslabel',
		'Old Chrome’s MediaStream id for this SSRC, from before msid; ignored by current browsers.',
		'舊版 Chrome 在 msid 出現前用的 MediaStream ID；現在的瀏覽器會忽略。',
		libwebrtcSource('pc/webrtc_sdp.cc')
	),
	'sdp.ssrcAttr.label': n(
		'ssrc label',
		'ssrc label',
		'Old Chrome’s track id for this SSRC, from before msid; ignored by current browsers.',
		'舊版 Chrome 在 msid 出現前用的 track ID；現在的瀏覽器會忽略。',
		libwebrtcSource('pc/webrtc_sdp.cc')
	),
	'sdp.iceOption.trickle': n(
		'trickle',
		'trickle',
		'Candidates may arrive after the SDP, one by one, so the call can start checking before gathering ends.',
		'候選可以在 SDP 之後逐一送達，收集還沒結束就能開始檢查連線。',
		8838,
		'3'
	),
	'sdp.iceOption.ice2': n(
		'ice2',
		'ice2',
		'The agent follows RFC 8445 (ICEbis) rather than the older RFC 5245.',
		'這個 agent 依循 RFC 8445（ICEbis），而不是舊的 RFC 5245。',
		8445,
		'10'
	),
	'sdp.iceOption.google-ice': n(
		'google-ice',
		'google-ice',
		'Old Chrome’s pre-standard ICE dialect (until about 2014); modern agents ignore it.',
		'舊版 Chrome 標準化前的 ICE 方言（約用到 2014 年）；現在的 agent 會忽略。'
	),
	'sdp.iceOption.renomination': n(
		'renomination',
		'renomination',
		'libwebrtc extension letting the controlling agent nominate a different pair later.',
		'libwebrtc 的擴充，讓 controlling agent 之後可以改提名別的候選配對。',
		draft('draft-thatcher-ice-renomination-01')
	),
	'sdp.setup.actpass': n(
		'actpass',
		'actpass',
		'Either role is fine; the answerer decides. An offer must use this value.',
		'兩種角色都可以，由 answer 端決定；offer 必須用這個值。',
		8842,
		'5.2'
	),
	'sdp.setup.active': n(
		'active',
		'active',
		'This side starts the DTLS handshake, so it is the DTLS client. Browsers answer `active`.',
		'這一端發起 DTLS 握手，因此是 DTLS 用戶端；瀏覽器的 answer 會選 `active`。',
		4145,
		'4'
	),
	'sdp.setup.passive': n(
		'passive',
		'passive',
		'This side waits for the peer’s ClientHello, so it is the DTLS server.',
		'這一端等待對方的 ClientHello，因此是 DTLS 伺服器。',
		4145,
		'4'
	),
	'sdp.setup.holdconn': n(
		'holdconn',
		'holdconn',
		'Do not set up a connection now; WebRTC never uses it, and an answer with it rejects DTLS.',
		'暫時不要建立連線；WebRTC 不使用，answer 寫這個等於拒絕 DTLS。',
		4145,
		'4'
	)
};

const codecs: NoteTable = {
	'sdp.codec.opus': n(
		'Opus',
		'Opus',
		'The mandatory WebRTC audio codec: 6–510 kbit/s, speech to music, with in-band FEC and DTX. Always `opus/48000/2` in SDP.',
		'WebRTC 必備的聲音編解碼器：6–510 kbit/s，從語音到音樂都適用，支援帶內 FEC 與 DTX。SDP 中一律寫 `opus/48000/2`。',
		7587,
		'7'
	),
	'sdp.codec.multiopus': n(
		'multiopus',
		'multiopus',
		'libwebrtc’s surround-sound Opus (several Opus streams in one packet); not standardized.',
		'libwebrtc 的環繞聲 Opus（一個封包內有多個 Opus 串流），尚未標準化。',
		libwebrtcSource('media/base/media_constants.cc')
	),
	'sdp.codec.isac': n(
		'ISAC',
		'ISAC',
		'An old Google wideband speech codec, removed from Chrome in 2022.',
		'Google 早期的寬頻語音編解碼器，Chrome 已於 2022 年移除。',
		draft('draft-ietf-avt-rtp-isac')
	),
	'sdp.codec.ilbc': n(
		'iLBC',
		'iLBC',
		'Internet Low Bitrate Codec for speech (13.3/15.2 kbit/s), robust to loss; rarely chosen today.',
		'網際網路低位元率語音編解碼器（13.3/15.2 kbit/s），耐封包遺失，現在很少被選用。',
		3952,
		'5'
	),
	'sdp.codec.g722': n(
		'G722',
		'G722',
		'Wideband (16 kHz) speech at 64 kbit/s. Its RTP clock is written 8000 by a historical mistake kept for compatibility.',
		'64 kbit/s 的寬頻（16 kHz）語音。RTP 時脈因歷史錯誤寫成 8000，為了相容一直保留。',
		3551,
		'4.5.2'
	),
	'sdp.codec.pcmu': n(
		'PCMU',
		'PCMU',
		'G.711 μ-law: uncompressed 64 kbit/s telephone audio, static payload type 0; every phone system speaks it.',
		'G.711 μ-law：未壓縮的 64 kbit/s 電話聲音，靜態 payload type 0，所有電話系統都支援。',
		3551,
		'4.5.14'
	),
	'sdp.codec.pcma': n(
		'PCMA',
		'PCMA',
		'G.711 A-law, the European variant of G.711, static payload type 8.',
		'G.711 A-law，G.711 的歐洲版本，靜態 payload type 8。',
		3551,
		'4.5.14'
	),
	'sdp.codec.g729': n(
		'G729',
		'G729',
		'8 kbit/s narrowband speech codec used in SIP telephony, static payload type 18.',
		'SIP 電話常用的 8 kbit/s 窄頻語音編解碼器，靜態 payload type 18。',
		3551,
		'4.5.6'
	),
	'sdp.codec.cn': n(
		'CN (comfort noise)',
		'CN（舒適雜訊）',
		'Comfort noise: during silence the sender sends a description of the background noise instead of audio.',
		'舒適雜訊：靜音時傳送端改送背景雜訊的描述，而不是聲音本身。',
		3389,
		'5'
	),
	'sdp.codec.telephone-event': n(
		'telephone-event',
		'telephone-event',
		'DTMF key presses sent as RTP events instead of tones; its clock rate must match the audio codec’s.',
		'把 DTMF 按鍵當成 RTP 事件傳送，而不是聲音；它的時脈必須和聲音編解碼器相同。',
		4733,
		'2.1'
	),
	'sdp.codec.vp8': n(
		'VP8',
		'VP8',
		'Royalty-free video codec, mandatory in WebRTC together with H.264.',
		'免權利金的影像編解碼器，與 H.264 同為 WebRTC 必備。',
		7741,
		'6.1'
	),
	'sdp.codec.vp9': n(
		'VP9',
		'VP9',
		'VP8’s successor: about 30–40 % fewer bits for the same quality, with SVC; profile-id says which bit depth and chroma format.',
		'VP8 的後繼者：同樣畫質約省 30–40% 位元，支援 SVC；profile-id 說明位元深度與色度格式。',
		9628,
		'6'
	),
	'sdp.codec.h264': n(
		'H264',
		'H264',
		'H.264/AVC, mandatory in WebRTC; often hardware-accelerated. profile-level-id and packetization-mode must match for two H.264 entries to be the same codec.',
		'H.264/AVC，WebRTC 必備，常有硬體加速。兩個 H.264 項目要視為同一編解碼器，profile-level-id 與 packetization-mode 必須相符。',
		6184,
		'8.1'
	),
	'sdp.codec.h265': n(
		'H265',
		'H265',
		'H.265/HEVC video, supported by Safari and recent Chrome with hardware decoders.',
		'H.265/HEVC 影像，Safari 與新版 Chrome 在有硬體解碼器時支援。',
		7798,
		'7.1'
	),
	'sdp.codec.av1': n(
		'AV1',
		'AV1',
		'Royalty-free successor of VP9 from the Alliance for Open Media, with strong screen-content tools and SVC.',
		'開放媒體聯盟推出的免權利金 VP9 後繼者，對螢幕內容與 SVC 有很好的支援。',
		av1Rtp('7')
	),
	'sdp.codec.rtx': n(
		'rtx (retransmission)',
		'rtx（重傳）',
		'Resent packets travel on their own payload type (and SSRC) so they do not disturb the original stream’s statistics; fmtp `apt=` says which payload type they repair.',
		'重傳封包使用自己的 payload type（與 SSRC），不會干擾原串流的統計；fmtp 的 `apt=` 說明它修補哪個 payload type。',
		4588,
		'8.1'
	),
	'sdp.codec.red': n(
		'red (redundant coding)',
		'red（冗餘編碼）',
		'RED packs a previous frame again with the current one (audio) or wraps ULPFEC (video), trading bandwidth for loss resilience.',
		'RED 把前一個音框和目前的一起送（聲音），或用來包裝 ULPFEC（影像），以頻寬換取抗遺失能力。',
		2198,
		'5'
	),
	'sdp.codec.ulpfec': n(
		'ulpfec',
		'ulpfec',
		'Uneven Level Protection FEC: parity packets that let the receiver rebuild lost video packets without waiting for a retransmission.',
		'不等保護 FEC：同位封包讓接收端不必等重傳就能重建遺失的影像封包。',
		5109,
		'14.1'
	),
	'sdp.codec.flexfec': n(
		'flexfec',
		'flexfec',
		'Flexible FEC with row and column parity; `flexfec-03` is libwebrtc’s draft version, sent with its own SSRC (ssrc-group FEC-FR).',
		'具有行列同位的彈性 FEC；`flexfec-03` 是 libwebrtc 的草案版本，使用獨立 SSRC（ssrc-group FEC-FR）。',
		8627,
		'5.1'
	)
};

const fmtp: NoteTable = {
	'sdp.fmtp.profile-level-id': n(
		'profile-level-id',
		'profile-level-id',
		'Three hex bytes: profile_idc, the constraint flags, and level_idc. `42e01f` is Constrained Baseline level 3.1, the profile every WebRTC H.264 decoder must handle.',
		'三個十六進位位元組：profile_idc、限制旗標與 level_idc。`42e01f` 是 Constrained Baseline level 3.1，所有 WebRTC H.264 解碼器都必須支援。',
		6184,
		'8.1'
	),
	'sdp.fmtp.packetization-mode': n(
		'packetization-mode',
		'packetization-mode',
		'0: one NAL unit per packet; 1: NAL units may be fragmented (FU-A) or aggregated (STAP-A). Two H.264 entries with different modes are different codecs.',
		'0：一個封包一個 NAL 單元；1：NAL 單元可切片（FU-A）或合併（STAP-A）。模式不同的兩個 H.264 項目視為不同編解碼器。',
		6184,
		'8.1'
	),
	'sdp.fmtp.level-asymmetry-allowed': n(
		'level-asymmetry-allowed',
		'level-asymmetry-allowed',
		'1 lets each direction use its own H.264 level, so a strong sender need not drop to the weaker side’s level.',
		'設為 1 時兩個方向可使用各自的 H.264 level，效能好的一端不必降到較弱一端的 level。',
		6184,
		'8.1'
	),
	'sdp.fmtp.profile-id': n(
		'profile-id',
		'profile-id',
		'VP9 profile 0–3: bit depth and chroma subsampling. Profile 0 (8-bit 4:2:0) is what all decoders support; 2 is for 10-bit HDR.',
		'VP9 profile 0–3：位元深度與色度取樣。profile 0（8 位元 4:2:0）所有解碼器都支援；2 用於 10 位元 HDR。',
		9628,
		'6'
	),
	'sdp.fmtp.level-idx': n(
		'level-idx',
		'level-idx',
		'AV1 level index: level = 2 + idx/4 (integer part) and idx mod 4 (minor), so 5 is level 3.1 and 8 is level 4.0.',
		'AV1 level 索引：level = 2 + idx/4（整數部分）加上 idx 除以 4 的餘數（小數），所以 5 是 level 3.1，8 是 level 4.0。',
		av1Rtp('7.1')
	),
	'sdp.fmtp.profile': n(
		'profile (AV1)',
		'profile（AV1）',
		'AV1 profile: 0 Main (8/10-bit 4:2:0), 1 High (adds 4:4:4), 2 Professional.',
		'AV1 profile：0 為 Main（8/10 位元 4:2:0），1 為 High（加上 4:4:4），2 為 Professional。',
		av1Rtp('7.1')
	),
	'sdp.fmtp.tier': n(
		'tier (AV1)',
		'tier（AV1）',
		'AV1 tier: 0 Main, 1 High (higher bitrate limits at the same level).',
		'AV1 tier：0 為 Main，1 為 High（同一 level 的位元率上限較高）。',
		av1Rtp('7.1')
	),
	'sdp.fmtp.minptime': n(
		'minptime',
		'minptime',
		'The shortest packet duration in ms the receiver wants; Chrome writes 10.',
		'接收端希望的最短封包時間（毫秒）；Chrome 寫 10。',
		7587,
		'6.1'
	),
	'sdp.fmtp.useinbandfec': n(
		'useinbandfec',
		'useinbandfec',
		'1: the receiver can decode Opus in-band FEC, a low-bitrate copy of the previous frame inside each packet that hides single losses.',
		'1：接收端能解碼 Opus 帶內 FEC，也就是每個封包內附前一音框的低位元率副本，可掩蓋單一封包遺失。',
		7587,
		'6.1'
	),
	'sdp.fmtp.stereo': n(
		'stereo',
		'stereo',
		'1: the receiver prefers to receive stereo; 0 or absent: mono is preferred.',
		'1：接收端偏好接收立體聲；0 或未寫：偏好單聲道。',
		7587,
		'6.1'
	),
	'sdp.fmtp.sprop-stereo': n(
		'sprop-stereo',
		'sprop-stereo',
		'Sender property: 1 means this side will likely send stereo.',
		'傳送端特性：1 表示這一端可能會送立體聲。',
		7587,
		'6.1'
	),
	'sdp.fmtp.maxaveragebitrate': n(
		'maxaveragebitrate',
		'maxaveragebitrate',
		'The highest average Opus bitrate the receiver wants, in bit/s (6000–510000).',
		'接收端希望的最高 Opus 平均位元率，單位 bit/s（6000–510000）。',
		7587,
		'6.1'
	),
	'sdp.fmtp.maxplaybackrate': n(
		'maxplaybackrate',
		'maxplaybackrate',
		'The highest audio sample rate the receiver can play, in Hz; the sender need not encode wider bandwidth than this.',
		'接收端能播放的最高取樣率（Hz）；傳送端不必編碼比這更寬的頻帶。',
		7587,
		'6.1'
	),
	'sdp.fmtp.sprop-maxcapturerate': n(
		'sprop-maxcapturerate',
		'sprop-maxcapturerate',
		'Sender property: the highest sample rate, in Hz, at which this side captures the audio it encodes into Opus. A hint that lets the receiver save resources: nothing above that bandwidth will arrive.',
		'傳送端特性：這一端擷取聲音、再編成 Opus 時用的最高取樣率（Hz）。接收端可以據此節省資源，因為超出這個頻寬的內容不會送來。',
		7587,
		'6.1'
	),
	'sdp.fmtp.usedtx': n(
		'usedtx',
		'usedtx',
		'1: the receiver prefers discontinuous transmission, which sends almost nothing during silence.',
		'1：接收端偏好不連續傳輸，靜音時幾乎不送資料。',
		7587,
		'6.1'
	),
	'sdp.fmtp.cbr': n(
		'cbr',
		'cbr',
		'1: the receiver prefers constant bitrate Opus (can matter for encrypted speech privacy).',
		'1：接收端偏好固定位元率的 Opus（對加密語音的隱私可能有影響）。',
		7587,
		'6.1'
	),
	'sdp.fmtp.apt': n(
		'apt',
		'apt',
		'Associated payload type: the original payload type this rtx (or FEC) payload type carries repairs for.',
		'關聯的 payload type：這個 rtx（或 FEC）payload type 負責修補的原始 payload type。',
		4588,
		'8.1'
	),
	'sdp.fmtp.rtx-time': n(
		'rtx-time',
		'rtx-time',
		'How long, in ms, the sender keeps packets so it can still retransmit them.',
		'傳送端保留封包以便重傳的時間（毫秒）。',
		4588,
		'8.1'
	),
	'sdp.fmtp.max-fs': n(
		'max-fs',
		'max-fs',
		'The largest frame the VP8 receiver (or VP9, RFC 9628 §6) can decode, in 16×16 macroblocks: 1080p needs 8160, 1440p 14400; Firefox offers 12288.',
		'VP8（或 VP9，見 RFC 9628 §6）接收端可解碼的最大畫面，以 16×16 巨集區塊計：1080p 需要 8160 個，1440p 需要 14400 個；Firefox 提供的是 12288。',
		7741,
		'6.1'
	),
	'sdp.fmtp.max-fr': n(
		'max-fr',
		'max-fr',
		'The highest frame rate the VP8 receiver (or VP9, RFC 9628 §6) can decode, in frames per second.',
		'VP8（或 VP9，見 RFC 9628 §6）接收端可解碼的最高影格率（每秒畫面數）。',
		7741,
		'6.1'
	),
	'sdp.fmtp.repair-window': n(
		'repair-window',
		'repair-window',
		'FlexFEC: how far back in time, in microseconds, repair packets may protect source packets.',
		'FlexFEC：修復封包可保護多久以前的來源封包，單位微秒。',
		8627,
		'5.1.1'
	),
	'sdp.fmtp.channel_mapping': n(
		'channel_mapping',
		'channel_mapping',
		'multiopus: which decoded channel goes to which output speaker, in Vorbis order.',
		'multiopus：每個解碼出的聲道對應到哪個輸出喇叭，依 Vorbis 順序。',
		libwebrtcSource('media/base/media_constants.cc')
	),
	'sdp.fmtp.coupled_streams': n(
		'coupled_streams',
		'coupled_streams',
		'multiopus: how many of the Opus streams are stereo pairs.',
		'multiopus：其中有幾個 Opus 串流是立體聲對。',
		libwebrtcSource('media/base/media_constants.cc')
	),
	'sdp.fmtp.num_streams': n(
		'num_streams',
		'num_streams',
		'multiopus: how many Opus streams each packet holds.',
		'multiopus：每個封包包含幾個 Opus 串流。',
		libwebrtcSource('media/base/media_constants.cc')
	),
	'sdp.fmtp.x-google-min-bitrate': n(
		'x-google-min-bitrate',
		'x-google-min-bitrate',
		'libwebrtc private hint: lowest video bitrate to use, in kbit/s.',
		'libwebrtc 私有提示：影像最低使用位元率（kbit/s）。',
		libwebrtcSource('media/base/media_constants.cc')
	),
	'sdp.fmtp.x-google-max-bitrate': n(
		'x-google-max-bitrate',
		'x-google-max-bitrate',
		'libwebrtc private hint: highest video bitrate to use, in kbit/s.',
		'libwebrtc 私有提示：影像最高使用位元率（kbit/s）。',
		libwebrtcSource('media/base/media_constants.cc')
	),
	'sdp.fmtp.x-google-start-bitrate': n(
		'x-google-start-bitrate',
		'x-google-start-bitrate',
		'libwebrtc private hint: bitrate to start at before bandwidth estimation has data, in kbit/s.',
		'libwebrtc 私有提示：頻寬估計還沒有資料前的起始位元率（kbit/s）。',
		libwebrtcSource('media/base/media_constants.cc')
	)
};

const headerExtensions: NoteTable = {
	'sdp.ext.ssrc-audio-level': n(
		'ssrc-audio-level',
		'ssrc-audio-level',
		'Each audio packet says how loud it is (0 to −127 dBov) and whether voice is active, so an SFU can pick the speaker without decoding.',
		'每個聲音封包標示自己的音量（0 到 −127 dBov）與是否有人聲，SFU 不必解碼就能找出發言者。',
		6464,
		'3'
	),
	'sdp.ext.csrc-audio-level': n(
		'csrc-audio-level',
		'csrc-audio-level',
		'A mixer lists the level of each contributing source it mixed into the packet.',
		'混音器列出混進此封包的每個貢獻來源的音量。',
		6465,
		'3'
	),
	'sdp.ext.toffset': n(
		'toffset',
		'toffset',
		'Transmission time offset: how much later than its RTP timestamp the packet was actually sent.',
		'傳送時間偏移：封包實際送出時間比 RTP 時間戳晚了多少。',
		5450,
		'3'
	),
	'sdp.ext.abs-send-time': n(
		'abs-send-time',
		'abs-send-time',
		'A 24-bit send timestamp (6.18 fixed-point seconds) used by the older REMB bandwidth estimator.',
		'24 位元的傳送時間戳（6.18 定點秒數），供較舊的 REMB 頻寬估計使用。',
		webrtcHeaderExtension('abs-send-time')
	),
	'sdp.ext.transport-wide-cc-01': n(
		'transport-wide-cc (01)',
		'transport-wide-cc（01）',
		'A sequence number across all streams of the transport; the receiver reports arrival times back (rtcp-fb transport-cc) and the sender estimates bandwidth from them.',
		'跨同一傳輸所有串流的序號；接收端回報抵達時間（rtcp-fb transport-cc），傳送端據此估計頻寬。',
		draft('draft-holmer-rmcat-transport-wide-cc-extensions-01', '2')
	),
	'sdp.ext.transport-wide-cc-02': n(
		'transport-wide-cc (02)',
		'transport-wide-cc（02）',
		'Version 02 also lets the sender ask for feedback on demand, per packet.',
		'02 版還讓傳送端能針對個別封包要求立即回饋。',
		webrtcHeaderExtension('transport-wide-cc-02')
	),
	'sdp.ext.playout-delay': n(
		'playout-delay',
		'playout-delay',
		'The sender tells the receiver the minimum and maximum jitter-buffer delay to use (e.g. 0 for game streaming).',
		'傳送端告訴接收端抖動緩衝的最小與最大延遲（例如遊戲串流設為 0）。',
		webrtcHeaderExtension('playout-delay')
	),
	'sdp.ext.video-content-type': n(
		'video-content-type',
		'video-content-type',
		'Marks frames as camera or screen share, so the receiver can tune its statistics and jitter buffer.',
		'標示畫面是攝影機還是螢幕分享，讓接收端調整統計與抖動緩衝。',
		webrtcHeaderExtension('video-content-type')
	),
	'sdp.ext.video-timing': n(
		'video-timing',
		'video-timing',
		'Per-frame timestamps of encode and packetization, for end-to-end delay measurement.',
		'每張畫面的編碼與封包化時間戳，用來量測端到端延遲。',
		webrtcHeaderExtension('video-timing')
	),
	'sdp.ext.color-space': n(
		'color-space',
		'color-space',
		'Carries the color space (primaries, transfer, matrix, range) so HDR video is rendered correctly.',
		'帶著色彩空間資訊（原色、轉換函數、矩陣、範圍），讓 HDR 影像正確呈現。',
		webrtcHeaderExtension('color-space')
	),
	'sdp.ext.sdes-mid': n(
		'sdes:mid',
		'sdes:mid',
		'Carries the mid in RTP packets, so with BUNDLE the receiver knows which m-section a new SSRC belongs to.',
		'在 RTP 封包中帶著 mid，使用 BUNDLE 時接收端就知道新的 SSRC 屬於哪個 m 區段。',
		9143,
		'15.2'
	),
	'sdp.ext.rtp-stream-id': n(
		'sdes:rtp-stream-id',
		'sdes:rtp-stream-id',
		'Carries the rid of the encoding (simulcast layer) the packet belongs to.',
		'帶著封包所屬編碼（simulcast 層）的 rid。',
		8852,
		'3.1'
	),
	'sdp.ext.repaired-rtp-stream-id': n(
		'sdes:repaired-rtp-stream-id',
		'sdes:repaired-rtp-stream-id',
		'In RTX or FEC packets: the rid of the stream being repaired.',
		'出現在 RTX 或 FEC 封包中：被修補串流的 rid。',
		8852,
		'3.2'
	),
	'sdp.ext.encrypt': n(
		'encrypt',
		'encrypt',
		'Marks another header extension as encrypted with SRTP.',
		'表示另一個標頭擴充以 SRTP 加密。',
		6904,
		'4'
	),
	'sdp.ext.video-orientation': n(
		'video-orientation (CVO)',
		'video-orientation（CVO）',
		'Coordination of Video Orientation from 3GPP: the receiver rotates frames instead of the sender re-encoding them when a phone turns.',
		'3GPP 的影像方向協調：手機轉向時由接收端旋轉畫面，傳送端不必重新編碼。',
		TS_26_114
	),
	'sdp.ext.abs-capture-time': n(
		'abs-capture-time',
		'abs-capture-time',
		'The NTP time the media was captured, kept across SFUs for audio/video sync and delay estimation.',
		'媒體擷取時的 NTP 時間，經過 SFU 也保留，用於影音同步與延遲估計。',
		webrtcHeaderExtension('abs-capture-time')
	),
	'sdp.ext.inband-cn': n(
		'inband-cn',
		'inband-cn',
		'Marks Opus packets that carry comfort noise during DTX.',
		'標示在 DTX 期間承載舒適雜訊的 Opus 封包。',
		webrtcHeaderExtension('inband-cn')
	),
	'sdp.ext.video-layers-allocation': n(
		'video-layers-allocation',
		'video-layers-allocation',
		'Describes the simulcast/SVC layers being sent, with their bitrates and resolutions, for SFUs.',
		'描述正在傳送的 simulcast／SVC 各層及其位元率與解析度，供 SFU 使用。',
		webrtcHeaderExtension('video-layers-allocation00')
	),
	'sdp.ext.dependency-descriptor': n(
		'dependency-descriptor',
		'dependency-descriptor',
		'AV1’s (also used with VP9/H.264) description of frame dependencies, so an SFU can drop layers without decoding.',
		'AV1（也用於 VP9／H.264）的畫面相依描述，讓 SFU 不必解碼就能丟掉某些層。',
		av1Rtp('A')
	),
	'sdp.ext.framemarking': n(
		'framemarking',
		'framemarking',
		'A draft extension marking frame boundaries, keyframes and layers; Safari and old Chrome offered it.',
		'標示畫面邊界、關鍵畫面與分層的草案擴充；Safari 和舊版 Chrome 曾提供。',
		draft('draft-ietf-avtext-framemarking')
	)
};

const rtcpFb: NoteTable = {
	'sdp.rtcpFb.nack': n(
		'nack',
		'nack',
		'Generic NACK: the receiver reports lost packets by sequence number and the sender retransmits them (over RTX when offered).',
		'一般 NACK：接收端以序號回報遺失的封包，傳送端重傳（有 RTX 時用 RTX）。',
		4585,
		'6.2.1'
	),
	'sdp.rtcpFb.nack-pli': n(
		'nack pli',
		'nack pli',
		'Picture Loss Indication: the receiver cannot decode and asks for a new keyframe.',
		'畫面遺失指示：接收端無法解碼，要求新的關鍵畫面。',
		4585,
		'6.3.1'
	),
	'sdp.rtcpFb.nack-sli': n(
		'nack sli',
		'nack sli',
		'Slice Loss Indication: reports lost macroblocks; practically unused.',
		'切片遺失指示：回報遺失的巨集區塊，實務上幾乎不用。',
		4585,
		'6.3.2'
	),
	'sdp.rtcpFb.nack-rpsi': n(
		'nack rpsi',
		'nack rpsi',
		'Reference Picture Selection Indication: tells the encoder which reference frame decoded correctly.',
		'參考畫面選擇指示：告訴編碼器哪張參考畫面已正確解碼。',
		4585,
		'6.3.3'
	),
	'sdp.rtcpFb.ccm-fir': n(
		'ccm fir',
		'ccm fir',
		'Full Intra Request: ask for a keyframe, e.g. when a new participant joins through an SFU.',
		'完整畫面內編碼請求：要求關鍵畫面，例如有新成員經由 SFU 加入時。',
		5104,
		'4.3.1'
	),
	'sdp.rtcpFb.ccm-tmmbr': n(
		'ccm tmmbr',
		'ccm tmmbr',
		'Temporary Maximum Media Bitrate Request: the receiver caps the sender’s bitrate.',
		'暫時最大媒體位元率請求：接收端限制傳送端的位元率。',
		5104,
		'4.2.1'
	),
	'sdp.rtcpFb.goog-remb': n(
		'goog-remb',
		'goog-remb',
		'Receiver Estimated Max Bitrate: the receiver estimates bandwidth and tells the sender; superseded by transport-cc.',
		'接收端估計最大位元率：由接收端估計頻寬並告知傳送端；已被 transport-cc 取代。',
		draft('draft-alvestrand-rmcat-remb-03')
	),
	'sdp.rtcpFb.transport-cc': n(
		'transport-cc',
		'transport-cc',
		'Transport-wide congestion control feedback: per-packet arrival times sent back so the sender runs the bandwidth estimator (needs the transport-wide-cc header extension).',
		'傳輸層壅塞控制回饋：把每個封包的抵達時間回傳，讓傳送端執行頻寬估計（需要 transport-wide-cc 標頭擴充）。',
		draft('draft-holmer-rmcat-transport-wide-cc-extensions-01')
	),
	'sdp.rtcpFb.trr-int': n(
		'trr-int',
		'trr-int',
		'Minimum interval in ms between regular RTCP reports when feedback is allowed early.',
		'允許提早送回饋時，一般 RTCP 報告之間的最小間隔（毫秒）。',
		4585,
		'4.2'
	),
	'sdp.rtcpFb.goog-lntf': n(
		'goog-lntf',
		'goog-lntf',
		'Loss Notification: libwebrtc feedback saying which frames were lost or decodable, used with VP8 temporal layers.',
		'遺失通知：libwebrtc 回報哪些畫面遺失或可解碼，搭配 VP8 時間分層使用。',
		libwebrtcSource('modules/rtp_rtcp/source/rtcp_packet/loss_notification.h')
	)
};

const candidate: NoteTable = {
	'sdp.candidate.foundation': n(
		'foundation',
		'foundation',
		'Candidates with the same foundation share type, base address, server and transport; ICE unfreezes checks per foundation so similar paths are not all tried at once.',
		'foundation 相同的候選有相同的類型、基底位址、伺服器與傳輸；ICE 依 foundation 解凍檢查，避免同類路徑一次全部嘗試。',
		8445,
		'5.1.1.3'
	),
	'sdp.candidate.component': n(
		'component id',
		'元件 ID',
		'1 for RTP, 2 for RTCP. With rtcp-mux only component 1 is needed, so modern SDPs have no component-2 candidates.',
		'1 代表 RTP，2 代表 RTCP。有 rtcp-mux 時只需要元件 1，所以新的 SDP 沒有元件 2 的候選。',
		8839,
		'5.1'
	),
	'sdp.candidate.transport': n(
		'transport',
		'傳輸',
		'`udp` for almost all candidates; `tcp` for ICE-TCP (RFC 6544), which browsers gather as a fallback.',
		'幾乎都是 `udp`；`tcp` 是 ICE-TCP（RFC 6544），瀏覽器收集它作為備援。',
		8839,
		'5.1'
	),
	'sdp.candidate.priority': n(
		'priority',
		'優先權',
		'(2^24)×type preference + (2^8)×local preference + (256 − component). Higher is tried first: host beats srflx beats relay.',
		'(2^24)×類型偏好 + (2^8)×本地偏好 + (256 − 元件 ID)。數字越大越先嘗試：host 優於 srflx，srflx 又優於 relay。',
		8445,
		'5.1.2.1'
	),
	'sdp.candidate.address': n(
		'connection-address',
		'連線位址',
		'An IPv4 or IPv6 address, or an mDNS name `<uuid>.local` that browsers use to hide the host address; the peer resolves it on the local network.',
		'IPv4 或 IPv6 位址，或瀏覽器用來隱藏主機位址的 mDNS 名稱 `<uuid>.local`；對端要在區域網路上解析它。',
		8839,
		'5.1'
	),
	'sdp.candidate.port': n(
		'port',
		'埠號',
		'The port of this candidate. A TCP active candidate writes 9 or 0 because it only connects out.',
		'這個候選的埠號。TCP active 候選只會主動連出，所以寫 9 或 0。',
		8839,
		'5.1'
	),
	'sdp.candidate.type': n(
		'typ',
		'候選類型',
		'`host`: a local interface; `srflx`: the public address a STUN server saw (NAT mapping); `prflx`: learned from a check; `relay`: an address on a TURN server.',
		'`host`：本機網路介面；`srflx`：STUN 伺服器看到的公開位址（NAT 對應）；`prflx`：從連線檢查中得知；`relay`：TURN 伺服器上的位址。',
		8839,
		'5.1'
	),
	'sdp.candidate.raddr': n(
		'raddr',
		'raddr',
		'Related address: for srflx the local address behind the NAT, for relay the mapped address. Only diagnostic; browsers write 0.0.0.0 to avoid leaking it.',
		'相關位址：srflx 是 NAT 後面的本機位址，relay 是對應後的位址。只供診斷，瀏覽器寫 0.0.0.0 以免洩漏。',
		8839,
		'5.1'
	),
	'sdp.candidate.rport': n(
		'rport',
		'rport',
		'Related port, paired with raddr; 0 when the browser hides it.',
		'相關埠號，與 raddr 成對；瀏覽器隱藏時寫 0。',
		8839,
		'5.1'
	),
	'sdp.candidate.tcptype': n(
		'tcptype',
		'tcptype',
		'`active` opens connections, `passive` accepts them, `so` tries simultaneous open.',
		'`active` 主動連線，`passive` 接受連線，`so` 嘗試同時開啟。',
		6544,
		'4.5'
	),
	'sdp.candidate.generation': n(
		'generation',
		'generation',
		'libwebrtc extension: which ICE generation (restart count) the candidate belongs to.',
		'libwebrtc 擴充：候選屬於第幾代 ICE（重啟次數）。',
		libwebrtcSource('pc/webrtc_sdp.cc')
	),
	'sdp.candidate.ufrag': n(
		'ufrag',
		'ufrag',
		'libwebrtc extension: the ice-ufrag the candidate belongs to, so a trickled candidate is not applied to the wrong ICE generation.',
		'libwebrtc 擴充：候選所屬的 ice-ufrag，避免 trickle 來的候選被套用到錯的 ICE 世代。',
		libwebrtcSource('pc/webrtc_sdp.cc')
	),
	'sdp.candidate.networkId': n(
		'network-id',
		'network-id',
		'libwebrtc extension: a number for the network interface, so candidates on the same network are grouped.',
		'libwebrtc 擴充：網路介面的編號，用來把同一網路的候選歸在一起。',
		libwebrtcSource('pc/webrtc_sdp.cc')
	),
	'sdp.candidate.networkCost': n(
		'network-cost',
		'network-cost',
		'libwebrtc extension: how costly the interface is (10 Ethernet or Wi-Fi, 50 unknown, 900 cellular, 999 the maximum); cheaper networks are preferred.',
		'libwebrtc 擴充：該介面的成本（10 為有線或 Wi-Fi，50 為未知，900 為行動網路，999 為最大值）；成本低的網路優先。',
		libwebrtcSource('pc/webrtc_sdp.cc')
	)
};

export const sdpNotes: NoteTable = {
	...lines,
	...fields,
	...attributes,
	...values,
	...codecs,
	...fmtp,
	...headerExtensions,
	...rtcpFb,
	...candidate
};
