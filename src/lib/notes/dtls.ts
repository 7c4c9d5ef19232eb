// Explanations of DTLS fields, keyed by the FieldSpan noteId, in both locales with the RFC section.
import type { Note, NoteTable } from './types';

function note(en: [string, string], zh: [string, string], rfc: number, section?: string): Note {
	return {
		title: { en: en[0], 'zh-TW': zh[0] },
		text: { en: en[1], 'zh-TW': zh[1] },
		ref: section ? { rfc, section } : { rfc }
	};
}

export const dtlsNotes: NoteTable = {
	// Record layer
	'dtls.record': note(
		[
			'DTLS record',
			'One DTLS record: a 13-byte header (type, version, epoch, sequence number, length) and its fragment. Several records may share one UDP datagram, which is how a whole flight of handshake messages often travels in one packet.'
		],
		[
			'DTLS 紀錄',
			'一筆 DTLS 紀錄：13 個位元組的標頭（類型、版本、epoch、序號、長度）加上內容。同一個 UDP 資料包可以放好幾筆紀錄，一整輪交握訊息常常就這樣裝在一個封包裡。'
		],
		6347,
		'4.1'
	),
	'dtls.record.contentType': note(
		[
			'ContentType',
			'What the record carries: 20 change_cipher_spec, 21 alert, 22 handshake, 23 application_data (SCTP in WebRTC); 25 tls12_cid and 26 ack are newer. This byte is also what RFC 7983 demultiplexing looks at.'
		],
		[
			'ContentType（內容類型）',
			'這筆紀錄裝的是什麼：20 change_cipher_spec、21 alert、22 handshake、23 application_data（在 WebRTC 中是 SCTP）；25 tls12_cid 與 26 ack 是較新的類型。RFC 7983 的分流看的也是這個位元組。'
		],
		6347,
		'4.1'
	),
	'dtls.record.version': note(
		[
			'ProtocolVersion',
			"The record-layer version, written as the 1's complement of the TLS version: 0xfeff is DTLS 1.0, 0xfefd DTLS 1.2. A first ClientHello often says 1.0 here for compatibility; the version actually used is agreed in the hellos."
		],
		[
			'ProtocolVersion（協定版本）',
			'紀錄層的版本，寫成 TLS 版本的 1 補數：0xfeff 是 DTLS 1.0，0xfefd 是 DTLS 1.2。第一個 ClientHello 為了相容常在這裡寫 1.0，真正使用的版本是在 hello 訊息裡協商的。'
		],
		6347,
		'4.1'
	),
	'dtls.record.epoch': note(
		[
			'epoch',
			'Counts cipher-state changes. Epoch 0 is the unencrypted handshake; after ChangeCipherSpec the sender moves to epoch 1 and everything it sends is encrypted with the new keys.'
		],
		[
			'epoch（加密世代）',
			'計算加密狀態換了幾次。epoch 0 是未加密的交握；送出 ChangeCipherSpec 後，傳送端改用 epoch 1，之後送出的內容都用新金鑰加密。'
		],
		6347,
		'4.1'
	),
	'dtls.record.sequenceNumber': note(
		[
			'sequence_number',
			'A 48-bit counter, reset for each epoch and never reused. UDP may lose, repeat or reorder datagrams, so DTLS numbers every record explicitly to detect replays and to compute the encryption nonce.'
		],
		[
			'sequence_number（序號）',
			'48 位元的計數器，每個 epoch 重新起算且不重複使用。UDP 可能遺失、重複或打亂資料包，所以 DTLS 明確替每筆紀錄編號，用來偵測重送攻擊並計算加密用的 nonce。'
		],
		6347,
		'4.1'
	),
	'dtls.record.length': note(
		[
			'length',
			"The number of bytes in this record's fragment (after the 13-byte header). The next record in the datagram, if any, starts right after them."
		],
		[
			'length（長度）',
			'這筆紀錄內容的位元組數（不含 13 個位元組的標頭）。如果資料包裡還有下一筆紀錄，就緊接在這之後開始。'
		],
		6347,
		'4.1'
	),
	'dtls.record.opaque': note(
		[
			'Fragment (not decoded)',
			'The content of a record type this decoder does not read, such as heartbeat (24). It is shown as bytes and kept as is.'
		],
		['內容（未解碼）', '這個解碼器不讀的紀錄類型內容，例如 heartbeat（24）。以原始位元組顯示並原樣保留。'],
		6347,
		'4.1'
	),
	'dtls.record.cid': note(
		[
			'Connection ID and ciphertext',
			'A tls12_cid record puts a connection ID between the sequence number and the length. Its size was agreed in the handshake and is not written on the wire, so without that state the rest of the datagram cannot be split further.'
		],
		[
			'連線 ID 與密文',
			'tls12_cid 紀錄在序號與長度之間放了連線 ID。它的長度是在交握時協商的，封包上不會寫出來，所以少了那個狀態就無法再切分資料包剩下的部分。'
		],
		9146,
		'4'
	),
	'dtls.encrypted.handshake': note(
		[
			'Encrypted handshake (Finished)',
			'A handshake record in epoch 1 or later. In a DTLS 1.2 handshake this is the Finished message sent right after ChangeCipherSpec: a MAC over the whole handshake, proving both sides saw the same messages and hold the same keys.'
		],
		[
			'加密的交握訊息（Finished）',
			'epoch 1 以後的交握紀錄。在 DTLS 1.2 交握中，這就是緊接在 ChangeCipherSpec 之後送出的 Finished 訊息：對整個交握過程計算的 MAC，證明雙方看到相同的訊息並擁有相同的金鑰。'
		],
		5246,
		'7.4.9'
	),
	'dtls.encrypted.applicationData': note(
		[
			'Encrypted application data (SCTP)',
			'Application data protected with the negotiated keys. In WebRTC it carries SCTP packets, the transport of data channels. Audio and video do not travel here: they go as SRTP, whose keys are exported from this DTLS session (RFC 5764).'
		],
		[
			'加密的應用資料（SCTP）',
			'用協商出的金鑰保護的應用資料。在 WebRTC 中它承載 SCTP 封包，也就是資料通道的傳輸層。聲音與影像不走這裡，而是以 SRTP 傳送，其金鑰是從這個 DTLS 工作階段匯出的（RFC 5764）。'
		],
		8261,
		'3'
	),
	'dtls.encrypted.alert': note(
		[
			'Encrypted alert',
			'An alert sent after the keys changed, so its level and description are hidden. At the end of a session it is normally close_notify, the polite goodbye.'
		],
		[
			'加密的警示',
			'金鑰切換後送出的警示，所以等級與描述都看不到。在工作階段結束時通常是 close_notify，也就是正式的道別。'
		],
		5246,
		'7.2'
	),
	'dtls.encrypted.other': note(
		[
			'Encrypted record',
			'A record protected by the keys of its epoch. Only the endpoints can read it; the header stays in clear so the receiver knows which keys to use.'
		],
		['加密的紀錄', '以該 epoch 金鑰保護的紀錄，只有兩端讀得懂；標頭保持明文，接收端才知道要用哪一組金鑰。'],
		6347,
		'4.1'
	),
	'dtls.changeCipherSpec': note(
		[
			'ChangeCipherSpec',
			'A single byte, 1: "from my next record on, I encrypt with the keys we just agreed". It is a record of its own, not a handshake message; DTLS 1.3 dropped it.'
		],
		[
			'ChangeCipherSpec（切換加密規格）',
			'只有一個位元組 1，意思是「從下一筆紀錄開始，我改用剛協商好的金鑰加密」。它自成一筆紀錄，不是交握訊息；DTLS 1.3 已經拿掉它。'
		],
		5246,
		'7.1'
	),
	'dtls.alert.level': note(
		[
			'AlertLevel',
			"1 warning or 2 fatal. A fatal alert ends the connection at once; in WebRTC that means the call's transport fails."
		],
		[
			'AlertLevel（警示等級）',
			'1 是警告，2 是致命。收到致命警示時連線立刻結束；在 WebRTC 中代表通話的傳輸失敗。'
		],
		5246,
		'7.2'
	),
	'dtls.alert.description': note(
		[
			'AlertDescription',
			'Why the alert was sent, e.g. 0 close_notify, 40 handshake_failure, 42 bad_certificate. A certificate whose fingerprint does not match the SDP typically ends in bad_certificate.'
		],
		[
			'AlertDescription（警示描述）',
			'送出警示的原因，例如 0 close_notify、40 handshake_failure、42 bad_certificate。憑證指紋與 SDP 不符時，通常就以 bad_certificate 結束。'
		],
		5246,
		'7.2'
	),

	// DTLS 1.3 unified header
	'dtls.unified': note(
		[
			'DTLS 1.3 encrypted record',
			'A DTLS 1.3 record with the compact unified header. After the ServerHello every record looks like this; the real content type is encrypted inside, so handshake messages, ACKs and application data cannot be told apart on the wire.'
		],
		[
			'DTLS 1.3 加密紀錄',
			'使用精簡統一標頭的 DTLS 1.3 紀錄。ServerHello 之後的每筆紀錄都長這樣；真正的內容類型被加密在裡面，所以從封包上分不出是交握訊息、ACK 還是應用資料。'
		],
		9147,
		'4'
	),
	'dtls.unified.header': note(
		[
			'Unified header byte',
			'The first byte, 0b001CSLEE: three fixed bits, then flags saying whether a connection ID, a 16-bit sequence number and a length follow, and the low two bits of the epoch.'
		],
		[
			'統一標頭位元組',
			'第一個位元組 0b001CSLEE：三個固定位元，接著是旗標，表示後面是否有連線 ID、16 位元序號與長度欄位，最後是 epoch 的低兩位元。'
		],
		9147,
		'4'
	),
	'dtls.unified.fixedBits': note(
		[
			'Fixed bits 001',
			'Always 001, which puts the first byte in 32–63: inside the DTLS range of RFC 7983 demultiplexing and clear of the classic content types 20–26.'
		],
		[
			'固定位元 001',
			'永遠是 001，使第一個位元組落在 32–63：位於 RFC 7983 分流的 DTLS 範圍內，又不會和傳統內容類型 20–26 撞在一起。'
		],
		9147,
		'4'
	),
	'dtls.unified.cBit': note(
		[
			'C: connection ID present',
			'Set when a connection ID follows the header byte. WebRTC does not negotiate connection IDs, so it is 0.'
		],
		['C：有連線 ID', '設為 1 時，標頭位元組後面跟著連線 ID。WebRTC 不協商連線 ID，所以是 0。'],
		9147,
		'4'
	),
	'dtls.unified.sBit': note(
		[
			'S: sequence number size',
			'0 for an 8-bit, 1 for a 16-bit sequence number (only the low bits of the full 48-bit number are sent).'
		],
		['S：序號長度', '0 表示 8 位元序號，1 表示 16 位元序號（只送出完整 48 位元序號的低位元）。'],
		9147,
		'4'
	),
	'dtls.unified.lBit': note(
		[
			'L: length present',
			'Set when a 16-bit length follows. Without it the record runs to the end of the datagram, which saves two bytes for the last record.'
		],
		[
			'L：有長度欄位',
			'設為 1 時後面有 16 位元的長度。沒有的話，這筆紀錄一直延伸到資料包結尾，最後一筆紀錄可以省下兩個位元組。'
		],
		9147,
		'4'
	),
	'dtls.unified.epochBits': note(
		[
			'Epoch (low two bits)',
			'The low two bits of the epoch: 2 means handshake keys (epoch 2), 3 the first application keys (epoch 3). The receiver reconstructs the full epoch from them.'
		],
		[
			'Epoch（低兩位元）',
			'epoch 的低兩位元：2 表示交握金鑰（epoch 2），3 表示第一組應用資料金鑰（epoch 3）。接收端據此推回完整的 epoch。'
		],
		9147,
		'4'
	),
	'dtls.unified.sequenceNumber': note(
		[
			'Sequence number (encrypted)',
			'The low bits of the record sequence number, themselves encrypted with a mask derived from the ciphertext (record number encryption), so an observer cannot follow the counter.'
		],
		[
			'序號（已加密）',
			'紀錄序號的低位元，本身也用從密文推導出的遮罩加密（record number encryption），讓旁觀者無法追蹤計數器。'
		],
		9147,
		'4.2.3'
	),
	'dtls.unified.length': note(
		['Length', 'The size of the encrypted record that follows, in bytes.'],
		['長度', '後面加密紀錄的位元組數。'],
		9147,
		'4'
	),
	'dtls.unified.encryptedRecord': note(
		[
			'encrypted_record',
			'The AEAD-protected content: the message, its real content type, optional padding and the authentication tag. Without the keys only its size can be seen.'
		],
		[
			'encrypted_record（加密紀錄）',
			'以 AEAD 保護的內容：訊息本身、真正的內容類型、可選的填充與驗證標籤。沒有金鑰就只看得到大小。'
		],
		9147,
		'4'
	),

	// Handshake header
	'dtls.handshake.msgType': note(
		[
			'msg_type',
			'Which handshake message this is: 1 ClientHello, 2 ServerHello, 3 HelloVerifyRequest, 11 Certificate, 12 ServerKeyExchange, 13 CertificateRequest, 14 ServerHelloDone, 15 CertificateVerify, 16 ClientKeyExchange, 20 Finished.'
		],
		[
			'msg_type（訊息類型）',
			'這是哪一種交握訊息：1 ClientHello、2 ServerHello、3 HelloVerifyRequest、11 Certificate、12 ServerKeyExchange、13 CertificateRequest、14 ServerHelloDone、15 CertificateVerify、16 ClientKeyExchange、20 Finished。'
		],
		6347,
		'4.2.2'
	),
	'dtls.handshake.length': note(
		['length', 'The size of the whole message body, even when this record holds only a fragment of it.'],
		['length（長度）', '整個訊息內容的大小；即使這筆紀錄只裝了其中一段，也寫完整的長度。'],
		6347,
		'4.2.2'
	),
	'dtls.handshake.messageSeq': note(
		[
			'message_seq',
			'Numbers the handshake messages of each side: 0, 1, 2… A retransmitted message keeps its number, so the receiver can drop duplicates and put fragments and messages back in order.'
		],
		[
			'message_seq（訊息序號）',
			'替每一方的交握訊息編號：0、1、2……重送的訊息沿用原本的號碼，接收端就能丟掉重複的訊息，並把片段與訊息排回正確順序。'
		],
		6347,
		'4.2.2'
	),
	'dtls.handshake.fragmentOffset': note(
		[
			'fragment_offset',
			'Where this fragment starts within the message body. A message larger than a datagram (a big certificate, a post-quantum key share) is cut into pieces.'
		],
		[
			'fragment_offset（片段位移）',
			'這個片段從訊息內容的哪裡開始。比一個資料包還大的訊息（大型憑證、後量子金鑰交換資料）會被切成好幾段。'
		],
		6347,
		'4.2.2'
	),
	'dtls.handshake.fragmentLength': note(
		[
			'fragment_length',
			'How many bytes of the body this record carries. Equal to length when the message is not fragmented.'
		],
		['fragment_length（片段長度）', '這筆紀錄帶了多少位元組的訊息內容。訊息沒有被切開時，就等於 length。'],
		6347,
		'4.2.2'
	),
	'dtls.handshake.fragment': note(
		[
			'Fragment',
			'Part of a message split across records. It can only be decoded once all fragments with the same message_seq are put together.'
		],
		['片段', '被拆到好幾筆紀錄裡的訊息的一部分。要等相同 message_seq 的所有片段到齊、拼回去之後才能解碼。'],
		6347,
		'4.2.3'
	),
	'dtls.handshake.rawBody': note(
		[
			'Body (not decoded)',
			'The body of a message this decoder does not read, or whose layout depends on the negotiated key exchange and does not match ECDHE. It is kept as bytes.'
		],
		[
			'內容（未解碼）',
			'這個解碼器不讀的訊息內容，或是格式取決於協商出的金鑰交換方式、但不符合 ECDHE 的內容。以原始位元組保留。'
		],
		5246,
		'7.4'
	),
	'dtls.handshake.other': note(
		[
			'Handshake message',
			'A handshake message type that is not part of the clear DTLS 1.2 exchange WebRTC uses, such as new_session_ticket.'
		],
		['交握訊息', '不屬於 WebRTC 使用的明文 DTLS 1.2 交握的訊息類型，例如 new_session_ticket。'],
		6347,
		'4.2.2'
	),
	'dtls.handshake.client_hello': note(
		[
			'ClientHello',
			'The DTLS client (the side with a=setup:active) opens the handshake: its versions, a random value, cipher suites and extensions, including use_srtp with the SRTP profiles it supports.'
		],
		[
			'ClientHello',
			'DTLS 用戶端（SDP 中 a=setup:active 的一方）開啟交握：列出支援的版本、隨機值、加密套件與擴充功能，其中 use_srtp 列出它支援的 SRTP 設定檔。'
		],
		6347,
		'4.2.1'
	),
	'dtls.handshake.server_hello': note(
		[
			'ServerHello',
			"The server's choices: one version, one cipher suite, its own random value, and in use_srtp the single SRTP profile both will use."
		],
		[
			'ServerHello',
			'伺服器端的選擇：一個版本、一個加密套件、自己的隨機值，並在 use_srtp 中選定雙方要用的唯一 SRTP 設定檔。'
		],
		5246,
		'7.4.1.3'
	),
	'dtls.handshake.hello_verify_request': note(
		[
			'HelloVerifyRequest',
			'A stateless server answers the first ClientHello with a cookie; the client must send its ClientHello again with that cookie, proving it really receives at its address. Browsers skip this step in WebRTC, since ICE checks already proved reachability.'
		],
		[
			'HelloVerifyRequest',
			'無狀態的伺服器以一個 cookie 回應第一個 ClientHello；用戶端必須帶著 cookie 再送一次 ClientHello，證明它真的收得到寄往該位址的封包。在 WebRTC 中瀏覽器省略這一步，因為 ICE 檢查已經證明雙方可以互通。'
		],
		6347,
		'4.2.1'
	),
	'dtls.handshake.certificate': note(
		[
			'Certificate',
			"The sender's certificate chain. In WebRTC it is a single self-signed certificate; it is trusted because its hash matches the a=fingerprint in the SDP that came over signaling."
		],
		[
			'Certificate（憑證）',
			'傳送端的憑證鏈。在 WebRTC 中只有一張自簽憑證；它之所以可信，是因為它的雜湊值和經由信令傳來的 SDP 中 a=fingerprint 相符。'
		],
		8122,
		'5'
	),
	'dtls.handshake.server_key_exchange': note(
		[
			'ServerKeyExchange',
			"The server's ephemeral ECDHE public key, signed with its certificate key. Combined with the client's key it gives a fresh shared secret for this call (forward secrecy)."
		],
		[
			'ServerKeyExchange',
			'伺服器端臨時的 ECDHE 公開金鑰，並以憑證的私鑰簽章。和用戶端的金鑰結合後，就得到這通通話專用的新共享密鑰（前向保密）。'
		],
		8422,
		'5.4'
	),
	'dtls.handshake.certificate_request': note(
		[
			'CertificateRequest',
			'The server asks the client for a certificate too. WebRTC always does: each side must prove it holds the key behind the fingerprint in its SDP.'
		],
		[
			'CertificateRequest（要求憑證）',
			'伺服器端也要求用戶端提供憑證。WebRTC 一定會這麼做：雙方都必須證明自己擁有 SDP 指紋所對應的金鑰。'
		],
		5246,
		'7.4.4'
	),
	'dtls.handshake.server_hello_done': note(
		[
			'ServerHelloDone',
			"An empty message that ends the server's flight: the client may now answer with its certificate and key."
		],
		['ServerHelloDone', '空白的訊息，表示伺服器端這一輪送完了：用戶端可以回覆自己的憑證與金鑰。'],
		5246,
		'7.4.5'
	),
	'dtls.handshake.client_key_exchange': note(
		[
			'ClientKeyExchange',
			"The client's ephemeral ECDHE public key. After this both sides can compute the same premaster secret, from which all keys, including the SRTP keys, are derived."
		],
		[
			'ClientKeyExchange',
			'用戶端臨時的 ECDHE 公開金鑰。這之後雙方都能算出相同的 premaster secret，所有金鑰（包括 SRTP 金鑰）都由它推導出來。'
		],
		8422,
		'5.7'
	),
	'dtls.handshake.certificate_verify': note(
		[
			'CertificateVerify',
			"The client signs the handshake so far with its certificate's private key, proving the certificate (and so the SDP fingerprint) is its own."
		],
		[
			'CertificateVerify',
			'用戶端用憑證的私鑰對目前為止的交握內容簽章，證明這張憑證（也就是 SDP 中的指紋）確實屬於自己。'
		],
		5246,
		'7.4.8'
	),

	// Hello fields
	'dtls.hello.version': note(
		[
			'Version',
			'The (legacy) protocol version of the hello: 0xfefd DTLS 1.2. DTLS 1.3 keeps 0xfefd here and lists the real versions in supported_versions, so that old middleboxes are not confused.'
		],
		[
			'版本',
			'hello 訊息裡（舊式）的協定版本：0xfefd 是 DTLS 1.2。DTLS 1.3 在這裡仍寫 0xfefd，把真正的版本列在 supported_versions 裡，免得舊的中介設備搞混。'
		],
		6347,
		'4.2.1'
	),
	'dtls.hello.random': note(
		[
			'Random',
			'32 random bytes from each side. Both values go into the key derivation, so every session gets new keys even when the certificates stay the same.'
		],
		[
			'Random（隨機值）',
			'雙方各自產生的 32 個隨機位元組。兩個值都會用於推導金鑰，所以即使憑證不變，每個工作階段的金鑰也都是新的。'
		],
		5246,
		'7.4.1.2'
	),
	'dtls.hello.random.gmtUnixTime': note(
		[
			'gmt_unix_time',
			'TLS 1.2 once put the sender\'s clock in the first 4 random bytes. Modern stacks send random bytes here instead (a clock would help fingerprint a device), so the "date" it shows is meaningless.'
		],
		[
			'gmt_unix_time',
			'TLS 1.2 原本把傳送端的時鐘放在隨機值的前 4 個位元組。現代實作改放隨機位元組（時鐘可能被拿來辨識裝置），所以這裡顯示的「日期」沒有意義。'
		],
		5246,
		'7.4.1.2'
	),
	'dtls.hello.sessionId': note(
		[
			'SessionID',
			'Identifies a session for resumption. WebRTC starts a new session every call, so it is usually empty; DTLS 1.3 calls it legacy_session_id.'
		],
		[
			'SessionID（工作階段 ID）',
			'用來恢復先前工作階段的識別碼。WebRTC 每通通話都建立新工作階段，所以通常是空的；DTLS 1.3 稱它為 legacy_session_id。'
		],
		5246,
		'7.4.1.2'
	),
	'dtls.hello.cookie': note(
		[
			'Cookie',
			"Empty in a first ClientHello; filled with the server's HelloVerifyRequest cookie when the client repeats it. This field exists only in DTLS, not in TLS."
		],
		[
			'Cookie',
			'第一個 ClientHello 裡是空的；用戶端收到 HelloVerifyRequest 後重送時，放入伺服器給的 cookie。這個欄位只有 DTLS 有，TLS 沒有。'
		],
		6347,
		'4.2.1'
	),
	'dtls.hello.cipherSuites': note(
		[
			'Cipher suites',
			"The client's cipher suites, most preferred first. Each names the key exchange, authentication, encryption and hash, e.g. TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256; TLS_AES_128_GCM_SHA256 and friends are DTLS 1.3 suites."
		],
		[
			'加密套件清單',
			'用戶端支援的加密套件，越前面越偏好。每個套件指定金鑰交換、身分驗證、加密與雜湊方式，例如 TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256；TLS_AES_128_GCM_SHA256 這類則是 DTLS 1.3 的套件。'
		],
		5246,
		'7.4.1.2'
	),
	'dtls.hello.cipherSuite': note(
		[
			'Cipher suite',
			"The one suite the server chose from the client's list. With WebRTC's ECDSA certificates it is typically TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 (DTLS 1.2) or TLS_AES_128_GCM_SHA256 (DTLS 1.3)."
		],
		[
			'加密套件',
			'伺服器端從用戶端清單中選定的唯一套件。搭配 WebRTC 的 ECDSA 憑證，通常是 TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256（DTLS 1.2）或 TLS_AES_128_GCM_SHA256（DTLS 1.3）。'
		],
		5246,
		'7.4.1.3'
	),
	'dtls.hello.compressionMethods': note(
		[
			'Compression',
			'Always just 0 (null): TLS compression was abandoned after the CRIME attack showed it leaks secrets.'
		],
		['壓縮方式', '永遠只有 0（不壓縮）：CRIME 攻擊證明壓縮會洩漏機密後，TLS 就放棄了壓縮。'],
		5246,
		'7.4.1.2'
	),
	'dtls.hello.extensions': note(
		[
			'Extensions',
			'A list of (type, length, data) entries that add features to the hello. WebRTC depends on use_srtp; the others negotiate curves, signatures and versions.'
		],
		[
			'擴充功能',
			'由（類型、長度、資料）組成的清單，為 hello 訊息增加功能。WebRTC 依賴 use_srtp；其他的用來協商曲線、簽章方式與版本。'
		],
		5246,
		'7.4.1.4'
	),

	// Extensions
	'dtls.extension.type': note(
		[
			'extension_type',
			'The 16-bit extension code point from the IANA registry, e.g. 14 use_srtp, 43 supported_versions, 65281 renegotiation_info.'
		],
		[
			'extension_type（擴充類型）',
			'IANA 登錄的 16 位元擴充代碼，例如 14 use_srtp、43 supported_versions、65281 renegotiation_info。'
		],
		5246,
		'7.4.1.4'
	),
	'dtls.extension.length': note(
		[
			'Length',
			"The size of this extension's data; an empty extension (length 0) still means something, e.g. extended_master_secret."
		],
		['長度', '這個擴充功能資料的大小；長度為 0 的擴充也有意義，例如 extended_master_secret。'],
		5246,
		'7.4.1.4'
	),
	'dtls.extension.other': note(
		[
			'Extension',
			'An extension this decoder shows as bytes. Peers ignore extensions they do not know, which is how TLS grows new features.'
		],
		[
			'擴充功能',
			'這個解碼器以原始位元組顯示的擴充功能。對方會忽略自己不認得的擴充，TLS 就是這樣逐步加入新功能的。'
		],
		5246,
		'7.4.1.4'
	),
	'dtls.extension.use_srtp': note(
		[
			'use_srtp',
			'The WebRTC-specific extension: the client lists SRTP protection profiles, the server picks one. The SRTP keys are then exported from the DTLS session (label "EXTRACTOR-dtls_srtp") and media flows as SRTP beside DTLS.'
		],
		[
			'use_srtp',
			'WebRTC 專用的擴充：用戶端列出 SRTP 保護設定檔，伺服器端選一個。之後 SRTP 金鑰從 DTLS 工作階段匯出（標籤「EXTRACTOR-dtls_srtp」），媒體以 SRTP 在 DTLS 旁邊傳送。'
		],
		5764,
		'4.1.1'
	),
	'dtls.extension.use_srtp.profiles': note(
		[
			'SRTPProtectionProfiles',
			'SRTP profiles: 0x0001 SRTP_AES128_CM_HMAC_SHA1_80, 0x0002 …_32, 0x0007 SRTP_AEAD_AES_128_GCM, 0x0008 SRTP_AEAD_AES_256_GCM. The server answers with exactly one.'
		],
		[
			'SRTPProtectionProfiles（SRTP 設定檔）',
			'SRTP 設定檔：0x0001 SRTP_AES128_CM_HMAC_SHA1_80、0x0002 …_32、0x0007 SRTP_AEAD_AES_128_GCM、0x0008 SRTP_AEAD_AES_256_GCM。伺服器端只會回覆其中一個。'
		],
		5764,
		'4.1.2'
	),
	'dtls.extension.use_srtp.mki': note(
		[
			'srtp_mki',
			'The SRTP Master Key Identifier. Browsers send it empty: WebRTC never switches between several master keys in one session.'
		],
		['srtp_mki', 'SRTP 主金鑰識別碼。瀏覽器送出的是空值：WebRTC 在一個工作階段中不會在多把主金鑰之間切換。'],
		5764,
		'4.1.1'
	),
	'dtls.extension.supported_groups': note(
		[
			'supported_groups',
			'The key-exchange groups the client can use, e.g. x25519, secp256r1 and the post-quantum hybrid X25519MLKEM768.'
		],
		[
			'supported_groups（支援的群組）',
			'用戶端可以使用的金鑰交換群組，例如 x25519、secp256r1，以及後量子混合群組 X25519MLKEM768。'
		],
		8422,
		'5.1.1'
	),
	'dtls.extension.supported_groups.groups': note(
		['named_group_list', 'Groups in order of preference; the server picks one for (EC)DHE.'],
		['named_group_list（群組清單）', '依偏好排序的群組；伺服器端從中選一個來做 (EC)DHE。'],
		8446,
		'4.2.7'
	),
	'dtls.extension.ec_point_formats': note(
		[
			'ec_point_formats',
			'How elliptic-curve points may be encoded. Only uncompressed (0) is still used; DTLS 1.2 peers keep sending it for compatibility.'
		],
		[
			'ec_point_formats（橢圓曲線點格式）',
			'橢圓曲線上的點可以怎麼編碼。現在只剩 uncompressed（0）還在使用；DTLS 1.2 的實作為了相容仍會送出。'
		],
		8422,
		'5.1.2'
	),
	'dtls.extension.ec_point_formats.formats': note(
		['ec_point_format_list', '0 uncompressed; 1 and 2 (compressed) are deprecated.'],
		['ec_point_format_list（格式清單）', '0 是不壓縮；1 與 2（壓縮格式）已不建議使用。'],
		8422,
		'5.1.2'
	),
	'dtls.extension.signature_algorithms': note(
		[
			'signature_algorithms',
			"Which signatures the sender can verify, e.g. ecdsa_secp256r1_sha256 for WebRTC's usual P-256 certificates."
		],
		[
			'signature_algorithms（簽章演算法）',
			'傳送端能驗證哪些簽章，例如 WebRTC 常用的 P-256 憑證所對應的 ecdsa_secp256r1_sha256。'
		],
		8446,
		'4.2.3'
	),
	'dtls.extension.signature_algorithms.schemes': note(
		[
			'SignatureScheme list',
			'Signature schemes in order of preference (hash and signature algorithm in two bytes).'
		],
		['SignatureScheme 清單', '依偏好排序的簽章方式（兩個位元組表示雜湊與簽章演算法）。'],
		8446,
		'4.2.3'
	),
	'dtls.extension.application_layer_protocol_negotiation': note(
		[
			'ALPN',
			'Names the protocol to run over the connection. WebRTC may send "webrtc" or "c-webrtc" (confidential) here; browsers usually leave it out.'
		],
		[
			'ALPN（應用層協定協商）',
			'指定在連線上執行的協定。WebRTC 可以在這裡送「webrtc」或「c-webrtc」（機密通訊）；瀏覽器通常不送。'
		],
		8833,
		'3'
	),
	'dtls.extension.alpn.protocols': note(
		['protocol_name_list', 'Protocol names, each a length-prefixed string.'],
		['protocol_name_list（協定名稱清單）', '協定名稱，每個都是前面加上長度的字串。'],
		7301,
		'3.1'
	),
	'dtls.extension.supported_versions': note(
		[
			'supported_versions',
			'How DTLS 1.3 is negotiated: the client lists versions (0xfefc DTLS 1.3, 0xfefd DTLS 1.2) and the server answers with the one chosen.'
		],
		[
			'supported_versions（支援的版本）',
			'DTLS 1.3 的協商方式：用戶端列出版本（0xfefc 是 DTLS 1.3，0xfefd 是 DTLS 1.2），伺服器端回覆選定的那一個。'
		],
		8446,
		'4.2.1'
	),
	'dtls.extension.supported_versions.versions': note(
		['Versions', 'The versions offered (ClientHello) or the version selected (ServerHello).'],
		['版本', '提供的版本清單（ClientHello）或選定的版本（ServerHello）。'],
		8446,
		'4.2.1'
	),
	'dtls.extension.key_share': note(
		[
			'key_share',
			'DTLS 1.3 sends key-exchange public keys already in the hellos, saving a round trip. A post-quantum X25519MLKEM768 share is over 1 KB, which is why the ClientHello no longer fits one datagram.'
		],
		[
			'key_share（金鑰分享）',
			'DTLS 1.3 在 hello 訊息裡就送出金鑰交換的公開金鑰，省下一次往返。後量子的 X25519MLKEM768 分享超過 1 KB，所以 ClientHello 已經塞不進一個資料包。'
		],
		8446,
		'4.2.8'
	),
	'dtls.extension.key_share.entry': note(
		['KeyShareEntry', "A named group and the sender's public key for it."],
		['KeyShareEntry（金鑰分享項目）', '一個具名群組，以及傳送端在該群組下的公開金鑰。'],
		8446,
		'4.2.8'
	),
	'dtls.extension.renegotiation_info': note(
		[
			'renegotiation_info',
			'Protects against the renegotiation attack of 2009. Empty on a first handshake; WebRTC never renegotiates.'
		],
		[
			'renegotiation_info（重新協商資訊）',
			'防範 2009 年發現的重新協商攻擊。第一次交握時是空的；WebRTC 從不重新協商。'
		],
		5746,
		'3.2'
	),
	'dtls.extension.renegotiation_info.value': note(
		['renegotiated_connection', 'The previous Finished data when renegotiating; empty here.'],
		['renegotiated_connection', '重新協商時放入先前的 Finished 資料；這裡是空的。'],
		5746,
		'3.2'
	),
	'dtls.extension.extended_master_secret': note(
		[
			'extended_master_secret',
			'An empty extension asking to bind the master secret to the whole handshake transcript, closing the "triple handshake" attack. Required for DTLS-SRTP key export to be safe.'
		],
		[
			'extended_master_secret（延伸主密鑰）',
			'空白的擴充，要求把主密鑰綁定到整個交握過程，以防範「三重交握」攻擊。要安全地匯出 DTLS-SRTP 金鑰就需要它。'
		],
		7627,
		'4'
	),
	'dtls.extension.session_ticket': note(
		[
			'session_ticket',
			'Asks for or presents a ticket to resume a session without server state. Unused by WebRTC, which runs a full handshake each call.'
		],
		[
			'session_ticket（工作階段票證）',
			'要求或出示票證，讓伺服器不必保存狀態也能恢復工作階段。WebRTC 不使用，每通通話都跑完整交握。'
		],
		5077,
		'3.2'
	),
	'dtls.extension.psk_key_exchange_modes': note(
		[
			'psk_key_exchange_modes',
			'DTLS 1.3: how a resumed session may use its pre-shared key, e.g. psk_dhe_ke (with a fresh ECDHE for forward secrecy).'
		],
		[
			'psk_key_exchange_modes（PSK 金鑰交換模式）',
			'DTLS 1.3：恢復工作階段時預先共享金鑰的使用方式，例如 psk_dhe_ke（再加一次新的 ECDHE 以保有前向保密）。'
		],
		8446,
		'4.2.9'
	),
	'dtls.extension.encrypt_then_mac': note(
		[
			'encrypt_then_mac',
			'Asks for MAC-after-encryption with CBC cipher suites. Irrelevant with the AEAD suites (GCM, ChaCha20-Poly1305) that WebRTC ends up using.'
		],
		[
			'encrypt_then_mac（先加密後 MAC）',
			'要求 CBC 加密套件改成先加密再計算 MAC。WebRTC 最後採用的 AEAD 套件（GCM、ChaCha20-Poly1305）不受影響。'
		],
		7366,
		'2'
	),
	'dtls.extension.signed_certificate_timestamp': note(
		[
			'signed_certificate_timestamp',
			"Certificate Transparency proofs for web PKI certificates. Meaningless for WebRTC's self-signed certificates."
		],
		['signed_certificate_timestamp', '網頁 PKI 憑證的憑證透明度證明。對 WebRTC 的自簽憑證沒有意義。'],
		6962,
		'3.3.1'
	),

	// Other handshake bodies
	'dtls.certificate.list': note(
		[
			'certificate_list',
			'The certificates, each prefixed by a 3-byte length. WebRTC sends just one, self-signed and usually ECDSA P-256, a few hundred bytes long.'
		],
		[
			'certificate_list（憑證清單）',
			'一串憑證，每張前面有 3 個位元組的長度。WebRTC 只送一張自簽憑證，通常是 ECDSA P-256，長度只有幾百個位元組。'
		],
		5246,
		'7.4.2'
	),
	'dtls.certificate.cert': note(
		[
			'ASN.1Cert',
			'One X.509 certificate in DER. The peer hashes these bytes and compares the result with a=fingerprint from the SDP.'
		],
		[
			'ASN.1Cert（憑證）',
			'一張 DER 編碼的 X.509 憑證。對方會對這些位元組計算雜湊，再和 SDP 中的 a=fingerprint 比對。'
		],
		8122,
		'5'
	),
	'dtls.serverKeyExchange.curveType': note(
		['curve_type', '3 = named_curve: the curve is named by a code point rather than spelled out.'],
		['curve_type（曲線類型）', '3 表示 named_curve：曲線以代碼指定，而不是把參數整個寫出來。'],
		8422,
		'5.4'
	),
	'dtls.serverKeyExchange.namedCurve': note(
		[
			'namedcurve',
			"The curve for ECDHE, chosen from the client's supported_groups: secp256r1 (23) or x25519 (29) in practice."
		],
		[
			'namedcurve（具名曲線）',
			'ECDHE 使用的曲線，從用戶端的 supported_groups 中選出：實際上多半是 secp256r1（23）或 x25519（29）。'
		],
		8422,
		'5.4'
	),
	'dtls.keyExchange.publicKey': note(
		[
			'ECDHE public key',
			'An ephemeral elliptic-curve public key (65 bytes for an uncompressed P-256 point, 32 for x25519). It is thrown away after the handshake, so recorded traffic stays safe even if a certificate key leaks later.'
		],
		[
			'ECDHE 公開金鑰',
			'臨時的橢圓曲線公開金鑰（未壓縮的 P-256 點是 65 個位元組，x25519 是 32 個）。交握後就丟棄，所以即使之後憑證私鑰外洩，先前錄下的流量仍然安全。'
		],
		8422,
		'5.4'
	),
	'dtls.signature.algorithm': note(
		[
			'Signature algorithm',
			'Hash and signature algorithm of the signature that follows, e.g. 0x0403 ecdsa_secp256r1_sha256.'
		],
		['簽章演算法', '後面簽章所用的雜湊與簽章演算法，例如 0x0403 ecdsa_secp256r1_sha256。'],
		5246,
		'4.7'
	),
	'dtls.signature.value': note(
		[
			'Signature',
			"The signature made with the certificate's private key. The peer verifies it with the public key in the certificate whose fingerprint it got over signaling."
		],
		['簽章', '以憑證私鑰產生的簽章。對方用憑證中的公開金鑰驗證，而這張憑證的指紋是透過信令取得的。'],
		5246,
		'4.7'
	),
	'dtls.certificateRequest.certificateTypes': note(
		['certificate_types', 'Kinds of client certificate accepted: 64 ecdsa_sign, 1 rsa_sign.'],
		['certificate_types（憑證種類）', '可以接受的用戶端憑證種類：64 ecdsa_sign、1 rsa_sign。'],
		5246,
		'7.4.4'
	),
	'dtls.certificateRequest.signatureAlgorithms': note(
		['supported_signature_algorithms', "Signatures the server can verify in the client's CertificateVerify."],
		[
			'supported_signature_algorithms（支援的簽章演算法）',
			'伺服器端能驗證的用戶端 CertificateVerify 簽章方式。'
		],
		5246,
		'7.4.4'
	),
	'dtls.certificateRequest.certificateAuthorities': note(
		[
			'certificate_authorities',
			"Names of CAs the client's certificate should chain to. Empty in WebRTC: any self-signed certificate is fine, because the fingerprint, not a CA, decides trust."
		],
		[
			'certificate_authorities（憑證機構）',
			'用戶端憑證應該連到哪些憑證機構。在 WebRTC 中是空的：任何自簽憑證都可以，因為決定信任的是指紋，而不是憑證機構。'
		],
		5246,
		'7.4.4'
	)
};
