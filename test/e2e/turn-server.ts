import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { connect, createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A real TURN server for the tests: Debian's coturn (`turnserver`), started by the test inside the loopback-only
// network namespace (scripts/netns.sh) on 127.0.0.1 with one long-term-credential user, and killed afterwards.
// coturn relays to loopback peers only with --allow-loopback-peers, which it accepts only with --no-cli (or a
// CLI password).
//
// With `{ tls: true }` it also listens for TURN over TLS (RFC 8656 §3.1; turns: URLs, RFC 7065) on a second port,
// with a throwaway self-signed certificate made here for 127.0.0.1 and localhost. By default it is started with
// --no-tls: then its TCP port speaks plain TURN only (with TLS on, coturn also detects TLS on the plain port).

export const TURN_USER = 'test';
export const TURN_PASSWORD = 'secret';
export const TURN_REALM = 'webrtc-lab.test';

export interface TurnServer {
	port: number;
	/** With `{ tls: true }`: the port where coturn takes TLS connections (turns:). */
	tlsPort?: number;
	/** With `{ tls: true }`: the server's self-signed certificate. */
	certificate?: SelfSignedCertificate;
	/** Everything coturn printed so far (its log goes to stdout). */
	log(): string;
	stop(): Promise<void>;
}

/** A port that is free for both TCP and UDP on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
	for (;;) {
		const port = await new Promise<number>((resolve, reject) => {
			const server = createServer();
			server.once('error', reject);
			server.listen(0, '127.0.0.1', () => {
				const address = server.address();
				server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
			});
		});
		const udpFree = await new Promise<boolean>((resolve) => {
			const s = createSocket('udp4');
			s.once('error', () => resolve(false));
			s.bind(port, '127.0.0.1', () => s.close(() => resolve(true)));
		});
		if (udpFree) return port;
	}
}

export interface SelfSignedCertificate {
	certFile: string;
	keyFile: string;
	/**
	 * base64 SHA-256 of the certificate's SubjectPublicKeyInfo, the form Chromium's
	 * --ignore-certificate-errors-spki-list takes.
	 */
	spkiSha256: string;
}

/**
 * A self-signed certificate valid for one day for 127.0.0.1 and localhost (subjectAltName IP and DNS entries: a
 * browser matches an IP literal in a URL only against an IP entry), with its P-256 key, made with openssl in `dir`.
 */
export function makeSelfSignedCertificate(dir: string): SelfSignedCertificate {
	const certFile = join(dir, 'cert.pem');
	const keyFile = join(dir, 'key.pem');
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-days',
			'1',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1,DNS:localhost',
			'-keyout',
			keyFile,
			'-out',
			certFile
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const spki = new X509Certificate(readFileSync(certFile)).publicKey.export({ type: 'spki', format: 'der' });
	return { certFile, keyFile, spkiSha256: createHash('sha256').update(spki).digest('base64') };
}

/** Until a TCP connection to the port succeeds: the listener is up. */
async function waitForTcp(port: number, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const ok = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (ok) return;
		if (Date.now() > deadline) throw new Error(`coturn did not accept TCP connections on ${port}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Sends STUN Binding requests (RFC 8489 §6) until one is answered: the server is ready. */
async function waitForStun(port: number, timeoutMs: number): Promise<void> {
	const socket = createSocket('udp4');
	const request = Buffer.alloc(20);
	request.writeUInt16BE(0x0001, 0); // Binding request, length 0
	request.writeUInt32BE(0x2112a442, 4); // magic cookie
	for (let i = 8; i < 20; i++) request[i] = (Math.random() * 256) | 0;
	try {
		await new Promise<void>((resolve, reject) => {
			const deadline = setTimeout(() => reject(new Error(`coturn did not answer on ${port}`)), timeoutMs);
			socket.on('message', (msg) => {
				if (msg.length >= 20 && msg.readUInt16BE(0) === 0x0101) {
					clearTimeout(deadline);
					clearInterval(timer);
					resolve();
				}
			});
			socket.on('error', () => {}); // ICMP port unreachable before coturn listens
			const send = () => socket.send(request, port, '127.0.0.1');
			const timer = setInterval(send, 100);
			send();
		});
	} finally {
		socket.close();
	}
}

export async function startTurnServer(options: { tls?: boolean } = {}): Promise<TurnServer> {
	const port = await freePort();
	let tlsPort = port;
	while (options.tls && tlsPort === port) tlsPort = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'webrtc-lab-turn-'));
	let certificate: SelfSignedCertificate | undefined;
	try {
		if (options.tls) certificate = makeSelfSignedCertificate(dir);
	} catch (e) {
		rmSync(dir, { recursive: true, force: true });
		throw e;
	}
	const child: ChildProcess = spawn(
		'turnserver',
		[
			'-n',
			'--verbose',
			'--listening-ip=127.0.0.1',
			'--relay-ip=127.0.0.1',
			`--listening-port=${port}`,
			'--lt-cred-mech',
			`--user=${TURN_USER}:${TURN_PASSWORD}`,
			`--realm=${TURN_REALM}`,
			'--allow-loopback-peers',
			'--no-cli',
			...(certificate
				? [
						`--tls-listening-port=${tlsPort}`,
						`--cert=${certificate.certFile}`,
						`--pkey=${certificate.keyFile}`
					]
				: ['--no-tls']),
			'--no-dtls',
			'--log-file=stdout',
			'--simple-log',
			`--pidfile=${join(dir, 'turnserver.pid')}`,
			`--userdb=${join(dir, 'turndb')}`
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
		if (child.exitCode === null) child.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await waitForStun(port, 10_000);
		if (certificate) await waitForTcp(tlsPort, 10_000);
	} catch (e) {
		await stop();
		throw new Error(`${(e as Error).message}\n${output}`);
	}
	return {
		port,
		...(certificate ? { tlsPort, certificate } : {}),
		log: () => output,
		stop
	};
}
