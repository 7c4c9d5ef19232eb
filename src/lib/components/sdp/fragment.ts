// The SDP lab keeps what was pasted only in the URL fragment, which browsers never send to a server: the state as
// JSON, deflate-compressed (CompressionStream 'deflate-raw', in every current browser and in node ≥ 18) and
// base64url-encoded, as `#z=<data>`. Links over MAX_FRAGMENT characters are not written at all.

/** What the lab shows: one SDP, or an offer with its answer. */
export type LabState = { mode: 'single'; sdp: string } | { mode: 'pair'; offer: string; answer: string };

/** Fragments longer than this (64 KB of compressed, encoded text) are not written to the address bar. */
export const MAX_FRAGMENT = 64 * 1024;

const KEY = 'z=';

async function pump(input: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const writer = stream.writable.getWriter();
	// Write and read concurrently: a large input would otherwise fill the stream's queue and never resolve.
	// Damaged input fails both sides; the reader's error is the one reported, the writer's must not go unhandled.
	const written = writer
		.write(input as Uint8Array<ArrayBuffer>)
		.then(() => writer.close())
		.catch(() => undefined);
	const out = new Uint8Array(await new Response(stream.readable).arrayBuffer());
	await written;
	return out;
}

export function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	return pump(bytes, new CompressionStream('deflate-raw'));
}

export function inflate(bytes: Uint8Array): Promise<Uint8Array> {
	return pump(bytes, new DecompressionStream('deflate-raw'));
}

/** RFC 4648 §5 base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	// Chunks keep String.fromCharCode's argument list short.
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Inverse of toBase64Url; undefined when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	const bin = atob(b64);
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

export type EncodeResult = { fragment: string } | { tooLarge: true };

/** Compressed bytes whose base64url still fits in MAX_FRAGMENT after `#z=`. */
const MAX_COMPRESSED = Math.floor(((MAX_FRAGMENT - 3) * 3) / 4);
/** Input is fed to the compressor in slices, so a large paste never makes one long main-thread task. */
const SLICE = 64 * 1024;

/** deflate-raw of `input`, or undefined as soon as the output exceeds `cap` bytes (the rest is not compressed). */
export async function deflateCapped(input: Uint8Array, cap: number): Promise<Uint8Array | undefined> {
	const stream = new CompressionStream('deflate-raw');
	const writer = stream.writable.getWriter();
	const reader = stream.readable.getReader();
	let stop = false;
	const writing = (async () => {
		try {
			for (let i = 0; i < input.length && !stop; i += SLICE)
				await writer.write(input.slice(i, i + SLICE) as Uint8Array<ArrayBuffer>);
			if (!stop) await writer.close();
		} catch {
			// Cancelled below because the output grew too large.
		}
	})();
	const parts: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { value, done } = await reader.read();
		if (done) break;
		parts.push(value);
		size += value.length;
		if (size > cap) {
			stop = true;
			await reader.cancel().catch(() => undefined);
			await writer.abort().catch(() => undefined);
			await writing;
			return undefined;
		}
	}
	await writing;
	const out = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** `#z=…` for a state, or tooLarge when the compressed state would not fit in MAX_FRAGMENT. */
export async function encodeFragment(state: LabState): Promise<EncodeResult> {
	const json = JSON.stringify(
		state.mode === 'single' ? { s: state.sdp } : { o: state.offer, a: state.answer }
	);
	const packed = await deflateCapped(new TextEncoder().encode(json), MAX_COMPRESSED);
	if (!packed) return { tooLarge: true };
	const fragment = `#${KEY}${toBase64Url(packed)}`;
	return fragment.length > MAX_FRAGMENT ? { tooLarge: true } : { fragment };
}

/** The state in a fragment; undefined for an empty, foreign or damaged fragment (never throws). */
export async function decodeFragment(hash: string): Promise<LabState | undefined> {
	const body = hash.replace(/^#/, '');
	if (!body.startsWith(KEY) || body.length > MAX_FRAGMENT) return undefined;
	const bytes = fromBase64Url(body.slice(KEY.length));
	if (!bytes) return undefined;
	try {
		const json: unknown = JSON.parse(new TextDecoder().decode(await inflate(bytes)));
		if (typeof json !== 'object' || json === null) return undefined;
		const o = json as Record<string, unknown>;
		if (typeof o.s === 'string') return { mode: 'single', sdp: o.s };
		if (typeof o.o === 'string' && typeof o.a === 'string') return { mode: 'pair', offer: o.o, answer: o.a };
		return undefined;
	} catch {
		return undefined;
	}
}
