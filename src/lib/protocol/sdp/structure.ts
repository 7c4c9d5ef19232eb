// The structured view of a parsed SDP: the session part and one object per m= section, built in one pass over
// the lines (RFC 8866 §5 for the line types, the attribute RFCs for the rest), then codecs joined by payload type.
import type { Candidate } from '../ice';
import { codecRole, STATIC_PAYLOAD_TYPES } from './codecs';
import { fieldValue, indexOfWs, toInt, words } from './tokens';
import type {
	SdpCommon,
	SdpDirection,
	SdpFmtp,
	SdpLine,
	SdpMediaSection,
	SdpRtcpFb,
	SdpSession,
	SdpSimulcastList,
	SdpSsrc
} from './types';

// The SdpCommon fields are written out in each literal below rather than spread from a shared helper: V8 turns an
// object literal that spreads one object and then adds twenty properties into a slow dictionary-mode object, which
// took tens of µs per m= line to build and made every later read of it slow.
function ice(): SdpCommon['ice'] {
	return { options: [], lite: false, candidates: [], endOfCandidates: false };
}

/** RFC 8866 §6.15 fmtp value: `key=value;key=value`, or bare parts such as `0-15` and `111/111`. */
export function parseFmtpConfig(config: string): { params: Record<string, string>; values: string[] } {
	const params: Record<string, string> = {};
	const values: string[] = [];
	for (const raw of config.split(';')) {
		const part = raw.trim();
		if (part === '') continue;
		const eq = part.indexOf('=');
		if (eq < 0) values.push(part);
		else {
			const key = part.slice(0, eq).trim();
			// defineProperty keeps a key like `__proto__` a plain data entry instead of changing the prototype; for
			// every other key a plain assignment does the same (and is much faster).
			if (key === '__proto__')
				Object.defineProperty(params, key, {
					value: part.slice(eq + 1).trim(),
					enumerable: true,
					writable: true,
					configurable: true
				});
			else params[key] = part.slice(eq + 1).trim();
		}
	}
	return { params, values };
}

function simulcastList(s: string): SdpSimulcastList {
	return {
		streams: s
			.split(';')
			.filter((x) => x !== '')
			.map((alt) =>
				alt
					.split(',')
					.filter((x) => x !== '')
					.map((r) => (r.startsWith('~') ? { rid: r.slice(1), paused: true } : { rid: r, paused: false }))
			)
	};
}

interface Pending {
	rtpmaps: Map<number, { name: string; clockRate?: number; channels?: number; line: number }>;
	fmtps: Map<number, SdpFmtp>;
	fbs: Map<number, SdpRtcpFb[]>;
	ssrcs: Map<number, SdpSsrc>;
	/** The m= line's formats, for membership tests. */
	formats: ReadonlySet<string>;
}

const DIRECTIONS: ReadonlySet<string> = new Set(['sendrecv', 'sendonly', 'recvonly', 'inactive']);

type SessionOrMediaReader = (
	session: SdpSession,
	target: SdpCommon,
	value: string,
	line: SdpLine,
	n: number,
	datum: unknown
) => void;
type MediaReader = (m: SdpMediaSection, p: Pending, value: string, n: number) => void;

/** Attributes that may stand at session level or in a media section (`target` is the part they stand in). */
const SESSION_OR_MEDIA_READERS: ReadonlyMap<string, SessionOrMediaReader> = new Map(
	Object.entries({
		group: (session, target, value, line, n) => {
			const [semantics = '', ...mids] = words(value);
			session.groups.push({ semantics, mids, line: n });
		},
		'msid-semantic': (session, target, value, line, n) => {
			const [semantic = '', ...streams] = words(value);
			session.msidSemantic = { semantic, streams, line: n };
		},
		identity: (session, target, value) => {
			session.identity = value;
		},
		'ice-ufrag': (session, target, value) => {
			target.ice.ufrag = value;
		},
		'ice-pwd': (session, target, value) => {
			target.ice.pwd = value;
		},
		'ice-options': (session, target, value) => {
			target.ice.options.push(...words(value));
		},
		'ice-lite': (session, target) => {
			target.ice.lite = true;
		},
		'end-of-candidates': (session, target) => {
			target.ice.endOfCandidates = true;
		},
		candidate: (session, target, value, line, n, datum) => {
			const c = datum as Candidate | undefined;
			target.ice.candidates.push(
				c ? { candidate: c, text: line.value, line: n } : { text: line.value, line: n }
			);
		},
		// The frequent attributes index their words instead of destructuring them (V8 runs the iterator protocol
		// for that).
		fingerprint: (session, target, value, line, n) => {
			const w = words(value);
			target.fingerprints.push({ hash: w[0] ?? '', value: w[1] ?? '', line: n });
		},
		setup: (session, target, value) => {
			target.setup = value;
		},
		extmap: (session, target, value, line, n) => {
			const w = words(value);
			const idDir = w[0] ?? '';
			const uri = w[1] ?? '';
			const attributes = w.slice(2);
			const slash = idDir.indexOf('/');
			if (slash < 0) target.extmaps.push({ id: toInt(idDir) ?? NaN, uri, attributes, line: n });
			else {
				// `split('/')[1]`: what lies between the first and any second slash.
				const second = idDir.indexOf('/', slash + 1);
				const direction = idDir.slice(slash + 1, second < 0 ? idDir.length : second);
				const id = toInt(idDir.slice(0, slash)) ?? NaN;
				target.extmaps.push({ id, uri, attributes, line: n, direction });
			}
		},
		'extmap-allow-mixed': (session, target) => {
			target.extmapAllowMixed = true;
		}
	} satisfies Record<string, SessionOrMediaReader>)
);

