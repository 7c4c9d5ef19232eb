// RFC 7983 §7 (updated by RFC 9443 §3) Multiplexing Scheme: one UDP 5-tuple carries STUN, DTLS, SRTP and more,
// told apart by the first byte:
//
//                  +----------------+
//                  |        [0..3] -+--> forward to STUN
//                  |                |
//                  |      [16..19] -+--> forward to ZRTP
//                  |                |
//      packet -->  |      [20..63] -+--> forward to DTLS
//                  |                |
//                  |      [64..79] -+--> forward to TURN Channel
//                  |                |
//                  |    [128..191] -+--> forward to RTP/RTCP
//                  |                |
//                  |  [80..127] and |
//                  |   [192..255] --+--> forward to QUIC (RFC 9443)
//                  +----------------+
//
// Within RTP/RTCP, RFC 5761 §4 separates RTCP by the second byte: RTCP packet types 192–223 look like RTP payload
// types 64–95 once the marker bit is masked off, so (byte1 & 0x7f) in 64..95 means RTCP.

export type DemuxKind = 'stun' | 'zrtp' | 'dtls' | 'turn-channel' | 'rtp' | 'rtcp' | 'quic' | 'unknown';

export interface DemuxResult {
	kind: DemuxKind;
	/** The first byte, or undefined for an empty datagram. */
	firstByte?: number;
	/** Why, in plain words, with the rule's source. */
	reason: string;
	/** The note explaining this kind (`demux.<kind>`). */
	noteId: string;
}

interface Range {
	from: number;
	to: number;
	kind: DemuxKind;
	reason: string;
}

/** The first-byte table of RFC 7983 §7 as updated by RFC 9443; 128..191 is split further below. */
export const DEMUX_RANGES: readonly Range[] = [
	{ from: 0, to: 3, kind: 'stun', reason: 'first byte 0–3: STUN (RFC 7983 §7)' },
	{ from: 4, to: 15, kind: 'unknown', reason: 'first byte 4–15 is unassigned: drop (RFC 7983 §7)' },
	{ from: 16, to: 19, kind: 'zrtp', reason: 'first byte 16–19: ZRTP (RFC 7983 §7)' },
	{ from: 20, to: 63, kind: 'dtls', reason: 'first byte 20–63: DTLS (RFC 7983 §7)' },
	{
		from: 64,
		to: 79,
		kind: 'turn-channel',
		reason: 'first byte 64–79: TURN ChannelData (RFC 7983 §7, RFC 9443 §3)'
	},
	{ from: 80, to: 127, kind: 'quic', reason: 'first byte 80–127: QUIC short header (RFC 9443 §3)' },
	{ from: 128, to: 191, kind: 'rtp', reason: 'first byte 128–191: RTP or RTCP (RFC 7983 §7)' },
	{ from: 192, to: 255, kind: 'quic', reason: 'first byte 192–255: QUIC long header (RFC 9443 §3)' }
];

function result(kind: DemuxKind, firstByte: number | undefined, reason: string): DemuxResult {
	return { kind, ...(firstByte !== undefined ? { firstByte } : {}), reason, noteId: `demux.${kind}` };
}

/** Which protocol a datagram received on a WebRTC 5-tuple belongs to. Never throws. */
export function demux(bytes: Uint8Array): DemuxResult {
	if (bytes.length === 0) return result('unknown', undefined, 'empty datagram: nothing to classify');
	const b = bytes[0];
	const range = DEMUX_RANGES.find((r) => b >= r.from && b <= r.to) as Range;
	if (range.kind !== 'rtp') return result(range.kind, b, range.reason);
	if (bytes.length < 2) return result('rtp', b, `${range.reason}; no second byte, so RTP is assumed`);
	const pt = bytes[1] & 0x7f;
	if (pt >= 64 && pt <= 95) {
		return result(
			'rtcp',
			b,
			`${range.reason}; second byte ${bytes[1]} masks to payload type ${pt}, inside 64–95 where RTCP packet types 192–223 fall (RFC 5761 §4)`
		);
	}
	return result('rtp', b, `${range.reason}; payload type ${pt} is outside 64–95, so RTP (RFC 5761 §4)`);
}
