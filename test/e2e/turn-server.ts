import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A real TURN server for the tests: Debian's coturn (`turnserver`), started by the test inside the loopback-only
// network namespace (scripts/netns.sh) on 127.0.0.1 with one long-term-credential user, and killed afterwards.
// coturn relays to loopback peers only with --allow-loopback-peers, which it accepts only with --no-cli (or a
// CLI password).

export const TURN_USER = 'test';
export const TURN_PASSWORD = 'secret';
export const TURN_REALM = 'webrtc-lab.test';

export interface TurnServer {
	port: number;
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

export async function startTurnServer(): Promise<TurnServer> {
	const port = await freePort();
	const dir = mkdtempSync(join(tmpdir(), 'webrtc-lab-turn-'));
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
			'--no-tls',
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
	} catch (e) {
		await stop();
		throw new Error(`${(e as Error).message}\n${output}`);
	}
	return { port, log: () => output, stop };
}
