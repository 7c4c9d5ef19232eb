// TURN's entries in the STUN attribute registry (RFC 8656 §18, IANA "STUN Attributes"). The STUN registry
// (../stun/registry.ts) joins this table with its own; nothing here imports the registry, so there is no cycle.
import type { AttributeCodec } from '../stun/attributes/codec';
import type { TransportAddress } from '../stun/attributes/address';
import channelNumber, { type ChannelNumberValue } from './attributes/channel-number';
import lifetime from './attributes/lifetime';
import xorPeerAddress from './attributes/xor-peer-address';
import data from './attributes/data';
import xorRelayedAddress from './attributes/xor-relayed-address';
import requestedAddressFamily from './attributes/requested-address-family';
import evenPort, { type EvenPortValue } from './attributes/even-port';
import requestedTransport, { type RequestedTransportValue } from './attributes/requested-transport';
import dontFragment from './attributes/dont-fragment';
import reservationToken from './attributes/reservation-token';
import additionalAddressFamily from './attributes/additional-address-family';
import addressErrorCode, { type AddressErrorCodeValue } from './attributes/address-error-code';
import icmp, { type IcmpValue } from './attributes/icmp';
import type { AddressFamilyValue } from './attributes/family';

export const TURN_ATTRIBUTES: AttributeCodec<unknown>[] = [
	channelNumber,
	lifetime,
	xorPeerAddress,
	data,
	xorRelayedAddress,
	requestedAddressFamily,
	evenPort,
	requestedTransport,
	dontFragment,
	reservationToken,
	additionalAddressFamily,
	addressErrorCode,
	icmp
];

/** The value type of each TURN attribute, by name. */
export interface TurnAttributeValueMap {
	'CHANNEL-NUMBER': ChannelNumberValue;
	LIFETIME: number;
	'XOR-PEER-ADDRESS': TransportAddress;
	DATA: Uint8Array;
	'XOR-RELAYED-ADDRESS': TransportAddress;
	'REQUESTED-ADDRESS-FAMILY': AddressFamilyValue;
	'EVEN-PORT': EvenPortValue;
	'REQUESTED-TRANSPORT': RequestedTransportValue;
	'DONT-FRAGMENT': true;
	'RESERVATION-TOKEN': Uint8Array;
	'ADDITIONAL-ADDRESS-FAMILY': AddressFamilyValue;
	'ADDRESS-ERROR-CODE': AddressErrorCodeValue;
	ICMP: IcmpValue;
}
