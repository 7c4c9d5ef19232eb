// RFC 8839 §5.1 "candidate" attribute: parse an `a=candidate` line into fields with character ranges, and back.
//
//   candidate-attribute   = "candidate" ":" foundation SP component-id SP
//                           transport SP priority SP connection-address SP port
//                           SP cand-type [SP rel-addr] [SP rel-port]
//                           *(SP cand-extension)
//   foundation            = 1*32ice-char
//   component-id          = 1*3DIGIT
//   transport             = "UDP" / transport-extension
//   priority              = 1*10DIGIT
//   cand-type             = "typ" SP candidate-types
//   candidate-types       = "host" / "srflx" / "prflx" / "relay" / token
//   rel-addr              = "raddr" SP connection-address
//   rel-port              = "rport" SP port
//   cand-extension        = extension-att-name SP extension-att-value
//   ice-char              = ALPHA / DIGIT / "+" / "/"
//
// Extensions named here: tcptype (RFC 6544 §4.5), generation, ufrag, network-id, network-cost (libwebrtc).
// Keywords and candidate types must be written in lower case, as every browser writes them; transport keeps the
// case it was written in. Numbers with leading zeros are refused so that serializeCandidate(parse(x)) === x.
import { classifyAddress, type AddressKind } from './address';
import { ParseError } from './parse-error';

export type CandidateType = 'host' | 'srflx' | 'prflx' | 'relay';
export type TcpType = 'active' | 'passive' | 'so';

export interface CandidateExtension {
	name: string;
	value: string;
}

export interface Candidate {
	/** What preceded the foundation as written: `a=candidate:`, `candidate:` or ``. */
	prefix: string;
	foundation: string;
	component: number;
	/** As written (`udp`, `UDP`, `tcp`); compare case-insensitively. */
	transport: string;
	priority: number;
	address: string;
	addressKind: AddressKind;
	port: number;
	type: CandidateType;
	raddr?: string;
	rport?: number;
	tcptype?: TcpType;
	generation?: number;
	ufrag?: string;
	networkId?: number;
	networkCost?: number;
	/** Extension pairs this parser does not know, in the order written. */
	extensions: CandidateExtension[];
	/** Every extension name in the order written (known and unknown), so serializing reproduces the line. */
	extensionOrder?: string[];
}

export type CandidateField =
	| 'prefix'
	| 'foundation'
	| 'component'
	| 'transport'
	| 'priority'
	| 'address'
	| 'port'
	| 'type'
	| 'raddr'
	| 'rport'
	| 'tcptype'
	| 'generation'
	| 'ufrag'
	| 'networkId'
	| 'networkCost'
	| 'extension';

/** Where one field sits in the line: [start, end) in characters; for `name value` pairs start is at the name. */
export interface CandidateRange {
	field: CandidateField;
	/** For an unknown extension: its name. */
	name?: string;
	start: number;
	end: number;
	/** Where the value begins (equals start for positional fields). */
	valueStart: number;
	value: string;
	noteId: string;
}

export interface ParsedCandidate {
	value: Candidate;
	ranges: CandidateRange[];
}

const NOTE: Record<CandidateField, string> = {
	prefix: 'ice.candidate.prefix',
	foundation: 'ice.candidate.foundation',
	component: 'ice.candidate.component',
	transport: 'ice.candidate.transport',
	priority: 'ice.candidate.priority',
	address: 'ice.candidate.address',
	port: 'ice.candidate.port',
	type: 'ice.candidate.type',
	raddr: 'ice.candidate.raddr',
	rport: 'ice.candidate.rport',
	tcptype: 'ice.candidate.tcptype',
	generation: 'ice.candidate.generation',
	ufrag: 'ice.candidate.ufrag',
	networkId: 'ice.candidate.networkId',
	networkCost: 'ice.candidate.networkCost',
	extension: 'ice.candidate.extension'
};

/** Known extensions: wire name → field, and how to read the value. */
const KNOWN_EXTENSIONS = {
	tcptype: 'tcptype',
	generation: 'generation',
	ufrag: 'ufrag',
	'network-id': 'networkId',
	'network-cost': 'networkCost'
} as const satisfies Record<string, CandidateField>;
type KnownName = keyof typeof KNOWN_EXTENSIONS;

const CANDIDATE_TYPES: readonly string[] = ['host', 'srflx', 'prflx', 'relay'];
const TCP_TYPES: readonly string[] = ['active', 'passive', 'so'];

interface Token {
	text: string;
	start: number;
}

