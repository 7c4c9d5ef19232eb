import { describe, expect, test } from 'vitest';
import {
	MAX_FRAGMENT,
	decodeFragment,
	deflateCapped,
	inflate,
	encodeFragment,
	fromBase64Url,
	toBase64Url,
	type LabState
} from './fragment';

describe('base64url', () => {
	test.each([
		{ args: [], expected: '' },
		{ args: [0xfb, 0xff], expected: '-_8' },
		{ args: [0x66, 0x6f, 0x6f, 0x62], expected: 'Zm9vYg' }
	])('$args → $expected', ({ args, expected }) => {
		expect(toBase64Url(new Uint8Array(args))).toBe(expected);
		expect([...fromBase64Url(expected)!]).toEqual(args);
	});
	test.each(['a+b', 'abcde', 'a b'])('%s is refused', (text) => {
		expect(fromBase64Url(text)).toBeUndefined();
	});
});

describe('fragment', () => {
	const cases: { args: LabState }[] = [
		{ args: { mode: 'single', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n' } },
		{ args: { mode: 'single', sdp: 's=會議 ☎ — 𝄞 emoji 🎥\r\n' } },
		{ args: { mode: 'single', sdp: '' } },
		{ args: { mode: 'pair', offer: 'v=0\r\na=setup:actpass', answer: 'v=0\r\na=setup:active' } }
	];
	test.each(cases)('round trip $args.mode', async ({ args }) => {
		const r = await encodeFragment(args);
		expect('fragment' in r).toBe(true);
		if (!('fragment' in r)) return;
		expect(r.fragment).toMatch(/^#z=[A-Za-z0-9_-]*$/);
		expect(await decodeFragment(r.fragment)).toEqual(args);
	});

	test('just under and just over the limit', async () => {
		// Random bytes do not compress: the output is about the input size.
		const bytes = crypto.getRandomValues(new Uint8Array(47_000));
		const under = await deflateCapped(bytes, 48_000);
		expect(under && (await inflate(under))).toEqual(bytes);
		expect(await deflateCapped(bytes, 40_000)).toBeUndefined();
	});

	test('a 1 MB input is compressed in slices and matches one-shot deflate', async () => {
		const sdp = 'a=candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host\r\n'.repeat(18_000);
		const input = new TextEncoder().encode(sdp);
		const sliced = await deflateCapped(input, 1 << 20);
		expect(sliced && new TextDecoder().decode(await inflate(sliced))).toBe(sdp);
		expect(MAX_FRAGMENT).toBe(65_536);
	});

	test('compresses repetitive SDP', async () => {
		const sdp = 'a=candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host\r\n'.repeat(200);
		const r = await encodeFragment({ mode: 'single', sdp });
		expect('fragment' in r && r.fragment.length < sdp.length / 10).toBe(true);
	});

	test('refuses to write more than MAX_FRAGMENT', async () => {
		// Random text does not compress.
		let sdp = '';
		let x = 2463534242;
		for (let i = 0; i < 120_000; i++) {
			// xorshift32
			x ^= x << 13;
			x ^= x >>> 17;
			x ^= x << 5;
			x >>>= 0;
			sdp += String.fromCharCode(33 + (x % 90));
		}
		const r = await encodeFragment({ mode: 'single', sdp });
		expect(r).toEqual({ tooLarge: true });
	});

	test.each([
		'',
		'#',
		'#kind=stun',
		'#z=',
		'#z=!!!',
		'#z=AAAA',
		'#z=' + toBase64Url(new Uint8Array([1, 2, 3]))
	])('%s decodes to undefined', async (hash) => {
		expect(await decodeFragment(hash)).toBeUndefined();
	});
});
