// Every explanation the site can show, checked across all areas at once: each span decoded from every fixture
// (RFC 5769 vectors, real captures, RTP/RTCP and DTLS fixtures, their frames) has a note in ALL_NOTES with
// both locales filled in and an RFC or a published spec to read; and no note is orphaned — every packet-table
// note (stun., turn., rtp., rtcp., dtls., frame.) is shown by some fixture span, every demux. note by a demux
// result, every ice./sdp. note by the ICE/SDP fixtures' explanations.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_NOTES, refLabel, refUrl } from '$lib/notes';
import { hex } from '../../src/lib/protocol/bytes/hex';
import { readCapture } from '../../src/lib/protocol/bytes/pcap';
import { decodeFrame } from '../../src/lib/protocol/bytes/frame';
import { DecodeError, type FieldSpan } from '../../src/lib/protocol/bytes/span';
import { demux, DEMUX_RANGES } from '../../src/lib/protocol/demux';
import { decodeStun } from '../../src/lib/protocol/stun';
import { decodeChannelData, isChannelData } from '../../src/lib/protocol/turn';
import { decodeRtp } from '../../src/lib/protocol/rtp';
import { decodeRtcp } from '../../src/lib/protocol/rtcp';
import { decodeDtls, reassembleHandshake, type DtlsRecord } from '../../src/lib/protocol/dtls';
import { CAPTURES as DTLS_CAPTURES, readDtlsDatagrams } from '../../src/lib/protocol/dtls/fixtures';
import { parseCandidate } from '../../src/lib/protocol/ice/candidate';
import { explainSdp, parseSdp } from '../../src/lib/protocol/sdp';
import { loadFixtures as loadSdpFixtures } from '../../src/lib/protocol/sdp/test-fixtures';
import { RFC5769 } from '../fixtures/stun/rfc5769';
import { STUN_ATTRIBUTE_CASES, TURN_ATTRIBUTE_CASES, TRANSACTION_ID } from '../fixtures/stun/attributes';
import { turnMessages, channelDataCases } from '../fixtures/stun/turn-messages';
import { chromeCoturnAllocate, pionChannelData } from '../fixtures/stun/captures';
import { wrapInMessage } from '../fixtures/stun/helpers';
import { rtcpFixtures, rtpFixtures } from '../fixtures/rtp/load';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

const CAPTURE_DIR = 'test/fixtures/captures/';
const CAPTURE_FILES = ['stun-turn.pcapng', 'turn-send.pcap', 'rtp-rtcp.pcap'];
const SDP_CAPTURED_DIR = 'test/fixtures/sdp/captured/';

/** Where a span or note id came from, for readable failures. */
interface Use {
	noteId: string;
	from: string;
	path?: string;
}

function walk(spans: FieldSpan[], from: string, into: Use[]): void {
	for (const s of spans) {
		into.push({ noteId: s.noteId, from, path: s.path });
		if (s.children) walk(s.children, from, into);
	}
}

/** A UDP payload: decoded by what the first byte says (RFC 7983), as the site does with a pasted capture. */
function decodePayload(bytes: Uint8Array, from: string, into: Use[]): void {
	const d = demux(bytes);
	into.push({ noteId: d.noteId, from });
	if (d.kind === 'stun') {
		try {
			walk(decodeStun(bytes).spans, from, into);
		} catch (e) {
			// turnutils' relayed test data starts with 00 but is not STUN (tshark: "data").
			if (!(e instanceof DecodeError)) throw e;
		}
	} else if (isChannelData(bytes)) walk(decodeChannelData(bytes).spans, from, into);
	else if (d.kind === 'rtp') walk(decodeRtp(bytes).spans, from, into);
	else if (d.kind === 'rtcp') walk(decodeRtcp(bytes).spans, from, into);
	else if (d.kind === 'dtls') walk(decodeDtls(bytes).spans, from, into);
}

