// IPv4 helpers for routing decisions: which addresses are private (RFC 1918, RFC 6598 shared space) and so are
// never routed across the public internet.

const parsed = new Map<string, number>();

export function ipToNumber(ip: string): number {
	let n = parsed.get(ip);
	if (n === undefined) {
		const p = ip.split('.').map(Number);
		n = ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0;
		// A run sees a handful of addresses; the cache keeps routing off the profile.
		if (parsed.size < 4096) parsed.set(ip, n);
	}
	return n;
}

/** `10.0.0.0/24`-style prefix test. */
export function inSubnet(ip: string, cidr: string): boolean {
	const [base, bits] = cidr.split('/');
	const n = Number(bits);
	const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
	return (ipToNumber(ip) & mask) === (ipToNumber(base) & mask);
}

const NOT_ROUTED = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8'];

/** RFC 1918 private, RFC 6598 shared (CGNAT) or loopback: not routed on the public internet. */
const privacy = new Map<string, boolean>();

export function isPrivateAddress(ip: string): boolean {
	let v = privacy.get(ip);
	if (v === undefined) {
		v = NOT_ROUTED.some((c) => inSubnet(ip, c));
		if (privacy.size < 4096) privacy.set(ip, v);
	}
	return v;
}
