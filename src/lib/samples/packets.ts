// Sample packets for the packet lab, every one real or published, never made by our encoders: the RFC 5769 STUN
// test vectors, TURN traffic between Chrome or coturn's clients and coturn, ChannelData from pion/turn, RTP/RTCP
// from libwebrtc's and pion's tests and a GStreamer call, DTLS from Chromium and OpenSSL. Provenance of each file
// is in the README.md beside it under test/fixtures. Text fixtures are read at build time with Vite's `?raw`;
// packets from the binary captures are written out here as hex (samples.test.ts checks them against the files).
import type { Locale } from '$lib/notes/types';
import { parseInput } from '$lib/protocol/bytes/input';
import type { PacketKind } from '$lib/protocol/packet';
import { RFC5769 } from '../../../test/fixtures/stun/rfc5769';
import { chromeCoturnAllocate, pionChannelData } from '../../../test/fixtures/stun/captures';

type Localized = Record<Locale, string>;

const RTP_FILES = import.meta.glob<string>('/test/fixtures/rtp/*.hex', {
	query: '?raw',
	import: 'default',
	eager: true
});
const RTP_MANIFEST = import.meta.glob<{ rtp: ManifestEntry[]; rtcp: ManifestEntry[] }>(
	'/test/fixtures/rtp/fixtures.json',
	{ import: 'default', eager: true }
)['/test/fixtures/rtp/fixtures.json'];
const DTLS_FILES = import.meta.glob<string>('/test/fixtures/dtls/*.udp.txt', {
	query: '?raw',
	import: 'default',
	eager: true
});

interface ManifestEntry {
	file: string;
	extmap?: Record<string, string>;
}

export interface PacketSample {
	/** Stable id, used in the URL fragment. */
	id: string;
	kind: PacketKind;
	title: Localized;
	/** Where the bytes came from. */
	source: Localized;
	/** What goes into the text box (annotated hex, a hex dump, or plain hex). */
	text: string;
	/** Credentials that verify MESSAGE-INTEGRITY, when they are published. */
	verify?: { password: string; username?: string; realm?: string };
	/** Open with the kind forced, because the first byte alone would say otherwise (the lesson of the sample). */
	forced?: boolean;
	/** The a=extmap the RTP sender negotiated (local ID → URI), to name header extensions. */
	extmap?: Record<number, string>;
}