/** Every span of every packet fixture, and the demux result of every datagram. */
function packetUses(): Use[] {
	const uses: Use[] = [];
	// STUN/TURN: the RFC 5769 vectors, the attribute tables, TURN messages and pion/coturn captures.
	for (const [name, v] of Object.entries(RFC5769))
		walk(decodeStun(hex(v.hex)).spans, `RFC 5769 ${name}`, uses);
	for (const c of [...STUN_ATTRIBUTE_CASES, ...TURN_ATTRIBUTE_CASES]) {
		walk(decodeStun(wrapInMessage(c.hex, TRANSACTION_ID)).spans, `attribute case ${c.name}`, uses);
	}
	for (const [name, h] of Object.entries(turnMessages)) walk(decodeStun(hex(h)).spans, `turn ${name}`, uses);
	for (const [name, h] of Object.entries(chromeCoturnAllocate)) {
		walk(decodeStun(hex(h)).spans, `chrome/coturn ${name}`, uses);
	}
	for (const c of channelDataCases) walk(decodeChannelData(hex(c.hex)).spans, `channel data ${c.name}`, uses);
	for (const [name, h] of Object.entries(pionChannelData)) {
		walk(decodeChannelData(hex(h)).spans, `pion ${name}`, uses);
	}
	// RTP/RTCP hex fixtures.
	for (const f of rtpFixtures) walk(decodeRtp(f.bytes, { extmap: f.extmap }).spans, f.file, uses);
	for (const f of rtcpFixtures) walk(decodeRtcp(f.bytes).spans, f.file, uses);
	// DTLS captures, datagram by datagram, and the handshake messages reassembled from them.
	for (const name of DTLS_CAPTURES) {
		const records: DtlsRecord[] = [];
		for (const d of readDtlsDatagrams(name)) {
			const { value, spans } = decodeDtls(d.bytes);
			walk(spans, `${name} frame ${d.frame}`, uses);
			uses.push({ noteId: demux(d.bytes).noteId, from: `${name} frame ${d.frame}` });
			records.push(...value);
		}
		for (const m of reassembleHandshake(records)) {
			if (m.decoded) walk(m.decoded.spans, `${name} reassembled ${m.name}`, uses);
		}
	}
	// Real captures: each frame's link/IP/UDP headers, then its payload.
	for (const file of CAPTURE_FILES) {
		const capture = readCapture(new Uint8Array(readFileSync(CAPTURE_DIR + file)));
		for (const p of capture.packets) {
			const from = `${file} frame ${p.index}`;
			walk(decodeFrame(p.frameBytes, p.linkType).spans, from, uses);
			decodePayload(
				p.frameBytes.subarray(p.udp.payloadOffset, p.udp.payloadOffset + p.udp.payloadLength),
				from,
				uses
			);
		}
	}
	// RFC 7983 / RFC 9443's first-byte table itself: both ends of every range, and the empty datagram.
	for (const r of DEMUX_RANGES) {
		for (const b of [r.from, r.to])
			uses.push({ noteId: demux(Uint8Array.of(b, 0)).noteId, from: `first byte ${b}` });
	}
	uses.push({ noteId: demux(new Uint8Array(0)).noteId, from: 'empty datagram' });
	return uses;
}

/** ICE candidate ranges and SDP explanations from the ICE and SDP fixtures (public and captured). */
function textUses(): Use[] {
	const uses: Use[] = [];
	const candidates = JSON.parse(readFileSync('test/fixtures/ice/candidates.json', 'utf8')) as {
		candidates: { line: string }[];
	};
	for (const c of candidates.candidates) {
		for (const r of parseCandidate(c.line).ranges) uses.push({ noteId: r.noteId, from: c.line });
	}
	const sdps = [
		...loadSdpFixtures().map((f) => ({ file: f.file, text: f.text })),
		...readdirSync(SDP_CAPTURED_DIR)
			.filter((f) => f.endsWith('.sdp'))
			.sort()
			.map((file) => ({ file, text: readFileSync(SDP_CAPTURED_DIR + file, 'utf8') }))
	];
	for (const { file, text } of sdps) {
		for (const e of explainSdp(parseSdp(text)))
			for (const id of e.noteIds) uses.push({ noteId: id, from: file });
	}
	return uses;
}

// Notes whose subject no RFC defines cite the document that does (`SpecRef`: an Internet-Draft, libwebrtc's
// documentation or source, the AV1 RTP format, 3GPP, IEEE, tcpdump's link-type registry). The one note left without
// any reference: Chrome's pre-standard `google-ice` ICE option, which no public document describes.
const WITHOUT_REF = words('sdp.iceOption.google-ice');

