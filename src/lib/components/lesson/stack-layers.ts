// The WebRTC protocol stack as data for StackDiagram.svelte: each layer's job, payload and RFCs in both
// locales, the two packet paths through it, and the roving-focus arithmetic of the layer list.
import type { Locale } from '$lib/i18n/locale';

export type LayerId = 'application' | 'signaling' | 'rtp' | 'sctp' | 'srtp' | 'dtls' | 'ice' | 'udp';
export type PathId = 'media' | 'data';

export interface LayerRef {
	rfc: number;
	section?: string;
	title: string;
}

export interface StackLayer {
	id: LayerId;
	name: Record<Locale, string>;
	/** What the layer is for, one or two sentences. */
	does: Record<Locale, string>;
	/** What travels inside it (its payload or what it negotiates). */
	carries: Record<Locale, string>;
	refs: LayerRef[];
	/** Signaling is not on the packet path at all: it travels through a channel the application chooses. */
	outOfBand?: boolean;
}

/** Top to bottom, as the diagram draws them (and as ArrowDown walks them). */
export const STACK_LAYERS: StackLayer[] = [
	{
		id: 'application',
		name: { en: 'Application', 'zh-TW': '應用程式' },
		does: {
			en: 'Your page: it captures tracks with getUserMedia, sends messages with RTCDataChannel and drives RTCPeerConnection. Everything below exists to serve it.',
			'zh-TW':
				'也就是你的網頁：用 getUserMedia 擷取音訊、視訊軌，用 RTCDataChannel 傳訊息，並操作 RTCPeerConnection。下面每一層都是為它服務。'
		},
		carries: {
			en: 'Decoded audio and video frames; data channel messages (strings or binary).',
			'zh-TW': '解碼後的音訊與視訊畫面，以及資料通道的訊息（字串或二進位資料）。'
		},
		refs: [{ rfc: 8825, title: 'Overview: Real-Time Protocols for Browser-Based Applications' }]
	},
	{
		id: 'signaling',
		name: { en: 'Signaling and SDP', 'zh-TW': '信令與 SDP' },
		does: {
			en: 'Lets the two peers agree on what to send and how to reach each other before any media flows. WebRTC leaves the transport to you: WebSocket, HTTP, even copy and paste.',
			'zh-TW':
				'在任何媒體開始流動之前，讓雙方談好要傳什麼、要怎麼找到對方。WebRTC 不規定信令怎麼傳送：WebSocket、HTTP，甚至複製貼上都可以。'
		},
		carries: {
			en: 'SDP offer and answer (JSEP): codecs, ICE username fragment and password, candidates, the DTLS certificate fingerprint and role, the SCTP port.',
			'zh-TW':
				'依 JSEP 交換的 SDP offer 與 answer：編解碼器、ICE 的 ufrag 與密碼、候選位址、DTLS 憑證指紋與角色、SCTP 埠號。'
		},
		refs: [
			{ rfc: 8829, title: 'JavaScript Session Establishment Protocol (JSEP)' },
			{ rfc: 8866, title: 'SDP: Session Description Protocol' }
		],
		outOfBand: true
	},
	{
		id: 'rtp',
		name: { en: 'RTP / RTCP', 'zh-TW': 'RTP / RTCP' },
		does: {
			en: 'RTP numbers and timestamps media packets so the receiver can reorder them, spot losses and play them on time. RTCP reports loss, jitter and round-trip time back to the sender.',
			'zh-TW':
				'RTP 為每個媒體封包加上序號與時間戳記，讓接收端能重新排序、發現遺失並準時播放。RTCP 則把遺失率、抖動與來回時間回報給傳送端。'
		},
		carries: {
			en: 'Encoded audio and video (Opus, VP8, H.264…), one stream per SSRC; RTCP sender and receiver reports and feedback.',
			'zh-TW':
				'編碼後的音訊與視訊（Opus、VP8、H.264…），每個 SSRC 一條串流；以及 RTCP 的傳送端／接收端報告與回饋訊息。'
		},
		refs: [
			{ rfc: 3550, title: 'RTP: A Transport Protocol for Real-Time Applications' },
			{ rfc: 8834, title: 'Media Transport and Use of RTP in WebRTC' }
		]
	},
	{
		id: 'sctp',
		name: { en: 'SCTP (data channels)', 'zh-TW': 'SCTP（資料通道）' },
		does: {
			en: 'Gives data channels message framing, many independent streams, congestion control, and a choice per channel of reliable or partially reliable, ordered or unordered delivery.',
			'zh-TW':
				'為資料通道提供訊息邊界、多條互不阻塞的串流與壅塞控制；每個通道可以各自選擇可靠或部分可靠、有序或無序傳送。'
		},
		carries: {
			en: 'Data channel messages, each channel a pair of SCTP streams with the same number, plus the DCEP messages that open channels.',
			'zh-TW': '資料通道的訊息：每個通道對應一對編號相同的 SCTP 串流，另外還有開啟通道用的 DCEP 訊息。'
		},
		refs: [
			{ rfc: 8831, title: 'WebRTC Data Channels' },
			{ rfc: 8261, title: 'DTLS Encapsulation of SCTP Packets' }
		]
	},
	{
		id: 'srtp',
		name: { en: 'SRTP / SRTCP', 'zh-TW': 'SRTP / SRTCP' },
		does: {
			en: 'Encrypts the payload of every RTP packet and authenticates the whole packet, with a replay check; SRTCP does the same for RTCP. WebRTC never sends media unencrypted.',
			'zh-TW':
				'加密每個 RTP 封包的酬載並驗證整個封包，也能擋下重送攻擊；SRTCP 對 RTCP 做同樣的事。WebRTC 從不傳送未加密的媒體。'
		},
		carries: {
			en: 'RTP and RTCP packets with encrypted payloads and an authentication tag. The keys come from the DTLS handshake (DTLS-SRTP); SRTP packets are not inside DTLS records.',
			'zh-TW':
				'酬載已加密、附上驗證標籤的 RTP 與 RTCP 封包。金鑰來自 DTLS 交握（DTLS-SRTP），但 SRTP 封包本身並不包在 DTLS 紀錄裡。'
		},
		refs: [
			{ rfc: 3711, title: 'The Secure Real-time Transport Protocol (SRTP)' },
			{ rfc: 5764, title: 'DTLS Extension to Establish Keys for SRTP' }
		]
	},
	{
		id: 'dtls',
		name: { en: 'DTLS', 'zh-TW': 'DTLS' },
		does: {
			en: 'TLS for datagrams. Its handshake proves each peer holds the certificate whose fingerprint was in the SDP, and derives keys: it exports SRTP keys for media and encrypts the SCTP packets of data channels itself.',
			'zh-TW':
				'適用於資料包的 TLS。交握過程證明對方握有 SDP 中那個指紋所對應的憑證，並產生金鑰：媒體用的 SRTP 金鑰由它匯出，資料通道的 SCTP 封包則直接由它加密。'
		},
		carries: {
			en: 'Handshake messages, and application-data records that hold SCTP packets.',
			'zh-TW': '交握訊息，以及裝著 SCTP 封包的應用資料紀錄。'
		},
		refs: [
			{ rfc: 6347, title: 'Datagram Transport Layer Security Version 1.2' },
			{ rfc: 9147, title: 'The Datagram Transport Layer Security (DTLS) Protocol Version 1.3' },
			{ rfc: 5764, title: 'DTLS Extension to Establish Keys for SRTP' }
		]
	},
	{
		id: 'ice',
		name: { en: 'ICE / STUN / TURN', 'zh-TW': 'ICE / STUN / TURN' },
		does: {
			en: 'Finds a path between two peers that may both sit behind NATs: gathers candidate addresses (STUN reveals the public mapping, TURN provides a relay), tests pairs with STUN checks and picks one.',
			'zh-TW':
				'替兩個可能都躲在 NAT 後面的端點找出一條通路：先收集候選位址（STUN 查出對外的對應位址，TURN 提供中繼），再用 STUN 連線檢查逐一測試候選配對，最後選定一組。'
		},
		carries: {
			en: 'STUN Binding requests and responses on the same port as everything else; through a relay, TURN wraps every packet in ChannelData messages or Send and Data indications.',
			'zh-TW':
				'STUN Binding 請求與回應，和其他封包共用同一個埠；經過中繼時，TURN 會把每個封包包進 ChannelData 訊息或 Send／Data 指示。'
		},
		refs: [
			{ rfc: 8445, title: 'Interactive Connectivity Establishment (ICE)' },
			{ rfc: 8489, title: 'Session Traversal Utilities for NAT (STUN)' },
			{ rfc: 8656, title: 'Traversal Using Relays around NAT (TURN)' }
		]
	},
	{
		id: 'udp',
		name: { en: 'UDP', 'zh-TW': 'UDP' },
		does: {
			en: 'Carries every packet of the call, one datagram at a time, with no retransmission and no head-of-line blocking. One local port carries STUN, DTLS, SRTP and TURN; the first byte tells them apart.',
			'zh-TW':
				'整通通話的每個封包都由它承載，一次一個資料包，不重傳也不會因前面的封包而卡住。同一個本機埠同時承載 STUN、DTLS、SRTP 與 TURN，靠第一個位元組區分。'
		},
		carries: {
			en: 'Datagrams whose first byte says what they are: 0–3 STUN, 20–63 DTLS, 64–79 TURN ChannelData, 128–191 RTP or RTCP.',
			'zh-TW':
				'第一個位元組標明內容的資料包：0–3 是 STUN、20–63 是 DTLS、64–79 是 TURN ChannelData、128–191 是 RTP 或 RTCP。'
		},
		refs: [
			{ rfc: 768, title: 'User Datagram Protocol' },
			{ rfc: 7983, section: '7', title: 'Multiplexing Scheme Updates for DTLS-SRTP' }
		]
	}
];

