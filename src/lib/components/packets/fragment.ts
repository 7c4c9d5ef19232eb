// The packet lab keeps its whole state in the URL fragment (never sent to a server): sample or bytes, kind,
// link type, field, and the non-secret STUN verification inputs.
import { toHex } from '$lib/protocol/bytes/hex';

export interface LabFragment {
	/** A sample's id, when the text is that sample's (short links). */
	sample?: string;
	/** Forced packet kind, or undefined for auto-detect. */
	kind?: string;
	/** The pasted text exactly as typed, when it is not plain hex of `bytes`. */
	text?: string;
	/** The link layer of a frame picked from a capture (`sll`, `sll2`, …), which auto-detection cannot tell. */
	link?: string;
	/** The selected field's span path (deep link). */
	field?: string;
	/** STUN verification inputs (the password is never put in the URL). */
	username?: string;
	realm?: string;
}

const KEYS = ['sample', 'kind', 'text', 'link', 'field', 'username', 'realm'] as const;

/** `#kind=stun&text=0001…&field=stun.header` → fields; unknown keys and malformed escapes are ignored. */
export function parseFragment(hash: string): LabFragment {
	const out: LabFragment = {};
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	for (const key of KEYS) {
		const v = params.get(key);
		if (v !== null && v !== '') out[key] = v;
	}
	return out;
}

/** The fragment for a state; empty fields are left out so links stay short. */
export function formatFragment(state: LabFragment): string {
	const params = new URLSearchParams();
	for (const key of KEYS) {
		const v = state[key];
		if (v) params.set(key, v);
	}
	const s = params.toString();
	return s ? `#${s}` : '';
}

/** Compact hex for a fragment when the user picked bytes from a file or a sample. */
export function bytesToText(bytes: Uint8Array): string {
	return toHex(bytes);
}