function tokenize(line: string, from: number): Token[] {
	const tokens: Token[] = [];
	let start = from;
	for (let i = from; i <= line.length; i++) {
		const c = i < line.length ? line.charCodeAt(i) : 0x20;
		if (c === 0x20) {
			if (i === start) {
				throw new ParseError(
					i === line.length
						? 'the line ends where a field was expected'
						: 'two spaces in a row or a stray space',
					i,
					i === line.length ? 'missing-field' : 'extra-space'
				);
			}
			tokens.push({ text: line.slice(start, i), start });
			start = i + 1;
		} else if (c < 0x20 || c === 0x7f) {
			throw new ParseError(
				`control character 0x${c.toString(16).padStart(2, '0')} is not allowed in a candidate line (strip the line ending first)`,
				i,
				'bad-character'
			);
		}
	}
	return tokens;
}

/** One or more ASCII digits (/^\d+$/ without a regex run for every number of every candidate). */
function isDigits(s: string): boolean {
	if (s.length === 0) return false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x30 || c > 0x39) return false;
	}
	return true;
}

function readNumber(tok: Token | undefined, what: string, max: number, min: number, at: number): number {
	if (!tok) throw new ParseError(`${what} is missing`, at, 'missing-field');
	if (!isDigits(tok.text)) {
		throw new ParseError(`${what} must be a decimal number, not "${tok.text}"`, tok.start, 'bad-number');
	}
	if (tok.text.length > 1 && tok.text[0] === '0') {
		throw new ParseError(`${what} "${tok.text}" has a leading zero`, tok.start, 'bad-number');
	}
	const n = tok.text.length > 10 ? Infinity : Number(tok.text);
	if (n < min || n > max) {
		throw new ParseError(`${what} ${tok.text} is outside ${min}–${max}`, tok.start, 'out-of-range');
	}
	return n;
}

function readAddress(tok: Token | undefined, what: string, at: number): { text: string; kind: AddressKind } {
	if (!tok) throw new ParseError(`${what} is missing`, at, 'missing-field');
	const kind = classifyAddress(tok.text);
	if (!kind) {
		throw new ParseError(
			`${what} "${tok.text}" is not an IPv4 address, an IPv6 address or a host name`,
			tok.start,
			'bad-address'
		);
	}
	return { text: tok.text, kind };
}

