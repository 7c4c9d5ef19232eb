import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { connect, createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A real TURN server for the tests: Debian's coturn (`turnserver`), started by the test inside the loopback-only
// network namespace (scripts/netns.sh) on 127.0.0.1 with one long-term-credential user, and killed afterwards.
// coturn relays to loopback peers only with --allow-loopback-peers, which it accepts only with --no-cli (or a
// CLI password).
//
// With `{ tls: true }` it also listens for TURN over TLS (RFC 8656 §3.1; turns: URLs, RFC 7065) on a second port,
// with a certificate for `localhost` only, issued here by a throwaway CA that no browser trusts unless a test
// says so (makeTrustingHome). By default it is started with --no-tls: then its TCP port speaks plain TURN only
// (with TLS on, coturn also detects TLS on the plain port).

export const TURN_USER = 'test';
export const TURN_PASSWORD = 'secret';
export const TURN_REALM = 'webrtc-lab.test';

export interface TurnServer {
	port: number;
	/** With `{ tls: true }`: the port where coturn takes TLS connections (turns:). */
	tlsPort?: number;
	/** With `{ tls: true }`: the server's certificate and the throwaway CA that issued it. */
	certificates?: TestCertificates;
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

export interface TestCertificates {
	/** The throwaway certificate authority (self-signed, CA:TRUE): what a browser is told to trust, or not. */
	caFile: string;
	/** The server's certificate, issued by that CA for the DNS name `localhost` only, and its key. */
	certFile: string;
	keyFile: string;
}

/**
 * A throwaway certificate authority and a server certificate it issued, both valid for one day, with P-256 keys,
 * made with openssl in `dir`. The server certificate names `localhost` and nothing else: no IP entry in its
 * subjectAltName, so a browser that trusts the CA accepts it for turns:localhost and must refuse it for
 * turns:127.0.0.1 (RFC 6125 §6.4: an IP literal matches only an IP entry). Its CA key is used once and deleted.
 */
export function makeTestCertificates(dir: string): TestCertificates {
	const caFile = join(dir, 'ca.pem');
	const caKeyFile = join(dir, 'ca-key.pem');
	const certFile = join(dir, 'cert.pem');
	const keyFile = join(dir, 'key.pem');
	const requestFile = join(dir, 'cert.csr');
	const extensionsFile = join(dir, 'cert.ext');
	const openssl = (...args: string[]) =>
		execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
	const p256 = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	openssl(
		'req',
		'-x509',
		...p256,
		'-days',
		'1',
		'-subj',
		'/CN=WebRTC Lab throwaway test CA',
		'-addext',
		'basicConstraints=critical,CA:TRUE',
		'-addext',
		'keyUsage=critical,keyCertSign,cRLSign',
		'-keyout',
		caKeyFile,
		'-out',
		caFile
	);
	openssl('req', '-new', ...p256, '-subj', '/CN=localhost', '-keyout', keyFile, '-out', requestFile);
	writeFileSync(
		extensionsFile,
		[
			'subjectAltName=DNS:localhost',
			'basicConstraints=critical,CA:FALSE',
			'keyUsage=critical,digitalSignature',
			'extendedKeyUsage=serverAuth'
		].join('\n') + '\n'
	);
	// A random positive serial (RFC 5280 §4.1.2.2): NSS refuses a certificate whose issuer name and serial it has
	// already seen on a different certificate, and every run's CA has the same name.
	const serial = randomBytes(16);
	serial[0] &= 0x7f;
	openssl(
		'x509',
		'-req',
		'-in',
		requestFile,
		'-CA',
		caFile,
		'-CAkey',
		caKeyFile,
		'-set_serial',
		`0x${serial.toString('hex')}`,
		'-days',
		'1',
		'-extfile',
		extensionsFile,
		'-out',
		certFile
	);
	rmSync(caKeyFile);
	return { caFile, certFile, keyFile };
}

/**
 * Makes `dir` an NSS database (certutil from Debian's libnss3-tools) holding one CA, trusted to issue TLS server
 * certificates: trust flags "C,,", not for e-mail or code signing. Chromium on Linux reads the user's database in
 * $HOME/.pki/nssdb; Firefox reads the one in its profile directory.
 */
export function trustCaInNssDb(dir: string, caFile: string): void {
	mkdirSync(dir, { recursive: true });
	const certutil = (...args: string[]) =>
		execFileSync('certutil', ['-d', `sql:${dir}`, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
	certutil('-N', '--empty-password');
	certutil('-A', '-t', 'C,,', '-n', 'WebRTC Lab throwaway test CA', '-i', caFile);
}

/** A home directory for Chromium whose NSS database trusts one CA (trustCaInNssDb); `remove()` deletes it. */
export function makeTrustingHome(caFile: string): { home: string; remove(): void } {
	const home = mkdtempSync(join(tmpdir(), 'webrtc-lab-nss-'));
	try {
		trustCaInNssDb(join(home, '.pki', 'nssdb'), caFile);
	} catch (e) {
		rmSync(home, { recursive: true, force: true });
		throw e;
	}
	return { home, remove: () => rmSync(home, { recursive: true, force: true }) };
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

/**
 * `tls`: also listen for TLS on a second TCP port (turns:). `dtls` (with `tls`): also take DTLS on that port number
 * over UDP (TURN over DTLS, RFC 7350: turns:…?transport=udp); without it coturn runs with --no-dtls.
 */
export async function startTurnServer(options: { tls?: boolean; dtls?: boolean } = {}): Promise<TurnServer> {
	const port = await freePort();
	let tlsPort = port;
	while (options.tls && tlsPort === port) tlsPort = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'webrtc-lab-turn-'));
	let certificates: TestCertificates | undefined;
	try {
		if (options.tls) certificates = makeTestCertificates(dir);
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
			...(certificates
				? [
						`--tls-listening-port=${tlsPort}`,
						`--cert=${certificates.certFile}`,
						`--pkey=${certificates.keyFile}`
					]
				: ['--no-tls']),
			...(certificates && options.dtls ? [] : ['--no-dtls']),
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
		if (certificates) await waitForTcp(tlsPort, 10_000);
	} catch (e) {
		await stop();
		throw new Error(`${(e as Error).message}\n${output}`);
	}
	return {
		port,
		...(certificates ? { tlsPort, certificates } : {}),
		log: () => output,
		stop
	};
}