/** Bottom to top: the layers a packet crosses from the wire up to the application. */
export const STACK_PATHS: Record<PathId, LayerId[]> = {
	media: ['udp', 'ice', 'dtls', 'srtp', 'rtp', 'application'],
	data: ['udp', 'ice', 'dtls', 'sctp', 'application']
};

export const STACK_TEXT: Record<
	Locale,
	{
		caption: string;
		layers: string;
		paths: string;
		pathName: Record<PathId, string>;
		pathHint: string;
		pathNote: Record<PathId, string>;
		step: (path: PathId, n: number, of: number) => string;
		does: string;
		carries: string;
		specs: string;
		outOfBand: string;
	}
> = {
	en: {
		caption:
			'The WebRTC protocol stack. Choose a layer to read what it does; arrow keys move between layers.',
		layers: 'Protocol layers',
		paths: 'Highlight a path',
		pathName: { media: 'Media path', data: 'Data path' },
		pathHint: 'Light up the layers an audio or video packet, or a data channel message, passes through.',
		pathNote: {
			media:
				'Media: UDP → ICE → DTLS (handshake only, it supplies the keys) → SRTP → RTP/RTCP → application.',
			data: 'Data: UDP → ICE → DTLS (encrypts every packet) → SCTP → data channel → application.'
		},
		step: (path, n, of) => `${path === 'media' ? 'media' : 'data'} path, step ${n} of ${of}`,
		does: 'What it does',
		carries: 'What it carries',
		specs: 'Specification',
		outOfBand: 'out of band'
	},
	'zh-TW': {
		caption: 'WebRTC 協定堆疊。選一層來看它的功能；可用方向鍵在各層之間移動。',
		layers: '協定層',
		paths: '標示路徑',
		pathName: { media: '媒體路徑', data: '資料路徑' },
		pathHint: '點亮一個音訊／視訊封包，或一則資料通道訊息，一路經過的各層。',
		pathNote: {
			media: '媒體：UDP → ICE → DTLS（只做交握、提供金鑰）→ SRTP → RTP/RTCP → 應用程式。',
			data: '資料：UDP → ICE → DTLS（每個封包都由它加密）→ SCTP → 資料通道 → 應用程式。'
		},
		step: (path, n, of) => `${path === 'media' ? '媒體' : '資料'}路徑第 ${n} 步，共 ${of} 步`,
		does: '功能',
		carries: '承載內容',
		specs: '規格',
		outOfBand: '頻外'
	}
};

/** 1-based position of a layer on a path, counted from the wire up; undefined when the path skips it. */
export function stepOnPath(path: PathId, layer: LayerId): number | undefined {
	const i = STACK_PATHS[path].indexOf(layer);
	return i < 0 ? undefined : i + 1;
}

/**
 * Roving focus for a vertical list: the index a key moves focus to, or undefined when the key is not a
 * navigation key. Arrows wrap around, Home and End jump to the ends.
 */
export function rovingIndex(key: string, current: number, count: number): number | undefined {
	if (count <= 0) return undefined;
	switch (key) {
		case 'ArrowDown':
			return (current + 1) % count;
		case 'ArrowUp':
			return (current - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}
