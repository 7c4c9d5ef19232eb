// The attributes this library knows: one table of (name, RFC, where it may appear, field reader), from which the
// parser, the explanations and the IANA look-up derive. Names are spelled as the IANA "att-field" registry
// spells them (https://www.iana.org/assignments/sdp-parameters). Each reader gets the attribute value (what follows
// `a=<name>:`) as a token with absolute offsets and returns the value's fields with their character ranges.
import { parseCandidate, type CandidateField } from '../ice';
import { CODECS } from './codecs';
import { headerExtension } from './header-extensions';
import { field, splitChar, splitOnce, splitWs, toInt, trimTok, type Tok } from './tokens';
import type { SdpField, SdpProblem } from './types';

export interface FieldResult {
	fields: SdpField[];
	problems: SdpProblem[];
	/** A value the reader already parsed (the ICE candidate), so the structured view need not parse it again. */
	data?: unknown;
}

/** Where RFC 8866 §6 / RFC 8859 allow the attribute. `source` = only inside a=ssrc (RFC 5576). */
export type AttributeLevel = 'session' | 'media' | 'session-or-media';

export interface AttributeSpec {
	name: string;
	/** The RFC that defines it; undefined for names only libwebrtc or a vendor uses. */
	rfc?: number;
	section?: string;
	level: AttributeLevel;
	/** Registered in the IANA att-field table. */
	iana: boolean;
	read?: (value: Tok) => FieldResult;
}

const NONE: FieldResult = { fields: [], problems: [] };

function bad(code: string, message: string, t?: Tok): SdpProblem {
	return t ? { code, message, start: t.start, end: t.end } : { code, message };
}

function ok(fields: SdpField[], problems: SdpProblem[] = []): FieldResult {
	return { fields, problems };
}

function expectInt(name: string, t: Tok | undefined, noteId?: string, max = 2 ** 32 - 1): FieldResult {
	if (!t) return ok([], [bad('missing-field', `${name} is missing`)]);
	const n = toInt(t.value);
	const problems =
		n === undefined || n > max ? [bad('bad-number', `${name} "${t.value}" is not a number`, t)] : [];
	return ok([field(name, t, noteId)], problems);
}

function single(name: string, noteId?: string) {
	return (v: Tok): FieldResult => {
		const t = trimTok(v);
		if (t.value === '') return ok([], [bad('missing-field', `${name} is missing`, v)]);
		return ok([field(name, t, noteId)]);
	};
}

function number(name: string, noteId?: string) {
	return (v: Tok): FieldResult => expectInt(name, splitWs(v.value, v.start)[0], noteId);
}

/** `<pt>` as the first word, `*` allowed where `wildcard`. */
function payloadType(t: Tok | undefined, wildcard = false): FieldResult {
	if (!t) return ok([], [bad('missing-field', 'payload type is missing')]);
	if (wildcard && t.value === '*') return ok([field('payload-type', t, 'sdp.field.payloadType')]);
	return expectInt('payload-type', t, 'sdp.field.payloadType', 127);
}

function merge(...rs: FieldResult[]): FieldResult {
	const out: FieldResult = { fields: [], problems: [] };
	for (const r of rs) {
		for (const f of r.fields) out.fields.push(f);
		for (const p of r.problems) out.problems.push(p);
	}
	return out;
}

// RFC 8866 §6.6  a=rtpmap:<payload type> <encoding name>/<clock rate>[/<encoding parameters>]
function readRtpmap(v: Tok): FieldResult {
	// The readers on the hot path index their tokens rather than destructure them (V8 runs the iterator protocol for
	// that), and add to the payload type's result instead of merging new ones into it.
	const toks = splitWs(v.value, v.start, 2);
	const pt: Tok | undefined = toks[0];
	const enc: Tok | undefined = toks[1];
	const r = payloadType(pt);
	if (!enc) {
		r.problems.push(bad('missing-field', 'encoding name/clock rate is missing', v));
		return r;
	}
	const parts = splitChar(enc, '/');
	const name = parts[0];
	const rate: Tok | undefined = parts[1];
	const channels: Tok | undefined = parts[2];
	const codec = CODECS[name.value.toLowerCase()];
	r.fields.push(field('encoding-name', name, codec?.noteId));
	if (rate) {
		r.fields.push(field('clock-rate', rate, 'sdp.field.clockRate'));
		if (toInt(rate.value) === undefined)
			r.problems.push(bad('bad-number', 'clock rate is not a number', rate));
	} else r.problems.push(bad('missing-field', 'clock rate is missing after the encoding name', enc));
	if (channels) r.fields.push(field('encoding-parameters', channels, 'sdp.field.channels'));
	return r;
}

