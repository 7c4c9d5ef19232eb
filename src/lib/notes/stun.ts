// Explanations of STUN fields, keyed by the FieldSpan noteId, in both locales with the RFC section.
import type { NoteTable } from './types';

export const stunNotes: NoteTable = {
	// Header (RFC 8489 §5)
	'stun.header': {
		title: { en: 'STUN header', 'zh-TW': 'STUN 標頭' },
		text: {
			en: 'Every STUN message starts with the same 20 bytes: message type, message length, magic cookie and a 96-bit transaction id. Attributes follow.',
			'zh-TW':
				'每個 STUN 訊息都以固定的 20 個位元組開頭：訊息類型、訊息長度、magic cookie，以及 96 位元的交易 ID，後面才接屬性。'
		},
		ref: { rfc: 8489, section: '5' }
	},
	'stun.header.message-type': {
		title: { en: 'Message Type', 'zh-TW': '訊息類型（Message Type）' },
		text: {
			en: 'Fourteen bits that combine a 12-bit method (Binding, Allocate, …) with a 2-bit class (request, indication, success or error response). The class bits C1 and C0 are interleaved between the method bits, so 0x0001 is a Binding request and 0x0101 its success response.',
			'zh-TW':
				'這 14 個位元同時編入 12 位元的方法（Binding、Allocate 等）和 2 位元的類別（請求、指示、成功或錯誤回應）。類別位元 C1、C0 穿插在方法位元之間，所以 0x0001 是 Binding 請求，0x0101 則是它的成功回應。'
		},
		ref: { rfc: 8489, section: '5' }
	},
	'stun.header.leading-zeros': {
		title: { en: 'Leading zero bits', 'zh-TW': '開頭的兩個 0 位元' },
		text: {
			en: 'The two most significant bits of a STUN message are always 0. Together with the magic cookie this lets one port carry STUN next to DTLS, RTP and TURN ChannelData, whose first byte differs.',
			'zh-TW':
				'STUN 訊息最高的兩個位元一定是 0。搭配 magic cookie，同一個連接埠就能同時承載 STUN、DTLS、RTP 與 TURN ChannelData，因為它們的第一個位元組各不相同。'
		},
		ref: { rfc: 7983, section: '7' }
	},
	'stun.header.method': {
		title: { en: 'Method bits', 'zh-TW': '方法位元' },
		text: {
			en: 'Bits of the 12-bit method, split into three groups (M11–M7, M6–M4, M3–M0) around the class bits. Binding is 0x001; TURN adds Allocate 0x003, Refresh 0x004, Send 0x006, Data 0x007, CreatePermission 0x008 and ChannelBind 0x009.',
			'zh-TW':
				'12 位元方法被類別位元隔成三段（M11–M7、M6–M4、M3–M0）。Binding 是 0x001；TURN 另外定義了 Allocate 0x003、Refresh 0x004、Send 0x006、Data 0x007、CreatePermission 0x008 與 ChannelBind 0x009。'
		},
		ref: { rfc: 8489, section: '5' }
	},
	'stun.header.class': {
		title: { en: 'Class bits C1 C0', 'zh-TW': '類別位元 C1 C0' },
		text: {
			en: 'C1 C0 give the class: 00 request, 01 indication (no response expected), 10 success response, 11 error response.',
			'zh-TW': 'C1 C0 決定類別：00 是請求，01 是指示（不等回應），10 是成功回應，11 是錯誤回應。'
		},
		ref: { rfc: 8489, section: '5' }
	},
	'stun.header.message-length': {
		title: { en: 'Message Length', 'zh-TW': '訊息長度（Message Length）' },
		text: {
			en: 'The number of bytes after the 20-byte header, always a multiple of 4 because every attribute is padded. MESSAGE-INTEGRITY and FINGERPRINT are computed with this field temporarily rewritten to end at their own attribute.',
			'zh-TW':
				'20 位元組標頭之後還有多少位元組；因為每個屬性都會補齊，所以一定是 4 的倍數。計算 MESSAGE-INTEGRITY 與 FINGERPRINT 時，這個欄位會暫時改寫成「訊息到該屬性為止」的長度。'
		},
		ref: { rfc: 8489, section: '5' }
	},
	'stun.header.magic-cookie': {
		title: { en: 'Magic Cookie', 'zh-TW': 'Magic Cookie' },
		text: {
			en: 'The fixed value 0x2112A442. It marks RFC 5389/8489 STUN (RFC 3489 had random bytes here) and is the XOR key for XOR-MAPPED-ADDRESS.',
			'zh-TW':
				'固定值 0x2112A442。它標示這是 RFC 5389/8489 的 STUN（舊的 RFC 3489 這裡是隨機值），也是 XOR-MAPPED-ADDRESS 做 XOR 時用的金鑰。'
		},
		ref: { rfc: 8489, section: '5' }
	},
	'stun.header.transaction-id': {
		title: { en: 'Transaction ID', 'zh-TW': '交易 ID（Transaction ID）' },
		text: {
			en: 'A random 96-bit value chosen by the client; the response carries the same one, which is how a client matches responses to requests and ignores forged ones.',
			'zh-TW':
				'由用戶端隨機產生的 96 位元值；回應會帶回同一個值，用戶端靠它把回應對應到請求，也能藉此擋掉偽造的回應。'
		},
		ref: { rfc: 8489, section: '5' }
	},

	// Attribute TLV (RFC 8489 §14)
	'stun.tlv.type': {
		title: { en: 'Attribute Type', 'zh-TW': '屬性類型' },
		text: {
			en: 'The 16-bit attribute type from the IANA registry. 0x0000–0x7FFF are comprehension-required (a server that does not know one rejects the request with 420); 0x8000–0xFFFF are comprehension-optional and may be ignored.',
			'zh-TW':
				'IANA 登錄的 16 位元屬性類型。0x0000–0x7FFF 是「必須理解」的屬性，伺服器不認得就會用 420 拒絕請求；0x8000–0xFFFF 則是「可選理解」，不認得可以直接略過。'
		},
		ref: { rfc: 8489, section: '14' }
	},
	'stun.tlv.length': {
		title: { en: 'Attribute Length', 'zh-TW': '屬性長度' },
		text: {
			en: 'The length of the value in bytes, not counting the padding that follows it.',
			'zh-TW': '屬性值的位元組數，不包含後面的補齊位元組。'
		},
		ref: { rfc: 8489, section: '14' }
	},
	'stun.tlv.padding': {
		title: { en: 'Padding', 'zh-TW': '補齊位元組' },
		text: {
			en: 'Bytes that bring the attribute to a multiple of 4. Senders should write zeros, but receivers must ignore the content: RFC 5769’s vectors pad with spaces (0x20) and coturn has sent leftover bytes. Padding still counts for MESSAGE-INTEGRITY and FINGERPRINT.',
			'zh-TW':
				'把屬性補到 4 的倍數的位元組。傳送端應該填 0，但接收端必須忽略內容：RFC 5769 的測試向量就用空白 0x20 補齊，coturn 也曾送出殘留的位元組。不過補齊位元組仍會算進 MESSAGE-INTEGRITY 與 FINGERPRINT。'
		},
		ref: { rfc: 8489, section: '14' }
	},
	'stun.attribute.unknown-required': {
		title: { en: 'Unknown comprehension-required attribute', 'zh-TW': '未知的必須理解屬性' },
		text: {
			en: 'An attribute type below 0x8000 that this decoder does not know. A STUN server receiving it in a request must answer 420 (Unknown Attribute) and list it in UNKNOWN-ATTRIBUTES.',
			'zh-TW':
				'類型小於 0x8000、這個解碼器不認得的屬性。STUN 伺服器在請求裡遇到它，必須回 420（Unknown Attribute），並在 UNKNOWN-ATTRIBUTES 裡列出。'
		},
		ref: { rfc: 8489, section: '6.3.1.1' }
	},
	'stun.attribute.unknown-optional': {
		title: { en: 'Unknown comprehension-optional attribute', 'zh-TW': '未知的可選理解屬性' },
		text: {
			en: 'An attribute type of 0x8000 or above that this decoder does not know, kept as raw bytes. Agents skip such attributes, so vendors use this range for extensions (Chrome’s 0xC057 network info, ORIGIN 0x802F).',
			'zh-TW':
				'類型在 0x8000 以上、這個解碼器不認得的屬性，以原始位元組保留。代理程式會直接略過這類屬性，所以廠商常用這個範圍做擴充，例如 Chrome 的 0xC057 網路資訊、ORIGIN 0x802F。'
		},
		ref: { rfc: 8489, section: '14' }
	},
	'stun.attribute.malformed': {
		title: { en: 'Malformed attribute value', 'zh-TW': '格式錯誤的屬性值' },
		text: {
			en: 'A registered attribute whose value does not follow its layout (wrong length, unknown address family, invalid UTF-8). It is shown as raw bytes; a real agent would reject the message with 400 (Bad Request).',
			'zh-TW':
				'已登錄的屬性，但值不符合規定格式（長度錯誤、未知的位址家族、不合法的 UTF-8 等）。這裡以原始位元組顯示；真正的代理程式會以 400（Bad Request）拒絕這個訊息。'
		},
		ref: { rfc: 8489, section: '6.3' }
	},
	'stun.reserved': {
		title: { en: 'Reserved bits', 'zh-TW': '保留位元' },
		text: {
			en: 'Bits reserved for future use: sent as 0 and ignored on receipt. They are kept here only so re-encoding reproduces the bytes.',
			'zh-TW':
				'保留給未來使用的位元：傳送時填 0，接收時忽略。這裡保留原值，只是為了重新編碼時能還原出相同的位元組。'
		},
		ref: { rfc: 8489, section: '14' }
	},

	// Address fields (RFC 8489 §14.1, §14.2)
	'stun.address.reserved': {
		title: { en: 'Reserved byte', 'zh-TW': '保留位元組' },
		text: {
			en: 'The first byte of an address attribute is reserved and must be 0.',
			'zh-TW': '位址屬性的第一個位元組是保留欄位，必須為 0。'
		},
		ref: { rfc: 8489, section: '14.1' }
	},
	'stun.address.family': {
		title: { en: 'Address Family', 'zh-TW': '位址家族（Family）' },
		text: {
			en: '0x01 for IPv4 (a 4-byte address follows) or 0x02 for IPv6 (16 bytes).',
			'zh-TW': '0x01 代表 IPv4（後面接 4 位元組位址），0x02 代表 IPv6（16 位元組）。'
		},
		ref: { rfc: 8489, section: '14.1' }
	},
	'stun.address.port': {
		title: { en: 'Port', 'zh-TW': '連接埠' },
		text: {
			en: 'The port number in network byte order, not obfuscated.',
			'zh-TW': '以網路位元組順序表示的連接埠號碼，沒有經過 XOR 混淆。'
		},
		ref: { rfc: 8489, section: '14.1' }
	},
	'stun.address.address': {
		title: { en: 'Address', 'zh-TW': '位址' },
		text: {
			en: 'The IP address as plain bytes, 32 bits for IPv4 or 128 bits for IPv6.',
			'zh-TW': '直接以位元組表示的 IP 位址，IPv4 為 32 位元，IPv6 為 128 位元。'
		},
		ref: { rfc: 8489, section: '14.1' }
	},
	'stun.address.x-port': {
		title: { en: 'X-Port', 'zh-TW': 'X-Port' },
		text: {
			en: 'The port XOR-ed with the top 16 bits of the magic cookie (0x2112). Read it back by XOR-ing again.',
			'zh-TW': '連接埠和 magic cookie 的前 16 位元（0x2112）做 XOR 的結果；再 XOR 一次就能還原。'
		},
		ref: { rfc: 8489, section: '14.2' }
	},
	'stun.address.x-address': {
		title: { en: 'X-Address', 'zh-TW': 'X-Address' },
		text: {
			en: 'The address XOR-ed with the magic cookie (IPv4) or with the magic cookie followed by the transaction id (IPv6). The XOR stops NATs that rewrite anything looking like their public address from corrupting the answer.',
			'zh-TW':
				'IPv4 位址與 magic cookie 做 XOR；IPv6 則與「magic cookie 接上交易 ID」做 XOR。這樣可以避免某些 NAT 把封包裡看起來像自己公開位址的內容改寫掉。'
		},
		ref: { rfc: 8489, section: '14.2' }
	},

	// STUN attributes (RFC 8489 §14)
	'stun.attribute.mapped-address': {
		title: { en: 'MAPPED-ADDRESS', 'zh-TW': 'MAPPED-ADDRESS' },
		text: {
			en: 'The client’s reflexive transport address as the server saw it, in plain form. Kept only for compatibility with RFC 3489 clients; modern servers send XOR-MAPPED-ADDRESS.',
			'zh-TW':
				'伺服器看到的用戶端反射位址與連接埠，未經混淆。只為了相容 RFC 3489 的舊用戶端而保留，現代伺服器改送 XOR-MAPPED-ADDRESS。'
		},
		ref: { rfc: 8489, section: '14.1' }
	},
	'stun.attribute.xor-mapped-address': {
		title: { en: 'XOR-MAPPED-ADDRESS', 'zh-TW': 'XOR-MAPPED-ADDRESS' },
		text: {
			en: 'The answer to a Binding request: the public IP and port the server saw the request come from, XOR-ed so NATs cannot rewrite it. This is the server-reflexive candidate ICE gathers.',
			'zh-TW':
				'Binding 請求的答案：伺服器看到請求來自哪個公開 IP 與連接埠，並經過 XOR 處理，避免被 NAT 改寫。ICE 蒐集到的伺服器反射候選就是它。'
		},
		ref: { rfc: 8489, section: '14.2' }
	},
	'stun.attribute.username': {
		title: { en: 'USERNAME', 'zh-TW': 'USERNAME' },
		text: {
			en: 'Identifies the credentials used for MESSAGE-INTEGRITY. In ICE connectivity checks it is "remote ufrag:local ufrag", taken from the SDP.',
			'zh-TW':
				'指出 MESSAGE-INTEGRITY 用的是哪組帳密。在 ICE 連線檢查裡，它的格式是「對方 ufrag:自己 ufrag」，兩者都來自 SDP。'
		},
		ref: { rfc: 8489, section: '14.3' }
	},
	'stun.attribute.userhash': {
		title: { en: 'USERHASH', 'zh-TW': 'USERHASH' },
		text: {
			en: 'SHA-256 of username ":" realm, sent instead of USERNAME when the server offered username anonymity, so the name never crosses the network in clear.',
			'zh-TW':
				'「使用者名稱:realm」的 SHA-256 雜湊。當伺服器提供匿名選項時，用戶端改送它而不送 USERNAME，使用者名稱就不會以明文出現在網路上。'
		},
		ref: { rfc: 8489, section: '14.4' }
	},
	'stun.attribute.message-integrity': {
		title: { en: 'MESSAGE-INTEGRITY', 'zh-TW': 'MESSAGE-INTEGRITY' },
		text: {
			en: 'HMAC-SHA1 over the message up to this attribute, with the header length rewritten to end right after it. The key is the password (short-term, e.g. ICE) or MD5(username:realm:password) (long-term, e.g. TURN).',
			'zh-TW':
				'對「訊息開頭到此屬性之前」計算的 HMAC-SHA1，計算時標頭長度會改寫成剛好結束在這個屬性之後。金鑰是密碼本身（短期憑證，例如 ICE），或 MD5(使用者名稱:realm:密碼)（長期憑證，例如 TURN）。'
		},
		ref: { rfc: 8489, section: '14.5' }
	},
	'stun.attribute.message-integrity-sha256': {
		title: { en: 'MESSAGE-INTEGRITY-SHA256', 'zh-TW': 'MESSAGE-INTEGRITY-SHA256' },
		text: {
			en: 'The SHA-256 version of MESSAGE-INTEGRITY added by RFC 8489: HMAC-SHA256 with the same key and the same length rewrite, possibly truncated to 16–32 bytes.',
			'zh-TW':
				'RFC 8489 新增的 SHA-256 版 MESSAGE-INTEGRITY：用相同的金鑰與相同的長度改寫規則計算 HMAC-SHA256，可截短為 16 到 32 位元組。'
		},
		ref: { rfc: 8489, section: '14.6' }
	},
	'stun.attribute.fingerprint': {
		title: { en: 'FINGERPRINT', 'zh-TW': 'FINGERPRINT' },
		text: {
			en: 'CRC-32 of the message up to this attribute, XOR 0x5354554E, computed with the length field covering the fingerprint. Always last; it helps tell STUN apart from other packets on a shared port.',
			'zh-TW':
				'對訊息到此屬性之前計算 CRC-32，再與 0x5354554E 做 XOR；計算時長度欄位要包含 FINGERPRINT 本身。它一定放在最後，用來在共用連接埠上把 STUN 和其他封包區分開來。'
		},
		ref: { rfc: 8489, section: '14.7' }
	},
	'stun.attribute.error-code': {
		title: { en: 'ERROR-CODE', 'zh-TW': 'ERROR-CODE' },
		text: {
			en: 'The reason an error response was sent: a code from 300 to 699 (class = hundreds, number = the rest) and a UTF-8 reason phrase, e.g. 401 Unauthorized or 438 Stale Nonce.',
			'zh-TW':
				'說明為什麼送出錯誤回應：300 到 699 的錯誤碼（百位數是類別，其餘是編號）加上一段 UTF-8 說明文字，例如 401 Unauthorized、438 Stale Nonce。'
		},
		ref: { rfc: 8489, section: '14.8' }
	},
	'stun.error-code.class': {
		title: { en: 'Error class', 'zh-TW': '錯誤類別' },
		text: {
			en: 'The hundreds digit of the error code, 3 to 6, in three bits.',
			'zh-TW': '錯誤碼的百位數，範圍 3 到 6，用 3 個位元表示。'
		},
		ref: { rfc: 8489, section: '14.8' }
	},
	'stun.error-code.number': {
		title: { en: 'Error number', 'zh-TW': '錯誤編號' },
		text: {
			en: 'The error code modulo 100 (0–99): 401 is class 4, number 1.',
			'zh-TW': '錯誤碼除以 100 的餘數（0–99）：例如 401 就是類別 4、編號 1。'
		},
		ref: { rfc: 8489, section: '14.8' }
	},
	'stun.error-code.reason': {
		title: { en: 'Reason Phrase', 'zh-TW': '原因說明' },
		text: {
			en: 'Human-readable UTF-8 text describing the error; software must not depend on its wording.',
			'zh-TW': '給人看的 UTF-8 錯誤說明；程式不應該依賴它的文字內容。'
		},
		ref: { rfc: 8489, section: '14.8' }
	},
	'stun.attribute.realm': {
		title: { en: 'REALM', 'zh-TW': 'REALM' },
		text: {
			en: 'Names the credential domain for long-term authentication. A server sends it in a 401 response; the client echoes it and mixes it into the key MD5(username:realm:password).',
			'zh-TW':
				'長期驗證所屬的帳號網域。伺服器在 401 回應裡送出，用戶端之後原樣帶回，並把它算進金鑰 MD5(使用者名稱:realm:密碼)。'
		},
		ref: { rfc: 8489, section: '14.9' }
	},
	'stun.attribute.nonce': {
		title: { en: 'NONCE', 'zh-TW': 'NONCE' },
		text: {
			en: 'A server-chosen value the client must echo in authenticated requests, limiting replay. When it expires the server answers 438 (Stale Nonce) with a new one. RFC 8489 nonces start with "obMatJos2" and encoded security feature bits.',
			'zh-TW':
				'伺服器選定的一次性值，用戶端在需要驗證的請求裡必須帶回，藉此限制重送攻擊。過期時伺服器回 438（Stale Nonce）並附上新的值。RFC 8489 的 nonce 以「obMatJos2」開頭，後接編碼過的安全功能位元。'
		},
		ref: { rfc: 8489, section: '14.10' }
	},
	'stun.attribute.password-algorithms': {
		title: { en: 'PASSWORD-ALGORITHMS', 'zh-TW': 'PASSWORD-ALGORITHMS' },
		text: {
			en: 'The server’s list of key algorithms (MD5, SHA-256) in order of preference. The client echoes the list unchanged so a man in the middle cannot remove the stronger choice.',
			'zh-TW':
				'伺服器支援的金鑰演算法清單（MD5、SHA-256），依偏好排序。用戶端會原封不動帶回這份清單，讓中間人無法偷偷拿掉較強的選項。'
		},
		ref: { rfc: 8489, section: '14.11' }
	},
	'stun.attribute.password-algorithm': {
		title: { en: 'PASSWORD-ALGORITHM', 'zh-TW': 'PASSWORD-ALGORITHM' },
		text: {
			en: 'The algorithm the client picked from PASSWORD-ALGORITHMS for the long-term key: with SHA-256 the key is SHA-256(username:realm:password) instead of MD5.',
			'zh-TW':
				'用戶端從 PASSWORD-ALGORITHMS 中選用的長期金鑰演算法：選 SHA-256 時，金鑰改為 SHA-256(使用者名稱:realm:密碼)，不再用 MD5。'
		},
		ref: { rfc: 8489, section: '14.12' }
	},
	'stun.password-algorithm.algorithm': {
		title: { en: 'Algorithm', 'zh-TW': '演算法代碼' },
		text: {
			en: '16-bit algorithm number: 0x0001 MD5, 0x0002 SHA-256.',
			'zh-TW': '16 位元的演算法編號：0x0001 是 MD5，0x0002 是 SHA-256。'
		},
		ref: { rfc: 8489, section: '18.5' }
	},
	'stun.password-algorithm.parameters': {
		title: { en: 'Algorithm Parameters', 'zh-TW': '演算法參數' },
		text: {
			en: 'The length and bytes of algorithm parameters; both registered algorithms take none, so the length is usually 0.',
			'zh-TW': '演算法參數的長度與內容；目前登錄的兩種演算法都不需要參數，所以長度通常是 0。'
		},
		ref: { rfc: 8489, section: '14.11' }
	},
	'stun.attribute.unknown-attributes': {
		title: { en: 'UNKNOWN-ATTRIBUTES', 'zh-TW': 'UNKNOWN-ATTRIBUTES' },
		text: {
			en: 'Carried in a 420 (Unknown Attribute) response: the comprehension-required attribute types the server did not understand.',
			'zh-TW': '出現在 420（Unknown Attribute）回應中，列出伺服器看不懂的「必須理解」屬性類型。'
		},
		ref: { rfc: 8489, section: '14.13' }
	},
	'stun.unknown-attributes.type': {
		title: { en: 'Unknown attribute type', 'zh-TW': '不認得的屬性類型' },
		text: {
			en: 'One 16-bit attribute type the server could not process.',
			'zh-TW': '伺服器無法處理的其中一個 16 位元屬性類型。'
		},
		ref: { rfc: 8489, section: '14.13' }
	},
	'stun.attribute.software': {
		title: { en: 'SOFTWARE', 'zh-TW': 'SOFTWARE' },
		text: {
			en: 'Free text naming the software and version that sent the message, e.g. "Coturn-4.5.0.3". Useful when debugging, meaningless to the protocol.',
			'zh-TW':
				'自由文字，寫出送出訊息的軟體與版本，例如「Coturn-4.5.0.3」。除錯時很好用，對協定本身沒有作用。'
		},
		ref: { rfc: 8489, section: '14.14' }
	},
	'stun.attribute.alternate-server': {
		title: { en: 'ALTERNATE-SERVER', 'zh-TW': 'ALTERNATE-SERVER' },
		text: {
			en: 'In a 300 (Try Alternate) response: the address of another server the client should retry with, e.g. for load balancing.',
			'zh-TW': '出現在 300（Try Alternate）回應中：告訴用戶端改向另一台伺服器重試，常用於負載平衡。'
		},
		ref: { rfc: 8489, section: '14.15' }
	},
	'stun.attribute.alternate-domain': {
		title: { en: 'ALTERNATE-DOMAIN', 'zh-TW': 'ALTERNATE-DOMAIN' },
		text: {
			en: 'Sent with ALTERNATE-SERVER over TLS or DTLS: the domain name whose certificate the alternate server will present.',
			'zh-TW': '透過 TLS 或 DTLS 搭配 ALTERNATE-SERVER 一起送出：指出另一台伺服器憑證上應有的網域名稱。'
		},
		ref: { rfc: 8489, section: '14.16' }
	},

	// ICE (RFC 8445 §16.1)
	'stun.attribute.priority': {
		title: { en: 'PRIORITY', 'zh-TW': 'PRIORITY' },
		text: {
			en: 'The priority a peer-reflexive candidate discovered by this check would get: 2^24 × type preference + 2^8 × local preference + (256 − component).',
			'zh-TW':
				'若這次檢查發現了對等端反射候選，它會得到的優先順序：2^24 × 類型偏好 + 2^8 × 本地偏好 + (256 − 元件編號)。'
		},
		ref: { rfc: 8445, section: '7.1.1' }
	},
	'stun.attribute.use-candidate': {
		title: { en: 'USE-CANDIDATE', 'zh-TW': 'USE-CANDIDATE' },
		text: {
			en: 'Empty attribute the controlling agent adds to a connectivity check to nominate that candidate pair for media.',
			'zh-TW': '沒有內容的屬性。主控方把它加進某次連線檢查，表示提名這組候選配對來傳送媒體。'
		},
		ref: { rfc: 8445, section: '7.2.2' }
	},
	'stun.attribute.ice-controlled': {
		title: { en: 'ICE-CONTROLLED', 'zh-TW': 'ICE-CONTROLLED' },
		text: {
			en: 'Says the sender thinks it is the controlled agent, with a random 64-bit tie-breaker. If both sides claim the same role, the tie-breakers decide who switches (487 Role Conflict).',
			'zh-TW':
				'表示送出方認為自己是受控方，並附上 64 位元的隨機仲裁值。若兩邊都宣稱同一個角色，就比較仲裁值決定誰要切換（487 Role Conflict）。'
		},
		ref: { rfc: 8445, section: '7.3.1.1' }
	},
	'stun.attribute.ice-controlling': {
		title: { en: 'ICE-CONTROLLING', 'zh-TW': 'ICE-CONTROLLING' },
		text: {
			en: 'Says the sender thinks it is the controlling agent (the one that nominates), with a random 64-bit tie-breaker; the larger tie-breaker keeps the controlling role in a conflict.',
			'zh-TW':
				'表示送出方認為自己是主控方（負責提名的一方），並附上 64 位元的隨機仲裁值；角色衝突時，仲裁值較大的一方保有主控權。'
		},
		ref: { rfc: 8445, section: '7.3.1.1' }
	},

	// NAT behaviour discovery (RFC 5780 §7)
	'stun.attribute.change-request': {
		title: { en: 'CHANGE-REQUEST', 'zh-TW': 'CHANGE-REQUEST' },
		text: {
			en: 'Asks the server to send its response from its other IP address and/or port. Whether that response gets through tells the client how its NAT filters incoming packets.',
			'zh-TW':
				'要求伺服器改從另一個 IP 位址或連接埠送出回應。回應能不能穿過來，就透露了用戶端的 NAT 如何過濾外來封包。'
		},
		ref: { rfc: 5780, section: '7.2' }
	},
	'stun.change-request.change-ip': {
		title: { en: 'Change IP flag (A)', 'zh-TW': '更換 IP 旗標（A）' },
		text: {
			en: 'When set, the response must come from the server’s alternate IP address.',
			'zh-TW': '設為 1 時，回應必須從伺服器的另一個 IP 位址送出。'
		},
		ref: { rfc: 5780, section: '7.2' }
	},
	'stun.change-request.change-port': {
		title: { en: 'Change port flag (B)', 'zh-TW': '更換連接埠旗標（B）' },
		text: {
			en: 'When set, the response must come from the server’s alternate port.',
			'zh-TW': '設為 1 時，回應必須從伺服器的另一個連接埠送出。'
		},
		ref: { rfc: 5780, section: '7.2' }
	},
	'stun.attribute.response-origin': {
		title: { en: 'RESPONSE-ORIGIN', 'zh-TW': 'RESPONSE-ORIGIN' },
		text: {
			en: 'The address and port the server sent this response from, so the client can confirm a CHANGE-REQUEST was honoured.',
			'zh-TW': '伺服器送出這個回應時所用的位址與連接埠，用戶端可藉此確認 CHANGE-REQUEST 是否真的被執行。'
		},
		ref: { rfc: 5780, section: '7.3' }
	},
	'stun.attribute.other-address': {
		title: { en: 'OTHER-ADDRESS', 'zh-TW': 'OTHER-ADDRESS' },
		text: {
			en: 'The server’s second IP address and port, which the client uses in mapping-behaviour tests to see whether its NAT keeps the same mapping for a different destination.',
			'zh-TW':
				'伺服器的第二組 IP 位址與連接埠。用戶端用它做對應行為測試，看看 NAT 對不同目的地是否沿用同一個對應。'
		},
		ref: { rfc: 5780, section: '7.4' }
	},
	'stun.attribute.padding': {
		title: { en: 'PADDING', 'zh-TW': 'PADDING' },
		text: {
			en: 'Filler bytes that make the message larger, to test how a NAT handles big or fragmented packets. Not to be confused with the per-attribute padding to 4 bytes.',
			'zh-TW':
				'讓訊息變大的填充資料，用來測試 NAT 如何處理大封包或分段封包。和每個屬性補齊到 4 位元組的「補齊位元組」是不同的東西。'
		},
		ref: { rfc: 5780, section: '7.6' }
	},
	'stun.attribute.response-port': {
		title: { en: 'RESPONSE-PORT', 'zh-TW': 'RESPONSE-PORT' },
		text: {
			en: 'Asks the server to send the response to this port on the client’s address instead of the request’s source port, to probe NAT filtering per port.',
			'zh-TW':
				'要求伺服器把回應送到用戶端位址上的這個連接埠，而不是請求的來源連接埠，藉此逐一探測 NAT 對各連接埠的過濾行為。'
		},
		ref: { rfc: 5780, section: '7.5' }
	}
};
