import { describe, expect, it } from 'vitest';
import { formatFragment, parseFragment } from './fragment';

describe('packet lab fragment', () => {
	it('round-trips every field, escaping what a URL cannot hold', () => {
		const state = {
			kind: 'stun',
			text: '00 01 00 58\n21 12 a4 42 & = # %',
			field: 'stun.attributes.0',
			realm: 'ex ample'
		};
		const frag = formatFragment(state);
		expect(frag.startsWith('#')).toBe(true);
		expect(frag).not.toMatch(/\s/);
		expect(parseFragment(frag)).toEqual(state);
	});
	it('ignores unknown keys, empty values and garbage', () => {
		expect(parseFragment('#kind=&foo=1&text=abcd')).toEqual({ text: 'abcd' });
		expect(parseFragment('')).toEqual({});
		expect(parseFragment('#%E0%A4%A')).toEqual({});
	});
	it('leaves out empty fields', () => {
		expect(formatFragment({})).toBe('');
		expect(formatFragment({ kind: 'rtp' })).toBe('#kind=rtp');
	});
});

describe('packet lab fragment: samples and link types', () => {
	it('keeps sample and link, and has no key for a password', () => {
		const state = { sample: 'rtcp-gstreamer-rr', link: 'sll2', username: 'alice' };
		expect(parseFragment(formatFragment(state))).toEqual(state);
		expect(formatFragment({ ...state, password: 's3cret' } as never)).not.toMatch(/s3cret|password/);
		expect(parseFragment('#password=s3cret')).toEqual({});
	});
});
