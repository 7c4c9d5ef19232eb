import { describe, expect, it } from 'vitest';
import { diffLines, iceUfrag } from './sdp-diff';

describe('diffLines', () => {
	it.each([
		{ args: ['a\nb\nc', 'a\nb\nc'], expected: 'a b c' },
		{ args: ['a\nb\nc', 'a\nc'], expected: 'a -b c' },
		{ args: ['a\nc', 'a\nb\nc'], expected: 'a +b c' },
		{
			args: ['m=video 9 UDP 96 98\r\na=x', 'm=video 9 UDP 98 96\r\na=x'],
			expected: '-m=video 9 UDP 96 98 +m=video 9 UDP 98 96 a=x'
		},
		{ args: ['', 'a'], expected: '+a' }
	])('$args', ({ args, expected }) => {
		const text = diffLines(args[0], args[1])
			.map((d) => (d.op === 'same' ? d.text : `${d.op === 'added' ? '+' : '-'}${d.text}`))
			.join(' ');
		expect(text).toBe(expected);
	});
});

describe('iceUfrag', () => {
	it('reads the first a=ice-ufrag', () => {
		expect(iceUfrag('v=0\r\nm=audio 9\r\na=ice-ufrag:Qbj5\r\na=ice-ufrag:zzzz\r\n')).toBe('Qbj5');
		expect(iceUfrag('v=0\r\n')).toBeNull();
		expect(iceUfrag(null)).toBeNull();
	});
});
