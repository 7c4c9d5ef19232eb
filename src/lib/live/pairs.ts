// Candidate pairs as getStats() reports them (W3C webrtc-stats RTCIceCandidatePairStats), joined with their
// local and remote candidates, for the pairs table.
import type { StatsRecord } from './stats';

export interface PairRow {
	id: string;
	local: string;
	remote: string;
	localType: string;
	remoteType: string;
	state: string;
	nominated: boolean;
	/** The pair the transport is using now (transport.selectedCandidatePairId). */
	selected: boolean;
	/** Seconds (STUN consent / connectivity check round trip), undefined before a response came back. */
	currentRoundTripTime?: number;
	bytesSent: number;
	bytesReceived: number;
	requestsSent: number;
	responsesReceived: number;
}

const str = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');
const n = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0);

function endpoint(record: StatsRecord, id: unknown): { text: string; type: string } {
	const c = typeof id === 'string' ? record[id] : undefined;
	if (!c) return { text: '?', type: '' };
	const address = str(c.address ?? c.ip);
	return { text: `${address}:${str(c.port)} ${str(c.protocol)}`.trim(), type: str(c.candidateType) };
}

export function candidatePairs(record: StatsRecord | undefined): PairRow[] {
	if (!record) return [];
	const selected = new Set(
		Object.values(record)
			.filter((s) => s.type === 'transport')
			.map((s) => s.selectedCandidatePairId)
	);
	return Object.values(record)
		.filter((s) => s.type === 'candidate-pair')
		.map((s) => {
			const local = endpoint(record, s.localCandidateId);
			const remote = endpoint(record, s.remoteCandidateId);
			return {
				id: s.id,
				local: local.text,
				remote: remote.text,
				localType: local.type,
				remoteType: remote.type,
				state: str(s.state),
				nominated: s.nominated === true,
				// Firefox has no transport stats; it marks the pair in use with its own `selected` field.
				selected: selected.has(s.id) || s.selected === true,
				currentRoundTripTime: typeof s.currentRoundTripTime === 'number' ? s.currentRoundTripTime : undefined,
				bytesSent: n(s.bytesSent),
				bytesReceived: n(s.bytesReceived),
				requestsSent: n(s.requestsSent),
				responsesReceived: n(s.responsesReceived)
			};
		})
		.sort((a, b) => Number(b.selected) - Number(a.selected) || a.id.localeCompare(b.id));
}