/** Attributes read only inside a media section. */
const MEDIA_READERS: ReadonlyMap<string, MediaReader> = new Map(
	Object.entries({
		mid: (m, p, value) => {
			m.mid = value;
		},
		rtcp: (m, p, value, n) => {
			const [port, nettype, addrtype, address] = words(value);
			m.rtcp = { port: toInt(port) ?? NaN, line: n };
			if (nettype !== undefined) m.rtcp.nettype = nettype;
			if (addrtype !== undefined) m.rtcp.addrtype = addrtype;
			if (address !== undefined) m.rtcp.address = address;
		},
		'rtcp-mux': (m) => {
			m.rtcpMux = true;
		},
		'rtcp-mux-only': (m) => {
			m.rtcpMuxOnly = true;
		},
		'rtcp-rsize': (m) => {
			m.rtcpRsize = true;
		},
		'bundle-only': (m) => {
			m.bundleOnly = true;
		},
		rtpmap: (m, p, value, n) => {
			const w = words(value);
			const pt = toInt(w[0]);
			if (pt === undefined) return;
			const enc = (w[1] ?? '').split('/');
			const entry: { name: string; clockRate?: number; channels?: number; line: number } = {
				name: enc[0],
				line: n
			};
			const rate = toInt(enc[1]);
			if (rate !== undefined) entry.clockRate = rate;
			const ch = toInt(enc[2]);
			if (ch !== undefined) entry.channels = ch;
			if (!p.rtpmaps.has(pt)) p.rtpmaps.set(pt, entry);
		},
		fmtp: (m, p, value, n) => {
			const sp = indexOfWs(value);
			const pt = toInt(sp < 0 ? value : value.slice(0, sp));
			const config = sp < 0 ? '' : value.slice(sp).trim();
			if (pt === undefined) return;
			const { params, values } = parseFmtpConfig(config);
			const fmtp: SdpFmtp = { params, values, config, line: n };
			if (!p.formats.has(String(pt))) m.strayFmtp.push(fmtp);
			if (!p.fmtps.has(pt)) p.fmtps.set(pt, fmtp);
		},
		'rtcp-fb': (m, p, value, n) => {
			const w = words(value);
			const pt = w[0] ?? '';
			const type = w[1] ?? '';
			const subtype = w[2];
			const fb: SdpRtcpFb = subtype !== undefined ? { type, subtype, line: n } : { type, line: n };
			if (pt === '*') m.rtcpFbWildcard.push(fb);
			else {
				const k = toInt(pt);
				if (k === undefined) return;
				const list = p.fbs.get(k) ?? [];
				list.push(fb);
				p.fbs.set(k, list);
			}
		},
		ssrc: (m, p, value, n) => {
			const sp = indexOfWs(value);
			const id = toInt(sp < 0 ? value : value.slice(0, sp));
			if (id === undefined) return;
			let s = p.ssrcs.get(id);
			if (!s) {
				s = { ssrc: id, attributes: [] };
				p.ssrcs.set(id, s);
				m.ssrcs.push(s);
			}
			if (sp < 0) return;
			const rest = value.slice(sp).trim();
			const colon = rest.indexOf(':');
			const attr = colon < 0 ? rest : rest.slice(0, colon);
			const v = colon < 0 ? undefined : rest.slice(colon + 1);
			s.attributes.push(v === undefined ? { name: attr, line: n } : { name: attr, value: v, line: n });
			if (v !== undefined && (attr === 'cname' || attr === 'msid' || attr === 'mslabel' || attr === 'label'))
				s[attr] = v;
		},
		'ssrc-group': (m, p, value, n) => {
			const [semantics = '', ...ids] = words(value);
			m.ssrcGroups.push({ semantics, ssrcs: ids.map((x) => toInt(x) ?? NaN), line: n });
		},
		msid: (m, p, value, n) => {
			const [stream = '', track] = words(value);
			m.msids.push(track !== undefined ? { stream, track, line: n } : { stream, line: n });
		},
		rid: (m, p, value, n) => {
			const [id = '', direction = '', params = ''] = words(value);
			const restrictions: Record<string, string> = {};
			let payloadTypes: number[] | undefined;
			for (const part of params.split(';')) {
				if (part === '') continue;
				const [k, v = ''] = part.split('=');
				if (k === 'pt') payloadTypes = v.split(',').map((x) => toInt(x) ?? NaN);
				else
					Object.defineProperty(restrictions, k, {
						value: v,
						enumerable: true,
						writable: true,
						configurable: true
					});
			}
			m.rids.push(
				payloadTypes
					? { id, direction, payloadTypes, restrictions, line: n }
					: { id, direction, restrictions, line: n }
			);
		},
		simulcast: (m, p, value, n) => {
			const ws = words(value);
			m.simulcast = { line: n };
			for (let i = 0; i + 1 < ws.length; i++) {
				if (ws[i] === 'send') m.simulcast.send = simulcastList(ws[i + 1]);
				if (ws[i] === 'recv') m.simulcast.recv = simulcastList(ws[i + 1]);
			}
		},
		'sctp-port': (m, p, value) => {
			m.sctpPort = toInt(value);
		},
		'max-message-size': (m, p, value) => {
			m.maxMessageSize = toInt(value);
		},
		sctpmap: (m, p, value, n) => {
			const [port, app = '', streams] = words(value);
			m.sctpmap = { port: toInt(port) ?? NaN, app, line: n };
			if (toInt(streams) !== undefined) m.sctpmap.streams = toInt(streams);
		},
		crypto: (m, p, value, n) => {
			const [tag, suite = '', keyParams = '', ...sessionParams] = words(value);
			m.crypto.push({ tag: toInt(tag) ?? NaN, suite, keyParams, sessionParams, line: n });
		},
		ptime: (m, p, value) => {
			m.ptime = toInt(value);
		},
		maxptime: (m, p, value) => {
			m.maxptime = toInt(value);
		},
		framerate: (m, p, value) => {
			const f = Number(value);
			if (value !== '' && Number.isFinite(f)) m.framerate = f;
		}
	} satisfies Record<string, MediaReader>)
);

