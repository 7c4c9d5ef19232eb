// Explanations of RTCP fields, keyed by the FieldSpan noteId, in both locales with the RFC section.
import type { Note, NoteTable } from './types';

function note(title: [string, string], text: [string, string], rfc: number, section?: string): Note {
	return {
		title: { en: title[0], 'zh-TW': title[1] },
		text: { en: text[0], 'zh-TW': text[1] },
		ref: section ? { rfc, section } : { rfc }
	};
}

export const rtcpNotes: NoteTable = {
	// Packets
	'rtcp.packet.SR': note(
		['Sender Report (SR)', '傳送端報告（SR）'],
		[
			"Sent by a participant that is sending media: it ties the stream's RTP clock to wall-clock (NTP) time for lip sync, says how much was sent, and can carry reception reports too.",
			'由正在傳送媒體的一方送出：把串流的 RTP 時脈對應到牆上時間（NTP），用於影音同步，並說明送了多少資料，也可以附帶接收報告。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.packet.RR': note(
		['Receiver Report (RR)', '接收端報告（RR）'],
		[
			'Reception statistics from a participant that is not sending: loss, highest sequence number, jitter, and the LSR/DLSR pair the sender needs to compute round-trip time.',
			'未在傳送媒體的一方所送出的接收統計：遺失、最高序號、抖動，以及傳送端計算往返時間所需的 LSR／DLSR。'
		],
		3550,
		'6.4.2'
	),
	'rtcp.packet.SDES': note(
		['Source Description (SDES)', '來源描述（SDES）'],
		[
			'Text items describing sources. The CNAME item is the one that matters: it stays the same across all streams of one endpoint, so audio and video can be synchronised together.',
			'描述來源的文字項目。最重要的是 CNAME：同一個端點的所有串流都使用相同的 CNAME，因此音訊與視訊可以一起同步。'
		],
		3550,
		'6.5'
	),
	'rtcp.packet.BYE': note(
		['Goodbye (BYE)', '離開通知（BYE）'],
		[
			'Announces that the listed sources are leaving the session, optionally with a reason, so receivers can drop their state without waiting for a timeout.',
			'宣告所列的來源要離開工作階段，可附上原因，讓接收端不必等逾時就能清除相關狀態。'
		],
		3550,
		'6.6'
	),
	'rtcp.packet.APP': note(
		['Application-Defined (APP)', '應用程式自訂（APP）'],
		[
			'An experimental packet whose meaning is fixed by a four-character name and a subtype; endpoints that do not know the name ignore it.',
			'實驗用的封包，意義由四個字元的名稱與子類型決定；不認得這個名稱的端點會忽略它。'
		],
		3550,
		'6.7'
	),
	'rtcp.packet.NACK': note(
		['Generic NACK', '通用 NACK'],
		[
			'Asks the sender to retransmit specific lost RTP packets, named by sequence number (usually answered over an RTX stream).',
			'要求傳送端重送特定遺失的 RTP 封包，以序號指明（通常透過 RTX 串流重送）。'
		],
		4585,
		'6.2.1'
	),
	'rtcp.packet.TWCC': note(
		['Transport-wide congestion control feedback', '全傳輸壅塞控制回饋'],
		[
			'Reports, for a range of transport-wide sequence numbers, which packets arrived and when, so the sender can estimate available bandwidth itself.',
			'針對一段全傳輸序號，回報哪些封包到了、何時到達，讓傳送端自行估算可用頻寬。'
		],
		4585,
		'6.2'
	),
	'rtcp.packet.PLI': note(
		['Picture Loss Indication (PLI)', '畫面遺失指示（PLI）'],
		[
			'Tells the video sender that the receiver lost data it cannot recover from; encoders answer by sending a keyframe.',
			'告訴視訊傳送端：接收端遺失了無法復原的資料；編碼器會以送出關鍵畫格回應。'
		],
		4585,
		'6.3.1'
	),
	'rtcp.packet.FIR': note(
		['Full Intra Request (FIR)', '完整畫面內編碼請求（FIR）'],
		[
			'Requests a keyframe from one or more media senders, for example when a new participant joins through an SFU; a sequence number per target lets the sender ignore repeats.',
			'向一個或多個媒體傳送端要求關鍵畫格，例如有新參與者透過 SFU 加入時；每個對象都有序號，讓傳送端忽略重複的請求。'
		],
		5104,
		'4.3.1'
	),
	'rtcp.packet.REMB': note(
		['Receiver Estimated Maximum Bitrate (REMB)', '接收端估計最大位元率（REMB）'],
		[
			"The receiver's estimate of the total bitrate the sender may use for the listed SSRCs. The older receiver-side congestion control; transport-cc feedback has largely replaced it.",
			'接收端估計傳送端對所列 SSRC 可使用的總位元率。這是較早的接收端壅塞控制，已大多被 transport-cc 回饋取代。'
		],
		4585,
		'6.4'
	),
	'rtcp.packet.unknown': note(
		['Other RTCP packet', '其他 RTCP 封包'],
		[
			'A packet type or feedback format this page does not decode (such as XR or RTPFB FMT 5); its bytes are shown as-is and skipped using the length field.',
			'本頁不解碼的封包類型或回饋格式（例如 XR 或 RTPFB FMT 5）；位元組原樣顯示，並依長度欄位跳過。'
		],
		3550,
		'6.1'
	),
	// Common header
	'rtcp.header.version': note(
		['Version (V)', '版本（V）'],
		['Always 2, as in RTP.', '與 RTP 相同，固定為 2。'],
		3550,
		'6.4.1'
	),
	'rtcp.header.padding': note(
		['Padding (P)', '填充旗標（P）'],
		[
			'Set when this packet ends with padding octets whose last octet is their count. In a compound packet only the last packet should be padded.',
			'設定時，此封包結尾附有填充位元組，最後一個位元組是填充長度。在複合封包中，只有最後一個封包應該填充。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.header.reportCount': note(
		['Reception report count (RC)', '接收報告數量（RC）'],
		[
			'How many 24-byte report blocks follow (0–31). An SR with RC 0 only carries sender information.',
			'後面跟著幾個 24 位元組的報告區塊（0 到 31 個）。RC 為 0 的 SR 只含傳送端資訊。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.header.sourceCount': note(
		['Source count (SC)', '來源數量（SC）'],
		[
			'How many SDES chunks, or how many SSRC/CSRC identifiers in a BYE, this packet holds.',
			'這個封包含有幾個 SDES 區塊，或 BYE 中有幾個 SSRC／CSRC 識別碼。'
		],
		3550,
		'6.5'
	),
	'rtcp.header.subtype': note(
		['Subtype', '子類型'],
		[
			'Five bits the application may use to distinguish APP packets under one name.',
			'讓應用程式在同一個名稱下區分不同 APP 封包的五個位元。'
		],
		3550,
		'6.7'
	),
	'rtcp.header.fmt': note(
		['Feedback message type (FMT)', '回饋訊息類型（FMT）'],
		[
			'Selects the feedback message within RTPFB (205) or PSFB (206): for RTPFB 1 is Generic NACK and 15 transport-cc; for PSFB 1 is PLI, 4 FIR and 15 application layer feedback such as REMB.',
			'在 RTPFB（205）或 PSFB（206）之下選擇回饋訊息：RTPFB 的 1 是通用 NACK、15 是 transport-cc；PSFB 的 1 是 PLI、4 是 FIR、15 是 REMB 之類的應用層回饋。'
		],
		4585,
		'6.1'
	),
	'rtcp.header.count': note(
		['Count', '計數欄位'],
		[
			'A five-bit field whose meaning depends on the packet type (a count, a format or a subtype).',
			'五個位元的欄位，意義取決於封包類型（可能是數量、格式或子類型）。'
		],
		3550,
		'6.1'
	),
	'rtcp.header.packetType': note(
		['Packet type (PT)', '封包類型（PT）'],
		[
			'200 SR, 201 RR, 202 SDES, 203 BYE, 204 APP, 205 transport-layer feedback, 206 payload-specific feedback, 207 XR. Values 192–223 are what lets a receiver tell RTCP from RTP on a shared port.',
			'200 為 SR、201 為 RR、202 為 SDES、203 為 BYE、204 為 APP、205 為傳輸層回饋、206 為酬載相關回饋、207 為 XR。共用連接埠時，接收端就是靠 192 到 223 的值分辨 RTCP 與 RTP。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.header.length': note(
		['Length', '長度'],
		[
			'The packet\'s size in 32-bit words minus one, header and padding included; that "minus one" lets 0 be a valid length and is how packets in a compound are found.',
			'以 32 位元字組計的封包大小減一，含標頭與填充；「減一」讓 0 也是合法長度，複合封包中的各個封包就是靠它切開的。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.paddingOctets': note(
		['Padding', '填充'],
		[
			"Octets after the packet's content because the P bit is set, for example to round up to an encryption block.",
			'因 P 位元被設定而加在封包內容之後的位元組，例如為了湊滿加密區塊。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.paddingBytes': note(
		['Padding bytes', '填充位元組'],
		['Filler that receivers ignore.', '接收端會忽略的填充內容。'],
		3550,
		'6.4.1'
	),
	'rtcp.paddingCount': note(
		['Padding count', '填充長度'],
		[
			'The last octet: how many padding octets to ignore, itself included.',
			'最後一個位元組：要忽略多少個填充位元組（包含它自己）。'
		],
		3550,
		'6.4.1'
	),
	// Shared fields
	'rtcp.senderSsrc': note(
		['SSRC of sender', '傳送者 SSRC'],
		[
			'The SSRC of the participant that sent this RTCP packet. A receive-only endpoint still has an SSRC for its reports.',
			'送出這個 RTCP 封包的參與者的 SSRC。只接收不傳送的端點，也會為自己的報告準備一個 SSRC。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.profileExtension': note(
		['Profile-specific extension', '設定檔自訂延伸'],
		[
			'Bytes after the report blocks, defined by the RTP profile in use; plain RTP/AVP defines none, so receivers that do not understand them skip them using the length.',
			'報告區塊之後、由所用 RTP 設定檔定義的位元組；一般 RTP/AVP 沒有定義，不認得的接收端會依長度略過。'
		],
		3550,
		'6.4.1'
	),
	// SR sender info
	'rtcp.sr.ntpTimestamp': note(
		['NTP timestamp', 'NTP 時間戳記'],
		[
			'Wall-clock time when this report was sent: seconds since 1 January 1900 and a 32-bit fraction. Its middle 32 bits come back as LSR in reports about this stream.',
			'送出這份報告時的牆上時間：自 1900 年 1 月 1 日起的秒數加上 32 位元的小數部分。它中間的 32 個位元，會在關於此串流的報告中以 LSR 送回來。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.sr.rtpTimestamp': note(
		['RTP timestamp', 'RTP 時間戳記'],
		[
			"The same instant as the NTP timestamp, in the stream's RTP clock. This pair lets a receiver map RTP timestamps of audio and video onto one clock for lip sync.",
			'與 NTP 時間戳記相同的時刻，但以串流的 RTP 時脈表示。接收端靠這一對數值把音訊與視訊的 RTP 時間戳記對應到同一個時鐘，達成影音同步。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.sr.packetCount': note(
		["Sender's packet count", '傳送封包數'],
		[
			'RTP packets sent on this SSRC since the start of transmission.',
			'此 SSRC 自開始傳送以來送出的 RTP 封包總數。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.sr.octetCount': note(
		["Sender's octet count", '傳送位元組數'],
		[
			'Payload octets sent (headers and padding not counted); two SRs give the average payload bitrate between them.',
			'已送出的酬載位元組數（不含標頭與填充）；兩份 SR 相減就得到其間的平均酬載位元率。'
		],
		3550,
		'6.4.1'
	),
	// Report block
	'rtcp.reportBlock': note(
		['Report block', '報告區塊'],
		[
			'Reception statistics about one source: loss, highest sequence number, jitter and timing for round-trip time.',
			'關於單一來源的接收統計：遺失、最高序號、抖動，以及計算往返時間用的時間資訊。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.rb.ssrc': note(
		['SSRC of source', '來源 SSRC'],
		['The stream these statistics are about.', '這些統計所描述的串流。'],
		3550,
		'6.4.1'
	),
	'rtcp.rb.fractionLost': note(
		['Fraction lost', '遺失比例'],
		[
			'Packets lost since the previous report divided by packets expected, as a fixed-point number with 256 = 100 %; 0 also when duplicates outnumber losses.',
			'自上一份報告以來遺失的封包數除以預期的封包數，以定點數表示（256 代表 100%）；若重複封包多於遺失，也記為 0。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.rb.cumulativeLost': note(
		['Cumulative number of packets lost', '累計遺失封包數'],
		[
			'Expected minus received since the stream began, a signed 24-bit number: duplicates can make it negative.',
			'自串流開始以來預期數減去實收數，是有號的 24 位元整數：重複封包可能讓它變成負數。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.rb.extendedHighestSequence': note(
		['Extended highest sequence number received', '延伸最高接收序號'],
		[
			'The highest RTP sequence number received, with the number of wraps past 65535 in the upper 16 bits.',
			'收到的最高 RTP 序號，高 16 位元記錄序號越過 65535 歸零的次數。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.rb.jitter': note(
		['Interarrival jitter', '到達間隔抖動'],
		[
			'A smoothed estimate of how much packet transit times vary, in RTP timestamp units; divide by the clock rate to get seconds.',
			'封包傳輸時間變化程度的平滑估計值，單位是 RTP 時間戳記；除以時脈就得到秒數。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.rb.lastSr': note(
		['Last SR timestamp (LSR)', '最後 SR 時間戳記（LSR）'],
		[
			"The middle 32 bits of the NTP timestamp of the last SR received from this source, or 0 if none yet. The SR's sender subtracts it from the arrival time to measure round-trip time.",
			'從此來源收到的最後一份 SR 其 NTP 時間戳記的中間 32 位元，若尚未收到則為 0。SR 的傳送端用抵達時間減去它來量測往返時間。'
		],
		3550,
		'6.4.1'
	),
	'rtcp.rb.delaySinceLastSr': note(
		['Delay since last SR (DLSR)', '距上次 SR 的延遲（DLSR）'],
		[
			'How long the reporter held that SR before sending this report, in 1/65536 s; subtracting it too leaves only the network round trip.',
			'報告者收到那份 SR 後過了多久才送出這份報告，單位為 1/65536 秒；一併減去後，剩下的就只有網路往返時間。'
		],
		3550,
		'6.4.1'
	),
	// SDES
	'rtcp.sdes.chunk': note(
		['SDES chunk', 'SDES 區塊'],
		[
			"One source's SSRC followed by its items, ended by a null octet and padded to 32 bits.",
			'一個來源的 SSRC 及其項目，以一個空位元組結束，並填充到 32 位元邊界。'
		],
		3550,
		'6.5'
	),
	'rtcp.sdes.ssrc': note(
		['SSRC/CSRC', 'SSRC／CSRC'],
		['The source the following items describe.', '後面各項目所描述的來源。'],
		3550,
		'6.5'
	),
	'rtcp.sdes.item': note(
		['SDES item', 'SDES 項目'],
		[
			'A type octet, a length octet and that many octets of UTF-8 text.',
			'一個類型位元組、一個長度位元組，以及該長度的 UTF-8 文字。'
		],
		3550,
		'6.5'
	),
	'rtcp.sdes.itemType': note(
		['Item type', '項目類型'],
		[
			'1 CNAME, 2 NAME, 3 EMAIL, 4 PHONE, 5 LOC, 6 TOOL, 7 NOTE, 8 PRIV; 0 ends the list.',
			'1 為 CNAME、2 為 NAME、3 為 EMAIL、4 為 PHONE、5 為 LOC、6 為 TOOL、7 為 NOTE、8 為 PRIV；0 表示清單結束。'
		],
		3550,
		'6.5'
	),
	'rtcp.sdes.itemLength': note(
		['Item length', '項目長度'],
		[
			'The number of text octets that follow (0–255), without a terminating null.',
			'後面文字的位元組數（0 到 255），不含結尾空字元。'
		],
		3550,
		'6.5'
	),
	'rtcp.sdes.cname': note(
		['CNAME', '標準名稱（CNAME）'],
		[
			'The canonical endpoint name. Every stream from one endpoint carries the same CNAME (WebRTC picks a random string per peer connection), which is how a receiver pairs audio with video.',
			'端點的標準名稱。同一端點送出的每路串流都帶相同的 CNAME（WebRTC 為每個對等連線隨機產生），接收端就是靠它把音訊與視訊配對。'
		],
		3550,
		'6.5.1'
	),
	'rtcp.sdes.itemText': note(
		['Item text', '項目文字'],
		["The item's value, for example the tool name for TOOL.", '項目的值，例如 TOOL 項目中的工具名稱。'],
		3550,
		'6.5'
	),
	'rtcp.sdes.end': note(
		['End of item list', '項目清單結束'],
		[
			"A null octet ends the chunk's items; further null octets pad the chunk to a 32-bit boundary.",
			'一個空位元組代表此區塊的項目結束；之後的空位元組把區塊補齊到 32 位元邊界。'
		],
		3550,
		'6.5'
	),
	// BYE
	'rtcp.bye.ssrc': note(
		['SSRC/CSRC', 'SSRC／CSRC'],
		['A source that is leaving the session.', '要離開工作階段的來源。'],
		3550,
		'6.6'
	),
	'rtcp.bye.reason': note(
		['Reason for leaving', '離開原因'],
		[
			'Optional text after the sources, padded with zeros to a 32-bit boundary.',
			'接在來源之後的選用文字，以零填充到 32 位元邊界。'
		],
		3550,
		'6.6'
	),
	'rtcp.bye.reasonLength': note(
		['Reason length', '原因長度'],
		['Octets of reason text that follow.', '後面原因文字的位元組數。'],
		3550,
		'6.6'
	),
	'rtcp.bye.reasonText': note(
		['Reason text', '原因文字'],
		['Why the source leaves, for example "camera turned off".', '來源離開的原因，例如「關閉攝影機」。'],
		3550,
		'6.6'
	),
	// APP
	'rtcp.app.name': note(
		['Name', '名稱'],
		[
			'Four ASCII characters chosen by whoever defines the APP packet, to avoid clashes with other applications.',
			'由定義此 APP 封包的人選定的四個 ASCII 字元，用來避免與其他應用程式衝突。'
		],
		3550,
		'6.7'
	),
	'rtcp.app.data': note(
		['Application-dependent data', '應用程式資料'],
		[
			'Content defined by the application, a multiple of 32 bits long.',
			'由應用程式定義的內容，長度為 32 位元的整數倍。'
		],
		3550,
		'6.7'
	),
	// Feedback
	'rtcp.fb.mediaSsrc': note(
		['SSRC of media source', '媒體來源 SSRC'],
		[
			'The stream the feedback is about. Messages that cover several streams (REMB, FIR) set it to 0 and name the streams in their FCI.',
			'回饋所針對的串流。涵蓋多路串流的訊息（REMB、FIR）會把它設為 0，改在 FCI 中列出串流。'
		],
		4585,
		'6.1'
	),
	'rtcp.nack.pair': note(
		['NACK entry (PID + BLP)', 'NACK 項目（PID＋BLP）'],
		[
			'One packet ID and a bitmask of the 16 packets after it: up to 17 lost packets in 4 bytes.',
			'一個封包序號，加上其後 16 個封包的位元遮罩：用 4 個位元組最多表示 17 個遺失封包。'
		],
		4585,
		'6.2.1'
	),
	'rtcp.nack.pid': note(
		['Packet ID (PID)', '封包 ID（PID）'],
		['The RTP sequence number of a lost packet.', '一個遺失封包的 RTP 序號。'],
		4585,
		'6.2.1'
	),
	'rtcp.nack.blp': note(
		['Bitmask of following lost packets (BLP)', '後續遺失封包位元遮罩（BLP）'],
		[
			'Bit i (counting from the least significant) set means packet PID + i + 1 is lost too.',
			'從最低位元算起第 i 個位元為 1，表示序號 PID + i + 1 的封包也遺失了。'
		],
		4585,
		'6.2.1'
	),
	'rtcp.twcc.baseSequenceNumber': note(
		['Base sequence number', '基準序號'],
		[
			'The transport-wide sequence number of the first packet this feedback describes.',
			'這份回饋所描述的第一個封包的全傳輸序號。'
		],
		4585,
		'6.2'
	),
	'rtcp.twcc.packetStatusCount': note(
		['Packet status count', '封包狀態數量'],
		[
			'How many consecutive sequence numbers, starting at the base, have a status in the chunks that follow.',
			'從基準序號起，有多少個連續序號的狀態記錄在後面的區塊中。'
		],
		4585,
		'6.2'
	),
	'rtcp.twcc.referenceTime': note(
		['Reference time', '參考時間'],
		[
			"A 24-bit time in multiples of 64 ms on the receiver's clock; the first receive delta counts from here.",
			'以接收端時鐘表示的 24 位元時間，單位為 64 毫秒；第一個接收間隔就從這裡算起。'
		],
		4585,
		'6.2'
	),
	'rtcp.twcc.feedbackPacketCount': note(
		['Feedback packet count', '回饋封包計數'],
		[
			'Counts feedback packets, so the sender notices when one of them is lost.',
			'為回饋封包編號，讓傳送端察覺某份回饋遺失。'
		],
		4585,
		'6.2'
	),
	'rtcp.twcc.runLengthChunk': note(
		['Run length chunk', '連續長度區塊'],
		[
			'Two bytes saying "the next N packets all have this status" — compact for long runs of received or lost packets.',
			'兩個位元組表示「接下來 N 個封包都是這個狀態」，適合描述一長串都收到或都遺失的封包。'
		],
		4585,
		'6.2'
	),
	'rtcp.twcc.statusVectorChunk': note(
		['Status vector chunk', '狀態向量區塊'],
		[
			'Two bytes listing individual statuses: 14 one-bit symbols (received or not) or 7 two-bit symbols (not received, small delta, large delta).',
			'兩個位元組逐一列出狀態：14 個 1 位元符號（收到或沒收到），或 7 個 2 位元符號（未收到、小間隔、大間隔）。'
		],
		4585,
		'6.2'
	),
	'rtcp.twcc.smallDelta': note(
		['Receive delta (small)', '接收間隔（小）'],
		[
			'One unsigned byte: time since the previous received packet in 250 µs units, up to 63.75 ms.',
			'一個無號位元組：距上一個收到的封包的時間，單位 250 微秒，最多 63.75 毫秒。'
		],
		4585,
		'6.2'
	),
	'rtcp.twcc.largeDelta': note(
		['Receive delta (large or negative)', '接收間隔（大或負值）'],
		[
			'Two signed bytes in 250 µs units, for gaps over 63.75 ms or packets that arrived earlier than the previous one.',
			'兩個有號位元組，單位 250 微秒，用於超過 63.75 毫秒的間隔，或比前一個封包更早到達的情況。'
		],
		4585,
		'6.2'
	),
	'rtcp.twcc.zeroPadding': note(
		['Zero padding', '零填充'],
		[
			'Zero bytes after the last delta that fill the packet to a 32-bit boundary when the P bit is not used.',
			'未使用 P 位元時，接在最後一個間隔之後、把封包補齊到 32 位元邊界的零位元組。'
		],
		4585,
		'6.2'
	),
	'rtcp.fir.entry': note(
		['FIR entry', 'FIR 項目'],
		[
			'One media sender asked for a keyframe, with a request sequence number.',
			'被要求送出關鍵畫格的一個媒體傳送端，附帶請求序號。'
		],
		5104,
		'4.3.1.1'
	),
	'rtcp.fir.ssrc': note(
		['SSRC', 'SSRC'],
		[
			'The media sender that should send a decoder refresh point.',
			'應送出解碼器更新點（關鍵畫格）的媒體傳送端。'
		],
		5104,
		'4.3.1.1'
	),
	'rtcp.fir.sequenceNumber': note(
		['Command sequence number', '命令序號'],
		[
			'Incremented for each new request to the same SSRC; a repeated number is a retransmission of the same request, not a new one.',
			'對同一個 SSRC 每提出一次新請求就加一；序號相同代表同一個請求的重送，而不是新的請求。'
		],
		5104,
		'4.3.1.1'
	),
	'rtcp.fir.reserved': note(
		['Reserved', '保留'],
		['Sent as zero and ignored by receivers.', '送出時為零，接收端忽略。'],
		5104,
		'4.3.1.1'
	),
	'rtcp.remb.identifier': note(
		['Unique identifier "REMB"', '唯一識別字「REMB」'],
		[
			'The four ASCII letters that mark application-layer feedback (PSFB FMT 15) as REMB.',
			'四個 ASCII 字母，標示這份應用層回饋（PSFB FMT 15）是 REMB。'
		],
		4585,
		'6.4'
	),
	'rtcp.remb.numSsrc': note(
		['Num SSRC', 'SSRC 數量'],
		['How many SSRCs the estimate applies to.', '這個估計值適用於幾個 SSRC。'],
		4585,
		'6.4'
	),
	'rtcp.remb.exponent': note(
		['BR Exp', '位元率指數（BR Exp）'],
		[
			'Six bits: the bitrate is the mantissa shifted left by this many bits.',
			'六個位元：位元率等於尾數左移這麼多位元。'
		],
		4585,
		'6.4'
	),
	'rtcp.remb.mantissa': note(
		['BR Mantissa', '位元率尾數（BR Mantissa）'],
		[
			'Eighteen bits; bitrate = mantissa × 2^exp bits per second, total for all listed SSRCs.',
			'十八個位元；位元率 = 尾數 × 2^指數（每秒位元數），為所列全部 SSRC 的總和。'
		],
		4585,
		'6.4'
	),
	'rtcp.remb.ssrc': note(
		['SSRC feedback', '回饋對象 SSRC'],
		[
			'A stream whose sender should keep the total under the estimate.',
			'其傳送端應讓總位元率維持在估計值之下的串流。'
		],
		4585,
		'6.4'
	),
	'rtcp.unknown.body': note(
		['Packet body', '封包內容'],
		[
			"The packet's bytes after the common header, kept exactly as received.",
			'共用標頭之後的封包位元組，原樣保留。'
		],
		3550,
		'6.1'
	)
};