/** The note for one fmtp part: `key=value` by key, a bare DTMF range list or RED payload list by shape. */
export function fmtpPartNote(key: string, bare: boolean): string | undefined {
	if (bare) {
		if (/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(key)) return 'sdp.fmtp.events';
		if (/^\d+(\/\d+)+$/.test(key)) return 'sdp.fmtp.redundancy';
		return undefined;
	}
	return FMTP_NOTES.get(key.toLowerCase());
}

/** fmtp parameter names with a note (lower case). */
export const FMTP_PARAMETERS: ReadonlySet<string> = new Set([
	'profile-level-id',
	'packetization-mode',
	'level-asymmetry-allowed',
	'profile-id',
	'level-idx',
	'profile',
	'tier',
	'minptime',
	'useinbandfec',
	'stereo',
	'sprop-stereo',
	'maxaveragebitrate',
	'maxplaybackrate',
	'sprop-maxcapturerate',
	'usedtx',
	'cbr',
	'apt',
	'rtx-time',
	'max-fs',
	'max-fr',
	'repair-window',
	'channel_mapping',
	'coupled_streams',
	'num_streams',
	'x-google-min-bitrate',
	'x-google-max-bitrate',
	'x-google-start-bitrate'
]);

const FMTP_NOTES: ReadonlyMap<string, string> = new Map(
	[...FMTP_PARAMETERS].map((key) => [key, `sdp.fmtp.${key}`])
);

// RFC 8866 §6.15  a=fmtp:<format> <format specific parameters>
function readFmtp(v: Tok): FieldResult {
	const toks = splitWs(v.value, v.start, 2);
	const pt: Tok | undefined = toks[0];
	const rest: Tok | undefined = toks[1];
	const r = payloadType(pt);
	if (!rest) {
		r.problems.push(bad('missing-field', 'format parameters are missing', v));
		return r;
	}
	const fields = r.fields;
	for (const part of splitChar(rest, ';')) {
		const p = trimTok(part);
		if (p.value === '') continue;
		const kv = splitOnce(p, '=');
		if (kv.length === 2) {
			const key = trimTok(kv[0]);
			fields.push(field(key.value, p, fmtpPartNote(key.value, false)));
		} else {
			fields.push(field('value', p, fmtpPartNote(p.value, true)));
		}
	}
	return r;
}

/** rtcp-fb values with a note: `<type>` or `<type>-<subtype>`. */
export const RTCP_FB_VALUES: ReadonlySet<string> = new Set([
	'nack',
	'nack-pli',
	'nack-sli',
	'nack-rpsi',
	'ccm-fir',
	'ccm-tmmbr',
	'goog-remb',
	'transport-cc',
	'trr-int',
	'goog-lntf'
]);

const RTCP_FB_NOTES: ReadonlyMap<string, string> = new Map(
	[...RTCP_FB_VALUES].map((key) => [key, `sdp.rtcpFb.${key}`])
);

export function rtcpFbNote(type: string, subtype?: string): string | undefined {
	return RTCP_FB_NOTES.get(subtype ? `${type}-${subtype}` : type);
}

// RFC 4585 §4.2  a=rtcp-fb:<rtcp-fb-pt> <rtcp-fb-val> [<param>]
function readRtcpFb(v: Tok): FieldResult {
	const toks = splitWs(v.value, v.start, 3);
	const pt: Tok | undefined = toks[0];
	const type: Tok | undefined = toks[1];
	const sub: Tok | undefined = toks[2];
	const r = payloadType(pt, true);
	if (!type) {
		r.problems.push(bad('missing-field', 'feedback type is missing', v));
		return r;
	}
	const withSub = sub ? rtcpFbNote(type.value, sub.value) : undefined;
	r.fields.push(field('rtcp-fb-val', type, withSub ?? rtcpFbNote(type.value)));
	if (sub) r.fields.push(field('rtcp-fb-param', sub, withSub));
	return r;
}

