// Explanations of TURN fields, keyed by the FieldSpan noteId, in both locales with the RFC section.
import type { NoteTable } from './types';

export const turnNotes: NoteTable = {
	'turn.attribute.channel-number': {
		title: { en: 'CHANNEL-NUMBER', 'zh-TW': 'CHANNEL-NUMBER' },
		text: {
			en: 'In a ChannelBind request: the channel number to bind to the peer in XOR-PEER-ADDRESS. Data for that peer can then travel in 4-byte-header ChannelData messages instead of 36-byte Send/Data indications.',
			'zh-TW':
				'出現在 ChannelBind 請求中：要綁定到 XOR-PEER-ADDRESS 那個對等端的通道編號。綁定後，送往該對等端的資料就能改用只有 4 位元組標頭的 ChannelData，而不必用 36 位元組開銷的 Send/Data 指示。'
		},
		ref: { rfc: 8656, section: '18.1' }
	},
	'turn.channel-number': {
		title: { en: 'Channel Number', 'zh-TW': '通道編號' },
		text: {
			en: 'A number from 0x4000 to 0x4FFF. Its first two bits, 01, are what distinguish ChannelData from STUN (00) on the same connection.',
			'zh-TW':
				'範圍 0x4000 到 0x4FFF 的編號。開頭兩個位元是 01，在同一條連線上就是靠這點把 ChannelData 和 STUN（00）分開。'
		},
		ref: { rfc: 8656, section: '12' }
	},
	'turn.attribute.lifetime': {
		title: { en: 'LIFETIME', 'zh-TW': 'LIFETIME' },
		text: {
			en: 'Seconds the allocation will live unless refreshed; 600 by default. A Refresh request with LIFETIME 0 deletes the allocation.',
			'zh-TW':
				'配置在沒有更新的情況下還能存活幾秒，預設 600 秒。送出 LIFETIME 為 0 的 Refresh 請求即可刪除配置。'
		},
		ref: { rfc: 8656, section: '18.2' }
	},
	'turn.attribute.xor-peer-address': {
		title: { en: 'XOR-PEER-ADDRESS', 'zh-TW': 'XOR-PEER-ADDRESS' },
		text: {
			en: 'The peer’s address and port as seen from the relay, XOR-ed like XOR-MAPPED-ADDRESS. It names whom to permit (CreatePermission), whom a channel leads to (ChannelBind) or where data goes to or came from (Send/Data).',
			'zh-TW':
				'從中繼伺服器看到的對等端位址與連接埠，和 XOR-MAPPED-ADDRESS 一樣經過 XOR。它指出要允許誰（CreatePermission）、通道通往誰（ChannelBind），或資料要送往哪裡、從哪裡來（Send/Data）。'
		},
		ref: { rfc: 8656, section: '18.3' }
	},
	'turn.attribute.data': {
		title: { en: 'DATA', 'zh-TW': 'DATA' },
		text: {
			en: 'The application payload relayed in a Send or Data indication: typically a DTLS, RTP or STUN packet of the WebRTC session.',
			'zh-TW': 'Send 或 Data 指示所中繼的應用資料，通常是 WebRTC 工作階段中的 DTLS、RTP 或 STUN 封包。'
		},
		ref: { rfc: 8656, section: '18.4' }
	},
	'turn.attribute.xor-relayed-address': {
		title: { en: 'XOR-RELAYED-ADDRESS', 'zh-TW': 'XOR-RELAYED-ADDRESS' },
		text: {
			en: 'The relayed transport address the server allocated on its public side. Peers send to it, and it becomes the relay candidate in ICE.',
			'zh-TW':
				'伺服器在公開介面上配置給你的中繼位址與連接埠。對等端把資料送到這裡，它也就是 ICE 裡的中繼候選。'
		},
		ref: { rfc: 8656, section: '18.5' }
	},
	'turn.attribute.requested-address-family': {
		title: { en: 'REQUESTED-ADDRESS-FAMILY', 'zh-TW': 'REQUESTED-ADDRESS-FAMILY' },
		text: {
			en: 'Asks for a relayed address of a specific family (0x01 IPv4, 0x02 IPv6) instead of the default IPv4.',
			'zh-TW': '指定要配置哪一種位址家族的中繼位址（0x01 為 IPv4、0x02 為 IPv6），不用預設的 IPv4。'
		},
		ref: { rfc: 8656, section: '18.6' }
	},
	'turn.attribute.even-port': {
		title: { en: 'EVEN-PORT', 'zh-TW': 'EVEN-PORT' },
		text: {
			en: 'Asks for an even relayed port, optionally reserving the next port too — a leftover from when RTP used the even port and RTCP the odd one.',
			'zh-TW':
				'要求配置偶數號的中繼連接埠，也可順便保留下一個連接埠。這是 RTP 用偶數埠、RTCP 用奇數埠那個年代留下的設計。'
		},
		ref: { rfc: 8656, section: '18.7' }
	},
	'turn.even-port.r': {
		title: { en: 'R bit', 'zh-TW': 'R 位元' },
		text: {
			en: 'When 1, the server also reserves the next-higher port and returns a RESERVATION-TOKEN for it.',
			'zh-TW': '設為 1 時，伺服器會同時保留下一個較高的連接埠，並回傳對應的 RESERVATION-TOKEN。'
		},
		ref: { rfc: 8656, section: '18.7' }
	},
	'turn.attribute.requested-transport': {
		title: { en: 'REQUESTED-TRANSPORT', 'zh-TW': 'REQUESTED-TRANSPORT' },
		text: {
			en: 'Mandatory in an Allocate request: the transport between relay and peer. RFC 8656 only defines UDP (protocol 17), whatever transport the client uses to reach the server.',
			'zh-TW':
				'Allocate 請求中必備的屬性，指定中繼伺服器與對等端之間用哪種傳輸協定。不論用戶端用什麼方式連到伺服器，RFC 8656 都只定義了 UDP（協定編號 17）。'
		},
		ref: { rfc: 8656, section: '18.8' }
	},
	'turn.requested-transport.protocol': {
		title: { en: 'Protocol', 'zh-TW': '協定編號' },
		text: {
			en: 'An IANA IP protocol number: 17 for UDP; 6 (TCP) only with the RFC 6062 extension.',
			'zh-TW': 'IANA 的 IP 協定編號：17 代表 UDP；6（TCP）只在 RFC 6062 擴充中使用。'
		},
		ref: { rfc: 8656, section: '18.8' }
	},
	'turn.attribute.dont-fragment': {
		title: { en: 'DONT-FRAGMENT', 'zh-TW': 'DONT-FRAGMENT' },
		text: {
			en: 'Empty attribute asking the server to set the Don’t Fragment bit on the IP packets it relays to the peer.',
			'zh-TW': '沒有內容的屬性，要求伺服器在轉送給對等端的 IP 封包上設定「不可分段」位元。'
		},
		ref: { rfc: 8656, section: '18.9' }
	},
	'turn.attribute.reservation-token': {
		title: { en: 'RESERVATION-TOKEN', 'zh-TW': 'RESERVATION-TOKEN' },
		text: {
			en: 'An 8-byte token naming a port the server reserved after EVEN-PORT with R set; a second Allocate presents it to obtain that port.',
			'zh-TW':
				'8 位元組的憑證，代表伺服器在 EVEN-PORT（R=1）之後替你保留的連接埠；之後的 Allocate 請求出示它就能取得該連接埠。'
		},
		ref: { rfc: 8656, section: '18.10' }
	},
	'turn.attribute.additional-address-family': {
		title: { en: 'ADDITIONAL-ADDRESS-FAMILY', 'zh-TW': 'ADDITIONAL-ADDRESS-FAMILY' },
		text: {
			en: 'Asks for an IPv6 relayed address in addition to the IPv4 one, so one allocation serves peers of both families.',
			'zh-TW': '除了 IPv4 中繼位址之外，再要求一個 IPv6 中繼位址，讓同一個配置能服務兩種位址家族的對等端。'
		},
		ref: { rfc: 8656, section: '18.11' }
	},
	'turn.attribute.address-error-code': {
		title: { en: 'ADDRESS-ERROR-CODE', 'zh-TW': 'ADDRESS-ERROR-CODE' },
		text: {
			en: 'In a dual-family allocation, reports which family could not be allocated and why (e.g. 440 Address Family not Supported), while the other family succeeded.',
			'zh-TW':
				'在雙位址家族的配置中，回報哪一種位址家族配置失敗以及原因（例如 440 Address Family not Supported），另一種則已成功。'
		},
		ref: { rfc: 8656, section: '18.12' }
	},
	'turn.attribute.icmp': {
		title: { en: 'ICMP', 'zh-TW': 'ICMP' },
		text: {
			en: 'In a Data indication: an ICMP error the relay received from the peer (e.g. port unreachable), so the client learns the peer is gone.',
			'zh-TW':
				'出現在 Data 指示中：中繼伺服器從對等端收到的 ICMP 錯誤（例如連接埠無法到達），讓用戶端知道對方已經不在了。'
		},
		ref: { rfc: 8656, section: '18.13' }
	},
	'turn.icmp.type': {
		title: { en: 'ICMP Type', 'zh-TW': 'ICMP 類型' },
		text: {
			en: 'The ICMP (or ICMPv6) message type, e.g. 3 = destination unreachable for IPv4.',
			'zh-TW': 'ICMP（或 ICMPv6）的訊息類型，例如 IPv4 的 3 代表目的地無法到達。'
		},
		ref: { rfc: 8656, section: '18.13' }
	},
	'turn.icmp.code': {
		title: { en: 'ICMP Code', 'zh-TW': 'ICMP 代碼' },
		text: {
			en: 'The ICMP code refining the type, e.g. 3 = port unreachable.',
			'zh-TW': '進一步細分類型的 ICMP 代碼，例如 3 代表連接埠無法到達。'
		},
		ref: { rfc: 8656, section: '18.13' }
	},
	'turn.icmp.error-data': {
		title: { en: 'Error Data', 'zh-TW': '錯誤資料' },
		text: {
			en: 'Extra data from the ICMP message, such as the next-hop MTU for "fragmentation needed"; 0 otherwise.',
			'zh-TW': 'ICMP 訊息附帶的額外資料，例如「需要分段」時的下一跳 MTU；其他情況為 0。'
		},
		ref: { rfc: 8656, section: '18.13' }
	},
	'turn.channel-data.channel-number': {
		title: { en: 'ChannelData channel number', 'zh-TW': 'ChannelData 通道編號' },
		text: {
			en: 'The channel bound with ChannelBind (0x4000–0x4FFF). The server maps it back to the peer address, so the 4-byte header replaces a whole STUN indication.',
			'zh-TW':
				'先前以 ChannelBind 綁定的通道（0x4000–0x4FFF）。伺服器會把它對回對等端位址，因此 4 位元組的標頭就能取代整個 STUN 指示。'
		},
		ref: { rfc: 8656, section: '12.4' }
	},
	'turn.channel-data.channel-number-rfc5766': {
		title: { en: 'Channel number from the RFC 5766 range', 'zh-TW': 'RFC 5766 範圍的通道編號' },
		text: {
			en: 'A channel number between 0x5000 and 0x7FFF: valid under RFC 5766, but RFC 8656 narrowed channels to 0x4000–0x4FFF so the first byte can be demultiplexed from other protocols (RFC 7983). Not an error, just outdated.',
			'zh-TW':
				'介於 0x5000 到 0x7FFF 的通道編號：在 RFC 5766 中合法，但 RFC 8656 已把範圍縮小到 0x4000–0x4FFF，好讓第一個位元組能和其他協定區分（RFC 7983）。這不算錯誤，只是已過時。'
		},
		ref: { rfc: 8656, section: '12' }
	},
	'turn.channel-data.length': {
		title: { en: 'ChannelData length', 'zh-TW': 'ChannelData 長度' },
		text: {
			en: 'The number of application data bytes, not counting the header or any padding.',
			'zh-TW': '應用資料的位元組數，不含標頭，也不含補齊位元組。'
		},
		ref: { rfc: 8656, section: '12.4' }
	},
	'turn.channel-data.data': {
		title: { en: 'Application Data', 'zh-TW': '應用資料' },
		text: {
			en: 'The relayed packet itself — a STUN check, DTLS record, RTP or RTCP packet — forwarded to or from the peer unchanged.',
			'zh-TW':
				'被中繼的封包本身，可能是 STUN 檢查、DTLS 記錄、RTP 或 RTCP 封包，原封不動地送往對等端或從對等端送來。'
		},
		ref: { rfc: 8656, section: '12.4' }
	},
	'turn.channel-data.padding': {
		title: { en: 'ChannelData padding', 'zh-TW': 'ChannelData 補齊位元組' },
		text: {
			en: 'Over TCP or TLS the message is padded to a multiple of 4 bytes so the next message starts aligned; over UDP padding is optional and usually absent.',
			'zh-TW':
				'走 TCP 或 TLS 時，訊息要補到 4 的倍數，讓下一個訊息能對齊開始；走 UDP 時補齊可有可無，通常不會出現。'
		},
		ref: { rfc: 8656, section: '12.5' }
	}
};
