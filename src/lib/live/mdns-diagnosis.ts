// Why a loopback call does not connect, when the reason is the browser hiding host addresses behind mDNS names
// (draft-ietf-mmusic-mdns-ice-candidates): without camera/microphone permission Chromium and Firefox put a random
// "<uuid>.local" name in a host candidate instead of the address. The name must first be announced by multicast
// DNS (and the other side must resolve it the same way), so where multicast DNS does not work the call either
// gets no candidate at all (the name could not be registered) or gets candidates nobody can resolve.

/** A call still starting after this long is stuck (a loopback call connects in well under a second). */
export const STUCK_MS = 10_000;

export interface DiagnosisInput {
	status: 'idle' | 'starting' | 'connected' | 'failed' | 'closed' | 'unsupported';
	/** Milliseconds since Start. */
	elapsed: number;
	/** The page asked for microphone permission first (see LoopbackCall.askPermission). */
	askedPermission: boolean;
	pcs: { candidates: readonly string[]; iceGatheringState: string; iceConnectionState: string }[];
}

export type IceDiagnosis =
	/** Gathering runs but no candidate came out: an mDNS name could not be registered. */
	| { reason: 'no-candidates'; askedPermission: boolean }
	/** Candidates with .local names, and ICE does not get through. */
	| { reason: 'mdns-unresolved'; askedPermission: boolean; names: string[] };

/** The connection address of an a=candidate value (RFC 8839 §5.1: the fifth field). */
export function candidateAddress(candidate: string): string | null {
	const fields = candidate.replace(/^a=/, '').trim().split(/\s+/);
	return fields.length >= 8 ? fields[4] : null;
}

export const isMdnsName = (address: string | null) => !!address && /\.local\.?$/i.test(address);

export function diagnoseIce(input: DiagnosisInput): IceDiagnosis | null {
	const stuck = input.status === 'starting' && input.elapsed >= STUCK_MS;
	if (!stuck && input.status !== 'failed') return null;
	const connected = (s: string) => s === 'connected' || s === 'completed';
	if (input.pcs.every((pc) => connected(pc.iceConnectionState))) return null;
	const names = [
		...new Set(input.pcs.flatMap((pc) => pc.candidates.map(candidateAddress).filter(isMdnsName) as string[]))
	];
	if (names.length > 0) return { reason: 'mdns-unresolved', askedPermission: input.askedPermission, names };
	if (stuck && input.pcs.some((pc) => pc.candidates.length === 0 && pc.iceGatheringState === 'gathering'))
		return { reason: 'no-candidates', askedPermission: input.askedPermission };
	return null;
}
