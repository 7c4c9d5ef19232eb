// ICE (RFC 8445, RFC 8839): candidate lines, priorities, foundations, pairing, checklists, role conflicts.
// Text parsers throw ParseError (position = character offset in the line), never DecodeError: these inputs are
// SDP text, not packet bytes. The arithmetic functions throw RangeError for out-of-range inputs.
export { ParseError } from './parse-error';
export { classifyAddress, addressFamily, isIPv4, isIPv6, type AddressKind } from './address';
export {
	parseCandidate,
	serializeCandidate,
	type Candidate,
	type CandidateType,
	type TcpType,
	type CandidateExtension,
	type CandidateField,
	type CandidateRange,
	type ParsedCandidate
} from './candidate';
export {
	computeCandidatePriority,
	breakdownPriority,
	describeTypePreference,
	RECOMMENDED_TYPE_PREFERENCES,
	type PriorityParts,
	type TypePreferenceHint
} from './candidate-priority';
export { computePairPriority } from './pair-priority';
export { foundationKey, assignFoundations, groupByFoundation, type FoundationInput } from './foundation';
export type { CandidatePair, PairableCandidate, PairState } from './candidate-pair';
export { formCandidatePairs, baseOf, type IceRole } from './pairing';
export { pruneCandidatePairs, DEFAULT_PAIR_LIMIT, type PruneResult } from './pruning';
export { orderChecklist, computeInitialStates } from './checklist';
export {
	resolveRoleConflict,
	onRoleConflictResponse,
	type RoleConflictInput,
	type RoleConflictResult
} from './role-conflict';
export {
	parseIceServerUrl,
	parseIceServerUrlList,
	formatIceServerUrl,
	DEFAULT_PORTS,
	type IceServerUrl,
	type IceServerScheme,
	type UrlLine
} from './server-url';
