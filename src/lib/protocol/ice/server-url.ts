// STUN and TURN server URIs, as an RTCIceServer's `urls` carry them (W3C webrtc-pc §4.2.2).
//
// RFC 7064 §3.1 STUN URI:
//   stunURI       = scheme ":" host [ ":" port ]
//   scheme        = "stun" / "stuns"
// RFC 7065 §3.1 TURN URI:
//   turnURI       = scheme ":" host [ ":" port ] [ "?transport=" transport ]
//   scheme        = "turn" / "turns"
//   transport     = "udp" / "tcp" / transport-ext
//   transport-ext = 1*unreserved
// host and port are RFC 3986 §3.2.2/§3.2.3's: IP-literal ("[" IPv6 "]") / IPv4address / reg-name, and *DIGIT.
// There is no "//" authority: `stun://host` is a common mistake that the grammar refuses.
// Default ports (RFC 7064 §3.2, RFC 7065 §3.2): 3478 for stun/turn, 5349 for stuns/turns.
import { isIPv4, isIPv6 } from './address';
import { ParseError } from './parse-error';

export type IceServerScheme = 'stun' | 'stuns' | 'turn' | 'turns';

export interface IceServerUrl {
	/** Lower-cased (RFC 3986 §3.1: schemes are case-insensitive). */
	scheme: IceServerScheme;
	/** stuns/turns: the connection to the server runs over TLS (or DTLS). */
	secure: boolean;
	/** As written, without the brackets of an IPv6 literal. */
	host: string;
	hostKind: 'ipv4' | 'ipv6' | 'name';
	/** The port written, or the scheme's default. */
	port: number;
	portWritten: boolean;
	/** TURN only: the `?transport=` value, lower-cased; undefined when not written. */
	transport?: string;
	/** The transport to the server this URI asks for: udp, tcp or tls (turns without ?transport=udp). */
	serverTransport: 'udp' | 'tcp' | 'tls' | 'dtls' | string;
}

export const DEFAULT_PORTS: Readonly<Record<IceServerScheme, number>> = {
	stun: 3478,
	turn: 3478,
	stuns: 5349,
	turns: 5349
};