// Notes no fixture file reaches: they are shown only by inputs written inline in an area's own notes test (each
// of which checks that its notes are all used). Moving those inputs into test/fixtures would empty this list.
const ONLY_IN_AREA_TESTS: Record<string, string[]> = {
	// ANNOTATED datagrams: ALPN/session_ticket/SCT extensions, alert, heartbeat, new_session_ticket, tls12_cid.
	'src/lib/protocol/dtls/notes.test.ts': words(`
		dtls.record.opaque dtls.record.cid dtls.encrypted.other dtls.alert.level dtls.alert.description
		dtls.handshake.rawBody dtls.handshake.other dtls.extension.other
		dtls.extension.application_layer_protocol_negotiation dtls.extension.alpn.protocols
		dtls.extension.session_ticket dtls.extension.signed_certificate_timestamp
	`),
	// FRAMES: a VLAN-tagged frame with IPv4 options and an Ethernet trailer, IPv6 with extension headers, BSD
	// loopback. The captures are all IPv4 on Linux loopback.
	'src/lib/protocol/bytes/frame.test.ts': words(`
		frame.trailer frame.vlan frame.vlan.tpid frame.vlan.pcp frame.vlan.dei frame.vlan.vid
		frame.loopback frame.loopback.family frame.ipv4.options
		frame.ipv6 frame.ipv6.version frame.ipv6.trafficClass frame.ipv6.flowLabel frame.ipv6.payloadLength
		frame.ipv6.nextHeader frame.ipv6.hopLimit frame.ipv6.source frame.ipv6.destination frame.ipv6.hopByHop
		frame.ipv6.routing frame.ipv6.fragment frame.ipv6.destinationOptions frame.ipv6.ext.nextHeader
		frame.ipv6.ext.length frame.ipv6.ext.data frame.ipv6.fragment.reserved frame.ipv6.fragment.offset
		frame.ipv6.fragment.more frame.ipv6.fragment.identification
	`),
	// A candidate line with an unknown extension, written from the RFC 8839 §5.1 grammar.
	'src/lib/protocol/ice/notes.test.ts': words('ice.candidate.extension'),
	// COVERAGE: SDP lines written from the RFC grammars that no public or captured SDP contains.
	'src/lib/protocol/sdp/explain.test.ts': words(`
		sdp.line.i sdp.line.u sdp.line.e sdp.line.p sdp.line.r sdp.line.z sdp.line.k sdp.line.a
		sdp.b.CT sdp.b.TIAS sdp.b.RR sdp.b.RS sdp.m.numberOfPorts sdp.a.ice-mismatch sdp.a.ice-pacing
		sdp.a.remote-candidates sdp.a.connection sdp.a.tls-id sdp.a.identity sdp.a.label sdp.a.content
		sdp.a.x-google-flag sdp.a.imageattr sdp.a.tool sdp.group.LS sdp.group.FID sdp.ssrcGroup.FEC-FR
		sdp.ssrcGroup.FEC sdp.iceOption.ice2 sdp.iceOption.renomination sdp.setup.holdconn sdp.codec.g729
		sdp.codec.h265 sdp.fmtp.maxaveragebitrate sdp.fmtp.usedtx sdp.fmtp.cbr sdp.fmtp.rtx-time
		sdp.fmtp.x-google-min-bitrate sdp.fmtp.x-google-max-bitrate sdp.fmtp.x-google-start-bitrate
		sdp.ext.transport-wide-cc-02 sdp.ext.encrypt sdp.ext.abs-capture-time sdp.ext.inband-cn
		sdp.rtcpFb.nack-sli sdp.rtcpFb.nack-rpsi sdp.rtcpFb.ccm-tmmbr sdp.rtcpFb.trr-int sdp.rtcpFb.goog-lntf
		sdp.candidate.ufrag
	`)
};
const ELSEWHERE = new Set(Object.values(ONLY_IN_AREA_TESTS).flat());

const PACKET_AREAS = ['stun.', 'turn.', 'rtp.', 'rtcp.', 'dtls.', 'frame.', 'demux.'];
const TEXT_AREAS = ['ice.', 'sdp.'];

