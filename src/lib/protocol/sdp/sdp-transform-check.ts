// Test helper: checks parseSdp against sdp-transform 3.0.0 (an independent, widely used parser) on one SDP text;
// where both parse a field, they must agree. Used by sdp-transform.test.ts (public fixtures) and captured.test.ts.
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { parseSdp } from './parse';

interface TransformMedia {
	type: string;
	port: number;
	protocol: string;
	payloads?: string;
	mid?: string | number;
	rtp?: { payload: number; codec: string; rate?: number; encoding?: number | string }[];
	fmtp?: { payload: number; config: string }[];
	candidates?: {
		foundation: string | number;
		component: number;
		transport: string;
		priority: number;
		ip: string;
		port: number;
		type: string;
		raddr?: string;
		rport?: number;
		tcptype?: string;
	}[];
	ssrcs?: { id: number | string; attribute: string; value?: string }[];
	fingerprint?: { type: string; hash: string };
	setup?: string;
}
interface TransformSession {
	media: TransformMedia[];
	fingerprint?: { type: string; hash: string };
	groups?: { type: string; mids: string | number }[];
}

const sdpTransform = createRequire(import.meta.url)('sdp-transform') as {
	parse(sdp: string): TransformSession;
};

export function expectAgreesWithSdpTransform(text: string): void {
	const ours = parseSdp(text);
	const theirs = sdpTransform.parse(text);
	expect(ours.media.length).toBe(theirs.media.length);
	expect(
		ours.session.fingerprints[0]
			? [ours.session.fingerprints[0].hash, ours.session.fingerprints[0].value]
			: undefined
	).toEqual(theirs.fingerprint ? [theirs.fingerprint.type, theirs.fingerprint.hash] : undefined);
	expect(ours.session.groups.map((g) => [g.semantics, g.mids.join(' ')])).toEqual(
		(theirs.groups ?? []).map((g) => [g.type, String(g.mids)])
	);
	ours.media.forEach((m, i) => {
		const t = theirs.media[i];
		expect([m.media, m.port, m.proto, m.formats.join(' ')]).toEqual([
			t.type,
			t.port,
			t.protocol,
			String(t.payloads ?? '')
		]);
		expect(m.mid).toBe(t.mid === undefined ? undefined : String(t.mid));
		// rtpmap: payload type, encoding name, clock rate, channels.
		const rtpmaps = m.codecs
			.filter((c) => c.rtpmapLine !== undefined)
			.map((c) => [c.payloadType, c.name, c.clockRate, c.channels]);
		const theirRtp = (t.rtp ?? [])
			.filter((r) => m.formats.includes(String(r.payload)))
			.map((r) => [r.payload, r.codec, r.rate, r.encoding === undefined ? undefined : Number(r.encoding)]);
		expect(rtpmaps.sort()).toEqual(theirRtp.sort());
		// fmtp config strings.
		const fmtps = m.codecs.filter((c) => c.fmtp).map((c) => [c.payloadType, c.fmtp?.config]);
		expect(fmtps.sort()).toEqual(
			(t.fmtp ?? [])
				.filter((f) => m.formats.includes(String(f.payload)))
				.map((f) => [f.payload, f.config])
				.sort()
		);
		// Candidates: every field both parsers name.
		const cands = m.ice.candidates
			.map((c) => c.candidate)
			.map(
				(c) =>
					c && [
						c.foundation,
						c.component,
						c.transport,
						c.priority,
						c.address,
						c.port,
						c.type,
						c.raddr,
						c.rport,
						c.tcptype
					]
			);
		expect(cands).toEqual(
			(t.candidates ?? []).map((c) => [
				String(c.foundation),
				c.component,
				c.transport,
				c.priority,
				c.ip,
				c.port,
				c.type,
				c.raddr,
				c.rport,
				c.tcptype
			])
		);
		// SSRC attributes, in order.
		const ssrcs = m.ssrcs
			.flatMap((s) => s.attributes.map((a) => [s.ssrc, a.name, a.value]))
			.sort((a, b) => Number(a[0]) - Number(b[0]));
		const theirSsrcs = (t.ssrcs ?? [])
			.map((s) => [Number(s.id), s.attribute, s.value])
			.sort((a, b) => Number(a[0]) - Number(b[0]));
		expect(ssrcs).toEqual(theirSsrcs);
		// Media-level fingerprint and setup.
		const fp = m.fingerprints[0];
		expect(fp ? [fp.hash, fp.value] : undefined).toEqual(
			t.fingerprint ? [t.fingerprint.type, t.fingerprint.hash] : undefined
		);
		expect(m.setup).toBe(t.setup);
	});
}
