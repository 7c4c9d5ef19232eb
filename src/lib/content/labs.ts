// The labs and whether each is built yet; the home page links the ready ones and lists the rest as coming.
import { m } from '$lib/paraglide/messages.js';

export interface Lab {
	path: string;
	ready: boolean;
	title: () => string;
	description: () => string;
}

export const LABS: Lab[] = [
	{ path: '/lab/nat/', ready: true, title: m.lab_nat_title, description: m.lab_nat_desc },
	{ path: '/lab/sdp/', ready: true, title: m.lab_sdp_title, description: m.lab_sdp_desc },
	{ path: '/lab/packets/', ready: true, title: m.lab_packets_title, description: m.lab_packets_desc },
	{ path: '/lab/loopback/', ready: true, title: m.lab_loopback_title, description: m.lab_loopback_desc },
	{ path: '/lab/ice-servers/', ready: true, title: m.iceservers_title, description: m.iceservers_desc }
];
