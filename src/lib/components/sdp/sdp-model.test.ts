import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSdp } from '$lib/protocol/sdp';
import {
	buildRows,
	codecLabel,
	countSeverities,
	groupLines,
	rowOfLine,
	scrollToRow,
	segmentLine,
	sortFindings,
	splitCode,
	stepLine,
	subjectNotes,
	windowRange,
	worstByLine
} from './sdp-model';
import { explainLine } from '$lib/protocol/sdp';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../../test/fixtures/sdp/public/${name}`, import.meta.url), 'utf8');

describe('groupLines', () => {
	test('Safari offer: session part, then audio, video and data m-sections', () => {
		const doc = parseSdp(fixture('pub-aiortc-test-safari12-offer.sdp'));
		const groups = groupLines(doc);
		expect(groups.map((g) => [g.section, g.kind, g.mid])).toEqual([
			[-1, undefined, undefined],
			[0, 'audio', 'audio'],
			[1, 'video', 'video'],
			[2, 'application', 'data']
		]);
		// Contiguous and covering every line.
		expect(groups[0].first).toBe(0);
		for (let i = 1; i < groups.length; i++) expect(groups[i].first).toBe(groups[i - 1].last + 1);
		expect(groups[groups.length - 1].last).toBe(doc.lines.length - 1);
		expect(doc.lines[groups[1].first].type).toBe('m');
		expect(groups[1].codecs).toBeGreaterThan(0);
		expect(groups[3].codecs).toBe(0);
	});

	test.each([
		{ args: '', expected: 0 },
		{ args: 'm=audio 9 RTP/AVP 0\r\n', expected: 1 },
		{ args: 'v=0\r\nm=audio 9 RTP/AVP 0\r\nm=video 0 RTP/AVP 96\r\n', expected: 3 }
	])('$args has $expected groups', ({ args, expected }) => {
		expect(groupLines(parseSdp(args)).length).toBe(expected);
	});
});

describe('rows', () => {
	const doc = parseSdp('v=0\r\ns=-\r\nm=audio 9 RTP/AVP 0\r\na=mid:0\r\nm=video 9 RTP/AVP 96\r\na=mid:1\r\n');
	const groups = groupLines(doc);
	test('every group has a header, collapsed groups no lines', () => {
		expect(buildRows(groups, new Set()).map((r) => (r.kind === 'header' ? `h${r.group}` : r.index))).toEqual([
			'h0',
			0,
			1,
			'h1',
			2,
			3,
			'h2',
			4,
			5
		]);
		const rows = buildRows(groups, new Set([0]));
		expect(rows.map((r) => (r.kind === 'header' ? `h${r.group}` : r.index))).toEqual([
			'h0',
			0,
			1,
			'h1',
			'h2',
			4,
			5
		]);
		expect(rowOfLine(rows, 4)).toBe(5);
		expect(rowOfLine(rows, 2)).toBe(-1);
	});
	test.each([
		{ args: { index: undefined, delta: 1 as const }, expected: 0 },
		{ args: { index: undefined, delta: -1 as const }, expected: 5 },
		{ args: { index: 1, delta: 1 as const }, expected: 4 },
		{ args: { index: 4, delta: -1 as const }, expected: 1 },
		{ args: { index: 5, delta: 1 as const }, expected: 5 },
		{ args: { index: 0, delta: -1 as const }, expected: 0 }
	])('stepLine $args → $expected (audio collapsed)', ({ args, expected }) => {
		expect(stepLine(buildRows(groups, new Set([0])), args.index, args.delta)).toBe(expected);
	});
});

describe('windowRange', () => {
	test.each([
		{ args: [0, 240, 24, 1000, 5], expected: { start: 0, end: 16 } },
		{ args: [2400, 240, 24, 1000, 5], expected: { start: 95, end: 116 } },
		{ args: [24_000, 240, 24, 1000, 5], expected: { start: 994, end: 1000 } },
		{ args: [99_999, 240, 24, 1000, 5], expected: { start: 994, end: 1000 } },
		{ args: [-50, 240, 24, 3, 5], expected: { start: 0, end: 3 } },
		{ args: [0, 240, 24, 0, 5], expected: { start: 0, end: 0 } }
	])('windowRange($args) → $expected', ({ args, expected }) => {
		const [top, h, rowH, count, over] = args;
		expect(windowRange(top, h, rowH, count, over)).toEqual(expected);
	});
	test.each([
		{ args: [50, 0, 240, 24], expected: 1120 },
		{ args: [5, 0, 240, 24], expected: 0 },
		{ args: [5, 100, 240, 24], expected: 100 }
	])('scrollToRow($args) → $expected', ({ args, expected }) => {
		const [row, top, h, rowH] = args;
		expect(scrollToRow(row, top, h, rowH)).toBe(expected);
	});
});

describe('segmentLine', () => {
	test('candidate line: fields and the text between them', () => {
		const doc = parseSdp('a=candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host\r\n');
		const segs = segmentLine(doc.lines[0]);
		expect(segs.map((s) => s.text).join('')).toBe(doc.lines[0].text);
		expect(segs.filter((s) => s.field !== undefined).map((s) => s.text)).toEqual([
			'candidate',
			'1',
			'1',
			'udp',
			'2122260223',
			'192.0.2.1',
			'54400',
			'host'
		]);
	});
	test.each([
		{ args: { text: 'abc', start: 10, fields: [] }, expected: [{ text: 'abc' }] },
		{ args: { text: '', start: 0, fields: [] }, expected: [{ text: '' }] },
		{
			args: {
				text: 'abcdef',
				start: 0,
				fields: [
					{ name: 'x', start: 2, end: 4, value: 'cd' },
					{ name: 'overlap', start: 3, end: 5, value: 'de' },
					{ name: 'beyond', start: 5, end: 99, value: 'f' }
				]
			},
			expected: [{ text: 'ab' }, { text: 'cd', field: 0 }, { text: 'e' }, { text: 'f', field: 2 }]
		}
	])('$args.text', ({ args, expected }) => {
		expect(segmentLine(args)).toEqual(expected);
	});
});

describe('findings', () => {
	const findings = [
		{ severity: 'info' as const, line: 1 },
		{ severity: 'error' as const, line: 9 },
		{ severity: 'warning' as const, line: 9 },
		{ severity: 'error' as const, line: 3 }
	];
	test('counts, order and worst per line', () => {
		expect(countSeverities(findings)).toEqual({ error: 2, warning: 1, info: 1 });
		expect(sortFindings(findings).map((f) => f.line)).toEqual([3, 9, 9, 1]);
		expect([...worstByLine(findings)]).toEqual([
			[1, 'info'],
			[9, 'error'],
			[3, 'error']
		]);
	});
});

describe('text helpers', () => {
	test.each([
		{ args: { name: 'opus', clockRate: 48000, channels: 2 }, expected: 'opus/48000/2' },
		{ args: { name: 'VP8', clockRate: 90000 }, expected: 'VP8/90000' },
		{ args: {}, expected: '?' }
	])('codecLabel $expected', ({ args, expected }) => {
		expect(codecLabel(args)).toBe(expected);
	});
	test.each([
		{
			args: 'Always `v=0`.',
			expected: [
				{ text: 'Always ', code: false },
				{ text: 'v=0', code: true },
				{ text: '.', code: false }
			]
		},
		{ args: 'plain', expected: [{ text: 'plain', code: false }] },
		{
			args: '<img src=x onerror=alert(1)>',
			expected: [{ text: '<img src=x onerror=alert(1)>', code: false }]
		}
	])('splitCode $args', ({ args, expected }) => {
		expect(splitCode(args)).toEqual(expected);
	});
});

describe('subjectNotes', () => {
	const doc = parseSdp(
		[
			'v=0',
			'm=video 9 UDP/TLS/RTP/SAVPF 96',
			'a=rtpmap:96 VP8/90000',
			'a=rtcp-fb:96 goog-remb',
			'a=extmap:5 http://www.webrtc.org/experiments/rtp-hdrext/playout-delay',
			'a=mid:0',
			''
		].join('\r\n')
	);
	const subjects = (i: number) => {
		const e = explainLine(doc.lines[i], doc);
		return subjectNotes(e.noteIds, e.noteId);
	};
	test.each([
		{ args: 'a=rtpmap: the codec', line: 2, expected: ['sdp.codec.vp8'] },
		{ args: 'a=rtcp-fb: the feedback type', line: 3, expected: ['sdp.rtcpFb.goog-remb'] },
		{ args: 'a=extmap: the header extension', line: 4, expected: ['sdp.ext.playout-delay'] },
		{ args: 'a=mid: nothing more', line: 5, expected: [] }
	])('$args', ({ line, expected }) => {
		expect(subjects(line)).toEqual(expected);
	});
});
