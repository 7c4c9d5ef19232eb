// Well-known RTP header extensions, keyed by the URI that SDP's a=extmap binds to a local ID (RFC 8285 §5).
// A registry is data: one row per URI; lookups derive from the table. Value decoders cover the simple formats.
import type { FieldSpan } from '../bytes/span';
import { bits } from './span-builder';

export interface ExtensionValue {
	value: unknown;
	display: string;
}

export interface KnownExtension {
	uri: string;
	/** Short name used in the UI, e.g. `abs-send-time`, `sdes:mid`. */
	name: string;
	/** Note explaining the element's data; extensions without a value decoder share `rtp.ext.data`. */
	noteId: string;
	/** Decodes the element data; `null` when the data has the wrong size for this format. */
	decode?: (data: Uint8Array) => ExtensionValue | null;
	/** Bit-field children of the data span, for formats that pack several fields into one byte. */
	children?: (data: Uint8Array, offset: number, path: string) => FieldSpan[];
}

const ascii = new TextDecoder('utf-8', { fatal: false });

function stringValue(data: Uint8Array): ExtensionValue {
	const s = ascii.decode(data);
	return { value: s, display: JSON.stringify(s) };
}

// RFC 6464 §3: V flag + 7-bit level in −dBov.
function audioLevel(data: Uint8Array): ExtensionValue | null {
	if (data.length < 1) return null;
	const voiceActivity = (data[0] & 0x80) !== 0;
	const level = data[0] & 0x7f;
	return {
		value: { voiceActivity, level },
		display: `−${level} dBov${voiceActivity ? ', voice' : ', no voice'}`
	};
}

// webrtc.org abs-send-time: 24-bit, 6.18 fixed-point seconds (wraps every 64 s).
function absSendTime(data: Uint8Array): ExtensionValue | null {
	if (data.length !== 3) return null;
	const raw = (data[0] << 16) | (data[1] << 8) | data[2];
	const seconds = raw / (1 << 18);
	return { value: { raw, seconds }, display: `${seconds.toFixed(6)} s` };
}

// draft-holmer-rmcat-transport-wide-cc-extensions-01 §2: 16-bit transport-wide sequence number.
function transportSequence(data: Uint8Array): ExtensionValue | null {
	if (data.length !== 2) return null;
	const sequenceNumber = (data[0] << 8) | data[1];
	return { value: { sequenceNumber }, display: `transport seq ${sequenceNumber}` };
}

// RFC 5450 §2: 24-bit signed offset in RTP timestamp units.
function transmissionOffset(data: Uint8Array): ExtensionValue | null {
	if (data.length !== 3) return null;
	const u = (data[0] << 16) | (data[1] << 8) | data[2];
	const offset = u & 0x800000 ? u - 0x1000000 : u;
	return { value: { offset }, display: `${offset} timestamp units` };
}

// 3GPP TS 26.114 §7.4.5 coordination of video orientation: 0 0 0 0 C F R1 R0.
function videoOrientation(data: Uint8Array): ExtensionValue | null {
	if (data.length !== 1) return null;
	const camera = data[0] & 0x08 ? 'back' : 'front';
	const flip = (data[0] & 0x04) !== 0;
	const rotation = (data[0] & 0x03) * 90;
	return {
		value: { camera, flip, rotation },
		display: `${camera} camera, ${rotation}°${flip ? ', flipped' : ''}`
	};
}

// webrtc.org playout-delay: two 12-bit values in 10 ms units.
function playoutDelay(data: Uint8Array): ExtensionValue | null {
	if (data.length !== 3) return null;
	const minMs = ((data[0] << 4) | (data[1] >> 4)) * 10;
	const maxMs = (((data[1] & 0x0f) << 8) | data[2]) * 10;
	return { value: { minMs, maxMs }, display: `min ${minMs} ms, max ${maxMs} ms` };
}

