// Redaction for sharing an SDP: replaces addresses (c=, o=, a=rtcp, candidate address and raddr), ICE
// credentials, DTLS fingerprints and SDES keys with stable placeholders — the same original always gets the same
// placeholder, so the redacted SDP still shows which candidates share an address. Everything else stays
// character-for-character identical. Placeholders use documentation ranges (RFC 5737 IPv4, RFC 3849 IPv6) so the
// result still parses.
import { classifyAddress } from '../ice';
import { parseSdp } from './parse';
import type { SdpField } from './types';

export type RedactionKind = 'address' | 'ufrag' | 'pwd' | 'fingerprint' | 'key';

export interface Redaction {
	kind: RedactionKind;
	original: string;
	placeholder: string;
	/** Absolute character range in the input. */
	start: number;
	end: number;
}

/** Addresses that reveal nothing and are part of how WebRTC SDP is read (placeholders, loopback). */
const KEEP = new Set(['0.0.0.0', '127.0.0.1', '::', '::1']);

const TEST_NETS = ['192.0.2.', '198.51.100.', '203.0.113.'];

class Placeholders {
	private readonly maps = new Map<string, Map<string, string>>();

	get(kind: string, original: string, make: (n: number) => string): string {
		let m = this.maps.get(kind);
		if (!m) this.maps.set(kind, (m = new Map()));
		let p = m.get(original);
		if (p === undefined) {
			p = make(m.size + 1);
			m.set(original, p);
		}
		return p;
	}
}

function ipv4(n: number): string {
	const net = TEST_NETS[Math.floor((n - 1) / 254) % TEST_NETS.length];
	return `${net}${((n - 1) % 254) + 1}`;
}

function pad(n: number, width: number, alphabet = '0123456789abcdef'): string {
	let s = '';
	let v = n;
	do {
		s = alphabet[v % alphabet.length] + s;
		v = Math.floor(v / alphabet.length);
	} while (v > 0);
	return s.padStart(width, alphabet[0]);
}

/** Redacts and also returns the list of replacements made. */
export function redactSdpDetailed(text: string): { text: string; redactions: Redaction[] } {
	const input = typeof text === 'string' ? text : '';
	const doc = parseSdp(input);
	const ph = new Placeholders();
	const redactions: Redaction[] = [];
	const push = (
		kind: RedactionKind,
		f: { start: number; end: number; value: string },
		placeholder: string
	) => {
		if (placeholder !== f.value)
			redactions.push({ kind, original: f.value, placeholder, start: f.start, end: f.end });
	};
	const address = (f: SdpField) => {
		// c= may carry /ttl/count after the address: redact only the address part.
		const slash = f.value.indexOf('/');
		const value = slash < 0 || f.value.includes(':') ? f.value : f.value.slice(0, slash);
		if (KEEP.has(value) || value === '' || value === '-') return;
		const kind = classifyAddress(value);
		const part = { start: f.start, end: f.start + value.length, value };
		if (kind === 'ipv4') push('address', part, ph.get('ipv4', value, ipv4));
		else if (kind === 'ipv6')
			push(
				'address',
				part,
				ph.get('ipv6', value.toLowerCase(), (n) => `2001:db8::${pad(n, 1)}`)
			);
		else if (kind === 'mdns')
			push(
				'address',
				part,
				ph.get('mdns', value.toLowerCase(), (n) => `00000000-0000-4000-8000-${pad(n, 12)}.local`)
			);
		else
			push(
				'address',
				part,
				ph.get('name', value.toLowerCase(), (n) => `redacted-${n}.invalid`)
			);
	};
	const ufrag = (f: SdpField) =>
		push(
			'ufrag',
			f,
			ph.get('ufrag', f.value, (n) => `ufrag${pad(n, 4, '0123456789')}`)
		);

	for (const line of doc.lines) {
		const a = line.attribute;
		for (const f of line.fields) {
			if (line.type === 'o' && f.name === 'unicast-address') address(f);
			else if (line.type === 'c' && f.name === 'connection-address') address(f);
			else if (a === 'rtcp' && f.name === 'connection-address') address(f);
			else if (a === 'candidate' && (f.name === 'connection-address' || f.name === 'rel-addr')) address(f);
			else if ((a === 'ice-ufrag' && f.name === 'ufrag') || (a === 'candidate' && f.name === 'ufrag'))
				ufrag(f);
			else if (a === 'ice-pwd' && f.name === 'password')
				push(
					'pwd',
					f,
					ph.get('pwd', f.value, (n) => `redactedpassword${pad(n, 8, '0123456789')}`)
				);
			else if (a === 'fingerprint' && f.name === 'fingerprint') {
				const bytes = f.value.split(':').length;
				push(
					'fingerprint',
					f,
					ph.get('fingerprint', f.value, (n) => {
						const out: string[] = [];
						for (let i = 0; i < bytes; i++) out.push(i === bytes - 1 ? pad(n % 256, 2).toUpperCase() : '00');
						return out.join(':');
					})
				);
			} else if (a === 'crypto' && f.name === 'key-params') {
				// RFC 4568 §9.1 key-params = "inline:" key-salt ["|" lifetime] ["|" MKI:length]; redact key-salt only.
				const m = /^inline:([^|]*)/i.exec(f.value);
				if (!m) continue;
				const key = { start: f.start + 7, end: f.start + 7 + m[1].length, value: m[1] };
				push(
					'key',
					key,
					ph.get('key', m[1], (n) =>
						pad(n, m[1].length, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
					)
				);
			}
		}
	}
	redactions.sort((x, y) => x.start - y.start);
	let out = '';
	let at = 0;
	for (const r of redactions) {
		if (r.start < at) continue;
		out += input.slice(at, r.start) + r.placeholder;
		at = r.end;
	}
	out += input.slice(at);
	return { text: out, redactions };
}

/** The SDP with addresses, ICE credentials, fingerprints and SDES keys replaced by stable placeholders. */
export function redactSdp(text: string): string {
	return redactSdpDetailed(text).text;
}
