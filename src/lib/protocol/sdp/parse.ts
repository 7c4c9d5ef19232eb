// RFC 8866 §5 SDP line grammar, read tolerantly: every input line becomes an SdpLine, including blank, malformed
// and unknown ones, with the character range of each field; problems are recorded, never thrown.
//
//   session-description = version-field origin-field session-name-field [information-field] [uri-field]
//                         *email-field *phone-field [connection-field] *bandwidth-field 1*time-description
//                         [key-field] *attribute-field *media-description
//   media-description   = media-field [information-field] *connection-field *bandwidth-field [key-field]
//                         *attribute-field
//   each field          = <type>=<value> CRLF      (LF alone is accepted by RFC 8866 §5 too)
import { ATTRIBUTES, attributeNoteId, type AttributeSpec, type FieldResult } from './attributes';
import { buildStructure } from './structure';
import { field, splitOnce, splitWs, toInt, trimTok, type Tok } from './tokens';
import type { SdpDocument, SdpField, SdpLine, SdpProblem } from './types';

/** The line types RFC 8866 §5 defines, in the order the grammar wants them in the session part. */
export const LINE_TYPES = [
	'v',
	'o',
	's',
	'i',
	'u',
	'e',
	'p',
	'c',
	'b',
	't',
	'r',
	'z',
	'k',
	'a',
	'm'
] as const;
const KNOWN_TYPES: ReadonlySet<string> = new Set(LINE_TYPES);

function isWs(c: number): boolean {
	return c === 0x20 || c === 0x09;
}

function missing(name: string, at: number): SdpProblem {
	return { code: 'missing-field', message: `${name} is missing`, start: at, end: at };
}

function named(names: readonly string[], toks: Tok[], notes: readonly (string | undefined)[], at: number) {
	const fields: SdpField[] = [];
	const problems: SdpProblem[] = [];
	names.forEach((n, i) => {
		const t = toks[i];
		if (t) fields.push(field(n, t, notes[i]));
		else problems.push(missing(n, at));
	});
	for (let i = names.length; i < toks.length; i++) {
		problems.push({
			code: 'extra-field',
			message: `unexpected extra field "${toks[i].value}"`,
			start: toks[i].start,
			end: toks[i].end
		});
		fields.push(field('extra', toks[i]));
	}
	return { fields, problems };
}

// RFC 8866 §5.2 o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>
const ORIGIN = ['username', 'sess-id', 'sess-version', 'nettype', 'addrtype', 'unicast-address'];
const ORIGIN_NOTES = [
	'sdp.o.username',
	'sdp.o.sessId',
	'sdp.o.sessVersion',
	'sdp.field.nettype',
	'sdp.field.addrtype',
	'sdp.o.unicastAddress'
];

const BANDWIDTH_TYPES = new Set(['AS', 'CT', 'TIAS', 'RR', 'RS']);
const MEDIA_TYPES = new Set(['audio', 'video', 'text', 'application', 'message', 'image']);

