import { readFileSync } from 'node:fs';

/**
 * Refuses to run browser tests unless this process sits in a private network namespace with only `lo`:
 * WebRTC, ICE and mDNS traffic from the tests must never touch a real interface (run through scripts/netns.sh).
 */
export default function globalSetup() {
	// /proc/net/dev lists the interfaces of this process's network namespace (/sys may show the host's).
	const interfaces = readFileSync('/proc/net/dev', 'utf8')
		.split('\n')
		.slice(2)
		.map((line) => line.split(':')[0].trim())
		.filter(Boolean);
	const others = interfaces.filter((name) => name !== 'lo');
	if (others.length) {
		throw new Error(
			`E2E tests must run in a loopback-only network namespace, but these interfaces are visible: ${others.join(', ')}. ` +
				'Run them with `npm run test:e2e` (scripts/netns.sh).'
		);
	}
}
