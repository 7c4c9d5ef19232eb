// RFC 8445 §5.1.2.1 Recommended Formula for candidate priority:
//
//   priority = (2^24)*(type preference) +
//              (2^8)*(local preference) +
//              (2^0)*(256 - component ID)
//
// type preference 0–126 (§5.1.2.2 recommends host 126, peer-reflexive 110, server-reflexive 100, relayed 0),
// local preference 0–65535, component ID 1–256.
import type { CandidateType } from './candidate';

export interface PriorityParts {
	typePreference: number;
	localPreference: number;
	componentId: number;
}

/** RFC 8445 §5.1.2.2 recommended type preferences. */
export const RECOMMENDED_TYPE_PREFERENCES: Readonly<Record<CandidateType, number>> = {
	host: 126,
	prflx: 110,
	srflx: 100,
	relay: 0
};

function checkInt(v: number, min: number, max: number, what: string): void {
	if (!Number.isInteger(v) || v < min || v > max) {
		throw new RangeError(`${what} must be an integer from ${min} to ${max}, not ${v}`);
	}
}

/** The priority of a candidate from its parts; throws RangeError for parts outside the RFC's ranges. */
export function computeCandidatePriority({
	typePreference,
	localPreference,
	componentId
}: PriorityParts): number {
	checkInt(typePreference, 0, 126, 'type preference');
	checkInt(localPreference, 0, 65535, 'local preference');
	checkInt(componentId, 1, 256, 'component ID');
	return typePreference * 2 ** 24 + localPreference * 2 ** 8 + (256 - componentId);
}

/** Splits a priority written with the recommended formula back into its three parts. */
export function breakdownPriority(priority: number): PriorityParts {
	checkInt(priority, 0, 2 ** 32 - 1, 'priority');
	return {
		typePreference: Math.floor(priority / 2 ** 24),
		localPreference: Math.floor(priority / 2 ** 8) % 2 ** 16,
		componentId: 256 - (priority % 2 ** 8)
	};
}

export interface TypePreferenceHint {
	/** The type whose recommended value this is exactly, if any. */
	recommendedFor?: CandidateType;
	/** The type with the nearest recommended value (a guess when recommendedFor is undefined). */
	nearest: CandidateType;
}

/**
 * What a type preference suggests about the candidate type. Browsers use their own values (libwebrtc: TCP host
 * 90, UDP relay 2), so only an exact match to the RFC's recommendation is certain.
 */
export function describeTypePreference(typePreference: number): TypePreferenceHint {
	let nearest: CandidateType = 'host';
	let best = Infinity;
	let recommendedFor: CandidateType | undefined;
	for (const [type, pref] of Object.entries(RECOMMENDED_TYPE_PREFERENCES) as [CandidateType, number][]) {
		const d = Math.abs(pref - typePreference);
		if (d === 0) recommendedFor = type;
		if (d < best) {
			best = d;
			nearest = type;
		}
	}
	return recommendedFor ? { recommendedFor, nearest } : { nearest };
}