/** The fields of a non-attribute line. */
function readLineFields(type: string, v: Tok): FieldResult {
	const at = v.end;
	switch (type) {
		case 'v':
			return named(['proto-version'], splitWs(v.value, v.start), ['sdp.line.v'], at);
		case 'o': {
			const r = named(ORIGIN, splitWs(v.value, v.start), ORIGIN_NOTES, at);
			return r;
		}
		case 's':
		case 'i':
		case 'u':
		case 'e':
		case 'p': {
			const t = trimTok(v);
			// RFC 8866 §5.3: a session with no name writes `s= ` (one space); keep that space as the field.
			return { fields: [field('text', t.value === '' ? v : t)], problems: [] };
		}
		// RFC 8866 §5.7 c=<nettype> <addrtype> <connection-address>
		case 'c':
			return named(
				['nettype', 'addrtype', 'connection-address'],
				splitWs(v.value, v.start),
				['sdp.field.nettype', 'sdp.field.addrtype', 'sdp.c.connectionAddress'],
				at
			);
		// RFC 8866 §5.8 b=<bwtype>:<bandwidth>
		case 'b': {
			const t = trimTok(v);
			const [bt, bw] = splitOnce(t, ':');
			const fields = [field('bwtype', bt, BANDWIDTH_TYPES.has(bt.value) ? `sdp.b.${bt.value}` : undefined)];
			const problems: SdpProblem[] = [];
			if (bw) {
				fields.push(field('bandwidth', bw));
				if (toInt(bw.value) === undefined)
					problems.push({
						code: 'bad-number',
						message: 'bandwidth is not a number',
						start: bw.start,
						end: bw.end
					});
			} else problems.push(missing('bandwidth', at));
			return { fields, problems };
		}
		// RFC 8866 §5.9 t=<start-time> <stop-time>
		case 't':
			return named(['start-time', 'stop-time'], splitWs(v.value, v.start), ['sdp.t.time', 'sdp.t.time'], at);
		case 'r':
		case 'z':
			return {
				fields: splitWs(v.value, v.start).map((t) => field(type === 'r' ? 'repeat' : 'adjustment', t)),
				problems: []
			};
		// RFC 8866 §5.12 k=<method>[:<encryption key>]
		case 'k': {
			const [method, key] = splitOnce(trimTok(v), ':');
			const fields = [field('method', method)];
			if (key) fields.push(field('encryption-key', key));
			return { fields, problems: [] };
		}
		// RFC 8866 §5.14 m=<media> <port>[/<number of ports>] <proto> <fmt> ...
		case 'm': {
			const [media, portTok, proto, ...fmts] = splitWs(v.value, v.start);
			const fields: SdpField[] = [];
			const problems: SdpProblem[] = [];
			if (!media) return { fields, problems: [missing('media', at)] };
			fields.push(field('media', media, MEDIA_TYPES.has(media.value) ? 'sdp.m.media' : undefined));
			if (!portTok) return { fields, problems: [missing('port', at)] };
			const [port, count] = splitOnce(portTok, '/');
			fields.push(field('port', port, 'sdp.m.port'));
			if (toInt(port.value) === undefined || (toInt(port.value) as number) > 65535)
				problems.push({
					code: 'bad-number',
					message: `port "${port.value}" is not a port number`,
					start: port.start,
					end: port.end
				});
			if (count) fields.push(field('number-of-ports', count, 'sdp.m.numberOfPorts'));
			if (!proto) return { fields, problems: [...problems, missing('proto', at)] };
			fields.push(field('proto', proto, 'sdp.m.proto'));
			if (fmts.length === 0) problems.push(missing('fmt', at));
			for (const f of fmts) fields.push(field('fmt', f, 'sdp.m.fmt'));
			return { fields, problems };
		}
		default:
			return { fields: [], problems: [] };
	}
}

/** Each known attribute with the note id of its name, looked up once per a= line. */
const ATTRIBUTE_NOTES: ReadonlyMap<string, { spec: AttributeSpec; noteId: string }> = new Map(
	ATTRIBUTES.map((spec) => [spec.name, { spec, noteId: attributeNoteId(spec.name) as string }])
);

/**
 * One line without its terminator, starting at absolute offset `start`. What an attribute reader already parsed
 * (the ICE candidate) goes to `data`, one entry per line.
 */
