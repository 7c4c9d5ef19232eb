// Public face of the TURN library (RFC 8656). TURN messages are STUN messages: decode them with decodeStun
// from ../stun — TURN's methods and attributes are in the same registries.
export {
	decodeChannelData,
	encodeChannelData,
	isChannelData,
	CHANNEL_MIN,
	CHANNEL_MAX,
	CHANNEL_MAX_RFC5766,
	type ChannelData
} from './channel-data';
export { TURN_ATTRIBUTES, type TurnAttributeValueMap } from './attribute-table';
export { TURN_METHODS } from './methods';
export type { ChannelNumberValue } from './attributes/channel-number';
export type { EvenPortValue } from './attributes/even-port';
export type { RequestedTransportValue } from './attributes/requested-transport';
export type { AddressErrorCodeValue } from './attributes/address-error-code';
export type { IcmpValue } from './attributes/icmp';
export type { AddressFamilyValue } from './attributes/family';
