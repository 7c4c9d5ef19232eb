// Explains what an ICE gathering run against the user's STUN/TURN servers found: which servers worked, and for
// those that did not the likely cause, from the candidates (RFC 8445 §5.1.1) and the icecandidateerror events
// (W3C webrtc-pc §4.8.2: errorCode is the STUN error code, RFC 8489 §14.8, or 701 when the server could not be
// reached). Pure: no DOM, so it is tested in node; the messages live in messages/*.json keyed by finding id.
import { parseCandidate, parseIceServerUrl, type IceServerUrl } from '$lib/protocol/ice';

export type FindingId =
	| 'turn-needs-credentials'
	| 'relay-policy-no-turn'
	| 'stuns'
	| 'turns-udp'
	| 'turns-ip'
	| 'relay-ok'
	| 'relay-unattributed'
	| 'srflx-ok'
	| 'srflx-hidden'
	| 'auth-failed'
	| 'unreachable'
	| 'tls-failed'
	| 'server-error'
	| 'no-relay'
	| 'no-answer'
	| 'tls-no-handshake'
	| 'stun-ok-turn-not'
	| 'try-tcp'
	| 'timeout'
	| 'relay-only'
	| 'no-servers';

export type Severity = 'ok' | 'info' | 'warn' | 'error';

export interface Finding {
	id: FindingId;
	severity: Severity;
	/** The server URL it is about, as the user wrote it. */
	url?: string;
	/** STUN error code (or 701) for auth-failed, unreachable, tls-failed, server-error. */
	code?: number;
	/** The error's reason phrase as the browser gave it. */
	text?: string;
}

export interface ConfiguredUrl {
	text: string;
	url: IceServerUrl;
}

export interface GatherResult {
	policy: 'all' | 'relay';
	/** complete: gathering finished; timeout: we stopped waiting. */
	outcome: 'complete' | 'timeout';
	/** relayProtocol: the transport to the TURN server of a relay candidate (udp, tcp, tls), when known. */
	candidates: { candidate: string; url?: string | null; relayProtocol?: string | null }[];
	errors: { errorCode: number; errorText?: string; url?: string | null }[];
}

const isTurn = (u: IceServerUrl) => u.scheme === 'turn' || u.scheme === 'turns';
/**
 * Reached over TLS over TCP (RFC 8656 §3.1): turns: (RFC 7065) and stuns: (RFC 7064), and turns:…?transport=udp
 * too, which asks for DTLS but which the browser reaches over TLS (see 'turns-udp').
 */
const overTls = (u: IceServerUrl) => u.serverTransport === 'tls' || u.serverTransport === 'dtls';
/** Whether the browser reaches this TURN server over `protocol`, a relay candidate's relayProtocol (udp, tcp, tls). */
const reachedOver = (u: IceServerUrl, protocol: string) =>
	protocol === 'tls' ? overTls(u) : u.serverTransport === protocol;

/** Problems with the configuration itself, found before anything is sent. */
export function checkConfiguration(
	urls: ConfiguredUrl[],
	policy: 'all' | 'relay',
	username: string,
	credential: string
): Finding[] {
	const out: Finding[] = [];
	const turn = urls.filter((u) => isTurn(u.url));
	// webrtc-pc §4.4.1.1 step 11: a turn:/turns: URL without username and credential throws InvalidAccessError.
	if (turn.length && (!username || !credential))
		out.push({ id: 'turn-needs-credentials', severity: 'error', url: turn[0].text });
	if (policy === 'relay' && turn.length === 0) out.push({ id: 'relay-policy-no-turn', severity: 'error' });
	for (const u of urls) {
		if (u.url.scheme === 'stuns') out.push({ id: 'stuns', severity: 'warn', url: u.text });
		// RFC 7065 §3 with RFC 7350: turns: + ?transport=udp is TURN over DTLS, which neither Chromium 156 nor Firefox
		// ESR 153 speaks: each connected to that port over TLS over TCP instead, though coturn took DTLS there too
		// (coturn logged TLS/TCP sessions and no DTLS in this lab's runs; test/e2e, both browsers).
		if (u.url.serverTransport === 'dtls') out.push({ id: 'turns-udp', severity: 'warn', url: u.text });
		// RFC 8656 §3.1 / RFC 6125: over TLS the certificate must name the URL's host; for an IP address, an IP entry
		// (subjectAltName iPAddress), which few certificates have. Firefox ESR 153 skipped such turns: URLs without a
		// word in this lab's runs (no connection, no candidate, no error; test/e2e/firefox-loopback.spec.ts).
		if (u.url.scheme === 'turns' && u.url.hostKind !== 'name')
			out.push({ id: 'turns-ip', severity: 'warn', url: u.text });
	}
	return out;
}

/** The server a browser-reported URL (normalised by the browser) refers to, among the configured ones. */
export function matchServer(
	reported: string | null | undefined,
	urls: ConfiguredUrl[]
): ConfiguredUrl | undefined {
	if (!reported) return undefined;
	let r: IceServerUrl;
	try {
		r = parseIceServerUrl(reported);
	} catch {
		return urls.find((u) => u.text === reported);
	}
	const same = (u: IceServerUrl) =>
		u.host.toLowerCase() === r.host.toLowerCase() && u.port === r.port && isTurn(u) === isTurn(r);
	return (
		urls.find(
			(u) => same(u.url) && u.url.scheme === r.scheme && u.url.serverTransport === r.serverTransport
		) ??
		urls.find((u) => same(u.url) && u.url.scheme === r.scheme) ??
		urls.find((u) => same(u.url))
	);
}

