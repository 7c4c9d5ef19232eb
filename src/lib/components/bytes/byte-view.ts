// Pure helpers for the byte view: flatten a span tree, and find which field owns a byte. The spans come from the
// protocol decoders; nothing here computes an offset of its own.
import type { FieldSpan } from '$lib/protocol/bytes/span';

export interface FlatSpan {
	span: FieldSpan;
	depth: number;
	parentPath?: string;
}

/** Depth-first list of every span with its depth (tree order = reading order). */
export function flattenSpans(spans: FieldSpan[], depth = 0, parentPath?: string): FlatSpan[] {
	const out: FlatSpan[] = [];
	for (const span of spans) {
		out.push({ span, depth, parentPath });
		if (span.children?.length) out.push(...flattenSpans(span.children, depth + 1, span.path));
	}
	return out;
}

/** For each byte index, the path of the deepest (most specific) field covering it, or undefined. */
export function byteOwners(spans: FieldSpan[], byteCount: number): (string | undefined)[] {
	const owners: (string | undefined)[] = new Array(byteCount).fill(undefined);
	const ownerDepth: number[] = new Array(byteCount).fill(-1);
	for (const { span, depth } of flattenSpans(spans)) {
		const end = Math.min(byteCount, span.offset + span.length);
		for (let i = Math.max(0, span.offset); i < end; i++) {
			if (depth >= ownerDepth[i]) {
				owners[i] = span.path;
				ownerDepth[i] = depth;
			}
		}
	}
	return owners;
}

/**
 * For each byte index, the paths of every deepest field covering it: one field for most bytes, several when
 * bit fields share a byte (RTP's V, P, X and CC), so hovering that byte lights all of them.
 */
export function byteFields(spans: FieldSpan[], byteCount: number): string[][] {
	const fields: string[][] = Array.from({ length: byteCount }, () => []);
	const depthAt: number[] = new Array(byteCount).fill(-1);
	for (const { span, depth } of flattenSpans(spans)) {
		const end = Math.min(byteCount, span.offset + span.length);
		for (let i = Math.max(0, span.offset); i < end; i++) {
			if (depth > depthAt[i]) {
				fields[i] = [span.path];
				depthAt[i] = depth;
			} else if (depth === depthAt[i]) fields[i].push(span.path);
		}
	}
	return fields;
}

/** The path and every ancestor path of a span, so a selected child also lights its parents. */
export function ancestry(flat: FlatSpan[], path: string): Set<string> {
	const byPath = new Map(flat.map((f) => [f.span.path, f]));
	const out = new Set<string>();
	let cur: string | undefined = path;
	while (cur && !out.has(cur)) {
		out.add(cur);
		cur = byPath.get(cur)?.parentPath;
	}
	return out;
}

/** The DOM id of a field's button in the tree, so a page can scroll a deep-linked field into view. */
export function fieldDomId(path: string): string {
	return `field-${path.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

export function hexByte(b: number): string {
	return b.toString(16).padStart(2, '0');
}

/** Bits of the bytes a bit field sits in, with the field's own bits marked. */
export function bitCells(bytes: Uint8Array, span: FieldSpan): { bit: string; inField: boolean }[] {
	if (span.bitOffset === undefined || span.bitLength === undefined) return [];
	const cells: { bit: string; inField: boolean }[] = [];
	for (let i = 0; i < span.length; i++) {
		const b = bytes[span.offset + i] ?? 0;
		for (let k = 0; k < 8; k++) {
			const index = i * 8 + k;
			cells.push({
				bit: ((b >> (7 - k)) & 1).toString(),
				inField: index >= span.bitOffset && index < span.bitOffset + span.bitLength
			});
		}
	}
	return cells;
}

/** Human rendering of a span's value when the decoder gave no `display`. */
export function displayValue(span: FieldSpan): string {
	if (span.display !== undefined) return span.display;
	const v = span.value;
	if (v instanceof Uint8Array)
		return Array.from(v.subarray(0, 32), hexByte).join(' ') + (v.length > 32 ? ' …' : '');
	if (typeof v === 'bigint') return `${v} (0x${v.toString(16)})`;
	if (typeof v === 'number') return Number.isInteger(v) && v > 9 ? `${v} (0x${v.toString(16)})` : String(v);
	if (typeof v === 'string') return JSON.stringify(v);
	if (v === undefined || v === null) return '';
	if (typeof v === 'object') {
		try {
			return JSON.stringify(v, (_k, x) =>
				typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? `[${x.length} bytes]` : x
			);
		} catch {
			return String(v);
		}
	}
	return String(v);
}