/** Parses one candidate line, with or without `a=` and `candidate:`. Throws only ParseError. */
export function parseCandidate(line: string): ParsedCandidate {
	if (typeof line !== 'string') throw new ParseError('a candidate line must be text', 0, 'not-text');
	const ranges: CandidateRange[] = [];
	const m = /^(a=)?candidate:/i.exec(line);
	let prefix = '';
	if (m) {
		prefix = m[0];
		ranges.push({
			field: 'prefix',
			start: 0,
			end: prefix.length,
			valueStart: 0,
			value: prefix,
			noteId: NOTE.prefix
		});
	} else if (line.startsWith('a=')) {
		throw new ParseError('this SDP attribute is not "candidate"', 2, 'not-a-candidate');
	}
	const tokens = tokenize(line, prefix.length);
	let i = 0;
	const end = line.length;
	const next = (): Token | undefined => tokens[i++];
	const push = (field: CandidateField, tok: Token, keyStart = tok.start, name?: string) =>
		ranges.push(
			name !== undefined
				? {
						field,
						name,
						start: keyStart,
						end: tok.start + tok.text.length,
						valueStart: tok.start,
						value: tok.text,
						noteId: NOTE[field]
					}
				: {
						field,
						start: keyStart,
						end: tok.start + tok.text.length,
						valueStart: tok.start,
						value: tok.text,
						noteId: NOTE[field]
					}
		);

	const fTok = next();
	if (!fTok) throw new ParseError('foundation is missing', end, 'missing-field');
	if (!/^[A-Za-z0-9+/]{1,32}$/.test(fTok.text)) {
		throw new ParseError(
			'foundation must be 1–32 letters, digits, "+" or "/" (RFC 8839 ice-char)',
			fTok.start,
			'bad-foundation'
		);
	}
	push('foundation', fTok);

	const cTok = tokens[i];
	const component = readNumber(next(), 'component ID', 256, 1, end);
	push('component', cTok);

	const tTok = next();
	if (!tTok) throw new ParseError('transport is missing', end, 'missing-field');
	if (!/^[A-Za-z0-9!#$%&'*+.^_`{|}~-]+$/.test(tTok.text)) {
		throw new ParseError(`transport "${tTok.text}" is not a token`, tTok.start, 'bad-transport');
	}
	push('transport', tTok);

	const pTok = tokens[i];
	const priority = readNumber(next(), 'priority', 2 ** 31 - 1, 1, end);
	push('priority', pTok);

	const aTok = tokens[i];
	const address = readAddress(next(), 'connection address', end);
	push('address', aTok);

	const portTok = tokens[i];
	const port = readNumber(next(), 'port', 65535, 0, end);
	push('port', portTok);

	const typKey = next();
	if (!typKey) throw new ParseError('"typ" and the candidate type are missing', end, 'missing-field');
	if (typKey.text !== 'typ') {
		throw new ParseError(
			`expected "typ" before the candidate type, found "${typKey.text}"`,
			typKey.start,
			'expected-typ'
		);
	}
	const typeTok = next();
	if (!typeTok) throw new ParseError('candidate type is missing after "typ"', end, 'missing-field');
	if (!CANDIDATE_TYPES.includes(typeTok.text)) {
		throw new ParseError(
			`candidate type "${typeTok.text}" is not host, srflx, prflx or relay`,
			typeTok.start,
			'bad-type'
		);
	}
	push('type', typeTok, typKey.start);

	const value: Candidate = {
		prefix,
		foundation: fTok.text,
		component,
		transport: tTok.text,
		priority,
		address: address.text,
		addressKind: address.kind,
		port,
		type: typeTok.text as CandidateType,
		extensions: []
	};

	if (tokens[i]?.text === 'raddr') {
		const key = next() as Token;
		const vTok = tokens[i];
		value.raddr = readAddress(next(), 'related address (raddr)', end).text;
		push('raddr', vTok, key.start);
	}
	if (tokens[i]?.text === 'rport') {
		const key = next() as Token;
		const vTok = tokens[i];
		value.rport = readNumber(next(), 'related port (rport)', 65535, 0, end);
		push('rport', vTok, key.start);
	}

	const order: string[] = [];
	while (i < tokens.length) {
		const key = next() as Token;
		const vTok = next();
		if (!vTok) {
			throw new ParseError(`extension "${key.text}" has no value`, end, 'missing-value');
		}
		order.push(key.text);
		if (Object.hasOwn(KNOWN_EXTENSIONS, key.text)) {
			const name = key.text as KnownName;
			const field = KNOWN_EXTENSIONS[name];
			if (value[field] !== undefined) {
				throw new ParseError(`"${name}" appears twice`, key.start, 'duplicate-extension');
			}
			if (field === 'tcptype') {
				if (!TCP_TYPES.includes(vTok.text)) {
					throw new ParseError(
						`tcptype "${vTok.text}" is not active, passive or so (RFC 6544)`,
						vTok.start,
						'bad-tcptype'
					);
				}
				value.tcptype = vTok.text as TcpType;
			} else if (field === 'ufrag') {
				value.ufrag = vTok.text;
			} else {
				value[field] = readNumber(vTok, name, 2 ** 32 - 1, 0, end);
			}
			push(field, vTok, key.start);
		} else if (key.text === 'raddr' || key.text === 'rport' || key.text === 'typ') {
			throw new ParseError(`"${key.text}" is out of place here`, key.start, 'misplaced-keyword');
		} else {
			value.extensions.push({ name: key.text, value: vTok.text });
			push('extension', vTok, key.start, key.text);
		}
	}
	if (order.length > 0) value.extensionOrder = order;
	return { value, ranges };
}

/** Writes a candidate back as text; for a parsed line it reproduces the input exactly. */
export function serializeCandidate(c: Candidate): string {
	const parts = [
		`${c.prefix}${c.foundation}`,
		String(c.component),
		c.transport,
		String(c.priority),
		c.address,
		String(c.port),
		'typ',
		c.type
	];
	if (c.raddr !== undefined) parts.push('raddr', c.raddr);
	if (c.rport !== undefined) parts.push('rport', String(c.rport));
	const known = (name: KnownName): string | undefined => {
		const v = c[KNOWN_EXTENSIONS[name]];
		return v === undefined ? undefined : String(v);
	};
	const written = new Set<string>();
	let unknown = 0;
	for (const name of c.extensionOrder ?? []) {
		if (Object.hasOwn(KNOWN_EXTENSIONS, name)) {
			const v = known(name as KnownName);
			if (v !== undefined && !written.has(name)) parts.push(name, v);
			written.add(name);
		} else if (unknown < c.extensions.length && c.extensions[unknown].name === name) {
			parts.push(name, c.extensions[unknown++].value);
		}
	}
	for (const name of Object.keys(KNOWN_EXTENSIONS) as KnownName[]) {
		const v = known(name);
		if (v !== undefined && !written.has(name)) parts.push(name, v);
	}
	for (; unknown < c.extensions.length; unknown++)
		parts.push(c.extensions[unknown].name, c.extensions[unknown].value);
	return parts.join(' ');
}