export function buildStructure(
	lines: SdpLine[],
	data: unknown[]
): { session: SdpSession; media: SdpMediaSection[] } {
	const session: SdpSession = {
		bandwidths: [],
		ice: ice(),
		fingerprints: [],
		extmaps: [],
		extmapAllowMixed: false,
		lines: [],
		groups: []
	};
	const media: SdpMediaSection[] = [];
	const pending: Pending[] = [];
	let m: SdpMediaSection | undefined;
	let p: Pending | undefined;

	for (let li = 0; li < lines.length; li++) {
		const line = lines[li];
		const n = line.number;
		if (line.type === 'm') {
			const f = (name: string) => fieldValue(line, name);
			const formats: string[] = [];
			for (const x of line.fields) if (x.name === 'fmt') formats.push(x.value);
			m = {
				bandwidths: [],
				ice: ice(),
				fingerprints: [],
				extmaps: [],
				extmapAllowMixed: false,
				lines: [],
				index: media.length,
				line: n,
				media: f('media') ?? '',
				port: toInt(f('port')) ?? 0,
				proto: f('proto') ?? '',
				formats,
				rtcpMux: false,
				rtcpMuxOnly: false,
				rtcpRsize: false,
				bundleOnly: false,
				codecs: [],
				rtcpFbWildcard: [],
				strayFmtp: [],
				ssrcs: [],
				ssrcGroups: [],
				msids: [],
				rids: [],
				crypto: []
			};
			const count = toInt(f('number-of-ports'));
			if (count !== undefined) m.numberOfPorts = count;
			p = {
				rtpmaps: new Map(),
				fmtps: new Map(),
				fbs: new Map(),
				ssrcs: new Map(),
				formats: new Set(formats)
			};
			media.push(m);
			pending.push(p);
		}
		line.section = m ? m.index : -1;
		const target: SdpCommon = m ?? session;
		target.lines.push(n);
		switch (line.type) {
			case 'v':
				if (!m) session.version = line.value.trim();
				continue;
			case 'o': {
				const [username = '', sessId = '', sessVersion = '', nettype = '', addrtype = '', address = ''] =
					words(line.value);
				if (!m) session.origin = { username, sessId, sessVersion, nettype, addrtype, address, line: n };
				continue;
			}
			case 's':
				if (!m) session.name = line.value;
				continue;
			case 't': {
				const [start = '', stop = ''] = words(line.value);
				if (!m && !session.timing) session.timing = { start, stop, line: n };
				continue;
			}
			case 'c': {
				const [nettype = '', addrtype = '', addr = ''] = words(line.value);
				const [address, a1, a2] = addr.split('/');
				target.connection = { nettype, addrtype, address, line: n };
				// RFC 8866 §5.7: IPv4 multicast carries /ttl[/count]; IPv6 multicast only /count.
				if (addrtype === 'IP4' && a1 !== undefined) target.connection.ttl = toInt(a1);
				if (addrtype === 'IP4' && a2 !== undefined) target.connection.numberOfAddresses = toInt(a2);
				if (addrtype === 'IP6' && a1 !== undefined) target.connection.numberOfAddresses = toInt(a1);
				continue;
			}
			case 'b': {
				const [type, value] = line.value.trim().split(':');
				target.bandwidths.push({ type: type ?? '', value: toInt(value) ?? NaN, line: n });
				continue;
			}
			case 'a':
				break;
			default:
				continue;
		}
		const name = line.attribute ?? '';
		const value = line.value.trim();
		if (DIRECTIONS.has(name)) {
			target.direction = name as SdpDirection;
			continue;
		}
		// One look-up in each table instead of a string switch over forty names.
		const anywhere = SESSION_OR_MEDIA_READERS.get(name);
		if (anywhere) anywhere(session, target, value, line, n, data[li]);
		else if (m && p) MEDIA_READERS.get(name)?.(m, p, value, n);
	}

	media.forEach((sec, i) => joinCodecs(sec, pending[i]));
	return { session, media };
}