// RFC 8285 §7  a=extmap:<value>["/"<direction>] <URI> <extensionattributes>
function readExtmap(v: Tok): FieldResult {
	const toks = splitWs(v.value, v.start, 3);
	const idDir: Tok | undefined = toks[0];
	const uri: Tok | undefined = toks[1];
	const attrs: Tok | undefined = toks[2];
	if (!idDir) return ok([], [bad('missing-field', 'extension ID is missing', v)]);
	const idAndDir = splitOnce(idDir, '/');
	const id = idAndDir[0];
	const dir: Tok | undefined = idAndDir[1];
	const r = expectInt('id', id, 'sdp.extmap.id', 14 + 241);
	if (dir) r.fields.push(field('direction', dir, 'sdp.extmap.direction'));
	if (uri) r.fields.push(field('uri', uri, headerExtension(uri.value)?.noteId));
	else r.problems.push(bad('missing-field', 'extension URI is missing', v));
	if (attrs) r.fields.push(field('extensionattributes', attrs));
	return r;
}

const SSRC_ATTRIBUTES = new Set(['cname', 'msid', 'mslabel', 'label']);

// RFC 5576 §4.1  a=ssrc:<ssrc-id> <attribute>[:<value>]
function readSsrc(v: Tok): FieldResult {
	const [id, rest] = splitWs(v.value, v.start, 2);
	const r = expectInt('ssrc-id', id, 'sdp.field.ssrc');
	if (!rest) {
		r.problems.push(bad('missing-field', 'source attribute is missing', v));
		return r;
	}
	const [name, value] = splitOnce(rest, ':');
	const known = SSRC_ATTRIBUTES.has(name.value);
	r.fields.push(field('attribute', name, known ? `sdp.ssrcAttr.${name.value}` : undefined));
	if (value) r.fields.push(field('value', value));
	return r;
}

const SSRC_GROUP_SEMANTICS = new Set(['FID', 'SIM', 'FEC-FR', 'FEC']);

// RFC 5576 §4.2  a=ssrc-group:<semantics> <ssrc-id> ...
function readSsrcGroup(v: Tok): FieldResult {
	const [sem, ...ids] = splitWs(v.value, v.start);
	if (!sem) return ok([], [bad('missing-field', 'semantics is missing', v)]);
	const fields = [
		field('semantics', sem, SSRC_GROUP_SEMANTICS.has(sem.value) ? `sdp.ssrcGroup.${sem.value}` : undefined)
	];
	return merge(ok(fields), ...ids.map((t) => expectInt('ssrc-id', t, 'sdp.field.ssrc')));
}

const GROUP_SEMANTICS = new Set(['BUNDLE', 'LS', 'FID']);

// RFC 5888 §5  a=group:<semantics> *(SP identification-tag)
function readGroup(v: Tok): FieldResult {
	const [sem, ...mids] = splitWs(v.value, v.start);
	if (!sem) return ok([], [bad('missing-field', 'semantics is missing', v)]);
	return ok([
		field('semantics', sem, GROUP_SEMANTICS.has(sem.value) ? `sdp.group.${sem.value}` : undefined),
		...mids.map((t) => field('identification-tag', t, 'sdp.a.mid'))
	]);
}

// draft-alvestrand-mmusic-msid-00 (libwebrtc): a=msid-semantic: WMS [<stream id> ...]
function readMsidSemantic(v: Tok): FieldResult {
	const [sem, ...ids] = splitWs(v.value, v.start);
	if (!sem) return ok([], [bad('missing-field', 'semantic is missing', v)]);
	return ok([field('semantic', sem), ...ids.map((t) => field('msid-id', t, 'sdp.field.streamId'))]);
}

// RFC 8830 §2  a=msid:<msid-id> [<msid-appdata>]
function readMsid(v: Tok): FieldResult {
	const [id, app] = splitWs(v.value, v.start, 2);
	if (!id) return ok([], [bad('missing-field', 'msid-id is missing', v)]);
	const fields = [field('msid-id', id, 'sdp.field.streamId')];
	if (app) fields.push(field('msid-appdata', app, 'sdp.field.trackId'));
	return ok(fields);
}

// RFC 8839 §5.6  a=ice-options:<ice-option-tag> *(SP ice-option-tag)
const ICE_OPTIONS = new Set(['trickle', 'ice2', 'google-ice', 'renomination']);
function readIceOptions(v: Tok): FieldResult {
	return ok(
		splitWs(v.value, v.start).map((t) =>
			field('ice-option-tag', t, ICE_OPTIONS.has(t.value) ? `sdp.iceOption.${t.value}` : undefined)
		)
	);
}

