// SDP (RFC 8866) as WebRTC uses it: a tolerant line parser that keeps every line with its character ranges, the
// structured view (session, media sections, codecs, ICE, DTLS, SCTP), explanations by note id, lint findings,
// offer/answer comparison and redaction. Pure TypeScript; never throws on any input.
export { parseSdp, LINE_TYPES } from './parse';
export { parseFmtpConfig } from './structure';
export {
	explainLine,
	explainSdp,
	type LineExplanation,
	type FieldExplanation,
	type UnknownAttribute
} from './explain';
export {
	explainFmtp,
	decodeH264ProfileLevelId,
	av1Level,
	type FmtpMeaning,
	type H264ProfileLevel,
	type Localized
} from './fmtp';
export {
	lintSdp,
	LINT_RULES,
	FINGERPRINT_BYTES,
	type Finding,
	type LintOptions,
	type LintRule,
	type Severity
} from './lint';
export {
	compareOfferAnswer,
	type OfferAnswerResult,
	type NegotiatedSection,
	type NegotiatedCodec,
	type OfferAnswerViolation
} from './offer-answer';
export { redactSdp, redactSdpDetailed, type Redaction, type RedactionKind } from './redact';
export {
	ATTRIBUTES,
	attributeSpec,
	ianaRegistration,
	IANA_OTHER_ATTRIBUTES,
	type AttributeSpec
} from './attributes';
export { HEADER_EXTENSIONS, headerExtension, type HeaderExtensionInfo } from './header-extensions';
export { STATIC_PAYLOAD_TYPES, CODECS, isStaticPayloadType } from './codecs';
export type * from './types';