/** One SdpCodec per payload type in m= order, joining rtpmap, fmtp, rtcp-fb and the rtx/red associations. */
function joinCodecs(m: SdpMediaSection, p: Pending): void {
	if (!/RTP/i.test(m.proto)) return;
	const seen = new Set<number>();
	for (const f of m.formats) {
		const pt = toInt(f);
		if (pt === undefined || pt > 127 || seen.has(pt)) continue;
		seen.add(pt);
		const map = p.rtpmaps.get(pt);
		const st = map ? undefined : STATIC_PAYLOAD_TYPES[pt];
		const name = map?.name ?? st?.name;
		const codec: SdpMediaSection['codecs'][number] = {
			payloadType: pt,
			role: codecRole(name),
			rtcpFb: p.fbs.get(pt) ?? [],
			repairedBy: []
		};
		if (name !== undefined) codec.name = name;
		const clockRate = map ? map.clockRate : st?.clockRate;
		if (clockRate !== undefined) codec.clockRate = clockRate;
		const channels = map ? map.channels : st?.channels;
		if (channels !== undefined) codec.channels = channels;
		if (st) codec.static = true;
		if (map) codec.rtpmapLine = map.line;
		const fmtp = p.fmtps.get(pt);
		if (fmtp) {
			codec.fmtp = fmtp;
			const apt = toInt(fmtp.params.apt);
			if (apt !== undefined) codec.apt = apt;
			// RFC 2198 §5 / libwebrtc RED for Opus: `111/111` lists the payload types carried as redundancy.
			if (codec.role === 'red' && fmtp.values.length > 0)
				codec.redundancy = fmtp.values[0].split('/').map((x) => toInt(x) ?? NaN);
		}
		m.codecs.push(codec);
	}
	const byPt = new Map(m.codecs.map((c) => [c.payloadType, c]));
	for (const c of m.codecs) if (c.apt !== undefined) byPt.get(c.apt)?.repairedBy.push(c.payloadType);
}
