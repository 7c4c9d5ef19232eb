import { describe, expect, it } from 'vitest';
import {
	attribute,
	buildMessage,
	decodeStun,
	encodeStun,
	getAttribute,
	longTermKey,
	verifyStun,
	type StunAttribute
} from '../../protocol/stun';
import { decodeChannelData, encodeChannelData } from '../../protocol/turn';
import { Prng } from '../core/prng';
import { Scheduler } from '../core/scheduler';
import type { Endpoint, Packet } from '../core/types';
import { DEFAULT_TURN_CONFIG, TurnServer } from './turn-server';

const server: Endpoint = { address: '192.0.2.2', port: 3478 };
const client: Endpoint = { address: '198.51.100.1', port: 62000 };
const peer: Endpoint = { address: '203.0.113.1', port: 40000 };
const { realm } = DEFAULT_TURN_CONFIG;
const key = longTermKey('learner', realm, 'turn-password');

function setup(config = DEFAULT_TURN_CONFIG) {
	const clock = new Scheduler();
	const log: string[] = [];
	const turn = new TurnServer(
		server,
		Prng.fromSeed(1),
		{
			now: () => clock.now,
			schedule: (d, run, k) => clock.schedule(d, run, k),
			log: (c) => log.push(`${clock.now}:${c}`)
		},
		config
	);
	let tx = 0;
	const txid = () => new Uint8Array(12).fill(++tx);
	const packet = (src: Endpoint, dst: Endpoint, bytes: Uint8Array): Packet => ({
		id: tx,
		transport: 'udp',
		src,
		dst,
		bytes,
		purpose: 'allocate'
	});
	const request = (method: number, attrs: StunAttribute[], nonce?: string) => {
		const all = nonce
			? [...attrs, attribute('USERNAME', 'learner'), attribute('REALM', realm), attribute('NONCE', nonce)]
			: attrs;
		const bytes = encodeStun(
			buildMessage(method, 'request', all, txid()),
			nonce ? { integrity: { key }, fingerprint: true } : { fingerprint: true }
		);
		const out = turn.receive(packet(client, server, bytes));
		expect(out).toHaveLength(1);
		return { bytes: out[0].bytes, message: decodeStun(out[0].bytes).value };
	};
	const allocate = () => {
		const challenge = request(0x003, [attribute('REQUESTED-TRANSPORT', { protocol: 17 })]).message;
		const nonce = getAttribute(challenge, 'NONCE') as string;
		const ok = request(0x003, [attribute('REQUESTED-TRANSPORT', { protocol: 17 })], nonce);
		return {
			nonce,
			relayed: getAttribute(ok.message, 'XOR-RELAYED-ADDRESS') as Endpoint & { family: 'IPv4' }
		};
	};
	const fromPeer = (relayed: Endpoint) =>
		turn.receive(packet(peer, { address: relayed.address, port: relayed.port }, new Uint8Array([1, 2, 3])));
	const run = (until: number) => {
		while (clock.step(until));
		clock.now = until;
	};
	return { turn, clock, log, request, allocate, fromPeer, run, packet };
}

