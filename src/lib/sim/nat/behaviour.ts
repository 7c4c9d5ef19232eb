// NAT behaviour named the RFC 4787 way: mapping (§4.1) and filtering (§5) are set independently. The classic
// "cone" names from RFC 3489 are only aliases for four of the nine combinations.

/** RFC 4787 §4.1 mapping behaviour: what decides whether an outbound packet reuses an existing mapping. */
export type MappingBehaviour = 'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent';

/** RFC 4787 §5 filtering behaviour: which inbound packets a mapping lets through. */
export type FilteringBehaviour = 'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent';

/** RFC 4787 §4.2.1 port assignment: keep the internal port, count up, or pick at random (from the run's seed). */
export type PortAllocation = 'preserving' | 'sequential' | 'random';

export interface NatBehaviour {
	mapping: MappingBehaviour;
	filtering: FilteringBehaviour;
	/** RFC 4787 §6 hairpinning: a packet from inside to the NAT's own public address is turned back inside. */
	hairpin: boolean;
	/** RFC 4787 §4.3 binding lifetime, refreshed by outbound traffic (REQ-5 asks for at least 2 minutes). */
	lifetimeMs: number;
	portAllocation: PortAllocation;
}

export type ClassicNatName = 'full-cone' | 'restricted-cone' | 'port-restricted-cone' | 'symmetric';

export const BEHAVIOURS: readonly MappingBehaviour[] = [
	'endpoint-independent',
	'address-dependent',
	'address-and-port-dependent'
];

/** RFC 3489's names as (mapping, filtering) pairs (RFC 4787 §3 explains why the names fall short). */
export const CLASSIC_NATS: Readonly<Record<ClassicNatName, Pick<NatBehaviour, 'mapping' | 'filtering'>>> = {
	'full-cone': { mapping: 'endpoint-independent', filtering: 'endpoint-independent' },
	'restricted-cone': { mapping: 'endpoint-independent', filtering: 'address-dependent' },
	'port-restricted-cone': { mapping: 'endpoint-independent', filtering: 'address-and-port-dependent' },
	symmetric: { mapping: 'address-and-port-dependent', filtering: 'address-and-port-dependent' }
};

export const DEFAULT_NAT: NatBehaviour = {
	mapping: 'endpoint-independent',
	filtering: 'address-and-port-dependent',
	hairpin: true,
	lifetimeMs: 120_000,
	portAllocation: 'random'
};

/** What a scenario may say about a peer's NAT: a full or partial behaviour, a classic name, or 'none'. */
export type NatSetting = Partial<NatBehaviour> | ClassicNatName | 'none';

/** The full behaviour for a setting (undefined for 'none': the peer has a public address). */
export function resolveNat(setting: NatSetting): NatBehaviour | undefined {
	if (setting === 'none') return undefined;
	if (typeof setting === 'string') {
		const classic = CLASSIC_NATS[setting];
		if (!classic) throw new RangeError(`unknown NAT preset ${setting}`);
		return { ...DEFAULT_NAT, ...classic };
	}
	return { ...DEFAULT_NAT, ...setting };
}

/** The short label used in reason strings and tables: EIM, ADM, APDM / EIF, ADF, APDF. */
export function abbreviate(b: MappingBehaviour, kind: 'M' | 'F'): string {
	const base = b === 'endpoint-independent' ? 'EI' : b === 'address-dependent' ? 'AD' : 'APD';
	return base + kind;
}
