import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	attribute,
	buildBindingRequest,
	decodeStun,
	encodeStun,
	shortTermKey,
	verifyStun
} from '../../protocol/stun';
import { decodeOnce, integrityOk } from './fast-verify';

const message = fc.record({
	id: fc.uint8Array({ minLength: 12, maxLength: 12 }),
	username: fc.string({ minLength: 1, maxLength: 40 }),
	priority: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
	password: fc.string({ minLength: 1, maxLength: 30 }),
	fingerprint: fc.boolean()
});

function encode(m: {
	id: Uint8Array;
	username: string;
	priority: number;
	password: string;
	fingerprint: boolean;
}) {
	const request = buildBindingRequest({
		transactionId: m.id,
		attributes: [attribute('USERNAME', m.username), attribute('PRIORITY', m.priority)]
	});
	const key = shortTermKey(m.password);
	return { key, bytes: encodeStun(request, { integrity: { key }, fingerprint: m.fingerprint }) };
}

// The fast check must say exactly what the protocol library's verifyStun says, for intact and altered messages.
const reference = (bytes: Uint8Array, key: Uint8Array): boolean => {
	try {
		const v = verifyStun(bytes, { key });
		return v.ok && v.messageIntegrity.ok === true;
	} catch {
		return false;
	}
};

describe('fast STUN integrity check', () => {
	it('accepts what verifyStun accepts (intact messages, right key)', () => {
		fc.assert(
			fc.property(message, (m) => {
				const { key, bytes } = encode(m);
				expect(integrityOk(bytes, key)).toBe(true);
				expect(reference(bytes, key)).toBe(true);
			})
		);
	});

	it('agrees with verifyStun on a wrong key and on any flipped byte', () => {
		fc.assert(
			fc.property(message, fc.nat(), fc.integer({ min: 1, max: 255 }), (m, at, xor) => {
				const { key, bytes } = encode(m);
				const wrong = shortTermKey(`${m.password}x`);
				expect(integrityOk(bytes, wrong)).toBe(reference(bytes, wrong));
				const altered = bytes.slice();
				const i = HEADER + (at % (bytes.length - HEADER));
				altered[i] ^= xor;
				let ok = false;
				try {
					decodeStun(altered);
					ok = true;
				} catch {
					ok = false;
				}
				if (ok) expect(integrityOk(altered, key)).toBe(reference(altered, key));
			}),
			{ numRuns: 1000 }
		);
	});

	it('checks the declared lengths: a FINGERPRINT whose length byte is changed fails', () => {
		const { key, bytes } = encode({
			id: new Uint8Array(12),
			username: ' ',
			priority: 1,
			password: ' ',
			fingerprint: true
		});
		const altered = bytes.slice();
		altered[bytes.length - 5] ^= 5; // FINGERPRINT's length: 4 → 1 (found by the property above)
		expect(integrityOk(altered, key)).toBe(false);
		expect(reference(altered, key)).toBe(false);
	});

	it('decodes each bytes object once', () => {
		const { bytes } = encode({
			id: new Uint8Array(12),
			username: 'a:b',
			priority: 1,
			password: 'p',
			fingerprint: true
		});
		expect(decodeOnce(bytes)).toBe(decodeOnce(bytes));
		expect(decodeOnce(bytes)).toEqual(decodeStun(bytes).value);
	});
});

const HEADER = 20;