describe('TURN server (RFC 8656)', () => {
	it('challenges the first Allocate with 401, REALM and NONCE, then allocates with long-term credentials', () => {
		const t = setup();
		const challenge = t.request(0x003, [attribute('REQUESTED-TRANSPORT', { protocol: 17 })]);
		expect(challenge.message.class).toBe('error-response');
		expect(getAttribute(challenge.message, 'ERROR-CODE')?.code).toBe(401);
		expect(getAttribute(challenge.message, 'REALM')).toBe(realm);
		const nonce = getAttribute(challenge.message, 'NONCE') as string;
		const ok = t.request(0x003, [attribute('REQUESTED-TRANSPORT', { protocol: 17 })], nonce);
		expect(ok.message.class).toBe('success-response');
		expect(getAttribute(ok.message, 'XOR-RELAYED-ADDRESS')).toMatchObject({ address: '192.0.2.2' });
		expect(getAttribute(ok.message, 'XOR-MAPPED-ADDRESS')).toMatchObject(client);
		expect(getAttribute(ok.message, 'LIFETIME')).toBe(600);
		// The response is signed with the same long-term key (RFC 8489 §9.2.2: MD5(username:realm:password)).
		expect(verifyStun(ok.bytes, { username: 'learner', realm, password: 'turn-password' }).ok).toBe(true);
		// A second Allocate on the same 5-tuple: 437 Allocation Mismatch.
		expect(
			getAttribute(
				t.request(0x003, [attribute('REQUESTED-TRANSPORT', { protocol: 17 })], nonce).message,
				'ERROR-CODE'
			)?.code
		).toBe(437);
	});

	it('answers 438 Stale Nonce once the nonce has aged out, with a fresh nonce', () => {
		const t = setup({ ...DEFAULT_TURN_CONFIG, nonceLifetimeMs: 10_000 });
		const { nonce } = t.allocate();
		t.run(10_000);
		const stale = t.request(0x004, [attribute('LIFETIME', 600)], nonce).message;
		expect(getAttribute(stale, 'ERROR-CODE')?.code).toBe(438);
		const fresh = getAttribute(stale, 'NONCE') as string;
		expect(fresh).not.toBe(nonce);
		expect(t.request(0x004, [attribute('LIFETIME', 600)], fresh).message.class).toBe('success-response');
	});

	it('rejects a request signed with the wrong password (401)', () => {
		const t = setup();
		const { nonce } = t.allocate();
		const bad = encodeStun(
			buildMessage(
				'CreatePermission',
				'request',
				[
					attribute('XOR-PEER-ADDRESS', { family: 'IPv4', ...peer }),
					attribute('USERNAME', 'learner'),
					attribute('REALM', realm),
					attribute('NONCE', nonce)
				],
				new Uint8Array(12).fill(99)
			),
			{ integrity: { key: longTermKey('learner', realm, 'wrong') }, fingerprint: true }
		);
		const out = t.turn.receive(t.packet(client, server, bad));
		expect(getAttribute(decodeStun(out[0].bytes).value, 'ERROR-CODE')?.code).toBe(401);
	});

	it('relays only with a permission, which lasts 300 s', () => {
		const t = setup();
		const { nonce, relayed } = t.allocate();
		expect(t.fromPeer(relayed)).toEqual([]);
		t.request(0x008, [attribute('XOR-PEER-ADDRESS', { family: 'IPv4', ...peer })], nonce);
		const [data] = t.fromPeer(relayed);
		expect(data.purpose).toBe('data-indication');
		const indication = decodeStun(data.bytes).value;
		expect(indication.method).toBe(0x007);
		expect(getAttribute(indication, 'XOR-PEER-ADDRESS')).toMatchObject(peer);
		expect(getAttribute(indication, 'DATA')).toEqual(new Uint8Array([1, 2, 3]));
		t.run(299_999);
		expect(t.fromPeer(relayed)).toHaveLength(1);
		t.run(300_000);
		expect(t.fromPeer(relayed)).toEqual([]);
		expect(t.log).toContain('300000:permission-expired');
	});

	it('binds a channel for 600 s: ChannelData both ways, then Data indications again', () => {
		const t = setup();
		const { nonce, relayed } = t.allocate();
		const bind = t.request(
			0x009,
			[
				attribute('CHANNEL-NUMBER', { channel: 0x4000 }),
				attribute('XOR-PEER-ADDRESS', { family: 'IPv4', ...peer })
			],
			nonce
		);
		expect(bind.message.class).toBe('success-response');
		const [down] = t.fromPeer(relayed);
		expect(down.purpose).toBe('channel-data');
		expect(decodeChannelData(down.bytes).value).toMatchObject({
			channelNumber: 0x4000,
			data: new Uint8Array([1, 2, 3])
		});
		const [up] = t.turn.receive(
			t.packet(client, server, encodeChannelData({ channelNumber: 0x4000, data: new Uint8Array([9]) }))
		);
		expect(up.to).toEqual(peer);
		expect(up.from).toEqual({ address: relayed.address, port: relayed.port });
		// Keep the permission (240 s, 480 s) and the allocation (480 s) alive; let the channel lapse at 600 s.
		for (const at of [240_000, 480_000]) {
			t.run(at);
			t.request(0x008, [attribute('XOR-PEER-ADDRESS', { family: 'IPv4', ...peer })], nonce);
		}
		t.request(0x004, [attribute('LIFETIME', 600)], nonce);
		t.run(599_999);
		expect(t.fromPeer(relayed)[0].purpose).toBe('channel-data');
		t.run(600_000);
		expect(t.log).toContain('600000:channel-expired');
		expect(t.fromPeer(relayed)[0]?.purpose).toBe('data-indication');
	});

	it('expires an allocation after its lifetime unless refreshed; Refresh with LIFETIME 0 deletes it', () => {
		const t = setup();
		const { nonce } = t.allocate();
		t.run(500_000);
		expect(t.request(0x004, [attribute('LIFETIME', 600)], nonce).message.class).toBe('success-response');
		t.run(1_099_999);
		expect(t.turn.table()).toHaveLength(1);
		t.run(1_100_000);
		expect(t.turn.table()).toHaveLength(0);
		expect(t.log).toContain('1100000:allocation-expired');
		const again = t.allocate();
		expect(t.request(0x004, [attribute('LIFETIME', 0)], again.nonce).message.class).toBe('success-response');
		expect(t.turn.table()).toHaveLength(0);
	});
});
