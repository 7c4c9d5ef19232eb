// References for notes whose subject no RFC defines: Internet-Drafts, libwebrtc's own documentation of the RTP
// header extensions and SDP extensions it invented, the AV1 RTP payload format, 3GPP, IEEE and tcpdump's link-type
// registry. Each is a public document; the note cites the one that defines what it explains.
import type { SpecRef } from './types';

/** An Internet-Draft, at a fixed version (the text the implementations followed). */
export function draft(name: string, section?: string): SpecRef {
	const ref: SpecRef = { spec: name, url: `https://datatracker.ietf.org/doc/html/${name}` };
	if (section) ref.section = section;
	return ref;
}

const LIBWEBRTC = 'https://webrtc.googlesource.com/src/+/refs/heads/main/';

/** libwebrtc's description of one of its RTP header extensions (docs/native-code/rtp-hdrext/<name>). */
export function webrtcHeaderExtension(name: string): SpecRef {
	return {
		spec: `libwebrtc rtp-hdrext/${name}`,
		url: `${LIBWEBRTC}docs/native-code/rtp-hdrext/${name}/README.md`
	};
}

/** A libwebrtc source file that defines a name it writes into SDP (no document describes it). */
export function libwebrtcSource(path: string): SpecRef {
	return { spec: `libwebrtc ${path}`, url: LIBWEBRTC + path };
}

/** The AV1 RTP payload format (Alliance for Open Media), which also defines the Dependency Descriptor. */
export function av1Rtp(section?: string): SpecRef {
	const ref: SpecRef = {
		spec: 'AV1 RTP payload format (AOM)',
		url: 'https://aomediacodec.github.io/av1-rtp-spec/'
	};
	if (section) ref.section = section;
	return ref;
}

/** 3GPP TS 26.114 (IMS multimedia telephony), here as ETSI TS 126 114 V13.2.0. */
export const TS_26_114: SpecRef = {
	spec: '3GPP TS 26.114',
	section: '7.4.5',
	url: 'https://www.etsi.org/deliver/etsi_ts/126100_126199/126114/13.02.00_60/ts_126114v130200p.pdf'
};

export const IEEE_802_1Q: SpecRef = {
	spec: 'IEEE 802.1Q',
	url: 'https://standards.ieee.org/ieee/802.1Q/10323/'
};

/** tcpdump.org's link-layer header type registry page for one LINKTYPE. */
export function linktype(name: string): SpecRef {
	return { spec: `tcpdump ${name}`, url: `https://www.tcpdump.org/linktypes/${name}.html` };
}