// RFC 8122 §5  a=fingerprint:<hash-func> <fingerprint>
function readFingerprint(v: Tok): FieldResult {
	const [hash, fp] = splitWs(v.value, v.start, 2);
	if (!hash) return ok([], [bad('missing-field', 'hash function is missing', v)]);
	const fields = [field('hash-func', hash, 'sdp.fingerprint.hashFunc')];
	if (!fp) return ok(fields, [bad('missing-field', 'fingerprint value is missing', v)]);
	fields.push(field('fingerprint', fp, 'sdp.fingerprint.value'));
	return ok(fields);
}

const SETUP_ROLES = new Set(['actpass', 'active', 'passive', 'holdconn']);

// RFC 4145 §4  a=setup:<role>
function readSetup(v: Tok): FieldResult {
	const t = trimTok(v);
	const problems = SETUP_ROLES.has(t.value)
		? []
		: [bad('bad-value', `setup "${t.value}" is not active, passive, actpass or holdconn`, t)];
	return ok([field('role', t, SETUP_ROLES.has(t.value) ? `sdp.setup.${t.value}` : undefined)], problems);
}

// RFC 3605 §2.1  a=rtcp:<port> [<nettype> <addrtype> <connection-address>]
function readRtcp(v: Tok): FieldResult {
	const [port, nettype, addrtype, address] = splitWs(v.value, v.start, 4);
	const r = expectInt('port', port, 'sdp.rtcp.port', 65535);
	const fields: SdpField[] = [];
	if (nettype) fields.push(field('nettype', nettype, 'sdp.field.nettype'));
	if (addrtype) fields.push(field('addrtype', addrtype, 'sdp.field.addrtype'));
	if (address) fields.push(field('connection-address', address, 'sdp.rtcp.address'));
	return merge(r, ok(fields));
}

const CANDIDATE_FIELD_NAMES: Record<CandidateField, string> = {
	prefix: 'prefix',
	foundation: 'foundation',
	component: 'component-id',
	transport: 'transport',
	priority: 'priority',
	address: 'connection-address',
	port: 'port',
	type: 'cand-type',
	raddr: 'rel-addr',
	rport: 'rel-port',
	tcptype: 'tcptype',
	generation: 'generation',
	ufrag: 'ufrag',
	networkId: 'network-id',
	networkCost: 'network-cost',
	extension: 'cand-extension'
};

const CANDIDATE_NOTES = Object.fromEntries(
	Object.keys(CANDIDATE_FIELD_NAMES).map((f) => [f, `sdp.candidate.${f}`])
) as Record<CandidateField, string>;

// RFC 8839 §5.1  a=candidate:… — the ICE area owns the grammar; this maps its ranges onto the SDP line.
function readCandidate(v: Tok): FieldResult {
	try {
		const { value, ranges } = parseCandidate(v.value);
		const result = ok(
			ranges.map((r): SdpField => {
				const name = r.field === 'extension' && r.name ? r.name : CANDIDATE_FIELD_NAMES[r.field];
				const start = v.start + r.valueStart;
				const end = v.start + r.end;
				return r.field === 'extension' || r.field === 'prefix'
					? { name, start, end, value: r.value }
					: { name, start, end, value: r.value, noteId: CANDIDATE_NOTES[r.field] };
			})
		);
		result.data = value;
		return result;
	} catch (e) {
		const pos =
			typeof (e as { position?: unknown }).position === 'number' ? (e as { position: number }).position : 0;
		const at = v.start + Math.min(Math.max(pos, 0), v.value.length);
		return ok(
			splitWs(v.value, v.start).map((t) => field('token', t)),
			[{ code: 'bad-candidate', message: e instanceof Error ? e.message : String(e), start: at, end: v.end }]
		);
	}
}

// RFC 8841 §5 a=sctpmap:<number> <app> [<max-number-of-streams>] (draft-ietf-mmusic-sctp-sdp-05 form)
function readSctpmap(v: Tok): FieldResult {
	const [port, app, streams] = splitWs(v.value, v.start, 3);
	const r = expectInt('sctpmap-number', port, 'sdp.a.sctp-port', 65535);
	const fields: SdpField[] = [];
	if (app) fields.push(field('app', app));
	if (streams) fields.push(field('max-number-of-streams', streams));
	return merge(r, ok(fields));
}

