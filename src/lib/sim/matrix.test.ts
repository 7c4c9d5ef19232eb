import { describe, expect, it } from 'vitest';
import { abbreviate } from './nat/behaviour';
import { NAT_COMBINATIONS, runMatrix } from './matrix';

// EXPECTED OUTCOMES, written before running the simulator, from the RFC 4787 definitions and RFC 8445's rules.
//
// Setup: A behind NAT-A, B behind NAT-B (each NAT has one public address), one STUN server whose address differs
// from both NATs', no TURN, no port prediction. Host candidates are private and never reach each other, so only
// reflexive addresses matter. M_A is A's server-reflexive address (A's mapping toward the STUN server).
//
// 1. A check succeeds only if its response comes back from the address the check was sent to (RFC 8445
//    §7.2.5.2.1, "non-symmetric" otherwise). A's check to M_B leaves NAT-A through mapping X_A; B answers to
//    X_A through NAT-B's mapping for that destination. So the pair works only when both NATs use the same mapping
//    toward each other that the other side is talking to.
// 2. Endpoint-independent mapping (EIM): X_A = M_A for every destination, so the signalled srflx address is the
//    one the peer sees. Address-dependent mapping (ADM): one mapping per destination IP, so toward the peer's NAT
//    A uses ONE mapping X_A ≠ M_A — the peer must learn it as a peer-reflexive candidate (§7.3.1.3) from an
//    incoming check, but it then stays put. Address-and-port-dependent mapping (APDM): a new mapping for every
//    new destination address:port, so answering (or checking) a newly learnt peer-reflexive address makes yet
//    another mapping.
// 3. Filtering (interpretation: filtering state is kept per mapping — see nat/nat-device.ts; with EIM the per-
//    mapping and the RFC's per-internal-endpoint readings agree): EIF lets anything in on an existing mapping;
//    ADF only sources whose IP the mapping has sent to; APDF only the exact IP:port it has sent to. Every packet
//    is retransmitted for 39.5 s (RFC 8489 §6.2.1), so a packet dropped only because it arrived before the local
//    side had sent its own check gets through on a retransmission ("hole punching" order does not matter).
//
// Cases (e = EIM; both sides send checks to each other's M at the same time):
// - EIM/EIM: A sends from M_A to M_B, B from M_B to M_A. Each mapping has sent to exactly the other's address,
//   so even APDF lets the other's checks in, and answers leave from the address checked → DIRECT for all 9
//   filtering pairs.
// - EIM on A only (B is ADM or APDM): B's checks to M_A leave from X_B ≠ M_B. They reach A only if A's filter
//   admits X_B: EIF yes; ADF yes (M_A has sent to M_B, which has X_B's IP); APDF no (M_A never sent to X_B's
//   port). If admitted, A learns X_B (prflx) and answers from M_A — what B checked — and A's triggered check from
//   M_A to X_B fits B's mapping X_B, made exactly toward M_A → DIRECT iff A's filtering ≠ APDF. B's filtering is
//   irrelevant: A's checks to M_B are at best answered from X_B (non-symmetric). Mirror for EIM on B only.
// - Neither EIM, both APDM: every newly learnt address costs a new mapping on the other side, so no check is ever
//   answered from the address it went to → FAILED for every filtering.
// - Neither EIM, at least one ADM: the first checks arrive on the STUN mappings M_A/M_B, which have only sent to
//   the STUN server, so they pass only EIF. If B's filtering is EIF, A's check (from X_A) gets in; B learns X_A
//   and its triggered check/answer leaves from a mapping Y toward NAT-A's IP. That reaches A on X_A only if A's
//   filtering admits Y: EIF or ADF (X_A has sent to NAT-B's IP) yes, APDF no. From there the ADM side's single
//   per-IP mapping gives a fixed address the APDM (or ADM) side can answer symmetrically → DIRECT iff
//   (fB = EIF and fA ≠ APDF) or (fA = EIF and fB ≠ APDF).
//
// Rows: A's NAT; columns: B's NAT; order EIM-EIF, EIM-ADF, EIM-APDF, ADM-EIF, ADM-ADF, ADM-APDF, APDM-EIF,
// APDM-ADF, APDM-APDF. D = direct, F = failed.
const EXPECTED = `
	EIM-EIF    D D D  D D D  D D D
	EIM-ADF    D D D  D D D  D D D
	EIM-APDF   D D D  F F F  F F F
	ADM-EIF    D D F  D D F  D D F
	ADM-ADF    D D F  D F F  D F F
	ADM-APDF   D D F  F F F  F F F
	APDM-EIF   D D F  D D F  F F F
	APDM-ADF   D D F  D F F  F F F
	APDM-APDF  D D F  F F F  F F F
`;

const label = (c: (typeof NAT_COMBINATIONS)[number]) =>
	`${abbreviate(c.mapping, 'M')}-${abbreviate(c.filtering, 'F')}`;

const expectedGrid: Record<string, string[]> = Object.fromEntries(
	EXPECTED.trim()
		.split('\n')
		.map((line) => line.trim().split(/\s+/))
		.map(([row, ...cells]) => [row, cells])
);

describe('the 81-combination traversal matrix', () => {
	const results = runMatrix(1);

	it('has the expected table for every combination', () => {
		const actual: Record<string, string[]> = {};
		for (const { a, result } of results) {
			(actual[label(a)] ??= []).push(
				result.outcome === 'direct' ? 'D' : result.outcome === 'failed' ? 'F' : 'R'
			);
		}
		expect(actual).toEqual(expectedGrid);
	});

	it('has a row and a column for all nine combinations', () => {
		expect(Object.keys(expectedGrid)).toEqual(NAT_COMBINATIONS.map(label));
		for (const cells of Object.values(expectedGrid)) expect(cells).toHaveLength(9);
	});

	it('explains every failure in words', () => {
		for (const { result } of results) {
			expect(result.reason.length).toBeGreaterThan(20);
			if (result.outcome === 'direct') expect(result.selectedPair).toBeDefined();
		}
	});
});
