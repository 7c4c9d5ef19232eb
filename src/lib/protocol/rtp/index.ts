// Public face of the RTP library: RFC 3550 packets with RFC 8285 header extensions.
export { decodeRtp, encodeRtp } from './rtp-packet';
export type { RtpPacket, DecodeRtpOptions } from './rtp-packet';
export { extensionForm } from './header-extension';
export type { RtpHeaderExtension, RtpExtensionItem, RtpExtensionForm } from './header-extension';
export { KNOWN_EXTENSIONS, knownExtension } from './header-extension-uris';
export type { KnownExtension, ExtensionValue } from './header-extension-uris';
