// RTP header extension URIs seen in a=extmap lines (RFC 8285 §5), each with the note that explains it. The
// urn:ietf names are in the IANA "RTP Compact Header Extensions" registry; the http(s) ones are libwebrtc's and
// AOM's own names, which are not registered but appear in every Chrome SDP.

export interface HeaderExtensionInfo {
	/** Short name used in note ids and the UI. */
	key: string;
	noteId: string;
	/** True when IANA registers the URI (RFC 8285 §8). */
	iana: boolean;
}

function ext(key: string, iana = false): HeaderExtensionInfo {
	return { key, noteId: `sdp.ext.${key}`, iana };
}

export const HEADER_EXTENSIONS: Readonly<Record<string, HeaderExtensionInfo>> = {
	'urn:ietf:params:rtp-hdrext:ssrc-audio-level': ext('ssrc-audio-level', true),
	'urn:ietf:params:rtp-hdrext:csrc-audio-level': ext('csrc-audio-level', true),
	'urn:ietf:params:rtp-hdrext:toffset': ext('toffset', true),
	'urn:ietf:params:rtp-hdrext:sdes:mid': ext('sdes-mid', true),
	'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id': ext('rtp-stream-id', true),
	'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id': ext('repaired-rtp-stream-id', true),
	'urn:ietf:params:rtp-hdrext:encrypt': ext('encrypt', true),
	'urn:3gpp:video-orientation': ext('video-orientation'),
	'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time': ext('abs-send-time'),
	'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01': ext('transport-wide-cc-01'),
	'http://www.webrtc.org/experiments/rtp-hdrext/transport-wide-cc-02': ext('transport-wide-cc-02'),
	'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay': ext('playout-delay'),
	'http://www.webrtc.org/experiments/rtp-hdrext/video-content-type': ext('video-content-type'),
	'http://www.webrtc.org/experiments/rtp-hdrext/video-timing': ext('video-timing'),
	'http://www.webrtc.org/experiments/rtp-hdrext/color-space': ext('color-space'),
	'http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time': ext('abs-capture-time'),
	'http://www.webrtc.org/experiments/rtp-hdrext/inband-cn': ext('inband-cn'),
	'http://www.webrtc.org/experiments/rtp-hdrext/video-layers-allocation00': ext('video-layers-allocation'),
	'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension':
		ext('dependency-descriptor'),
	'http://tools.ietf.org/html/draft-ietf-avtext-framemarking-07': ext('framemarking')
};

export function headerExtension(uri: string): HeaderExtensionInfo | undefined {
	return Object.hasOwn(HEADER_EXTENSIONS, uri) ? HEADER_EXTENSIONS[uri] : undefined;
}