function candidateType(line: string): string | undefined {
	try {
		return parseCandidate(line).value.type;
	} catch {
		return undefined;
	}
}

/** What the run shows, server by server, then overall. */
export function diagnose(urls: ConfiguredUrl[], result: GatherResult): Finding[] {
	const out: Finding[] = [];
	if (urls.length === 0) out.push({ id: 'no-servers', severity: 'info' });
	const errorsOf = (u: ConfiguredUrl) => result.errors.filter((e) => matchServer(e.url, urls) === u);
	const turnUrls = urls.filter((u) => isTurn(u.url));
	const stunUrls = urls.filter((u) => !isTurn(u.url));
	const typed = result.candidates.map((c) => {
		const type = candidateType(c.candidate);
		const server = matchServer(c.url, urls);
		// The servers a candidate with no server URL (Firefox gives none) may have come from: for a srflx any server,
		// for a relay the TURN servers that the browser reaches over the transport it names (relayProtocol). An error
		// does not rule a server out: a name with two addresses can fail on one and work on the other (Firefox ESR
		// tried ::1 for localhost: 701).
		const pool = server
			? []
			: type === 'relay'
				? turnUrls.filter((u) => !c.relayProtocol || reachedOver(u.url, c.relayProtocol))
				: urls;
		return { type, server, pool };
	});
	const relays = typed.filter((c) => c.type === 'relay');
	const srflxs = typed.filter((c) => c.type === 'srflx');
	// When the browser does not say which server a candidate came from, a lone server that may have made it did.
	const from = (list: typeof typed, u: ConfiguredUrl) =>
		list.some((c) => c.server === u || (c.pool.length === 1 && c.pool[0] === u));
	/** An unlabelled relay candidate that this server or another one could have produced. */
	const maybeFrom = (u: ConfiguredUrl) => relays.some((c) => c.pool.length > 1 && c.pool.includes(u));

	const reached = new Set<ConfiguredUrl>();
	const failedTurn: ConfiguredUrl[] = [];
	for (const u of urls) {
		const turn = isTurn(u.url);
		const tls = overTls(u.url);
		const gotRelay = turn && from(relays, u);
		const gotSrflx = from(srflxs, u);
		if (gotRelay) out.push({ id: 'relay-ok', severity: 'ok', url: u.text });
		if (gotSrflx && !turn) out.push({ id: 'srflx-ok', severity: 'ok', url: u.text });
		if (gotRelay || gotSrflx) reached.add(u);
		if (gotRelay || (!turn && gotSrflx)) continue;
		if (turn && maybeFrom(u)) {
			// Not a failure: one of several servers alike allocated it (and a 401 here may well be the routine one).
			out.push({ id: 'relay-unattributed', severity: 'info', url: u.text });
			reached.add(u);
			continue;
		}
		const errors = errorsOf(u);
		// A 401 that the browser answered with credentials is routine; one left standing means they were refused.
		const auth = errors.find((e) => e.errorCode === 401 || e.errorCode === 441);
		const unreachable = errors.find((e) => e.errorCode >= 700 && e.errorCode <= 799);
		const other = errors.find((e) => e !== auth && e !== unreachable);
		if (auth) {
			reached.add(u);
			out.push({
				id: 'auth-failed',
				severity: 'error',
				url: u.text,
				code: auth.errorCode,
				text: auth.errorText
			});
		} else if (other) {
			reached.add(u);
			out.push({
				id: 'server-error',
				severity: 'error',
				url: u.text,
				code: other.errorCode,
				text: other.errorText
			});
		} else if (unreachable) {
			// Chromium reports a refused connection and a TLS handshake that failed (a certificate it does not
			// accept, or a port that does not speak TLS) with the same 701 "Failed to establish connection" and no
			// address: seen in this lab's e2e runs against coturn (test/e2e/ice-servers-lab.spec.ts).
			out.push({
				id: tls ? 'tls-failed' : 'unreachable',
				severity: 'error',
				url: u.text,
				code: unreachable.errorCode,
				text: unreachable.errorText
			});
		} else if (turn) {
			// Over UDP the browser retries for tens of seconds before it reports 701, so a wait that ended first
			// means no answer so far. Over TLS a refused connection is reported at once, so a wait that ended
			// first means a connection that was taken but no handshake: Chromium waits about 30 s for one.
			out.push({
				id: result.outcome === 'timeout' ? (tls ? 'tls-no-handshake' : 'no-answer') : 'no-relay',
				severity: 'error',
				url: u.text
			});
		} else if (result.policy === 'all') {
			out.push({ id: 'srflx-hidden', severity: 'info', url: u.text });
		}
		if (turn) failedTurn.push(u);
	}

	if (failedTurn.length && (srflxs.length > 0 || stunUrls.some((u) => reached.has(u))))
		out.push({ id: 'stun-ok-turn-not', severity: 'warn' });
	const udpFailed = failedTurn.some((u) => u.url.serverTransport === 'udp' && !reached.has(u));
	const hasStreamTurn = turnUrls.some((u) => u.url.serverTransport === 'tcp' || overTls(u.url));
	if (udpFailed && !hasStreamTurn) out.push({ id: 'try-tcp', severity: 'warn' });
	if (result.outcome === 'timeout') out.push({ id: 'timeout', severity: 'warn' });
	if (result.policy === 'relay') out.push({ id: 'relay-only', severity: 'info' });
	return out;
}
