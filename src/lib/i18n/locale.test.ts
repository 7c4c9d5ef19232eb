import { describe, expect, it } from 'vitest';
import { delocalizePath, localeOfPath, localizePath } from './locale';

describe('locale paths', () => {
	it.each([
		{ args: ['/learn/nat/', 'en', ''], expected: '/learn/nat/' },
		{ args: ['/learn/nat/', 'zh-TW', ''], expected: '/zh-TW/learn/nat/' },
		{ args: ['/', 'zh-TW', '/webrtc-lab'], expected: '/webrtc-lab/zh-TW/' },
		{ args: ['/', 'en', '/webrtc-lab'], expected: '/webrtc-lab/' }
	] as const)('localizePath($args) = $expected', ({ args, expected }) => {
		expect(localizePath(args[0], args[1], args[2])).toBe(expected);
	});
	it.each([
		{ args: ['/zh-TW/learn/nat/', ''], expected: '/learn/nat/' },
		{ args: ['/zh-TW/', ''], expected: '/' },
		{ args: ['/zh-TW', ''], expected: '/' },
		{ args: ['/webrtc-lab/zh-TW/lab/sdp/', '/webrtc-lab'], expected: '/lab/sdp/' },
		{ args: ['/webrtc-lab/', '/webrtc-lab'], expected: '/' },
		{ args: ['/zh-TWx/', ''], expected: '/zh-TWx/' }
	] as const)('delocalizePath($args) = $expected', ({ args, expected }) => {
		expect(delocalizePath(args[0], args[1])).toBe(expected);
	});
	it('round-trips every locale', () => {
		for (const locale of ['en', 'zh-TW'] as const) {
			const p = localizePath('/learn/nat/', locale, '/b');
			expect(localeOfPath(p, '/b')).toBe(locale);
			expect(delocalizePath(p, '/b')).toBe('/learn/nat/');
		}
	});
});