const SCHEMES: readonly string[] = ['stun', 'stuns', 'turn', 'turns'];
// RFC 3986 §2.3 unreserved, §2.2 sub-delims; reg-name = *( unreserved / pct-encoded / sub-delims ).
const UNRESERVED = /[A-Za-z0-9\-._~]/;
const SUB_DELIMS = /[!$&'()*+,;=]/;

/** Parses one STUN or TURN URI. Throws only ParseError (position = character offset in `text`). */
export function parseIceServerUrl(text: string): IceServerUrl {
	if (typeof text !== 'string') throw new ParseError('a server URL must be text', 0, 'not-text');
	if (text.length === 0) throw new ParseError('the URL is empty', 0, 'empty');
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c <= 0x20 || c >= 0x7f) {
			throw new ParseError(
				c === 0x20
					? 'a space is not allowed in a URL'
					: `character U+${c.toString(16).padStart(4, '0')} is not allowed in a URL`,
				i,
				c === 0x20 ? 'space' : 'bad-character'
			);
		}
	}
	const colon = text.indexOf(':');
	if (colon < 0) {
		throw new ParseError('the URL needs a scheme: stun:, stuns:, turn: or turns:', 0, 'missing-scheme');
	}
	const schemeText = text.slice(0, colon).toLowerCase();
	if (!SCHEMES.includes(schemeText)) {
		throw new ParseError(
			`"${text.slice(0, colon)}" is not a STUN or TURN scheme (stun, stuns, turn, turns)`,
			0,
			'bad-scheme'
		);
	}
	const scheme = schemeText as IceServerScheme;
	const isTurn = scheme === 'turn' || scheme === 'turns';
	let i = colon + 1;
	if (text.startsWith('//', i)) {
		throw new ParseError(
			`write ${scheme}:host, without "//" (RFC 7064/7065 URIs have no authority part)`,
			i,
			'slashes'
		);
	}

	// host
	let host: string;
	let hostKind: IceServerUrl['hostKind'];
	if (text[i] === '[') {
		const close = text.indexOf(']', i);
		if (close < 0) throw new ParseError('the IPv6 address has no closing "]"', i, 'bad-ipv6');
		host = text.slice(i + 1, close);
		if (!isIPv6(host)) throw new ParseError(`"${host}" is not an IPv6 address`, i + 1, 'bad-ipv6');
		hostKind = 'ipv6';
		i = close + 1;
	} else {
		const start = i;
		const beforeQuery = text.slice(i).split('?')[0];
		if ((beforeQuery.match(/:/g) ?? []).length > 1) {
			throw new ParseError('write an IPv6 address in brackets, e.g. turn:[2001:db8::1]:3478', i, 'bad-ipv6');
		}
		while (i < text.length && text[i] !== ':' && text[i] !== '?') {
			const ch = text[i];
			if (ch === '%') {
				if (!/^%[0-9A-Fa-f]{2}$/.test(text.slice(i, i + 3))) {
					throw new ParseError('"%" must start a %XX escape', i, 'bad-host');
				}
				i += 3;
				continue;
			}
			if (!UNRESERVED.test(ch) && !SUB_DELIMS.test(ch)) {
				throw new ParseError(
					ch === '/' || ch === '@' || ch === '#'
						? `"${ch}" cannot appear here: a STUN/TURN URL has no path, user part or fragment`
						: `"${ch}" is not allowed in a host name`,
					i,
					'bad-host'
				);
			}
			i++;
		}
		host = text.slice(start, i);
		if (host.length === 0) throw new ParseError('the host is missing', start, 'missing-host');
		if (/^[\d.]+$/.test(host) && !isIPv4(host)) {
			throw new ParseError(`"${host}" is not a valid IPv4 address`, start, 'bad-ipv4');
		}
		hostKind = isIPv4(host) ? 'ipv4' : 'name';
	}

	// port
	let port = DEFAULT_PORTS[scheme];
	let portWritten = false;
	if (text[i] === ':') {
		const start = ++i;
		while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
		const digits = text.slice(start, i);
		if (digits.length === 0) {
			throw new ParseError(
				i < text.length ? `the port must be digits, not "${text[i]}"` : 'the port is missing after ":"',
				start,
				'bad-port'
			);
		}
		const n = digits.length > 5 ? Infinity : Number(digits);
		if (n < 1 || n > 65535) throw new ParseError(`port ${digits} is outside 1–65535`, start, 'port-range');
		port = n;
		portWritten = true;
	}

	// query (TURN only)
	let transport: string | undefined;
	if (i < text.length) {
		if (text[i] !== '?') {
			throw new ParseError(
				`unexpected "${text[i]}" after the ${portWritten ? 'port' : 'host'}`,
				i,
				'trailing'
			);
		}
		if (!isTurn) {
			throw new ParseError(
				`a ${scheme}: URL takes no "?" query (only turn:/turns: take ?transport=)`,
				i,
				'stun-query'
			);
		}
		const key = '?transport=';
		if (text.slice(i, i + key.length).toLowerCase() !== key) {
			throw new ParseError(
				'the only query a TURN URL takes is "?transport=udp" or "?transport=tcp"',
				i,
				'bad-query'
			);
		}
		const start = i + key.length;
		const value = text.slice(start);
		if (value.length === 0)
			throw new ParseError('the transport is missing after "?transport="', start, 'bad-transport');
		for (let j = 0; j < value.length; j++) {
			if (!UNRESERVED.test(value[j])) {
				throw new ParseError(`"${value[j]}" is not allowed in a transport name`, start + j, 'bad-transport');
			}
		}
		transport = value.toLowerCase();
		if (transport !== 'udp' && transport !== 'tcp') {
			// transport-ext is grammatical, but no browser knows one (RFC 7065 §3.1 lists udp and tcp).
			throw new ParseError(`transport "${value}" is not udp or tcp`, start, 'unknown-transport');
		}
	}

	const serverTransport =
		scheme === 'turns'
			? transport === 'udp'
				? 'dtls'
				: 'tls'
			: scheme === 'stuns'
				? 'tls'
				: (transport ?? 'udp');
	return {
		scheme,
		secure: scheme === 'stuns' || scheme === 'turns',
		host,
		hostKind,
		port,
		portWritten,
		...(transport !== undefined ? { transport } : {}),
		serverTransport
	};
}

/** The URI for a parsed value, in the canonical form (lower-case scheme and transport, port always written). */
export function formatIceServerUrl(u: IceServerUrl): string {
	const host = u.hostKind === 'ipv6' ? `[${u.host}]` : u.host;
	const query = u.transport !== undefined ? `?transport=${u.transport}` : '';
	return `${u.scheme}:${host}:${u.port}${query}`;
}

export interface UrlLine {
	/** 1-based line number in the text. */
	line: number;
	/** The URL without surrounding spaces. */
	text: string;
	/** How many spaces preceded it in the line (error positions count from the line's start). */
	indent: number;
	url?: IceServerUrl;
	error?: ParseError;
}

/** One URL a line (blank lines and surrounding spaces ignored), each parsed or with its error. */
export function parseIceServerUrlList(text: string): UrlLine[] {
	const out: UrlLine[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const trimmed = raw.trim();
		if (!trimmed) return;
		const lead = raw.length - raw.trimStart().length;
		try {
			out.push({ line: index + 1, text: trimmed, indent: lead, url: parseIceServerUrl(trimmed) });
		} catch (e) {
			if (!(e instanceof ParseError)) throw e;
			out.push({
				line: index + 1,
				text: trimmed,
				indent: lead,
				error: new ParseError(e.message.replace(/ \(at character \d+\)$/, ''), e.position + lead, e.code)
			});
		}
	});
	return out;
}
