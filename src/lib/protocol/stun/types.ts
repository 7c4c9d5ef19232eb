// The decoded shape of a STUN message (RFC 8489 §5, §14) — what decodeStun returns and encodeStun takes.
import type { TransportAddress } from './attributes/address';
import type { ChangeRequestValue } from './attributes/change-request';
import type { ErrorCodeValue } from './attributes/error-code';
import type { PasswordAlgorithmValue } from './attributes/password-algorithm';
import type { ResponsePortValue } from './attributes/response-port';
import type { StunClass } from './methods';
import type { TurnAttributeValueMap } from '../turn/attribute-table';

/** The value type of each STUN attribute, by IANA name. */
export interface StunAttributeValueMap {
	'MAPPED-ADDRESS': TransportAddress;
	'CHANGE-REQUEST': ChangeRequestValue;
	USERNAME: string;
	'MESSAGE-INTEGRITY': Uint8Array;
	'ERROR-CODE': ErrorCodeValue;
	'UNKNOWN-ATTRIBUTES': number[];
	REALM: string;
	NONCE: string;
	'MESSAGE-INTEGRITY-SHA256': Uint8Array;
	'PASSWORD-ALGORITHM': PasswordAlgorithmValue;
	USERHASH: Uint8Array;
	'XOR-MAPPED-ADDRESS': TransportAddress;
	PRIORITY: number;
	'USE-CANDIDATE': true;
	PADDING: Uint8Array;
	'RESPONSE-PORT': ResponsePortValue;
	'PASSWORD-ALGORITHMS': PasswordAlgorithmValue[];
	'ALTERNATE-DOMAIN': string;
	SOFTWARE: string;
	'ALTERNATE-SERVER': TransportAddress;
	FINGERPRINT: number;
	'ICE-CONTROLLED': bigint;
	'ICE-CONTROLLING': bigint;
	'RESPONSE-ORIGIN': TransportAddress;
	'OTHER-ADDRESS': TransportAddress;
}

export interface AttributeValueMap extends StunAttributeValueMap, TurnAttributeValueMap {}
export type AttributeName = keyof AttributeValueMap;

/** A registered attribute whose value decoded. */
export type KnownAttribute = {
	[K in AttributeName]: {
		type: number;
		name: K;
		value: AttributeValueMap[K];
		/** The padding bytes after the value (RFC 8489 §14: any value); absent = zeros. */
		padding?: Uint8Array;
		raw?: false;
	};
}[AttributeName];

/** An unregistered attribute, or a registered one whose value is malformed: kept as bytes. */
export interface RawAttribute {
	type: number;
	/** The IANA name if registered, otherwise `0x802f`-style hex. */
	name: string;
	value: Uint8Array;
	padding?: Uint8Array;
	raw: true;
	/** Why a registered attribute could not be read (absent for an unknown type). */
	problem?: string;
}

export type StunAttribute = KnownAttribute | RawAttribute;

export interface StunMessage {
	/** 12-bit method: 0x001 Binding, 0x003 Allocate, … */
	method: number;
	class: StunClass;
	/** 96-bit transaction id (12 bytes). */
	transactionId: Uint8Array;
	attributes: StunAttribute[];
}
