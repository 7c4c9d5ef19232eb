// Explanations of RTP fields, keyed by the FieldSpan noteId, in both locales with the RFC section.
import type { Note, NoteTable } from './types';

function note(title: [string, string], text: [string, string], rfc: number, section?: string): Note {
	return {
		title: { en: title[0], 'zh-TW': title[1] },
		text: { en: text[0], 'zh-TW': text[1] },
		ref: section ? { rfc, section } : { rfc }
	};
}

export const rtpNotes: NoteTable = {
	'rtp.version': note(
		['Version (V)', '版本（V）'],
		[
			'The first two bits are always 2 for RTP. A receiver that demultiplexes STUN, DTLS, RTP and RTCP on one port relies on this: a first byte between 128 and 191 means RTP or RTCP.',
			'前兩個位元在 RTP 中固定為 2。同一個連接埠上同時收 STUN、DTLS、RTP、RTCP 的接收端就靠它來分流：第一個位元組落在 128 到 191 之間，就是 RTP 或 RTCP。'
		],
		3550,
		'5.1'
	),
	'rtp.padding': note(
		['Padding (P)', '填充旗標（P）'],
		[
			'When set, the packet ends with padding octets that are not payload; the very last octet says how many there are, itself included. Encryption with fixed block sizes and bandwidth probing use it.',
			'設定時，封包結尾附有不屬於酬載的填充位元組，最後一個位元組記錄填充的總長度（包含它自己）。固定區塊大小的加密與頻寬探測會用到它。'
		],
		3550,
		'5.1'
	),
	'rtp.extension': note(
		['Extension (X)', '延伸旗標（X）'],
		[
			'When set, exactly one header extension follows the CSRC list. WebRTC sets it on almost every packet to carry MID, transport-wide sequence numbers, audio levels and more.',
			'設定時，CSRC 清單之後緊接著一個標頭延伸。WebRTC 幾乎每個封包都會設定它，用來攜帶 MID、全傳輸序號、音量等資訊。'
		],
		3550,
		'5.1'
	),
	'rtp.csrcCount': note(
		['CSRC count (CC)', 'CSRC 數量（CC）'],
		[
			'How many 32-bit contributing-source identifiers follow the fixed header (0–15). A mixer that combines several streams lists the original sources here.',
			'固定標頭之後跟著幾個 32 位元的貢獻來源識別碼（0 到 15 個）。把多路串流混成一路的混音器會在這裡列出原始來源。'
		],
		3550,
		'5.1'
	),
	'rtp.marker': note(
		['Marker (M)', '標記位元（M）'],
		[
			'Its meaning comes from the payload format: for video it marks the last packet of a frame, for audio the first packet after silence.',
			'意義由酬載格式決定：視訊用它標示一個畫格的最後一個封包，音訊則標示靜音後的第一個封包。'
		],
		3550,
		'5.1'
	),
	'rtp.payloadType': note(
		['Payload type (PT)', '酬載類型（PT）'],
		[
			'Seven bits naming the media format. WebRTC uses dynamic values 96–127 whose codec and clock rate are set by the SDP a=rtpmap lines; 72–76 are avoided because they would collide with RTCP packet types.',
			'用七個位元標示媒體格式。WebRTC 使用 96 到 127 的動態值，實際編解碼器與時脈由 SDP 的 a=rtpmap 決定；72 到 76 不使用，以免和 RTCP 封包類型混淆。'
		],
		3550,
		'5.1'
	),
	'rtp.sequenceNumber': note(
		['Sequence number', '序號'],
		[
			'Increases by one per packet and wraps at 65535; it starts at a random value. Receivers use it to detect loss and reordering, and NACKs name lost packets by it.',
			'每送出一個封包就加一，到 65535 後歸零，起始值是隨機的。接收端靠它偵測遺失與亂序，NACK 也用它指出遺失的封包。'
		],
		3550,
		'5.1'
	),
	'rtp.timestamp': note(
		['Timestamp', '時間戳記'],
		[
			'The sampling instant of the first payload octet, in units of the codec clock (48000 Hz for Opus, 90000 Hz for video). Packets of one video frame share it; it starts at a random value.',
			'酬載第一個位元組的取樣時間，單位是編解碼器的時脈（Opus 為 48000 Hz，視訊為 90000 Hz）。同一個視訊畫格的封包共用同一值，起始值是隨機的。'
		],
		3550,
		'5.1'
	),
	'rtp.ssrc': note(
		['SSRC', '同步來源（SSRC）'],
		[
			'A random 32-bit identifier of the stream. RTCP reports, NACKs and keyframe requests all refer to a stream by this number.',
			'隨機產生的 32 位元串流識別碼。RTCP 報告、NACK 與關鍵畫格請求都用這個數字指稱一路串流。'
		],
		3550,
		'5.1'
	),
	'rtp.csrcList': note(
		['CSRC list', 'CSRC 清單'],
		[
			'The contributing sources a mixer combined into this packet, CC entries of 32 bits each.',
			'混音器合併進這個封包的各個貢獻來源，共 CC 個，每個 32 位元。'
		],
		3550,
		'5.1'
	),
	'rtp.csrc': note(
		['CSRC', '貢獻來源（CSRC）'],
		[
			'The SSRC of one source that contributed to a mixed packet, for example a speaker in an audio conference mix.',
			'參與混合封包的某一個來源的 SSRC，例如會議混音中的一位發言者。'
		],
		3550,
		'5.1'
	),
	'rtp.headerExtension': note(
		['Header extension', '標頭延伸'],
		[
			'A block between the header and the payload: 16 bits "defined by profile", a length in 32-bit words, then data. With the 0xBEDE or 0x100X pattern it holds RFC 8285 elements, each bound to a URI by SDP a=extmap.',
			'位於標頭與酬載之間的區塊：16 位元的「由設定檔定義」欄位、以 32 位元字組計的長度，接著是資料。若為 0xBEDE 或 0x100X，裡面是 RFC 8285 的元素，每個元素透過 SDP 的 a=extmap 對應到一個 URI。'
		],
		3550,
		'5.3.1'
	),
	'rtp.ext.profile': note(
		['Defined by profile', '由設定檔定義'],
		[
			'Identifies how to read the extension data: 0xBEDE means RFC 8285 one-byte elements, 0x1000–0x100F two-byte elements; any other value is a profile-specific format.',
			'說明延伸資料的讀法：0xBEDE 代表 RFC 8285 的單位元組元素，0x1000 到 0x100F 代表雙位元組元素，其他值則是設定檔自訂的格式。'
		],
		8285,
		'4.1.1'
	),
	'rtp.ext.appBits': note(
		['appbits', 'appbits（應用位元）'],
		[
			'The low four bits of a two-byte-form profile value, free for the application to use; WebRTC sends 0.',
			'雙位元組格式設定檔值的最低四個位元，留給應用程式自行使用；WebRTC 送出 0。'
		],
		8285,
		'4.3'
	),
	'rtp.ext.length': note(
		['Extension length', '延伸長度'],
		[
			'The size of the extension data in 32-bit words, not counting this 4-byte header; elements are followed by zero padding to fill the last word.',
			'延伸資料的大小，以 32 位元字組計，不含這 4 個位元組的標頭；元素之後用零填滿最後一個字組。'
		],
		3550,
		'5.3.1'
	),
	'rtp.ext.element': note(
		['Extension element', '延伸元素'],
		[
			'One header extension item: a local ID, a length and data. The ID means nothing by itself; SDP a=extmap maps it to a URI such as abs-send-time.',
			'標頭延伸中的一個項目：本地 ID、長度與資料。ID 本身沒有意義，要透過 SDP 的 a=extmap 對應到 abs-send-time 這類 URI。'
		],
		8285,
		'4.1'
	),
	'rtp.ext.id': note(
		['Extension ID', '延伸 ID'],
		[
			'The local identifier negotiated in SDP (a=extmap:ID URI). One-byte elements use 1–14 (15 stops parsing); two-byte elements use 1–255.',
			'在 SDP 中協商的本地識別碼（a=extmap:ID URI）。單位元組元素使用 1 到 14（15 代表停止解析），雙位元組元素使用 1 到 255。'
		],
		8285,
		'4.2'
	),
	'rtp.ext.oneByteLength': note(
		['len (one-byte form)', 'len（單位元組格式）'],
		[
			'Four bits holding the data length minus one, so one element carries 1 to 16 data bytes.',
			'四個位元，記錄資料長度減一，因此一個元素可攜帶 1 到 16 個位元組的資料。'
		],
		8285,
		'4.2'
	),
	'rtp.ext.twoByteLength': note(
		['length (two-byte form)', 'length（雙位元組格式）'],
		[
			'A full byte holding the data length itself (0–255), which is why long values such as long MIDs need the two-byte form.',
			'以一整個位元組直接記錄資料長度（0 到 255），所以較長的值（例如很長的 MID）需要改用雙位元組格式。'
		],
		8285,
		'4.3'
	),
	'rtp.ext.padding': note(
		['Extension padding', '延伸填充'],
		[
			'Zero bytes between or after elements; receivers skip them. They keep the extension a whole number of 32-bit words.',
			'元素之間或之後的零位元組，接收端會略過。它們讓整個延伸維持 32 位元字組的整數倍。'
		],
		8285,
		'4.1'
	),
	'rtp.ext.unparsed': note(
		['Not parsed', '未解析'],
		[
			'A one-byte element with ID 15 ends processing of the whole extension, and a non-zero byte with ID 0 is not valid padding; the remaining bytes are shown but not interpreted.',
			'單位元組元素遇到 ID 15 時，整個延伸的處理就此結束；ID 為 0 卻非零的位元組也不是合法填充。剩下的位元組只顯示、不解讀。'
		],
		8285,
		'4.2'
	),
	'rtp.ext.data': note(
		['Extension data', '延伸資料'],
		[
			"The element's value, shown raw: either no a=extmap URI was supplied for its ID, or the format (such as video-timing or a dependency descriptor) is not decoded here.",
			'元素的值，以原始位元組顯示：可能是這個 ID 沒有提供 a=extmap URI，或這種格式（例如 video-timing、dependency descriptor）在此不做解碼。'
		],
		8285,
		'4.1'
	),
	'rtp.ext.genericData': note(
		['Profile-specific extension data', '設定檔自訂延伸資料'],
		[
			'An RFC 3550 header extension that is not in the RFC 8285 element format; only the profile that defined the 16-bit value knows how to read it.',
			'不是 RFC 8285 元素格式的 RFC 3550 標頭延伸；只有定義那個 16 位元值的設定檔知道怎麼解讀。'
		],
		3550,
		'5.3.1'
	),
	'rtp.ext.ssrc-audio-level': note(
		['Audio level', '音量等級'],
		[
			'The level of the audio in this packet, so an SFU can pick active speakers without decoding audio. One byte: a voice-activity flag and the level in −dBov (0 is loudest, 127 silence).',
			'這個封包中音訊的音量，讓 SFU 不必解碼就能找出正在說話的人。一個位元組：語音活動旗標，加上以 −dBov 表示的音量（0 最大聲，127 為靜音）。'
		],
		6464,
		'3'
	),
	'rtp.ext.ssrc-audio-level.v': note(
		['Voice activity (V)', '語音活動（V）'],
		[
			"Set when the sender's voice activity detector believes this packet contains speech.",
			'傳送端的語音偵測器判斷這個封包含有人聲時設定。'
		],
		6464,
		'3'
	),
	'rtp.ext.ssrc-audio-level.level': note(
		['Level', '音量'],
		[
			'Seven bits: the audio level as a negative value in dBov, written without its sign; 127 means silence.',
			'七個位元：以 dBov 表示的音量負值（省略負號）；127 代表靜音。'
		],
		6464,
		'3'
	),
	'rtp.ext.abs-send-time': note(
		['abs-send-time', '絕對傳送時間（abs-send-time）'],
		[
			'The send time as 24-bit 6.18 fixed-point seconds, wrapping every 64 s. Receivers compare send and arrival spacing to estimate bandwidth (Google congestion control, REMB).',
			'以 24 位元 6.18 定點數表示的傳送時間（秒），每 64 秒循環一次。接收端比較傳送間隔與抵達間隔來估算頻寬（Google 壅塞控制、REMB）。'
		],
		8285
	),
	'rtp.ext.transport-wide-cc': note(
		['Transport-wide sequence number', '全傳輸序號'],
		[
			'A 16-bit counter shared by all streams on the transport. The receiver reports arrival times per number in transport-cc feedback, and the sender runs congestion control on them.',
			'同一條傳輸上所有串流共用的 16 位元計數器。接收端在 transport-cc 回饋中逐一回報這些序號的抵達時間，傳送端據此做壅塞控制。'
		],
		8285
	),
	'rtp.ext.sdes:mid': note(
		['MID', '媒體識別碼（MID）'],
		[
			'The media identification of the SDP m= section this stream belongs to (a=mid). With BUNDLE, it lets the receiver route packets before it knows the SSRC.',
			'這路串流所屬 SDP m= 區段的媒體識別碼（a=mid）。在 BUNDLE 下，接收端即使還不知道 SSRC，也能據此把封包分派到正確的地方。'
		],
		9143,
		'15'
	),
	'rtp.ext.sdes:rtp-stream-id': note(
		['RtpStreamId / RepairedRtpStreamId', 'RTP 串流識別碼（RID）'],
		[
			'The RID of a simulcast layer (a=rid), or for retransmission and FEC streams the RID of the stream being repaired. SFUs use it to tell simulcast encodings apart.',
			'同播（simulcast）層的 RID（a=rid）；若是重傳或 FEC 串流，則是被修補串流的 RID。SFU 靠它分辨同播的各個編碼。'
		],
		8852
	),
	'rtp.ext.toffset': note(
		['Transmission time offset', '傳輸時間偏移'],
		[
			'A signed 24-bit offset, in RTP timestamp units, between the capture time in the timestamp and the actual send time, so jitter estimates are not distorted by pacing.',
			'有號 24 位元值，以 RTP 時間戳記為單位，表示時間戳記中的擷取時間與實際送出時間之差，避免傳送節奏影響抖動估計。'
		],
		5450,
		'2'
	),
	'rtp.ext.video-orientation': note(
		['Video orientation (CVO)', '視訊方向（CVO）'],
		[
			'Which camera captured the frame, whether it is flipped and how far to rotate it (0°, 90°, 180°, 270°) before display, so phones need not rotate pixels before encoding.',
			'說明畫面來自哪一個鏡頭、是否翻轉，以及顯示前要旋轉多少（0°、90°、180°、270°），讓手機不必在編碼前先轉動畫素。'
		],
		7742
	),
	'rtp.ext.playout-delay': note(
		['Playout delay', '播放延遲'],
		[
			'Minimum and maximum playout delay the sender asks for, two 12-bit values in 10 ms units; 0/0 asks the receiver to render as soon as possible (cloud gaming, remote desktop).',
			'傳送端要求的最小與最大播放延遲，兩個以 10 毫秒為單位的 12 位元值；0/0 表示要求接收端盡快顯示（雲端遊戲、遠端桌面）。'
		],
		8285
	),
	'rtp.ext.video-content-type': note(
		['Video content type', '視訊內容類型'],
		[
			'Tells the receiver whether the video is screen content; receivers then favour sharpness over smoothness.',
			'告訴接收端這段視訊是不是螢幕畫面；若是，接收端會偏重清晰度而非流暢度。'
		],
		8285
	),
	'rtp.payload': note(
		['Payload', '酬載'],
		[
			"The coded media (for example an Opus frame or part of a VP8 frame), formatted as the payload type's RTP payload format says. In WebRTC it is encrypted by SRTP.",
			'編碼後的媒體內容（例如一個 Opus 音框或 VP8 畫格的一部分），格式依酬載類型的 RTP 酬載格式而定。在 WebRTC 中它經過 SRTP 加密。'
		],
		3550,
		'5.1'
	),
	'rtp.paddingOctets': note(
		['Padding', '填充'],
		[
			'Octets added after the payload because the P bit is set; they carry no media and are removed before decoding.',
			'因 P 位元被設定而加在酬載之後的位元組，不含媒體內容，解碼前會被移除。'
		],
		3550,
		'5.1'
	),
	'rtp.paddingBytes': note(
		['Padding bytes', '填充位元組'],
		[
			'Filler whose values are ignored; senders usually write zeros, but any value is allowed.',
			'內容會被忽略的填充；傳送端通常寫零，但任何值都可以。'
		],
		3550,
		'5.1'
	),
	'rtp.paddingCount': note(
		['Padding count', '填充長度'],
		[
			'The last octet of the packet: how many padding octets to discard, counting itself, so it is at least 1.',
			'封包的最後一個位元組：要丟棄多少個填充位元組（包含它自己），因此至少為 1。'
		],
		3550,
		'5.1'
	)
};