// RFC 4568 §9.1  a=crypto:<tag> <crypto-suite> <key-params> [<session-params>]
function readCrypto(v: Tok): FieldResult {
	const [tag, suite, key, ...params] = splitWs(v.value, v.start);
	const r = expectInt('tag', tag, 'sdp.crypto.tag', 999999999);
	const fields: SdpField[] = [];
	const problems: SdpProblem[] = [];
	if (suite) fields.push(field('crypto-suite', suite, 'sdp.crypto.suite'));
	if (key) fields.push(field('key-params', key, 'sdp.crypto.keyParams'));
	else problems.push(bad('missing-field', 'key parameters are missing', v));
	for (const p of params) fields.push(field('session-param', p));
	return merge(r, ok(fields, problems));
}

// RFC 8851 §10  a=rid:<rid-id> SP <rid-dir> [SP <rid-pt-param-list> / <rid-param-list>]
function readRid(v: Tok): FieldResult {
	const [id, dir, params] = splitWs(v.value, v.start, 3);
	if (!id) return ok([], [bad('missing-field', 'rid-id is missing', v)]);
	const fields = [field('rid-id', id, 'sdp.field.rid')];
	const problems: SdpProblem[] = [];
	if (dir) {
		fields.push(field('rid-dir', dir));
		if (dir.value !== 'send' && dir.value !== 'recv')
			problems.push(bad('bad-value', 'rid direction must be send or recv', dir));
	} else problems.push(bad('missing-field', 'rid direction is missing', v));
	if (params)
		for (const p of splitChar(params, ';')) if (p.value) fields.push(field(splitOnce(p, '=')[0].value, p));
	return ok(fields, problems);
}

// RFC 8853 §5.1  a=simulcast:<sc-dir> <sc-str-list> [SP <sc-dir> <sc-str-list>]
function readSimulcast(v: Tok): FieldResult {
	const toks = splitWs(v.value, v.start);
	const fields: SdpField[] = [];
	const problems: SdpProblem[] = [];
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		if (t.value === 'send' || t.value === 'recv') fields.push(field('sc-dir', t));
		else if (i > 0) {
			for (const alt of splitChar(t, ';'))
				for (const rid of splitChar(alt, ','))
					fields.push(
						field(
							'sc-id',
							rid.value.startsWith('~') ? { ...rid, start: rid.start + 1, value: rid.value.slice(1) } : rid,
							'sdp.field.rid'
						)
					);
		} else problems.push(bad('bad-value', 'simulcast must start with send or recv', t));
	}
	return ok(fields, problems);
}

function spec(
	name: string,
	rfc: number | undefined,
	section: string | undefined,
	level: AttributeLevel,
	read?: (v: Tok) => FieldResult,
	iana = rfc !== undefined
): AttributeSpec {
	return { name, rfc, section, level, iana, read };
}