function parseLine(text: string, start: number, number: number, data: unknown[]): SdpLine {
	// Most lines have no problem: the list is made only when one turns up.
	let problems: SdpProblem[] | undefined;
	const n = text.length;
	let a = 0;
	while (a < n && isWs(text.charCodeAt(a))) a++;
	let b = n;
	while (b > a && isWs(text.charCodeAt(b - 1))) b--;
	const line: SdpLine = { number, text, start, end: start + n, type: '', value: '', fields: [], section: -1 };
	data.push(undefined);
	if (a === b) {
		line.problems = [{ code: 'blank-line', message: 'blank line (RFC 8866 §5 allows none)' }];
		return line;
	}
	if (a > 0)
		(problems ??= []).push({
			code: 'stray-whitespace',
			message: 'whitespace before the type letter',
			start,
			end: start + a
		});
	if (
		b < n &&
		!(text.charCodeAt(a) === 0x73 /* s= keeps its single space */ && b === a + 2 && text[a + 1] === '=')
	) {
		(problems ??= []).push({
			code: 'stray-whitespace',
			message: 'whitespace at the end of the line',
			start: start + b,
			end: start + n
		});
	}
	// RFC 8866 §5: `<type>=<value>`, no whitespace on either side of `=`.
	let eq = a + 1;
	while (eq < b && isWs(text.charCodeAt(eq))) eq++;
	if (eq >= b || text.charCodeAt(eq) !== 0x3d) {
		(problems ??= []).push({ code: 'no-equals', message: 'not a <type>=<value> line' });
		line.value = text.slice(a, b);
		line.fields = splitWs(line.value, start + a).map((t) => field('token', t));
		line.problems = problems;
		return line;
	}
	if (eq > a + 1)
		(problems ??= []).push({
			code: 'stray-whitespace',
			message: 'whitespace before "="',
			start: start + a + 1,
			end: start + eq
		});
	const type = text[a];
	line.type = type;
	if (!KNOWN_TYPES.has(type)) {
		(problems ??= []).push({
			code: 'unknown-type',
			message: `"${type}=" is not an SDP line type (RFC 8866 §5 defines v o s i u e p c b t r z k a m)`,
			start: start + a,
			end: start + a + 1
		});
	}
	let vStart = eq + 1;
	if (vStart < b && isWs(text.charCodeAt(vStart)) && type !== 's') {
		(problems ??= []).push({
			code: 'stray-whitespace',
			message: 'whitespace after "="',
			start: start + vStart,
			end: start + vStart + 1
		});
		while (vStart < b && isWs(text.charCodeAt(vStart))) vStart++;
	}
	const vEnd = Math.max(b, vStart);
	if (type === 'a') {
		// a=<name>[:<value>]: the name is trimmed, the value kept as written.
		let colon = text.indexOf(':', vStart);
		if (colon >= vEnd) colon = -1;
		let na = vStart;
		let nb = colon < 0 ? vEnd : colon;
		while (na < nb && isWs(text.charCodeAt(na))) na++;
		while (nb > na && isWs(text.charCodeAt(nb - 1))) nb--;
		const name = text.slice(na, nb);
		const valTok: Tok | undefined =
			colon < 0
				? undefined
				: { start: start + colon + 1, end: start + vEnd, value: text.slice(colon + 1, vEnd) };
		const known = ATTRIBUTE_NOTES.get(name);
		// The table's own copy of a known name: one shared string instead of a slice per line, whose hash the look-ups
		// in buildStructure and explain find already computed.
		line.attribute = known ? known.spec.name : name;
		line.value = valTok ? valTok.value : '';
		const spec = known?.spec;
		const nameField: SdpField = known
			? { name: 'attribute', start: start + na, end: start + nb, value: name, noteId: known.noteId }
			: { name: 'attribute', start: start + na, end: start + nb, value: name };
		const fields = [nameField];
		line.fields = fields;
		if (name === '')
			(problems ??= []).push({
				code: 'missing-field',
				message: 'attribute name is missing',
				start: start + vStart,
				end: start + vEnd
			});
		if (spec?.read && valTok) {
			const r = spec.read(valTok);
			for (const f of r.fields) fields.push(f);
			if (r.problems.length > 0) {
				problems ??= [];
				for (const p of r.problems) problems.push(p);
			}
			if (r.data !== undefined) data[data.length - 1] = r.data;
		} else if (spec?.read && !valTok) {
			(problems ??= []).push({
				code: 'missing-value',
				message: `a=${name} needs a value after ":"`,
				start: start + vEnd,
				end: start + vEnd
			});
		} else if (valTok && valTok.value !== '') {
			fields.push(field('value', valTok));
		}
	} else {
		const value: Tok = { start: start + vStart, end: start + vEnd, value: text.slice(vStart, vEnd) };
		line.value = value.value;
		const r = readLineFields(type, value);
		line.fields = r.fields;
		if (r.problems.length > 0) {
			problems ??= [];
			for (const p of r.problems) problems.push(p);
		}
	}
	if (problems) line.problems = problems;
	return line;
}

/**
 * Parses SDP text. Accepts CRLF, LF or CR line ends, stray whitespace and a missing final newline; returns one
 * SdpLine per input line (a final line terminator does not start another line) and the structured view.
 * Never throws.
 */
export function parseSdp(text: string): SdpDocument {
	const input = typeof text === 'string' ? text : '';
	const lines: SdpLine[] = [];
	const data: unknown[] = [];
	let start = 0;
	let number = 1;
	const n = input.length;
	// The next LF and the next CR at or after `start` (n when there is none), each found by indexOf and kept until
	// the scan passes it: one linear pass in all.
	let lf = -1;
	let cr = -1;
	while (start < n) {
		if (lf < start) {
			lf = input.indexOf('\n', start);
			if (lf < 0) lf = n;
		}
		if (cr < start) {
			cr = input.indexOf('\r', start);
			if (cr < 0) cr = n;
		}
		let i = lf < cr ? lf : cr;
		lines.push(parseLine(input.slice(start, i), start, number++, data));
		if (i < n && input.charCodeAt(i) === 0x0d && i + 1 < n && input.charCodeAt(i + 1) === 0x0a) i += 2;
		else i += 1;
		start = i;
	}
	const { session, media } = buildStructure(lines, data);
	return { lines, session, media };
}
