// UI names of packet kinds and input formats, from the message catalogue (both locales).
import { m } from '$lib/paraglide/messages.js';
import type { InputFormat } from '$lib/protocol/bytes/input';
import type { PacketKind } from '$lib/protocol/packet';

const KIND: Record<PacketKind, () => string> = {
	stun: m.packets_kind_stun,
	'channel-data': m.packets_kind_channel_data,
	rtp: m.packets_kind_rtp,
	rtcp: m.packets_kind_rtcp,
	dtls: m.packets_kind_dtls
};

const FORMAT: Record<InputFormat, () => string> = {
	hex: m.packets_format_hex,
	'spaced-hex': m.packets_format_spaced_hex,
	'0x-hex': m.packets_format_0x_hex,
	hexdump: m.packets_format_hexdump,
	base64: m.packets_format_base64
};

export function kindLabel(kind: PacketKind): string {
	return KIND[kind]();
}

export function formatLabel(format: InputFormat): string {
	return FORMAT[format]();
}
