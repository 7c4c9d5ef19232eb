import { describe, expect, it } from 'vitest';
import type { FieldSpan } from '$lib/protocol/bytes/span';
import { ancestry, bitCells, byteFields, byteOwners, displayValue, flattenSpans } from './byte-view';

const span = (
	path: string,
	offset: number,
	length: number,
	children?: FieldSpan[],
	extra: Partial<FieldSpan> = {}
) => ({ path, name: path, offset, length, value: 0, noteId: path, children, ...extra }) as FieldSpan;

const tree = [
	span('h', 0, 4, [
		span('h.type', 0, 2, [span('h.type.class', 0, 2, undefined, { bitOffset: 7, bitLength: 1 })]),
		span('h.len', 2, 2)
	]),
	span('a', 4, 4)
];

describe('byte view helpers', () => {
	it('flattens in reading order with depth and parent', () => {
		expect(flattenSpans(tree).map((f) => [f.span.path, f.depth, f.parentPath])).toEqual([
			['h', 0, undefined],
			['h.type', 1, 'h'],
			['h.type.class', 2, 'h.type'],
			['h.len', 1, 'h'],
			['a', 0, undefined]
		]);
	});
	it('gives each byte its deepest field', () => {
		expect(byteOwners(tree, 10)).toEqual([
			'h.type.class',
			'h.type.class',
			'h.len',
			'h.len',
			'a',
			'a',
			'a',
			'a',
			undefined,
			undefined
		]);
	});
	it('gives a byte every deepest field that shares it', () => {
		const bits = [
			span('v', 0, 1, undefined, { bitOffset: 0, bitLength: 2 }),
			span('cc', 0, 1, undefined, { bitOffset: 4, bitLength: 4 }),
			span('pt', 1, 1),
			span('p', 0, 2, [span('p.x', 1, 1)])
		];
		expect(byteFields(bits, 3)).toEqual([['v', 'cc', 'p'], ['p.x'], []]);
		expect(byteFields(tree, 5)[0]).toEqual(['h.type.class']);
	});
	it('lights a field and its ancestors', () => {
		expect([...ancestry(flattenSpans(tree), 'h.type.class')]).toEqual(['h.type.class', 'h.type', 'h']);
	});
	it('marks the bits of a bit field', () => {
		const cells = bitCells(new Uint8Array([0x01, 0x10]), tree[0].children![0].children![0]);
		expect(cells.map((c) => c.bit).join('')).toBe('0000000100010000');
		expect(cells.filter((c) => c.inField).length).toBe(1);
		expect(cells.findIndex((c) => c.inField)).toBe(7);
	});
	it.each([
		{ args: { value: 4660 }, expected: '4660 (0x1234)' },
		{ args: { value: 3 }, expected: '3' },
		{ args: { value: 5n }, expected: '5 (0x5)' },
		{ args: { value: 'abc' }, expected: '"abc"' },
		{ args: { value: new Uint8Array([1, 255]) }, expected: '01 ff' },
		{ args: { value: 1, display: 'one' }, expected: 'one' }
	])('displays $args as $expected', ({ args, expected }) => {
		expect(displayValue({ ...span('x', 0, 1), ...args } as FieldSpan)).toBe(expected);
	});
});
