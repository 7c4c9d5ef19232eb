// The packet lab's view logic, kept out of the markup so it can be tested: credentials from the form, the
// capture table's rows, RTCP report blocks in plain units with the RTT arithmetic, and the state the URL
// fragment holds. Every number comes from the protocol library; nothing here re-derives a field.
import type { Endpoint, LinkType } from '$lib/protocol/bytes/frame';
import type { Capture, CapturePacket } from '$lib/protocol/bytes/pcap';
import { demux, type DemuxKind } from '$lib/protocol/demux';
import { isPacketKind, kindOfDemux, type PacketKind } from '$lib/protocol/packet';
import {
	compactNtpToSeconds,
	explainReportBlock,
	roundTripTime,
	type ReportBlock,
	type ReportBlockExplained,
	type RoundTrip,
	type RtcpPacket
} from '$lib/protocol/rtcp';
import type { Credentials } from '$lib/protocol/stun';
import type { LabFragment } from './fragment';

const LINK_TYPES: readonly LinkType[] = ['ethernet', 'raw-ip', 'sll', 'sll2', 'bsd-loopback'];

export function isLinkType(value: unknown): value is LinkType {
	return typeof value === 'string' && (LINK_TYPES as readonly string[]).includes(value);
}

/** The STUN verification form → credentials: none without a password; long-term when a username is given. */
export function credentialsFrom(form: {
	password: string;
	username: string;
	realm: string;
}): Credentials | undefined {
	if (!form.password) return undefined;
	if (form.username || form.realm)
		return { username: form.username, realm: form.realm, password: form.password };
	return { password: form.password };
}

/** `ip:port`, with brackets around an IPv6 address (RFC 5952 §6). */
export function formatEndpoint(e: Endpoint): string {
	return e.ip.includes(':') ? `[${e.ip}]:${e.port}` : `${e.ip}:${e.port}`;
}

export interface CaptureRow {
	/** Frame number in the file (Wireshark's). */
	index: number;
	/** Seconds since the first packet of the file, or undefined when the record has no time. */
	time?: number;
	src: string;
	dst: string;
	length: number;
	/** What RFC 7983's first byte says, and the lab's kind for it (if it decodes it). */
	demux: DemuxKind;
	kind?: PacketKind;
}

export function captureRows(capture: Capture): CaptureRow[] {
	const t0 = capture.packets.find((p) => p.time !== undefined)?.time;
	return capture.packets.map((p) => {
		const payload = packetPayload(p);
		const d = demux(payload).kind;
		const kind = kindOfDemux(d);
		return {
			index: p.index,
			...(p.time !== undefined && t0 !== undefined ? { time: p.time - t0 } : {}),
			src: formatEndpoint(p.udp.src),
			dst: formatEndpoint(p.udp.dst),
			length: p.udp.payloadLength,
			demux: d,
			...(kind ? { kind } : {})
		};
	});
}

export function packetPayload(p: CapturePacket): Uint8Array {
	return p.frameBytes.subarray(p.udp.payloadOffset, p.udp.payloadOffset + p.udp.payloadLength);
}

/** Bytes as rows of 16 in groups of 4: what the text box shows for a packet picked from a capture. */
export function bytesToRows(bytes: Uint8Array): string {
	const out: string[] = [];
	for (let i = 0; i < bytes.length; i += 16) {
		const groups: string[] = [];
		for (let k = i; k < Math.min(i + 16, bytes.length); k += 4) {
			groups.push(
				Array.from(bytes.subarray(k, Math.min(k + 4, i + 16)), (b) => b.toString(16).padStart(2, '0')).join(
					' '
				)
			);
		}
		out.push(groups.join('  '));
	}
	return out.join('\n');
}

/**
 * A 32-bit compact NTP time (RFC 3550 §6.4.1: the middle 32 bits of an NTP timestamp, 1/65536 s units) typed
 * as hex (`daf3 6569`, `0xdaf36569`, `da:f3:65:69`). Undefined unless it is exactly 8 hex digits.
 */
export function parseCompactNtp(text: string): number | undefined {
	const digits = text.trim().replace(/^0x/i, '').replace(/[\s:]/g, '');
	if (!/^[0-9a-fA-F]{8}$/.test(digits)) return undefined;
	return parseInt(digits, 16) >>> 0;
}