describe('notes across all fixtures', () => {
	const packets = packetUses();
	const texts = textUses();

	test('the fixtures were all read', () => {
		const sources = new Set(packets.map((u) => u.from.split(' ')[0]));
		for (const f of CAPTURE_FILES) expect(sources.has(f), f).toBe(true);
		expect(packets.length).toBeGreaterThan(5000);
		expect(texts.length).toBeGreaterThan(1000);
	});

	test('every span and explanation has a note', () => {
		const missing = [...packets, ...texts].filter((u) => !(u.noteId in ALL_NOTES));
		expect(missing.map((u) => `${u.noteId} (${u.from}${u.path ? ` ${u.path}` : ''})`)).toEqual([]);
	});

	test('every note has an English and a Traditional Chinese title and text, and they differ', () => {
		const bad = Object.entries(ALL_NOTES).filter(
			([, n]) =>
				!n.title.en.trim() ||
				!n.title['zh-TW'].trim() ||
				!n.text.en.trim() ||
				!n.text['zh-TW'].trim() ||
				n.text.en === n.text['zh-TW']
		);
		expect(bad.map(([id]) => id)).toEqual([]);
	});

	test('every note cites an RFC or a published spec with its address, except the listed one', () => {
		const noRef = Object.keys(ALL_NOTES).filter((id) => !ALL_NOTES[id].ref);
		expect(noRef).toEqual(WITHOUT_REF);
		for (const [id, { ref }] of Object.entries(ALL_NOTES)) {
			if (!ref) continue;
			if ('spec' in ref) {
				expect(ref.spec.trim(), id).not.toBe('');
				expect(ref.url, id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\S+$/);
			} else {
				expect(Number.isInteger(ref.rfc) && ref.rfc > 0, id).toBe(true);
			}
		}
	});

	test('spec references render as a label and a link', () => {
		expect(refLabel(ALL_NOTES['sdp.rtcpFb.goog-remb'].ref!)).toBe('draft-alvestrand-rmcat-remb-03');
		expect(refUrl(ALL_NOTES['sdp.rtcpFb.goog-remb'].ref!)).toBe(
			'https://datatracker.ietf.org/doc/html/draft-alvestrand-rmcat-remb-03'
		);
		expect(refLabel(ALL_NOTES['sdp.ext.video-orientation'].ref!)).toBe('3GPP TS 26.114 §7.4.5');
		expect(refUrl(ALL_NOTES['sdp.ext.playout-delay'].ref!)).toBe(
			'https://webrtc.googlesource.com/src/+/refs/heads/main/docs/native-code/rtp-hdrext/playout-delay/README.md'
		);
		expect(refLabel(ALL_NOTES['sdp.line.v'].ref!)).toBe('RFC 8866 §5.1');
		expect(refUrl(ALL_NOTES['sdp.line.v'].ref!)).toBe('https://www.rfc-editor.org/rfc/rfc8866#section-5.1');
	});

	test('every note belongs to a known area', () => {
		const areas = [...PACKET_AREAS, ...TEXT_AREAS];
		expect(Object.keys(ALL_NOTES).filter((id) => !areas.some((a) => id.startsWith(a)))).toEqual([]);
	});

	test('no packet note is orphaned: each is shown by a fixture span or a demux result', () => {
		const used = new Set(packets.map((u) => u.noteId));
		const orphans = Object.keys(ALL_NOTES).filter(
			(id) => PACKET_AREAS.some((a) => id.startsWith(a)) && !used.has(id)
		);
		expect(orphans.filter((id) => !ELSEWHERE.has(id))).toEqual([]);
	});

	test('no ICE or SDP note is orphaned: each explains a line of the ICE or SDP fixtures', () => {
		const used = new Set(texts.map((u) => u.noteId));
		const orphans = Object.keys(ALL_NOTES).filter(
			(id) => TEXT_AREAS.some((a) => id.startsWith(a)) && !used.has(id)
		);
		expect(orphans.filter((id) => !ELSEWHERE.has(id))).toEqual([]);
	});

	test('the two lists name only notes that exist, and the area lists only notes still unreached', () => {
		expect([...WITHOUT_REF, ...ELSEWHERE].filter((id) => !(id in ALL_NOTES))).toEqual([]);
		const used = new Set([...packets, ...texts].map((u) => u.noteId));
		// Once a fixture shows a note, it leaves ONLY_IN_AREA_TESTS.
		expect([...ELSEWHERE].filter((id) => used.has(id))).toEqual([]);
	});
});