/** Every attribute this library explains (noteId `sdp.a.<name>`). */
export const ATTRIBUTES: readonly AttributeSpec[] = [
	spec('group', 5888, '5', 'session', readGroup),
	spec('msid-semantic', undefined, undefined, 'session', readMsidSemantic),
	spec('ice-ufrag', 8839, '5.4', 'session-or-media', single('ufrag', 'sdp.a.ice-ufrag')),
	spec('ice-pwd', 8839, '5.4', 'session-or-media', single('password', 'sdp.a.ice-pwd')),
	spec('ice-options', 8839, '5.6', 'session-or-media', readIceOptions),
	spec('ice-lite', 8839, '5.3', 'session'),
	spec('ice-mismatch', 8839, '5.3', 'media'),
	spec('ice-pacing', 8839, '5.5', 'session'),
	spec('remote-candidates', 8839, '5.2', 'media', single('remote-candidates')),
	spec('candidate', 8839, '5.1', 'media', readCandidate),
	spec('end-of-candidates', 8840, '8.2', 'session-or-media'),
	spec('fingerprint', 8122, '5', 'session-or-media', readFingerprint),
	spec('setup', 4145, '4', 'session-or-media', readSetup),
	spec('connection', 4145, '5', 'session-or-media', single('conn-value')),
	spec('tls-id', 8842, '4', 'media', single('tls-id')),
	spec('identity', 8827, undefined, 'session-or-media', single('assertion')),
	spec('mid', 5888, '4', 'media', single('identification-tag', 'sdp.a.mid')),
	spec('bundle-only', 9143, '6', 'media'),
	spec('extmap', 8285, '7', 'session-or-media', readExtmap),
	spec('extmap-allow-mixed', 8285, '6', 'session-or-media'),
	spec('sendrecv', 8866, '6.7.1', 'session-or-media'),
	spec('sendonly', 8866, '6.7.2', 'session-or-media'),
	spec('recvonly', 8866, '6.7.3', 'session-or-media'),
	spec('inactive', 8866, '6.7.4', 'session-or-media'),
	spec('msid', 8830, '2', 'media', readMsid),
	spec('rtcp', 3605, '2.1', 'media', readRtcp),
	spec('rtcp-mux', 5761, '5.1.1', 'media'),
	spec('rtcp-mux-only', 8858, '3', 'media'),
	spec('rtcp-rsize', 5506, '5', 'media'),
	spec('rtpmap', 8866, '6.6', 'media', readRtpmap),
	spec('fmtp', 8866, '6.15', 'media', readFmtp),
	spec('rtcp-fb', 4585, '4.2', 'media', readRtcpFb),
	spec('ssrc', 5576, '4.1', 'media', readSsrc),
	spec('ssrc-group', 5576, '4.2', 'media', readSsrcGroup),
	spec('rid', 8851, '4', 'media', readRid),
	spec('simulcast', 8853, '5.1', 'media', readSimulcast),
	spec('sctp-port', 8841, '5.1', 'media', number('port', 'sdp.a.sctp-port')),
	spec('max-message-size', 8841, '6', 'media', number('size', 'sdp.a.max-message-size')),
	spec('sctpmap', undefined, undefined, 'media', readSctpmap),
	spec('crypto', 4568, '9.1', 'media', readCrypto),
	spec('ptime', 8866, '6.4', 'media', number('packet-time', 'sdp.a.ptime')),
	spec('maxptime', 8866, '6.5', 'media', number('maximum-packet-time', 'sdp.a.maxptime')),
	spec('framerate', 8866, '6.8', 'media', single('frame-rate', 'sdp.a.framerate')),
	spec('label', 4574, '4', 'media', single('pointer')),
	spec('content', 4796, '5', 'media', single('mediacnt')),
	spec('x-google-flag', undefined, undefined, 'session-or-media', single('flag')),
	spec('rtcp-xr', 3611, '5.1', 'session-or-media', single('xr-format')),
	spec('imageattr', 6236, '3.1', 'media', single('image-attributes')),
	spec('tool', 8866, '6.3', 'session', single('tool'))
];

const BY_NAME: ReadonlyMap<string, AttributeSpec> = new Map(ATTRIBUTES.map((a) => [a.name, a]));

export function attributeSpec(name: string): AttributeSpec | undefined {
	return BY_NAME.get(name);
}

const NOTE_IDS: ReadonlyMap<string, string> = new Map(ATTRIBUTES.map((a) => [a.name, `sdp.a.${a.name}`]));

/** `sdp.a.<name>` for an attribute this library explains, else undefined (one shared string per name). */
export function attributeNoteId(name: string): string | undefined {
	return NOTE_IDS.get(name);
}

/**
 * Other names in the IANA att-field registry (RFC 8866 §8.2.4 and the documents that registered them) that this
 * library does not explain in detail; enough to say "registered by RFC x" for an attribute it does not know.
 */
export const IANA_OTHER_ATTRIBUTES: Readonly<Record<string, number>> = {
	cat: 8866,
	keywds: 8866,
	charset: 8866,
	sdplang: 8866,
	lang: 8866,
	type: 8866,
	orient: 8866,
	quality: 8866,
	'rtcp-unicast': 5760,
	'source-filter': 4570,
	floorctrl: 4583,
	confid: 4583,
	userid: 4583,
	floorid: 4583,
	bfcpver: 8856,
	record: 7866,
	recordpref: 7866,
	'file-selector': 5547,
	'accept-types': 4975,
	'accept-wrapped-types': 4975,
	path: 4975,
	'max-size': 4975,
	depend: 5583,
	silenceSupp: 3108
};

/** What can be said about an attribute name: explained here, registered elsewhere, or unknown. */
export function ianaRegistration(name: string): { registered: boolean; rfc?: number } {
	const s = BY_NAME.get(name);
	if (s) return s.iana ? { registered: true, rfc: s.rfc } : { registered: false };
	if (Object.hasOwn(IANA_OTHER_ATTRIBUTES, name))
		return { registered: true, rfc: IANA_OTHER_ATTRIBUTES[name] };
	return { registered: false };
}

export { NONE as NO_FIELDS };
