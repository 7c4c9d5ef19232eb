// Public face of the STUN library (RFC 8489, with RFC 8445 ICE and RFC 5780 attributes).
export { decodeStun, encodeStun, isStun, encodeAttributeValue, type EncodeOptions } from './message';
export {
	verifyStun,
	shortTermKey,
	longTermKey,
	userhash,
	type Credentials,
	type IntegrityCheck,
	type StunVerification,
	type CheckedAttribute,
	type LongTermAlgorithm
} from './integrity';
export { opaqueString, saslprep, preparePassword, StringPrepError, type PasswordPrep } from './password';
export {
	attribute,
	getAttribute,
	buildMessage,
	buildBindingRequest,
	buildBindingSuccessResponse,
	buildErrorResponse,
	randomTransactionId
} from './builders';
export {
	METHODS,
	CLASSES,
	methodName,
	messageTypeName,
	composeMessageType,
	splitMessageType,
	type StunClass
} from './methods';
export {
	ATTRIBUTES,
	ATTRIBUTE_BY_TYPE,
	ATTRIBUTE_BY_NAME,
	attributeName,
	attributeType,
	isComprehensionRequired
} from './registry';
export { crc32 } from './crc32';
export { MAGIC_COOKIE, FINGERPRINT_XOR, HEADER_LENGTH } from './constants';
export { formatAddress, type TransportAddress, type AddressFamily } from './attributes/address';
export { ERROR_REASONS, type ErrorCodeValue } from './attributes/error-code';
export { PASSWORD_ALGORITHM_NAMES, type PasswordAlgorithmValue } from './attributes/password-algorithm';
export type { ChangeRequestValue } from './attributes/change-request';
export type { ResponsePortValue } from './attributes/response-port';
export type { AttributeCodec } from './attributes/codec';
export type {
	StunMessage,
	StunAttribute,
	KnownAttribute,
	RawAttribute,
	AttributeName,
	AttributeValueMap,
	StunAttributeValueMap
} from './types';
