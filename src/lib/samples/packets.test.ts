import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_NOTES } from '$lib/notes';
import { readCapture } from '$lib/protocol/bytes/pcap';
import { toHex } from '$lib/protocol/bytes/hex';
import { decodeText } from '$lib/protocol/packet';
import { verifyStun } from '$lib/protocol/stun';
import { flattenSpans } from '$lib/components/bytes/byte-view';
import { CAPTURED, PACKET_SAMPLES, findSample, sampleForText, wiresharkDump } from './packets';

const payload = (file: string, frame: number, whole = false) => {
	const c = readCapture(new Uint8Array(readFileSync(`test/fixtures/captures/${file}`)));
	const p = c.packets.find((x) => x.index === frame);
	if (!p) throw new Error(`no frame ${frame} in ${file}`);
	return toHex(
		whole
			? p.frameBytes
			: p.frameBytes.subarray(p.udp.payloadOffset, p.udp.payloadOffset + p.udp.payloadLength)
	);
};

describe('packet samples', () => {
	it('has unique ids and titles and provenance in both locales', () => {
		expect(new Set(PACKET_SAMPLES.map((s) => s.id)).size).toBe(PACKET_SAMPLES.length);
		for (const s of PACKET_SAMPLES) {
			for (const l of ['en', 'zh-TW'] as const) {
				expect(s.title[l].length, s.id).toBeGreaterThan(5);
				expect(s.source[l].length, s.id).toBeGreaterThan(20);
			}
			expect(s.title['zh-TW']).not.toBe(s.title.en);
			expect(s.source['zh-TW']).not.toBe(s.source.en);
		}
	});

	it('covers every kind the lab decodes', () => {
		expect(new Set(PACKET_SAMPLES.map((s) => s.kind))).toEqual(
			new Set(['stun', 'channel-data', 'rtp', 'rtcp', 'dtls'])
		);
	});

	it.each(PACKET_SAMPLES.map((s) => ({ id: s.id, s })))(
		'$id decodes as its kind, every span with a note',
		({ s }) => {
			const r = decodeText(s.text, s.forced ? s.kind : undefined, { rtp: { extmap: s.extmap } });
			expect(r.error).toBeUndefined();
			expect(r.kind).toBe(s.kind);
			for (const { span } of flattenSpans(r.spans)) expect(ALL_NOTES[span.noteId], span.noteId).toBeDefined();
			expect(findSample(s.id)).toBe(s);
			expect(sampleForText(s.text)).toBe(s);
		}
	);

	it('verifies MESSAGE-INTEGRITY of every sample that has published credentials', () => {
		for (const s of PACKET_SAMPLES.filter((x) => x.verify)) {
			const r = decodeText(s.text);
			const v = s.verify!;
			const creds = v.username
				? { username: v.username, realm: v.realm ?? '', password: v.password }
				: { password: v.password };
			const result = verifyStun(r.bytes.subarray(r.payloadOffset), creds);
			expect(result.messageIntegrity.ok, s.id).toBe(true);
			expect(result.ok, s.id).toBe(true);
		}
	});

	it('holds exactly the bytes of the capture files', () => {
		expect(CAPTURED.coturnBindingResponseFrame).toBe(payload('stun-turn.pcapng', 2, true));
		expect(CAPTURED.coturnAllocateRequest).toBe(payload('stun-turn.pcapng', 5));
		expect(CAPTURED.coturnChannelDataFrame).toBe(payload('stun-turn.pcapng', 29, true));
		expect(CAPTURED.gstreamerSenderReport).toBe(payload('rtp-rtcp.pcap', 14));
		expect(CAPTURED.gstreamerReceiverReport).toBe(payload('rtp-rtcp.pcap', 17));
	});

	it('writes hex dumps the way Wireshark does, and reads them back', () => {
		expect(wiresharkDump('4500001c' + '41'.repeat(14))).toBe(
			[
				'0000  45 00 00 1c 41 41 41 41  41 41 41 41 41 41 41 41   E...AAAAAAAAAAAA',
				`0010  ${'41 41'.padEnd(48)}   AA`
			].join('\n')
		);
		const r = decodeText(wiresharkDump(CAPTURED.coturnBindingResponseFrame));
		expect(r.format).toBe('hexdump');
		expect(toHex(r.bytes)).toBe(CAPTURED.coturnBindingResponseFrame);
		expect(r.frame?.udp.sourcePort).toBe(3478);
		expect(r.payloadOffset).toBe(42);
	});
});