export function compactNtpHex(v: number): string {
	const h = (v >>> 0).toString(16).padStart(8, '0');
	return `${h.slice(0, 4)} ${h.slice(4)}`;
}

export interface ReportBlockView {
	/** Span path of the block, so the UI can select it in the byte view. */
	path: string;
	/** SR or RR, and the SSRC of its sender. */
	packetKind: 'SR' | 'RR';
	reporterSsrc: number;
	block: ReportBlock;
	explained: ReportBlockExplained;
	/** LSR and DLSR in seconds (compact NTP / 65536). */
	lsrSeconds: number | null;
	dlsrSeconds: number;
	/** LSR + DLSR: the compact NTP time at which the reporter sent this block. */
	sentAt?: number;
}

/** Every report block of SRs and RRs in a compound packet, in order, with its span path. */
export function reportBlocks(packets: readonly RtcpPacket[], clockRate?: number): ReportBlockView[] {
	const out: ReportBlockView[] = [];
	packets.forEach((p, i) => {
		if (p.kind !== 'SR' && p.kind !== 'RR') return;
		p.reports.forEach((block, j) => {
			const explained = explainReportBlock(block, clockRate ? { clockRate } : {});
			out.push({
				path: `rtcp.${i}.reports.${j}`,
				packetKind: p.kind as 'SR' | 'RR',
				reporterSsrc: p.ssrc,
				block,
				explained,
				lsrSeconds: block.lastSr === 0 ? null : compactNtpToSeconds(block.lastSr),
				dlsrSeconds: compactNtpToSeconds(block.delaySinceLastSr),
				...(block.lastSr === 0 ? {} : { sentAt: (block.lastSr + block.delaySinceLastSr) >>> 0 })
			});
		});
	});
	return out;
}

/** RFC 3550 §6.4.1: RTT = A − LSR − DLSR for an arrival time A typed as compact NTP hex. */
export function rttFor(view: ReportBlockView, arrivalText: string): RoundTrip | null | undefined {
	const a = parseCompactNtp(arrivalText);
	if (a === undefined) return undefined;
	return roundTripTime(a, view.block.lastSr, view.block.delaySinceLastSr);
}

/** What the page shows, as held in the URL fragment. The password is never part of it. */
export interface LabState {
	/** A sample's id when the text is that sample's. */
	sample?: string;
	text: string;
	kind?: PacketKind;
	link?: LinkType;
	field?: string;
	username: string;
	realm: string;
}

/**
 * Fragment → state. A known `sample` gives its text (and verification username/realm, unless the link sets
 * them); `text` wins over `sample`; unknown kinds and link types are ignored.
 */
export function stateFromFragment(
	f: LabFragment,
	sampleText: (id: string) => { text: string; username?: string; realm?: string } | undefined,
	fallback: LabState
): LabState {
	const sample = f.sample ? sampleText(f.sample) : undefined;
	const fromSample = sample && f.text === undefined;
	const text = f.text ?? sample?.text ?? fallback.text;
	return {
		...(fromSample ? { sample: f.sample } : f.text === undefined ? { sample: fallback.sample } : {}),
		text,
		...(isPacketKind(f.kind) ? { kind: f.kind } : {}),
		...(isLinkType(f.link) && f.text !== undefined ? { link: f.link } : {}),
		...(f.field ? { field: f.field } : {}),
		username: f.username ?? (fromSample ? (sample.username ?? '') : ''),
		realm: f.realm ?? (fromSample ? (sample.realm ?? '') : '')
	};
}

/** State → fragment fields; the default view gives an empty fragment, a sample is named instead of its text. */
export function fragmentFromState(s: LabState, defaultSample: string): LabFragment {
	const isDefault = s.sample === defaultSample;
	return {
		...(s.sample && !isDefault ? { sample: s.sample } : {}),
		...(s.sample ? {} : { text: s.text }),
		...(s.kind ? { kind: s.kind } : {}),
		...(s.link ? { link: s.link } : {}),
		...(s.field ? { field: s.field } : {}),
		...(s.username ? { username: s.username } : {}),
		...(s.realm ? { realm: s.realm } : {})
	};
}
