// What kind of connection-address an ICE candidate carries. RFC 8839 §5.1 allows an IPv4 or IPv6 address or an
// FQDN; browsers hide host addresses behind mDNS names `<uuid>.local` (draft-ietf-mmusic-mdns-ice-candidates §3.1.1).

export type AddressKind = 'ipv4' | 'ipv6' | 'mdns' | 'fqdn';

const IPV4_PART = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** A dotted-quad IPv4 address (RFC 4566 IP4-address: four decimal octets 0–255, no leading zeros). */
export function isIPv4(text: string): boolean {
	const parts = text.split('.');
	return parts.length === 4 && parts.every((p) => IPV4_PART.test(p));
}

/** An IPv6 address in RFC 4291 §2.2 text form: eight hex groups, `::` once, optionally a trailing dotted IPv4. */
export function isIPv6(text: string): boolean {
	if (!text.includes(':')) return false;
	const halves = text.split('::');
	if (halves.length > 2) return false;
	const groupsOf = (half: string): string[] | undefined => (half === '' ? [] : half.split(':'));
	const head = groupsOf(halves[0]) ?? [];
	const tail = halves.length === 2 ? (groupsOf(halves[1]) ?? []) : [];
	const all = [...head, ...tail];
	let count = 0;
	for (let i = 0; i < all.length; i++) {
		const g = all[i];
		if (i === all.length - 1 && g.includes('.')) {
			if (!isIPv4(g)) return false;
			count += 2;
		} else if (/^[0-9a-fA-F]{1,4}$/.test(g)) {
			count += 1;
		} else {
			return false;
		}
	}
	return halves.length === 2 ? count <= 7 : count === 8;
}

/** The kind of a candidate's address, or undefined when it is none of the forms RFC 8839 allows. */
export function classifyAddress(text: string): AddressKind | undefined {
	if (isIPv4(text)) return 'ipv4';
	if (isIPv6(text)) return 'ipv6';
	// RFC 4566 FQDN = 4*(alpha-numeric / "-" / "."); an mDNS name is one that ends in ".local" (RFC 6762 §3).
	if (text.length >= 4 && /^[A-Za-z0-9.-]+$/.test(text)) {
		return /\.local$/i.test(text) ? 'mdns' : 'fqdn';
	}
	return undefined;
}

/** The IP version of an address (4 or 6); undefined for names, whose family is only known once resolved. */
export function addressFamily(text: string): 4 | 6 | undefined {
	const kind = classifyAddress(text);
	return kind === 'ipv4' ? 4 : kind === 'ipv6' ? 6 : undefined;
}
