import { describe, expect, it } from 'vitest';
import {
	attribute,
	buildBindingRequest,
	decodeStun,
	encodeStun,
	getAttribute,
	verifyStun
} from '../../protocol/stun';
import { answerBinding } from './stun-server';

const txid = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
const server = { address: '192.0.2.1', port: 3478 };
const other = { address: '192.0.2.3', port: 3479 };
const packet = (bytes: Uint8Array) => ({
	id: 1,
	transport: 'udp' as const,
	src: { address: '198.51.100.1', port: 62000 },
	dst: server,
	bytes,
	purpose: 'binding-request' as const
});

describe('STUN server', () => {
	it('answers a Binding request with the source it saw, RESPONSE-ORIGIN and FINGERPRINT', () => {
		const reply = answerBinding(packet(encodeStun(buildBindingRequest({ transactionId: txid }))), {
			local: server,
			other
		});
		expect(reply?.to).toEqual({ address: '198.51.100.1', port: 62000 });
		const m = decodeStun(reply?.bytes as Uint8Array).value;
		expect(m.class).toBe('success-response');
		expect(m.transactionId).toEqual(txid);
		expect(getAttribute(m, 'XOR-MAPPED-ADDRESS')).toEqual({
			family: 'IPv4',
			address: '198.51.100.1',
			port: 62000
		});
		expect(getAttribute(m, 'RESPONSE-ORIGIN')).toEqual({ family: 'IPv4', ...server });
		expect(getAttribute(m, 'OTHER-ADDRESS')).toEqual({ family: 'IPv4', ...other });
		expect(verifyStun(reply?.bytes as Uint8Array).fingerprint.ok).toBe(true);
	});

	it('answers 420 to an unknown comprehension-required attribute', () => {
		const req = buildBindingRequest({
			transactionId: txid,
			attributes: [
				{ type: 0x7777, name: '0x7777', value: new Uint8Array(4), raw: true },
				attribute('SOFTWARE', 'x')
			]
		});
		const m = decodeStun(
			answerBinding(packet(encodeStun(req)), { local: server })?.bytes as Uint8Array
		).value;
		expect(getAttribute(m, 'ERROR-CODE')?.code).toBe(420);
		expect(getAttribute(m, 'UNKNOWN-ATTRIBUTES')).toEqual([0x7777]);
	});

	it.each([
		{ args: { changeIp: false, changePort: true }, expected: { address: '192.0.2.1', port: 3479 } },
		{ args: { changeIp: true, changePort: false }, expected: { address: '192.0.2.3', port: 3478 } },
		{ args: { changeIp: true, changePort: true }, expected: other }
	])('honours CHANGE-REQUEST $args (RFC 5780 §7.2)', ({ args, expected }) => {
		const req = buildBindingRequest({ transactionId: txid, attributes: [attribute('CHANGE-REQUEST', args)] });
		const reply = answerBinding(packet(encodeStun(req)), { local: server, other });
		expect(reply?.from).toEqual(expected);
		expect(getAttribute(decodeStun(reply?.bytes as Uint8Array).value, 'RESPONSE-ORIGIN')).toEqual({
			family: 'IPv4',
			...expected
		});
	});

	it('refuses CHANGE-REQUEST without an alternate address (420)', () => {
		const req = buildBindingRequest({
			transactionId: txid,
			attributes: [attribute('CHANGE-REQUEST', { changeIp: true, changePort: true })]
		});
		const m = decodeStun(
			answerBinding(packet(encodeStun(req)), { local: server })?.bytes as Uint8Array
		).value;
		expect(getAttribute(m, 'ERROR-CODE')?.code).toBe(420);
	});

	it('ignores what is not a Binding request', () => {
		expect(answerBinding(packet(new Uint8Array([0x40, 0, 0, 0])), { local: server })).toBeUndefined();
	});
});
