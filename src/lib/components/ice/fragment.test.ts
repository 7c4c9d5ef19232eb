import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatFragment, parseFragment, type IceLabFragment } from './fragment';

const DEFAULTS: IceLabFragment = { urls: 'stun:stun.example.org', username: '', policy: 'all', timeout: 15 };

describe('ICE lab fragment', () => {
	test('round trip with a result', () => {
		const s: IceLabFragment = {
			urls: 'turn:127.0.0.1:3478\nstun:127.0.0.1:3478',
			username: 'test',
			policy: 'relay',
			timeout: 20,
			result: {
				status: 'complete',
				duration: 120,
				candidates: [
					{
						t: 12,
						candidate: 'candidate:1 1 udp 1 127.0.0.1 5 typ relay',
						url: 'turn:x',
						relayProtocol: 'udp'
					}
				],
				errors: [
					{ t: 30, errorCode: 401, errorText: 'Unauthorized', url: 'turn:x', address: null, port: null }
				]
			}
		};
		expect(parseFragment(formatFragment(s), DEFAULTS)).toEqual(s);
	});
	test('the credential never reaches the fragment, even if a caller passes one', () => {
		const s = { ...DEFAULTS, username: 'u', credential: 'hunter2-secret' } as IceLabFragment;
		expect(formatFragment(s)).not.toContain('hunter2');
		expect(formatFragment(s)).not.toContain('credential');
	});
	test('missing or broken fields fall back to the defaults', () => {
		expect(parseFragment('', DEFAULTS)).toEqual(DEFAULTS);
		expect(parseFragment('#policy=x&timeout=999&r=%7Bnope', DEFAULTS)).toEqual({
			...DEFAULTS,
			result: undefined
		});
	});
	test('any fragment parses without throwing', () => {
		fc.assert(
			fc.property(fc.string(), fc.jsonValue(), (hash, json) => {
				parseFragment(hash, DEFAULTS);
				parseFragment(`#r=${encodeURIComponent(JSON.stringify(json))}`, DEFAULTS);
			})
		);
	});
});
