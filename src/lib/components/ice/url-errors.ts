// The URL parser's error codes (src/lib/protocol/ice/server-url.ts) in the reader's language.
import { m } from '$lib/paraglide/messages.js';

const TEXT: Record<string, () => string> = {
	empty: m.iceservers_urlerr_missing_host,
	space: m.iceservers_urlerr_space,
	'bad-character': m.iceservers_urlerr_bad_character,
	'missing-scheme': m.iceservers_urlerr_bad_scheme,
	'bad-scheme': m.iceservers_urlerr_bad_scheme,
	slashes: m.iceservers_urlerr_slashes,
	'missing-host': m.iceservers_urlerr_missing_host,
	'bad-host': m.iceservers_urlerr_bad_host,
	'bad-ipv6': m.iceservers_urlerr_bad_ipv6,
	'bad-ipv4': m.iceservers_urlerr_bad_ipv4,
	'bad-port': m.iceservers_urlerr_bad_port,
	'port-range': m.iceservers_urlerr_bad_port,
	trailing: m.iceservers_urlerr_trailing,
	'stun-query': m.iceservers_urlerr_stun_query,
	'bad-query': m.iceservers_urlerr_bad_transport,
	'bad-transport': m.iceservers_urlerr_bad_transport,
	'unknown-transport': m.iceservers_urlerr_bad_transport
};

export function urlErrorText(code: string): string {
	return (TEXT[code] ?? m.iceservers_urlerr_bad_host)();
}
