// RFC 8656 §12.4 The ChannelData Message
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Channel Number        |            Length             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                                                               |
// /                       Application Data                        /
// /                                                               /
// |                                                               |
// |                               +-------------------------------+
// |                               |
// +-------------------------------+
//
// Over TCP/TLS the message is padded to a multiple of 4 bytes (the padding is not counted in Length); over UDP
// padding is optional. The first two bits are 01, which is how a receiver tells it from STUN (00).
import { ByteReader } from '../bytes/reader';
import { DecodeError, type Decoded, type FieldSpan } from '../bytes/span';
import { ByteWriter } from '../bytes/writer';
import { hex16, hexDisplay, span } from '../stun/spans';

export interface ChannelData {
	/** 0x4000–0x4FFF (RFC 8656); 0x5000–0x7FFF were valid under RFC 5766 and are accepted. */
	channelNumber: number;
	data: Uint8Array;
	/** Padding bytes after the data, when present (TCP), kept so re-encoding is byte-exact. */
	padding?: Uint8Array;
}

/** Channel numbers RFC 8656 §12 allows. */
export const CHANNEL_MIN = 0x4000;
export const CHANNEL_MAX = 0x4fff;
/** RFC 5766 §11 allowed up to 0x7FFF. */
export const CHANNEL_MAX_RFC5766 = 0x7fff;

export function isChannelData(bytes: Uint8Array): boolean {
	if (bytes.length < 4 || (bytes[0] & 0xc0) !== 0x40) return false;
	const length = (bytes[2] << 8) | bytes[3];
	const rest = bytes.length - 4 - length;
	return rest >= 0 && rest <= (4 - (length % 4)) % 4;
}

export function decodeChannelData(bytes: Uint8Array): Decoded<ChannelData> {
	const r = new ByteReader(bytes);
	const channelNumber = r.u16('channel number');
	if (channelNumber < CHANNEL_MIN || channelNumber > CHANNEL_MAX_RFC5766) {
		throw new DecodeError(
			`channel number ${hex16(channelNumber)} is outside 0x4000–0x7fff, so this is not ChannelData`,
			0,
			'not-channel-data'
		);
	}
	const length = r.u16('length');
	const data = r.take(length, 'application data').slice();
	const padLength = (4 - (length % 4)) % 4;
	let padding: Uint8Array | undefined;
	if (r.remaining > 0) {
		if (r.remaining !== padLength) {
			throw new DecodeError(
				`${r.remaining} bytes follow the data; only ${padLength} padding bytes (or none) may`,
				r.offset,
				'trailing-bytes'
			);
		}
		padding = r.take(padLength, 'padding').slice();
	}
	const legacy = channelNumber > CHANNEL_MAX;
	const spans: FieldSpan[] = [
		span(
			'channelData.channelNumber',
			'Channel Number',
			0,
			2,
			channelNumber,
			legacy ? 'turn.channel-data.channel-number-rfc5766' : 'turn.channel-data.channel-number',
			legacy
				? `${hex16(channelNumber)} (outside RFC 8656's 0x4000–0x4fff; valid under RFC 5766)`
				: hex16(channelNumber)
		),
		span('channelData.length', 'Length', 2, 2, length, 'turn.channel-data.length', `${length} bytes`)
	];
	if (length > 0) {
		spans.push(
			span(
				'channelData.data',
				'Application Data',
				4,
				length,
				data,
				'turn.channel-data.data',
				`${length} bytes`
			)
		);
	}
	if (padding) {
		spans.push(
			span(
				'channelData.padding',
				'Padding',
				4 + length,
				padLength,
				padding,
				'turn.channel-data.padding',
				hexDisplay(padding)
			)
		);
	}
	const value: ChannelData = { channelNumber, data };
	if (padding) value.padding = padding;
	return { value, spans };
}

/**
 * Writes ChannelData. Padding: the message's own `padding` bytes if given (and of the right length), else zeros
 * when `options.pad` is set (TCP/TLS, RFC 8656 §12.5), else none (UDP).
 */
export function encodeChannelData(message: ChannelData, options: { pad?: boolean } = {}): Uint8Array {
	const { channelNumber, data } = message;
	if (channelNumber < CHANNEL_MIN || channelNumber > CHANNEL_MAX_RFC5766) {
		throw new RangeError(`channel number ${hex16(channelNumber)} is outside 0x4000–0x7fff`);
	}
	if (data.length > 0xffff) throw new RangeError('ChannelData carries at most 65535 bytes');
	const w = new ByteWriter(data.length + 8).u16(channelNumber).u16(data.length).bytes(data);
	const padLength = (4 - (data.length % 4)) % 4;
	if (message.padding && message.padding.length === padLength) w.bytes(message.padding);
	else if (options.pad) w.pad(4);
	return w.finish();
}
