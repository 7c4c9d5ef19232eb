// Strict hex helpers for code and tests (the forgiving paste parser lives in input.ts).

/** `'2112a442'` or `'21 12 a4 42'` → bytes; `//` comments and whitespace are ignored. Throws on odd digits. */
export function hex(text: string): Uint8Array {
	const digits = text.replace(/\/\/[^\n]*|#[^\n]*/g, '').replace(/\s+/g, '');
	if (!/^[0-9a-fA-F]*$/.test(digits) || digits.length % 2 !== 0) {
		throw new Error(`not an even run of hex digits: ${digits.slice(0, 40)}`);
	}
	const out = new Uint8Array(digits.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
	return out;
}

/** Bytes → lowercase hex, optionally separated. */
export function toHex(bytes: Uint8Array, sep = ''): string {
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(sep);
}
