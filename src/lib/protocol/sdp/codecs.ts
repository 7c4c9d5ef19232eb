// What payload types and encoding names mean. RFC 3551 §6 fixes the static payload types 0–34 (Table 4 audio,
// Table 5 video); every other payload type needs an a=rtpmap line (RFC 8866 §6.6).
import type { CodecRole } from './types';

export interface StaticPayloadType {
	name: string;
	clockRate: number;
	channels?: number;
}

/** RFC 3551 §6 Tables 4 and 5. */
export const STATIC_PAYLOAD_TYPES: Readonly<Record<number, StaticPayloadType>> = {
	0: { name: 'PCMU', clockRate: 8000, channels: 1 },
	3: { name: 'GSM', clockRate: 8000, channels: 1 },
	4: { name: 'G723', clockRate: 8000, channels: 1 },
	5: { name: 'DVI4', clockRate: 8000, channels: 1 },
	6: { name: 'DVI4', clockRate: 16000, channels: 1 },
	7: { name: 'LPC', clockRate: 8000, channels: 1 },
	8: { name: 'PCMA', clockRate: 8000, channels: 1 },
	9: { name: 'G722', clockRate: 8000, channels: 1 },
	10: { name: 'L16', clockRate: 44100, channels: 2 },
	11: { name: 'L16', clockRate: 44100, channels: 1 },
	12: { name: 'QCELP', clockRate: 8000, channels: 1 },
	13: { name: 'CN', clockRate: 8000, channels: 1 },
	14: { name: 'MPA', clockRate: 90000 },
	15: { name: 'G728', clockRate: 8000, channels: 1 },
	16: { name: 'DVI4', clockRate: 11025, channels: 1 },
	17: { name: 'DVI4', clockRate: 22050, channels: 1 },
	18: { name: 'G729', clockRate: 8000, channels: 1 },
	25: { name: 'CelB', clockRate: 90000 },
	26: { name: 'JPEG', clockRate: 90000 },
	28: { name: 'nv', clockRate: 90000 },
	31: { name: 'H261', clockRate: 90000 },
	32: { name: 'MPV', clockRate: 90000 },
	33: { name: 'MP2T', clockRate: 90000 },
	34: { name: 'H263', clockRate: 90000 }
};

/** Payload types 0–34 are assigned or reserved by RFC 3551; from 35 on, a payload type is dynamic in practice. */
export function isStaticPayloadType(pt: number): boolean {
	return pt >= 0 && pt <= 34;
}

interface CodecInfo {
	role: CodecRole;
	noteId: string;
}

/** Encoding names (lower case) this library explains, with what they are for. */
export const CODECS: Readonly<Record<string, CodecInfo>> = {
	opus: { role: 'media', noteId: 'sdp.codec.opus' },
	multiopus: { role: 'media', noteId: 'sdp.codec.multiopus' },
	isac: { role: 'media', noteId: 'sdp.codec.isac' },
	ilbc: { role: 'media', noteId: 'sdp.codec.ilbc' },
	g722: { role: 'media', noteId: 'sdp.codec.g722' },
	pcmu: { role: 'media', noteId: 'sdp.codec.pcmu' },
	pcma: { role: 'media', noteId: 'sdp.codec.pcma' },
	g729: { role: 'media', noteId: 'sdp.codec.g729' },
	cn: { role: 'cn', noteId: 'sdp.codec.cn' },
	'telephone-event': { role: 'dtmf', noteId: 'sdp.codec.telephone-event' },
	vp8: { role: 'media', noteId: 'sdp.codec.vp8' },
	vp9: { role: 'media', noteId: 'sdp.codec.vp9' },
	h264: { role: 'media', noteId: 'sdp.codec.h264' },
	h265: { role: 'media', noteId: 'sdp.codec.h265' },
	av1: { role: 'media', noteId: 'sdp.codec.av1' },
	rtx: { role: 'rtx', noteId: 'sdp.codec.rtx' },
	red: { role: 'red', noteId: 'sdp.codec.red' },
	ulpfec: { role: 'fec', noteId: 'sdp.codec.ulpfec' },
	'flexfec-03': { role: 'fec', noteId: 'sdp.codec.flexfec' },
	flexfec: { role: 'fec', noteId: 'sdp.codec.flexfec' }
};

export function codecRole(name: string | undefined): CodecRole {
	return (name && CODECS[name.toLowerCase()]?.role) || 'media';
}