/** A fixture's `# comment` hex as pasteable text: the indentation removed, comments kept when they read cleanly. */
function annotated(hexText: string): string {
	const lines = hexText.split('\n').map((l) => l.trim());
	while (lines.length && !lines[0]) lines.shift();
	while (lines.length && !lines[lines.length - 1]) lines.pop();
	const text = lines.join('\n');
	try {
		parseInput(text, { linkType: 'none' });
		return text;
	} catch {
		// A comment such as "seq 0x1234" makes the text look like 0x-prefixed bytes; drop the comments.
		return lines
			.map((l) => l.replace(/#.*$/, '').trim())
			.filter(Boolean)
			.join('\n');
	}
}

/** Plain hex as rows of 16 bytes in groups of 4, easier to read than one long line. */
function rows(hexDigits: string): string {
	const bytes = hexDigits.match(/../g) ?? [];
	const out: string[] = [];
	for (let i = 0; i < bytes.length; i += 16) {
		const row = bytes.slice(i, i + 16);
		const groups: string[] = [];
		for (let k = 0; k < row.length; k += 4) groups.push(row.slice(k, k + 4).join(' '));
		out.push(groups.join('  '));
	}
	return out.join('\n');
}

/** Bytes as Wireshark's "Copy as Hex Dump" writes them (offset, 16 bytes, ASCII column). */
export function wiresharkDump(hexDigits: string): string {
	const bytes = (hexDigits.match(/../g) ?? []).map((b) => parseInt(b, 16));
	const out: string[] = [];
	for (let i = 0; i < bytes.length; i += 16) {
		const row = bytes.slice(i, i + 16);
		const hexPart = row.map((b) => b.toString(16).padStart(2, '0'));
		const left = hexPart.slice(0, 8).join(' ');
		const right = hexPart.slice(8).join(' ');
		const ascii = row.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
		const hexCol = `${left}${right ? `  ${right}` : ''}`.padEnd(16 * 3, ' ');
		out.push(`${i.toString(16).padStart(4, '0')}  ${hexCol}   ${ascii}`);
	}
	return out.join('\n');
}

function rtpFixture(file: string): { text: string; extmap?: Record<number, string> } {
	const raw = RTP_FILES[`/test/fixtures/rtp/${file}`];
	if (raw === undefined) throw new Error(`no RTP fixture ${file}`);
	const entry = [...RTP_MANIFEST.rtp, ...RTP_MANIFEST.rtcp].find((e) => e.file === file);
	const extmap = entry?.extmap
		? Object.fromEntries(Object.entries(entry.extmap).map(([k, v]) => [Number(k), v]))
		: undefined;
	return { text: annotated(raw), ...(extmap ? { extmap } : {}) };
}

function dtlsDatagram(capture: 'dtls12-openssl' | 'dtls13-chromium', frame: number): string {
	const raw = DTLS_FILES[`/test/fixtures/dtls/${capture}.udp.txt`] ?? '';
	const line = raw.split('\n').find((l) => l.split('\t')[0] === String(frame));
	if (!line) throw new Error(`no frame ${frame} in ${capture}.udp.txt`);
	return line.split('\t')[3].trim();
}

// Packets from test/fixtures/captures (binary pcap/pcapng), written out as hex; samples.test.ts re-reads the
// files and checks these bytes. Frame numbers as Wireshark counts them.
export const CAPTURED = {
	/** stun-turn.pcapng frame 2, the whole Ethernet frame: coturn's Binding Success Response. */
	coturnBindingResponseFrame:
		'00000000000000000000000008004500006c7a8f40004011c1ef7f0000017f0000010d9680fa0058fe6b0101003c2112a442bbd939baaa7188515178cd4d002000080001a1e85e12a44300010008000180fa7f000001802b000800010d967f00000180220014436f7475726e2d342e362e312027476f72737427',
	/** stun-turn.pcapng frame 5, UDP payload: turnutils_uclient's authenticated Allocate Request. */
	coturnAllocateRequest:
		'000300682112a44250026ff23f9e5b32bb7f38710019000411000000000d000400000309001700040100000000060005616c69636500000000150010646664356365653233393833303361390014000b6578616d706c652e6f7267000008001412e95a27806b868fbd05fcf38fc708dcf7008bda802800044d4aeb20',
	/** stun-turn.pcapng frame 29, the whole Ethernet frame: ChannelData from the client to coturn. */
	coturnChannelDataFrame:
		'000000000000000000000000080045220048cf9040002f117df07f0000017f000001a5030d960034fe4752d700280000000007070707af11000000000000070707070707070707070707070707070707070707070707',
	/** rtp-rtcp.pcap frame 14, UDP payload: GStreamer's SR + SDES. */
	gstreamerSenderReport:
		'80c80006f26581a6eeb0daee35bde82d369f4c4c0000001e0000391f81ca000cf26581a6011b7573657233303035313339393940686f73742d393466666166393106094753747265616d657200000000',
	/** rtp-rtcp.pcap frame 17, UDP payload: GStreamer's RR (with LSR/DLSR) + SDES. */
	gstreamerReceiverReport:
		'81c900071a0b2f0bf26581a600ffffff00003a17000000b3daf36569000316e381ca000c1a0b2f0b011c757365723236333033303337313740686f73742d393437353362633306094753747265616d6572000000'
} as const;

const COTURN_EN =
	'Captured with tshark on loopback: coturn 4.6.1 with turnutils_uclient (test/fixtures/captures/stun-turn.pcapng';
const COTURN_ZH =
	'在本機迴路介面上用 tshark 擷取：coturn 4.6.1 與 turnutils_uclient 的流量（test/fixtures/captures/stun-turn.pcapng';
const GST_EN =
	'Captured with tshark: a GStreamer 1.22 rtpbin call sending Opus (test/fixtures/captures/rtp-rtcp.pcap';
const GST_ZH = '用 tshark 擷取：GStreamer 1.22 rtpbin 傳送 Opus 的通話（test/fixtures/captures/rtp-rtcp.pcap';
const RFC5769_EN = 'RFC 5769 (Test Vectors for STUN)';
const RFC5769_ZH = 'RFC 5769（STUN 測試向量）';

export const PACKET_SAMPLES: PacketSample[] = [
	{
		id: 'stun-rfc5769-request',
		kind: 'stun',
		title: {
			en: 'STUN Binding Request (RFC 5769 §2.1)',
			'zh-TW': 'STUN Binding 請求（RFC 5769 §2.1）'
		},
		source: {
			en: `${RFC5769_EN} §2.1, copied byte for byte from the RFC. Short-term credentials: password "${RFC5769.sampleRequest.password}".`,
			'zh-TW': `${RFC5769_ZH} §2.1，逐位元組照抄 RFC 原文。短期憑證：密碼為「${RFC5769.sampleRequest.password}」。`
		},
		text: annotated(RFC5769.sampleRequest.hex),
		verify: { password: RFC5769.sampleRequest.password }
	},
	{
		id: 'stun-rfc5769-ipv4-response',
		kind: 'stun',
		title: {
			en: 'STUN Binding Success Response, IPv4 (RFC 5769 §2.2)',
			'zh-TW': 'STUN Binding 成功回應，IPv4（RFC 5769 §2.2）'
		},
		source: {
			en: `${RFC5769_EN} §2.2: mapped address 192.0.2.1:32853. Same password as §2.1.`,
			'zh-TW': `${RFC5769_ZH} §2.2：對應位址為 192.0.2.1:32853，密碼與 §2.1 相同。`
		},
		text: annotated(RFC5769.sampleIPv4Response.hex),
		verify: { password: RFC5769.sampleIPv4Response.password }
	},
	{
		id: 'stun-rfc5769-ipv6-response',
		kind: 'stun',
		title: {
			en: 'STUN Binding Success Response, IPv6 (RFC 5769 §2.3)',
			'zh-TW': 'STUN Binding 成功回應，IPv6（RFC 5769 §2.3）'
		},
		source: {
			en: `${RFC5769_EN} §2.3: mapped address [2001:db8:1234:5678:11:2233:4455:6677]:32853.`,
			'zh-TW': `${RFC5769_ZH} §2.3：對應位址為 [2001:db8:1234:5678:11:2233:4455:6677]:32853。`
		},
		text: annotated(RFC5769.sampleIPv6Response.hex),
		verify: { password: RFC5769.sampleIPv6Response.password }
	},
	{
		id: 'stun-rfc5769-long-term',
		kind: 'stun',
		title: {
			en: 'STUN request with long-term credentials (RFC 5769 §2.4)',
			'zh-TW': '使用長期憑證的 STUN 請求（RFC 5769 §2.4）'
		},
		source: {
			en: `${RFC5769_EN} §2.4: username "${RFC5769.sampleRequestLongTerm.username}", realm "${RFC5769.sampleRequestLongTerm.realm}", password "${RFC5769.sampleRequestLongTerm.password}" (after SASLprep). No FINGERPRINT.`,
			'zh-TW': `${RFC5769_ZH} §2.4：使用者名稱「${RFC5769.sampleRequestLongTerm.username}」、領域「${RFC5769.sampleRequestLongTerm.realm}」、密碼「${RFC5769.sampleRequestLongTerm.password}」（經 SASLprep 處理後）。這個訊息沒有 FINGERPRINT。`
		},
		text: annotated(RFC5769.sampleRequestLongTerm.hex),
		verify: {
			username: RFC5769.sampleRequestLongTerm.username,
			realm: RFC5769.sampleRequestLongTerm.realm,
			password: RFC5769.sampleRequestLongTerm.password
		}
	},
	{
		id: 'stun-coturn-binding-response-frame',
		kind: 'stun',
		title: {
			en: 'coturn Binding Success Response, whole Ethernet frame (hex dump)',
			'zh-TW': 'coturn 的 Binding 成功回應，完整 Ethernet 訊框（十六進位傾印）'
		},
		source: {
			en: `${COTURN_EN}, frame 2), shown the way Wireshark's "Copy as Hex Dump" writes it: the Ethernet, IPv4 and UDP headers are annotated too.`,
			'zh-TW': `${COTURN_ZH}，第 2 個訊框），以 Wireshark「Copy as Hex Dump」的格式呈現：Ethernet、IPv4 與 UDP 標頭也一併標註。`
		},
		text: wiresharkDump(CAPTURED.coturnBindingResponseFrame)
	},
	{
		id: 'turn-coturn-allocate-request',
		kind: 'stun',
		title: {
			en: 'TURN Allocate Request with long-term credentials (coturn)',
			'zh-TW': '帶長期憑證的 TURN Allocate 請求（coturn）'
		},
		source: {
			en: `${COTURN_EN}, frame 5). The test server's credentials are public: username "alice", realm "example.org", password "s3cret".`,
			'zh-TW': `${COTURN_ZH}，第 5 個訊框）。測試伺服器的憑證是公開的：使用者名稱「alice」、領域「example.org」、密碼「s3cret」。`
		},
		text: rows(CAPTURED.coturnAllocateRequest),
		verify: { username: 'alice', realm: 'example.org', password: 's3cret' }
	},
	{
		id: 'turn-chrome-coturn-401',
		kind: 'stun',
		title: {
			en: 'TURN Allocate Error Response 401 (Chrome ⇄ coturn)',
			'zh-TW': 'TURN Allocate 錯誤回應 401（Chrome ⇄ coturn）'
		},
		source: {
			en: 'Chrome talking to coturn 4.5.0.3, from pion/turn internal/proto/testdata/01_chromeallocreq.hex. Note the SOFTWARE padding, which is not zeros.',
			'zh-TW':
				'Chrome 與 coturn 4.5.0.3 之間的流量，取自 pion/turn 的 internal/proto/testdata/01_chromeallocreq.hex。注意 SOFTWARE 的填充位元組不是零。'
		},
		text: rows(chromeCoturnAllocate.allocateError401)
	},
	{
		id: 'channel-data-pion-stun',
		kind: 'channel-data',
		title: {
			en: 'TURN ChannelData carrying a STUN connectivity check (Chrome)',
			'zh-TW': '承載 STUN 連線檢查的 TURN ChannelData（Chrome）'
		},
		source: {
			en: 'Captured by pion/turn from Chrome (internal/proto/testdata/02_chandata.hex, CC0-1.0): channel 0x4000, and inside it an ICE Binding Request.',
			'zh-TW':
				'pion/turn 從 Chrome 擷取（internal/proto/testdata/02_chandata.hex，CC0-1.0）：通道 0x4000，裡面是一個 ICE Binding 請求。'
		},
		text: rows(pionChannelData.stunInside)
	},
	{
		id: 'channel-data-coturn-frame',
		kind: 'channel-data',
		title: {
			en: 'TURN ChannelData to coturn, whole Ethernet frame',
			'zh-TW': '送往 coturn 的 TURN ChannelData，完整 Ethernet 訊框'
		},
		source: {
			en: `${COTURN_EN}, frame 29): 40 bytes of test data on channel 0x52d7, with its Ethernet, IPv4 and UDP headers. coturn still hands out RFC 5766 channel numbers above 0x4fff, whose first byte RFC 9443 gives to QUIC — so the kind is forced here; switch "Decode as" back to automatic to see why.`,
			'zh-TW': `${COTURN_ZH}，第 29 個訊框）：通道 0x52d7 上 40 位元組的測試資料，連同 Ethernet、IPv4 與 UDP 標頭。coturn 仍會配發 RFC 5766 允許、大於 0x4fff 的通道號碼，而 RFC 9443 把這樣的第一個位元組分給了 QUIC，所以這裡強制指定種類；把「解碼為」改回自動判斷就能看到原因。`
		},
		forced: true,
		text: rows(CAPTURED.coturnChannelDataFrame)
	},
	{
		id: 'rtp-libwebrtc-mid',
		kind: 'rtp',
		title: {
			en: 'RTP with a MID header extension (libwebrtc)',
			'zh-TW': '帶 MID 標頭擴充的 RTP（libwebrtc）'
		},
		source: {
			en: 'libwebrtc modules/rtp_rtcp/source/rtp_packet_unittest.cc, kPacketWithMid (BSD-3-Clause); extension ID 11 negotiated as urn:ietf:params:rtp-hdrext:sdes:mid.',
			'zh-TW':
				'libwebrtc 的 modules/rtp_rtcp/source/rtp_packet_unittest.cc 中的 kPacketWithMid（BSD-3-Clause）；擴充 ID 11 協商為 urn:ietf:params:rtp-hdrext:sdes:mid。'
		},
		...rtpFixture('libwebrtc-mid.hex')
	},
	{
		id: 'rtp-libwebrtc-audio-level',
		kind: 'rtp',
		title: {
			en: 'RTP with transmission offset and audio level (libwebrtc)',
			'zh-TW': '帶傳輸時間偏移與音量等級的 RTP（libwebrtc）'
		},
		source: {
			en: 'libwebrtc rtp_packet_unittest.cc, kPacketWithTOAndAL (BSD-3-Clause): one-byte header extensions, IDs 1 (toffset) and 9 (ssrc-audio-level).',
			'zh-TW':
				'libwebrtc 的 rtp_packet_unittest.cc 中的 kPacketWithTOAndAL（BSD-3-Clause）：一位元組形式的標頭擴充，ID 1（toffset）與 9（ssrc-audio-level）。'
		},
		...rtpFixture('libwebrtc-toffset-audio-level.hex')
	},
	{
		id: 'rtp-chrome-video',
		kind: 'rtp',
		title: { en: 'RTP video header from Chrome', 'zh-TW': 'Chrome 送出的 RTP 視訊標頭' },
		source: {
			en: "olivermichel/webrtc-analysis test/include/data.h (rtp_pkt2), with Wireshark's dissection; the extmap is Chrome's default video extmap (our assumption) and the payload is cut off.",
			'zh-TW':
				'取自 olivermichel/webrtc-analysis 的 test/include/data.h（rtp_pkt2），附 Wireshark 的解析；extmap 採用 Chrome 預設的視訊 extmap（這是我們的假設），酬載已被截掉。'
		},
		...rtpFixture('chrome-one-byte.hex')
	},
	{
		id: 'rtcp-gstreamer-rr',
		kind: 'rtcp',
		title: {
			en: 'RTCP Receiver Report + SDES (GStreamer)',
			'zh-TW': 'RTCP 接收端報告 + SDES（GStreamer）'
		},
		source: {
			en: `${GST_EN}, frame 17): the receiver reports on the Opus stream, with LSR and DLSR for the round-trip time.`,
			'zh-TW': `${GST_ZH}，第 17 個訊框）：接收端回報 Opus 串流的狀況，附有可算出來回時間的 LSR 與 DLSR。`
		},
		text: rows(CAPTURED.gstreamerReceiverReport)
	},
	{
		id: 'rtcp-gstreamer-sr',
		kind: 'rtcp',
		title: { en: 'RTCP Sender Report + SDES (GStreamer)', 'zh-TW': 'RTCP 傳送端報告 + SDES（GStreamer）' },
		source: {
			en: `${GST_EN}, frame 14): NTP and RTP timestamps, packet and octet counts, and the CNAME.`,
			'zh-TW': `${GST_ZH}，第 14 個訊框）：NTP 與 RTP 時間戳記、封包數與位元組數，以及 CNAME。`
		},
		text: rows(CAPTURED.gstreamerSenderReport)
	},
	{
		id: 'rtcp-pion-compound',
		kind: 'rtcp',
		title: {
			en: 'RTCP compound: RR, SDES, BYE, PLI, APP (pion)',
			'zh-TW': 'RTCP 複合封包：RR、SDES、BYE、PLI、APP（pion）'
		},
		source: {
			en: 'pion/rtcp packet_test.go realPacket(), "an RTCP packet from a packet dump" (MIT).',
			'zh-TW': '取自 pion/rtcp 的 packet_test.go 中的 realPacket()，「來自封包傾印的 RTCP 封包」（MIT）。'
		},
		...rtpFixture('pion-real-compound.hex')
	},
	{
		id: 'rtcp-pion-remb',
		kind: 'rtcp',
		title: {
			en: 'RTCP REMB bandwidth estimate from Chrome (pion)',
			'zh-TW': 'Chrome 的 RTCP REMB 頻寬估計（pion）'
		},
		source: {
			en: 'pion/rtcp receiver_estimated_maximum_bitrate_test.go: "real data sent by Chrome while watching a 6Mb/s stream" (MIT).',
			'zh-TW':
				'取自 pion/rtcp 的 receiver_estimated_maximum_bitrate_test.go：「Chrome 觀看 6 Mb/s 串流時送出的真實資料」（MIT）。'
		},
		...rtpFixture('pion-remb.hex')
	},
	{
		id: 'dtls-chromium-client-hello',
		kind: 'dtls',
		title: {
			en: 'DTLS 1.3 ClientHello, first fragment (Chromium 156)',
			'zh-TW': 'DTLS 1.3 ClientHello 的第一個片段（Chromium 156）'
		},
		source: {
			en: 'A WebRTC loopback call in headless Chromium 156, captured with tshark (test/fixtures/dtls/dtls13-chromium.pcap, frame 5). The ClientHello is split in two because its X25519MLKEM768 key share is 1216 bytes.',
			'zh-TW':
				'在無頭模式的 Chromium 156 中進行 WebRTC 迴路通話，用 tshark 擷取（test/fixtures/dtls/dtls13-chromium.pcap，第 5 個訊框）。因為 X25519MLKEM768 金鑰交換值長達 1216 位元組，ClientHello 被切成兩段。'
		},
		text: rows(dtlsDatagram('dtls13-chromium', 5))
	},
	{
		id: 'dtls-openssl-client-hello',
		kind: 'dtls',
		title: {
			en: 'DTLS 1.2 ClientHello with cookie (OpenSSL 3.0)',
			'zh-TW': '帶 cookie 的 DTLS 1.2 ClientHello（OpenSSL 3.0）'
		},
		source: {
			en: 'OpenSSL 3.0.19 s_client -dtls1_2 with use_srtp, after the HelloVerifyRequest (test/fixtures/dtls/dtls12-openssl.pcap, frame 3).',
			'zh-TW':
				'OpenSSL 3.0.19 的 s_client -dtls1_2（啟用 use_srtp），在收到 HelloVerifyRequest 之後送出（test/fixtures/dtls/dtls12-openssl.pcap，第 3 個訊框）。'
		},
		text: rows(dtlsDatagram('dtls12-openssl', 3))
	},
	{
		id: 'dtls-openssl-server-flight',
		kind: 'dtls',
		title: {
			en: 'DTLS 1.2 server flight: ServerHello … ServerHelloDone (OpenSSL 3.0)',
			'zh-TW': 'DTLS 1.2 伺服器端的一輪訊息：ServerHello 到 ServerHelloDone（OpenSSL 3.0）'
		},
		source: {
			en: 'OpenSSL 3.0.19 s_server -dtls1_2: several handshake records in one datagram (test/fixtures/dtls/dtls12-openssl.pcap, frame 4).',
			'zh-TW':
				'OpenSSL 3.0.19 的 s_server -dtls1_2：一個資料包裡裝了好幾筆交握記錄（test/fixtures/dtls/dtls12-openssl.pcap，第 4 個訊框）。'
		},
		text: rows(dtlsDatagram('dtls12-openssl', 4))
	}
];

export const DEFAULT_SAMPLE = PACKET_SAMPLES[0];

export function findSample(id: string | undefined): PacketSample | undefined {
	return id === undefined ? undefined : PACKET_SAMPLES.find((s) => s.id === id);
}

/** The sample whose text is exactly `text`, if any (so a pasted-back sample keeps its title and extmap). */
export function sampleForText(text: string): PacketSample | undefined {
	return PACKET_SAMPLES.find((s) => s.text === text);
}