// webrtc.org video-content-type: 0 = unspecified, 1 = screenshare (low bit).
function videoContentType(data: Uint8Array): ExtensionValue | null {
	if (data.length !== 1) return null;
	const screenshare = (data[0] & 0x01) !== 0;
	return { value: { raw: data[0], screenshare }, display: screenshare ? 'screenshare' : 'unspecified' };
}

export const KNOWN_EXTENSIONS: readonly KnownExtension[] = [
	{
		uri: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level',
		name: 'ssrc-audio-level',
		noteId: 'rtp.ext.ssrc-audio-level',
		decode: audioLevel,
		children: (data, offset, path) =>
			data.length < 1
				? []
				: [
						bits(
							`${path}.voiceActivity`,
							'V',
							offset,
							1,
							0,
							1,
							(data[0] & 0x80) !== 0,
							'rtp.ext.ssrc-audio-level.v'
						),
						bits(
							`${path}.level`,
							'level',
							offset,
							1,
							1,
							7,
							data[0] & 0x7f,
							'rtp.ext.ssrc-audio-level.level',
							`−${data[0] & 0x7f} dBov`
						)
					]
	},
	{
		uri: 'urn:ietf:params:rtp-hdrext:csrc-audio-level',
		name: 'csrc-audio-level',
		noteId: 'rtp.ext.data'
	},
	{
		uri: 'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
		name: 'abs-send-time',
		noteId: 'rtp.ext.abs-send-time',
		decode: absSendTime
	},
	{
		uri: 'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
		name: 'transport-wide-cc',
		noteId: 'rtp.ext.transport-wide-cc',
		decode: transportSequence
	},
	{
		uri: 'http://www.webrtc.org/experiments/rtp-hdrext/transport-wide-cc-02',
		name: 'transport-wide-cc-02',
		noteId: 'rtp.ext.data'
	},
	{
		uri: 'urn:ietf:params:rtp-hdrext:sdes:mid',
		name: 'sdes:mid',
		noteId: 'rtp.ext.sdes:mid',
		decode: stringValue
	},
	{
		uri: 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id',
		name: 'sdes:rtp-stream-id',
		noteId: 'rtp.ext.sdes:rtp-stream-id',
		decode: stringValue
	},
	{
		uri: 'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id',
		name: 'sdes:repaired-rtp-stream-id',
		noteId: 'rtp.ext.sdes:rtp-stream-id',
		decode: stringValue
	},
	{
		uri: 'urn:ietf:params:rtp-hdrext:toffset',
		name: 'toffset',
		noteId: 'rtp.ext.toffset',
		decode: transmissionOffset
	},
	{
		uri: 'urn:3gpp:video-orientation',
		name: 'video-orientation',
		noteId: 'rtp.ext.video-orientation',
		decode: videoOrientation
	},
	{
		uri: 'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay',
		name: 'playout-delay',
		noteId: 'rtp.ext.playout-delay',
		decode: playoutDelay
	},
	{
		uri: 'http://www.webrtc.org/experiments/rtp-hdrext/video-content-type',
		name: 'video-content-type',
		noteId: 'rtp.ext.video-content-type',
		decode: videoContentType
	},
	{
		uri: 'http://www.webrtc.org/experiments/rtp-hdrext/video-timing',
		name: 'video-timing',
		noteId: 'rtp.ext.data'
	},
	{
		uri: 'http://www.webrtc.org/experiments/rtp-hdrext/color-space',
		name: 'color-space',
		noteId: 'rtp.ext.data'
	},
	{
		uri: 'http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time',
		name: 'abs-capture-time',
		noteId: 'rtp.ext.data'
	},
	{
		uri: 'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension',
		name: 'dependency-descriptor',
		noteId: 'rtp.ext.data'
	}
];

const byUri = new Map(KNOWN_EXTENSIONS.map((e) => [e.uri, e]));

/** The well-known extension for a URI, if we know it. */
export function knownExtension(uri: string): KnownExtension | undefined {
	return byUri.get(uri);
}
