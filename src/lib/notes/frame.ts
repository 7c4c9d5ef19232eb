// Explanations of FRAME fields (the Ethernet/IP/UDP headers around a pasted or captured payload), keyed by the
// FieldSpan noteId, in both locales with the RFC section. Link layers defined outside the RFCs cite their own
// documents: IEEE 802.1Q, and tcpdump's link-type registry for Linux cooked capture and BSD loopback.
import type { NoteTable } from './types';
import { IEEE_802_1Q, linktype } from './specs';

export const frameNotes: NoteTable = {
	// Ethernet II (RFC 894 describes IP over it; the frame format is IEEE 802.3)
	'frame.ethernet': {
		title: { en: 'Ethernet II header', 'zh-TW': 'Ethernet II 標頭' },
		text: {
			en: 'The 14-byte link-layer header a capture on an Ethernet or Wi-Fi card (and Linux loopback) starts with: destination MAC, source MAC and an EtherType that names what follows. WebRTC never sees it; it only exists on the local link.',
			'zh-TW':
				'在乙太網路或 Wi-Fi 網卡（以及 Linux 的 loopback）上擷取時，封包最前面的 14 個位元組：目的 MAC、來源 MAC，以及說明後面內容的 EtherType。WebRTC 本身看不到它，它只存在於本地連結上。'
		},
		ref: { rfc: 894 }
	},
	'frame.ethernet.destination': {
		title: { en: 'Destination MAC address', 'zh-TW': '目的 MAC 位址' },
		text: {
			en: 'The hardware address of the next hop on this link — usually your router, not the far peer. On Linux loopback captures it is all zeros.',
			'zh-TW':
				'這段連結上下一跳的硬體位址，通常是你的路由器，而不是遠端的對方。在 Linux loopback 上擷取時它全是 0。'
		},
		ref: { rfc: 894 }
	},
	'frame.ethernet.source': {
		title: { en: 'Source MAC address', 'zh-TW': '來源 MAC 位址' },
		text: {
			en: 'The hardware address of the interface that sent the frame. It changes at every router, unlike the IP addresses inside.',
			'zh-TW': '送出這個訊框的網路介面的硬體位址。每經過一台路由器它就會換掉，這點和裡面的 IP 位址不同。'
		},
		ref: { rfc: 894 }
	},
	'frame.ethernet.type': {
		title: { en: 'EtherType', 'zh-TW': 'EtherType' },
		text: {
			en: 'Which protocol the frame carries: 0x0800 is IPv4, 0x86DD IPv6, 0x0806 ARP, 0x8100 a VLAN tag. Linux cooked captures store the same number in their Protocol field.',
			'zh-TW':
				'說明訊框裡裝的是哪種協定：0x0800 是 IPv4、0x86DD 是 IPv6、0x0806 是 ARP、0x8100 表示接著一個 VLAN 標籤。Linux cooked capture 的 Protocol 欄位也用同一組數字。'
		},
		ref: { rfc: 894 }
	},
	'frame.trailer': {
		title: { en: 'Trailer (padding)', 'zh-TW': '尾端填充' },
		text: {
			en: 'Bytes after the end of the IP packet. Ethernet frames must be at least 60 bytes (64 with the checksum), so a short UDP packet is padded with zeros; they are not part of the UDP payload.',
			'zh-TW':
				'IP 封包結束之後多出來的位元組。乙太網路訊框至少要 60 個位元組（含檢查碼是 64），所以很短的 UDP 封包會被補上 0；這些位元組不屬於 UDP 酬載。'
		},
		ref: { rfc: 894 }
	},

	// IEEE 802.1Q VLAN tag
	'frame.vlan': {
		title: { en: '802.1Q VLAN tag', 'zh-TW': '802.1Q VLAN 標籤' },
		text: {
			en: 'Four bytes inserted after the MAC addresses that put the frame on a virtual LAN and give it a priority. The real EtherType follows the tag.',
			'zh-TW':
				'插在 MAC 位址後面的 4 個位元組，把訊框歸到某個虛擬區域網路並標上優先權。真正的 EtherType 接在標籤後面。'
		},
		ref: IEEE_802_1Q
	},
	'frame.vlan.tpid': {
		title: { en: 'Tag Protocol Identifier', 'zh-TW': '標籤協定識別碼（TPID）' },
		text: {
			en: 'Sits where the EtherType would be: 0x8100 for an 802.1Q tag, 0x88A8 for the outer tag of 802.1ad ("Q-in-Q"). It tells the reader a tag follows instead of the payload.',
			'zh-TW':
				'位在原本 EtherType 的位置：0x8100 代表 802.1Q 標籤，0x88A8 代表 802.1ad（Q-in-Q）的外層標籤，告訴接收端後面先是標籤、不是酬載。'
		},
		ref: IEEE_802_1Q
	},
	'frame.vlan.pcp': {
		title: { en: 'Priority Code Point', 'zh-TW': '優先權代碼（PCP）' },
		text: {
			en: 'Three bits of link-layer priority, 0 to 7. Switches may queue voice (often 5) ahead of bulk traffic; a WebRTC call may have its DSCP mapped to it.',
			'zh-TW':
				'3 個位元的連結層優先權，0 到 7。交換器可以讓語音（常用 5）排在大量資料前面；WebRTC 通話的 DSCP 可能會被對應到這裡。'
		},
		ref: IEEE_802_1Q
	},
	'frame.vlan.dei': {
		title: { en: 'Drop Eligible Indicator', 'zh-TW': '可丟棄指示（DEI）' },
		text: {
			en: 'One bit: 1 marks the frame as a good candidate to drop first when a switch is congested.',
			'zh-TW': '1 個位元：設為 1 表示交換器壅塞時可以優先丟掉這個訊框。'
		},
		ref: IEEE_802_1Q
	},
	'frame.vlan.vid': {
		title: { en: 'VLAN Identifier', 'zh-TW': 'VLAN 識別碼（VID）' },
		text: {
			en: 'Twelve bits naming the virtual LAN, 1 to 4094 (0 means "priority only", 4095 is reserved).',
			'zh-TW': '12 個位元，指出是哪個虛擬區域網路，範圍 1 到 4094（0 表示「只有優先權」，4095 保留）。'
		},
		ref: IEEE_802_1Q
	},

	// Linux cooked capture (libpcap LINKTYPE_LINUX_SLL / LINUX_SLL2)
	'frame.sll': {
		title: { en: 'Linux cooked capture header', 'zh-TW': 'Linux cooked capture 標頭' },
		text: {
			en: 'A 16-byte header libpcap makes up when you capture on Linux\'s "any" device, because the interfaces underneath have different link layers. It records the direction, the link type and the protocol, not bytes that were on a wire.',
			'zh-TW':
				'在 Linux 的「any」裝置上擷取時，因為底下各介面的連結層不同，libpcap 會自己產生這個 16 位元組的標頭。它記下方向、連結類型與協定，並不是真的在線路上傳送過的位元組。'
		},
		ref: linktype('LINKTYPE_LINUX_SLL')
	},
	'frame.sll2': {
		title: { en: 'Linux cooked capture v2 header', 'zh-TW': 'Linux cooked capture v2 標頭' },
		text: {
			en: 'The 20-byte successor of the cooked header (libpcap 1.10 and later): it moves the protocol first and adds the interface index, so you can tell which interface each packet of an "any" capture used.',
			'zh-TW':
				'cooked 標頭的 20 位元組新版（libpcap 1.10 起）：協定移到最前面，並加上介面索引，所以在「any」擷取裡可以分辨每個封包走的是哪個介面。'
		},
		ref: linktype('LINKTYPE_LINUX_SLL2')
	},
	'frame.sll.packetType': {
		title: { en: 'Packet type', 'zh-TW': '封包類型' },
		text: {
			en: 'Which way the packet went: 0 addressed to this host, 1 broadcast, 2 multicast, 3 to another host, 4 sent by this host. A loopback packet appears once, as received.',
			'zh-TW':
				'封包的方向：0 是送給本機，1 是廣播，2 是群播，3 是送給別台主機，4 是本機送出。loopback 的封包只會以「收到」出現一次。'
		},
		ref: linktype('LINKTYPE_LINUX_SLL')
	},
	'frame.sll.arphrdType': {
		title: { en: 'ARPHRD type', 'zh-TW': 'ARPHRD 類型' },
		text: {
			en: 'The Linux link type of the interface: 1 Ethernet, 772 loopback, 65534 a tunnel with no link header.',
			'zh-TW':
				'該介面在 Linux 裡的連結類型：1 是乙太網路，772 是 loopback，65534 是沒有連結層標頭的通道介面。'
		},
		ref: linktype('LINKTYPE_LINUX_SLL')
	},
	'frame.sll.addressLength': {
		title: { en: 'Link-layer address length', 'zh-TW': '連結層位址長度' },
		text: {
			en: "How many bytes of the 8-byte address field hold the sender's link-layer address: 6 for a MAC address, 0 when the link has none.",
			'zh-TW': '8 位元組的位址欄位中，有幾個位元組是寄件端的連結層位址：MAC 位址是 6，沒有位址的連結則是 0。'
		},
		ref: linktype('LINKTYPE_LINUX_SLL')
	},
	'frame.sll.address': {
		title: { en: 'Link-layer address', 'zh-TW': '連結層位址' },
		text: {
			en: 'The source MAC address (or other link address), padded to 8 bytes. Loopback shows all zeros.',
			'zh-TW': '來源 MAC 位址（或其他連結層位址），補足到 8 個位元組。loopback 上全是 0。'
		},
		ref: linktype('LINKTYPE_LINUX_SLL')
	},
	'frame.sll2.reserved': {
		title: { en: 'Reserved', 'zh-TW': '保留欄位' },
		text: {
			en: 'Two bytes kept for future use and written as zero; they keep the interface index aligned to 4 bytes.',
			'zh-TW': '保留給未來使用的 2 個位元組，一律寫 0；它們讓後面的介面索引對齊 4 個位元組。'
		},
		ref: linktype('LINKTYPE_LINUX_SLL2')
	},
	'frame.sll2.interfaceIndex': {
		title: { en: 'Interface index', 'zh-TW': '介面索引' },
		text: {
			en: "The kernel's number for the interface the packet was seen on, as `ip link` lists it (1 is usually lo).",
			'zh-TW': '看到這個封包的介面在核心裡的編號，和 `ip link` 列出的一樣（1 通常是 lo）。'
		},
		ref: linktype('LINKTYPE_LINUX_SLL2')
	},

	// BSD loopback (LINKTYPE_NULL / LINKTYPE_LOOP)
	'frame.loopback': {
		title: { en: 'BSD loopback header', 'zh-TW': 'BSD loopback 標頭' },
		text: {
			en: 'The 4-byte header of captures on macOS and BSD loopback (lo0): just the address family of the packet inside, since loopback has no MAC addresses.',
			'zh-TW':
				'在 macOS 與 BSD 的 loopback（lo0）上擷取時的 4 位元組標頭：因為 loopback 沒有 MAC 位址，只記錄裡面封包的位址家族。'
		},
		ref: linktype('LINKTYPE_NULL')
	},
	'frame.loopback.family': {
		title: { en: 'Protocol family', 'zh-TW': '協定家族' },
		text: {
			en: "AF_INET (2) for IPv4; AF_INET6 for IPv6, which is 24, 28 or 30 depending on the BSD. It is written in the capturing machine's byte order, so 2 may appear as 02 00 00 00.",
			'zh-TW':
				'IPv4 是 AF_INET（2）；IPv6 是 AF_INET6，依 BSD 版本不同可能是 24、28 或 30。它用擷取機器的位元組順序寫入，所以 2 可能看起來是 02 00 00 00。'
		},
		ref: linktype('LINKTYPE_NULL')
	},

	// IPv4 (RFC 791 §3.1)
	'frame.ipv4': {
		title: { en: 'IPv4 header', 'zh-TW': 'IPv4 標頭' },
		text: {
			en: 'At least 20 bytes that carry the packet from host to host: addresses, length, lifetime and the protocol inside. These are the addresses a NAT rewrites and the ones ICE candidates name.',
			'zh-TW':
				'至少 20 個位元組，負責把封包從一台主機送到另一台：位址、長度、存活時間，以及裡面裝的協定。NAT 改寫的就是這裡的位址，ICE 候選位址指的也是它們。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.version': {
		title: { en: 'Version', 'zh-TW': '版本' },
		text: {
			en: 'The first four bits, 4 for IPv4. They are why an IPv4 packet starts with a byte 0x45 to 0x4f.',
			'zh-TW': '最前面的 4 個位元，IPv4 就是 4。所以 IPv4 封包的第一個位元組會落在 0x45 到 0x4f 之間。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.ihl': {
		title: { en: 'Internet Header Length', 'zh-TW': '標頭長度（IHL）' },
		text: {
			en: 'The header length in 32-bit words: 5 (20 bytes) without options, up to 15 (60 bytes). UDP starts right after it.',
			'zh-TW':
				'以 32 位元字組為單位的標頭長度：沒有選項時是 5（20 個位元組），最多 15（60 個位元組）。UDP 標頭緊接在它後面。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.dscp': {
		title: { en: 'Differentiated Services Code Point', 'zh-TW': '差別服務代碼（DSCP）' },
		text: {
			en: 'Six bits that ask routers for a class of treatment, e.g. 46 (EF) for voice and 34 (AF41) for interactive video. Browsers may set them for WebRTC (RFC 8837), but networks often rewrite or clear them.',
			'zh-TW':
				'6 個位元，請路由器給予某種等級的處理，例如語音用 46（EF）、互動視訊用 34（AF41）。瀏覽器可能會為 WebRTC 設定它（RFC 8837），但網路常會改寫或清除。'
		},
		ref: { rfc: 2474, section: '3' }
	},
	'frame.ipv4.ecn': {
		title: { en: 'Explicit Congestion Notification', 'zh-TW': '明確壅塞通知（ECN）' },
		text: {
			en: 'Two bits: 00 the sender does not use ECN, 10 or 01 it does (ECT), 11 a router marked congestion (CE) instead of dropping the packet.',
			'zh-TW':
				'2 個位元：00 表示寄件端不使用 ECN，10 或 01 表示支援（ECT），11 表示路由器遇到壅塞時做了標記（CE），而不是把封包丟掉。'
		},
		ref: { rfc: 3168, section: '5' }
	},
	'frame.ipv4.totalLength': {
		title: { en: 'Total Length', 'zh-TW': '總長度' },
		text: {
			en: 'Bytes in the whole IP packet, header included. Anything after it in a captured frame is link-layer padding.',
			'zh-TW': '整個 IP 封包（含標頭）的位元組數。擷取到的訊框若在它之後還有資料，那是連結層的填充。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.identification': {
		title: { en: 'Identification', 'zh-TW': '識別碼' },
		text: {
			en: "A number the sender picks so the fragments of one packet can be put back together. With Don't Fragment set it is not needed, and many systems just count up.",
			'zh-TW':
				'寄件端選的編號，讓同一個封包的分段可以重新組回來。設了「不分段」時其實用不到，很多系統只是逐一遞增。'
		},
		ref: { rfc: 6864, section: '4' }
	},
	'frame.ipv4.flags': {
		title: { en: 'Flags', 'zh-TW': '旗標' },
		text: {
			en: "Three bits: a reserved 0, Don't Fragment (DF), and More Fragments (MF). WebRTC stacks set DF so an oversized packet is dropped rather than split, which keeps path-MTU problems visible.",
			'zh-TW':
				'3 個位元：保留的 0、「不分段」（DF）和「還有分段」（MF）。WebRTC 會設定 DF，讓過大的封包被丟棄而不是被切開，路徑 MTU 的問題才看得出來。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.fragmentOffset': {
		title: { en: 'Fragment Offset', 'zh-TW': '分段位移' },
		text: {
			en: 'Where this fragment belongs in the original packet, in units of 8 bytes. 0 with MF clear means the packet was not fragmented.',
			'zh-TW': '這個分段在原始封包中的位置，以 8 個位元組為單位。值為 0 且 MF 未設定，表示封包沒有被分段。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.ttl': {
		title: { en: 'Time to Live', 'zh-TW': '存活時間（TTL）' },
		text: {
			en: 'A hop count each router lowers by one; at 0 the packet is dropped. Senders start at 64 or 128, so the value left hints at how many routers it crossed.',
			'zh-TW':
				'每經過一台路由器就減 1 的跳數，減到 0 封包就被丟棄。寄件端通常從 64 或 128 開始，所以剩下的值可以看出大約經過幾台路由器。'
		},
		ref: { rfc: 791, section: '3.2' }
	},
	'frame.ipv4.protocol': {
		title: { en: 'Protocol', 'zh-TW': '協定' },
		text: {
			en: 'What the IP packet carries: 17 is UDP (all WebRTC media and STUN), 6 TCP (TURN over TCP/TLS), 1 ICMP.',
			'zh-TW':
				'IP 封包裡裝的是什麼：17 是 UDP（WebRTC 的媒體和 STUN 都用它），6 是 TCP（TURN over TCP/TLS），1 是 ICMP。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.headerChecksum': {
		title: { en: 'Header Checksum', 'zh-TW': '標頭檢查碼' },
		text: {
			en: "The ones' complement sum of the header only, recomputed at every router because TTL changes. A wrong value on a packet your own machine sent usually means the network card fills it in later.",
			'zh-TW':
				'只涵蓋標頭的一補數和；因為 TTL 會變，每台路由器都要重算。自己電腦送出的封包若顯示錯誤，通常是網路卡之後才會填入。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.source': {
		title: { en: 'Source Address', 'zh-TW': '來源位址' },
		text: {
			en: 'Who sent the packet, as seen at this point of the path: behind a NAT it is a private address, after the NAT the public one a STUN server reports as the server-reflexive candidate.',
			'zh-TW':
				'在路徑上這個位置看到的寄件者：在 NAT 後面是私有位址，經過 NAT 之後則是公開位址，也就是 STUN 伺服器回報的伺服器反射候選位址。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.destination': {
		title: { en: 'Destination Address', 'zh-TW': '目的位址' },
		text: {
			en: "Where the packet is going. For relayed media it is the TURN server, not the peer; the peer's address is then inside the TURN message.",
			'zh-TW':
				'封包要送往的位址。透過中繼的媒體，這裡是 TURN 伺服器而不是對方；對方的位址則放在 TURN 訊息裡面。'
		},
		ref: { rfc: 791, section: '3.1' }
	},
	'frame.ipv4.options': {
		title: { en: 'Options', 'zh-TW': '選項' },
		text: {
			en: 'Header bytes beyond the first 20 (IHL above 5), such as Router Alert. They are rare on the Internet, and some routers drop packets that carry them.',
			'zh-TW':
				'超過前 20 個位元組的標頭內容（IHL 大於 5），例如 Router Alert。網際網路上很少見，有些路由器還會丟掉帶有選項的封包。'
		},
		ref: { rfc: 791, section: '3.1' }
	},

	// IPv6 (RFC 8200 §3, §4)
	'frame.ipv6': {
		title: { en: 'IPv6 header', 'zh-TW': 'IPv6 標頭' },
		text: {
			en: 'A fixed 40-byte header with 128-bit addresses. Unlike IPv4 it has no checksum and routers never fragment; optional extension headers can follow before UDP.',
			'zh-TW':
				'固定 40 個位元組、使用 128 位元位址的標頭。它和 IPv4 不同，沒有檢查碼，路由器也不會分段；在 UDP 之前可以接上選用的延伸標頭。'
		},
		ref: { rfc: 8200, section: '3' }
	},
	'frame.ipv6.version': {
		title: { en: 'Version', 'zh-TW': '版本' },
		text: {
			en: "The first four bits, 6 for IPv6, so the packet's first byte is 0x60 to 0x6f.",
			'zh-TW': '最前面的 4 個位元，IPv6 是 6，所以封包的第一個位元組在 0x60 到 0x6f 之間。'
		},
		ref: { rfc: 8200, section: '3' }
	},
	'frame.ipv6.trafficClass': {
		title: { en: 'Traffic Class', 'zh-TW': '流量類別' },
		text: {
			en: 'Eight bits that straddle the first two bytes: six of DSCP and two of ECN, with the same meaning as in IPv4.',
			'zh-TW': '橫跨前兩個位元組的 8 個位元：6 位元 DSCP 加 2 位元 ECN，意義和 IPv4 相同。'
		},
		ref: { rfc: 8200, section: '7' }
	},
	'frame.ipv6.flowLabel': {
		title: { en: 'Flow Label', 'zh-TW': '流標籤' },
		text: {
			en: 'Twenty bits the sender sets per flow (often a hash of addresses and ports) so routers can keep one flow on one path without reading the UDP header.',
			'zh-TW':
				'寄件端為每個流設定的 20 個位元（常是位址與連接埠的雜湊），讓路由器不必讀 UDP 標頭，也能把同一個流留在同一條路徑上。'
		},
		ref: { rfc: 6437, section: '2' }
	},
	'frame.ipv6.payloadLength': {
		title: { en: 'Payload Length', 'zh-TW': '酬載長度' },
		text: {
			en: "Bytes after the 40-byte header, extension headers included — unlike IPv4's Total Length, the fixed header is not counted.",
			'zh-TW': '40 位元組標頭之後的位元組數（含延伸標頭）。和 IPv4 的總長度不同，固定標頭本身不算在內。'
		},
		ref: { rfc: 8200, section: '3' }
	},
	'frame.ipv6.nextHeader': {
		title: { en: 'Next Header', 'zh-TW': '下一個標頭' },
		text: {
			en: 'What follows the fixed header: 17 for UDP, or an extension header (0 Hop-by-Hop, 43 Routing, 44 Fragment, 60 Destination Options) that names the next one in turn.',
			'zh-TW':
				'固定標頭之後接的是什麼：17 是 UDP，也可能是延伸標頭（0 Hop-by-Hop、43 Routing、44 Fragment、60 Destination Options），再由它指出下一個。'
		},
		ref: { rfc: 8200, section: '3' }
	},
	'frame.ipv6.hopLimit': {
		title: { en: 'Hop Limit', 'zh-TW': '跳數限制' },
		text: {
			en: "IPv6's TTL: each router lowers it by one and drops the packet at 0.",
			'zh-TW': 'IPv6 版的 TTL：每台路由器減 1，減到 0 就丟棄封包。'
		},
		ref: { rfc: 8200, section: '3' }
	},
	'frame.ipv6.source': {
		title: { en: 'Source Address', 'zh-TW': '來源位址' },
		text: {
			en: "The sender's 128-bit address, written with :: for the longest run of zero groups. Hosts often have several; ICE gathers a candidate for each.",
			'zh-TW':
				'寄件端的 128 位元位址，最長一段連續為 0 的欄位寫成 ::。主機常有好幾個 IPv6 位址，ICE 會為每一個都收集候選位址。'
		},
		ref: { rfc: 8200, section: '3' }
	},
	'frame.ipv6.destination': {
		title: { en: 'Destination Address', 'zh-TW': '目的位址' },
		text: {
			en: "The receiver's 128-bit address. With IPv6 there is usually no NAT, so a host candidate can be reached directly if the firewall allows it.",
			'zh-TW': '收件端的 128 位元位址。IPv6 通常沒有 NAT，只要防火牆允許，主機候選位址就能直接連到。'
		},
		ref: { rfc: 8200, section: '3' }
	},
	'frame.ipv6.hopByHop': {
		title: { en: 'Hop-by-Hop Options header', 'zh-TW': 'Hop-by-Hop 選項標頭' },
		text: {
			en: 'Options every router on the path must look at; it can only come right after the IPv6 header. Padding options (Pad1, PadN) keep it a multiple of 8 bytes.',
			'zh-TW':
				'路徑上每台路由器都要檢查的選項，只能緊接在 IPv6 標頭之後。Pad1、PadN 等填充選項讓它保持 8 位元組的倍數。'
		},
		ref: { rfc: 8200, section: '4.3' }
	},
	'frame.ipv6.routing': {
		title: { en: 'Routing header', 'zh-TW': 'Routing 標頭' },
		text: {
			en: 'Lists nodes the packet should visit on its way (type 0 is deprecated; segment routing uses type 4). Its Segments Left counts how many remain.',
			'zh-TW':
				'列出封包途中要經過的節點（type 0 已被棄用，Segment Routing 用 type 4）。其中的 Segments Left 表示還剩幾個。'
		},
		ref: { rfc: 8200, section: '4.4' }
	},
	'frame.ipv6.fragment': {
		title: { en: 'Fragment header', 'zh-TW': 'Fragment 標頭' },
		text: {
			en: 'Present when the sender split the packet; in IPv6 only the sender may fragment. Offset 0 with M clear is an "atomic fragment" that holds the whole packet.',
			'zh-TW':
				'寄件端把封包切開時才會出現；IPv6 只有寄件端可以分段。位移為 0 且 M 未設定，是裝著整個封包的「原子分段」。'
		},
		ref: { rfc: 8200, section: '4.5' }
	},
	'frame.ipv6.destinationOptions': {
		title: { en: 'Destination Options header', 'zh-TW': 'Destination Options 標頭' },
		text: {
			en: 'Options for the receiver only (or for each listed router when it comes before a Routing header); routers in between pass it untouched.',
			'zh-TW':
				'只給收件端看的選項（若放在 Routing 標頭之前，則給每個列出的節點看）；中間的路由器會原封不動地轉送。'
		},
		ref: { rfc: 8200, section: '4.6' }
	},
	'frame.ipv6.ext.nextHeader': {
		title: { en: 'Next Header', 'zh-TW': '下一個標頭' },
		text: {
			en: 'The type of whatever follows this extension header: another extension header, or 17 when UDP comes next. The chain is read one link at a time.',
			'zh-TW': '這個延伸標頭之後接的是什麼：另一個延伸標頭，或是代表 UDP 的 17。整條鏈要一段一段地讀下去。'
		},
		ref: { rfc: 8200, section: '4' }
	},
	'frame.ipv6.ext.length': {
		title: { en: 'Hdr Ext Len', 'zh-TW': '延伸標頭長度' },
		text: {
			en: "The header's length in 8-byte units, not counting the first 8 bytes: 0 means 8 bytes, 1 means 16.",
			'zh-TW': '以 8 位元組為單位的標頭長度，不含最前面的 8 個位元組：0 表示 8 個位元組，1 表示 16 個。'
		},
		ref: { rfc: 8200, section: '4.3' }
	},
	'frame.ipv6.ext.data': {
		title: { en: 'Options / routing data', 'zh-TW': '選項／路由資料' },
		text: {
			en: 'The body of the extension header: type-length-value options, or the routing type, segments left and addresses. Only the nodes it is meant for act on it.',
			'zh-TW':
				'延伸標頭的內容：以類型、長度、值編碼的選項，或是路由類型、剩餘區段數與位址。只有它指定的節點會處理。'
		},
		ref: { rfc: 8200, section: '4.2' }
	},
	'frame.ipv6.fragment.reserved': {
		title: { en: 'Reserved', 'zh-TW': '保留欄位' },
		text: {
			en: 'Eight bits sent as zero and ignored by the receiver.',
			'zh-TW': '送出時填 0、收件端會忽略的 8 個位元。'
		},
		ref: { rfc: 8200, section: '4.5' }
	},
	'frame.ipv6.fragment.offset': {
		title: { en: 'Fragment Offset', 'zh-TW': '分段位移' },
		text: {
			en: "Where this fragment's data starts in the original packet, in 8-byte units.",
			'zh-TW': '這個分段的資料在原始封包中從哪裡開始，以 8 個位元組為單位。'
		},
		ref: { rfc: 8200, section: '4.5' }
	},
	'frame.ipv6.fragment.more': {
		title: { en: 'M flag', 'zh-TW': 'M 旗標' },
		text: {
			en: '1 when more fragments follow, 0 on the last (or only) one.',
			'zh-TW': '後面還有分段時為 1，最後一個（或唯一一個）分段為 0。'
		},
		ref: { rfc: 8200, section: '4.5' }
	},
	'frame.ipv6.fragment.identification': {
		title: { en: 'Identification', 'zh-TW': '識別碼' },
		text: {
			en: 'A 32-bit number shared by all fragments of one packet, so the receiver can reassemble them.',
			'zh-TW': '同一個封包的所有分段共用的 32 位元編號，讓收件端能把它們重組起來。'
		},
		ref: { rfc: 8200, section: '4.5' }
	},

	// UDP (RFC 768)
	'frame.udp': {
		title: { en: 'UDP header', 'zh-TW': 'UDP 標頭' },
		text: {
			en: 'Eight bytes: two ports, a length and a checksum. WebRTC sends STUN, DTLS, SRTP and TURN over UDP because a late packet is worth less than a lost one; everything after these 8 bytes is the payload decoded below.',
			'zh-TW':
				'8 個位元組：兩個連接埠、長度和檢查碼。WebRTC 用 UDP 傳送 STUN、DTLS、SRTP 和 TURN，因為遲到的封包比遺失的更沒用；這 8 個位元組之後就是下方解碼的酬載。'
		},
		ref: { rfc: 768 }
	},
	'frame.udp.sourcePort': {
		title: { en: 'Source Port', 'zh-TW': '來源連接埠' },
		text: {
			en: "The sender's port. Together with the source address it is the transport address a NAT maps and ICE tests; one port usually carries all of a call's media (BUNDLE).",
			'zh-TW':
				'寄件端的連接埠。它和來源位址合起來就是 NAT 對應、ICE 檢查的傳輸位址；通常整通通話的媒體都走同一個連接埠（BUNDLE）。'
		},
		ref: { rfc: 768 }
	},
	'frame.udp.destinationPort': {
		title: { en: 'Destination Port', 'zh-TW': '目的連接埠' },
		text: {
			en: "The receiver's port: 3478 for STUN/TURN by default; for media whatever port ICE agreed on.",
			'zh-TW': '收件端的連接埠：STUN/TURN 預設是 3478；媒體則是 ICE 協商出來的連接埠。'
		},
		ref: { rfc: 768 }
	},
	'frame.udp.length': {
		title: { en: 'Length', 'zh-TW': '長度' },
		text: {
			en: 'Bytes in the UDP header plus payload, so the payload is this minus 8.',
			'zh-TW': 'UDP 標頭加上酬載的位元組數，所以酬載長度是這個值減 8。'
		},
		ref: { rfc: 768 }
	},
	'frame.udp.checksum': {
		title: { en: 'Checksum', 'zh-TW': '檢查碼' },
		text: {
			en: 'Covers the UDP header, the payload and a pseudo-header of the IP addresses. 0 means "not computed" (allowed for IPv4 only). Packets captured on the sending machine, or on Linux loopback, often show a wrong value because the card or kernel never fills it in.',
			'zh-TW':
				'涵蓋 UDP 標頭、酬載，以及由 IP 位址組成的虛擬標頭。0 表示「沒有計算」（只有 IPv4 允許）。在寄件端本機或 Linux loopback 上擷取的封包常顯示錯誤的值，因為網路卡或核心根本不會填入。'
		},
		ref: { rfc: 768 }
	}
};
