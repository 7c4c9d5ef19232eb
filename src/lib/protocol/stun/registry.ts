// The STUN attribute registry as data (IANA "STUN Attributes"): one table of codecs — STUN's own plus TURN's
// (../turn/attribute-table.ts) — from which every lookup derives.
import type { AttributeCodec } from './attributes/codec';
import mappedAddress from './attributes/mapped-address';
import changeRequest from './attributes/change-request';
import username from './attributes/username';
import messageIntegrity from './attributes/message-integrity';
import errorCode from './attributes/error-code';
import unknownAttributes from './attributes/unknown-attributes';
import realm from './attributes/realm';
import nonce from './attributes/nonce';
import messageIntegritySha256 from './attributes/message-integrity-sha256';
import passwordAlgorithm from './attributes/password-algorithm';
import userhash from './attributes/userhash';
import xorMappedAddress from './attributes/xor-mapped-address';
import priority from './attributes/priority';
import useCandidate from './attributes/use-candidate';
import padding from './attributes/padding';
import responsePort from './attributes/response-port';
import passwordAlgorithms from './attributes/password-algorithms';
import alternateDomain from './attributes/alternate-domain';
import software from './attributes/software';
import alternateServer from './attributes/alternate-server';
import fingerprint from './attributes/fingerprint';
import iceControlled from './attributes/ice-controlled';
import iceControlling from './attributes/ice-controlling';
import responseOrigin from './attributes/response-origin';
import otherAddress from './attributes/other-address';
import { TURN_ATTRIBUTES } from '../turn/attribute-table';

export const STUN_ATTRIBUTES: AttributeCodec<unknown>[] = [
	mappedAddress,
	changeRequest,
	username,
	messageIntegrity,
	errorCode,
	unknownAttributes,
	realm,
	nonce,
	messageIntegritySha256,
	passwordAlgorithm,
	userhash,
	xorMappedAddress,
	priority,
	useCandidate,
	padding,
	responsePort,
	passwordAlgorithms,
	alternateDomain,
	software,
	alternateServer,
	fingerprint,
	iceControlled,
	iceControlling,
	responseOrigin,
	otherAddress
];

/** Every registered attribute, STUN and TURN, sorted by type. */
export const ATTRIBUTES: readonly AttributeCodec<unknown>[] = [...STUN_ATTRIBUTES, ...TURN_ATTRIBUTES].sort(
	(a, b) => a.type - b.type
);

export const ATTRIBUTE_BY_TYPE: ReadonlyMap<number, AttributeCodec<unknown>> = new Map(
	ATTRIBUTES.map((c) => [c.type, c])
);
export const ATTRIBUTE_BY_NAME: ReadonlyMap<string, AttributeCodec<unknown>> = new Map(
	ATTRIBUTES.map((c) => [c.name, c])
);

// RFC 8489 §14: 0x0000–0x7FFF comprehension-required (an unknown one makes a request fail with 420),
// 0x8000–0xFFFF comprehension-optional (an unknown one is ignored).
export function isComprehensionRequired(type: number): boolean {
	return type < 0x8000;
}

export function attributeName(type: number): string {
	return ATTRIBUTE_BY_TYPE.get(type)?.name ?? `0x${type.toString(16).padStart(4, '0')}`;
}

export function attributeType(name: string): number | undefined {
	return ATTRIBUTE_BY_NAME.get(name)?.type;
}
