// TURN's methods in the STUN method registry (RFC 8656 §17; IANA "STUN Methods").
export const TURN_METHODS = [
	{ method: 0x003, name: 'Allocate', ref: 'RFC 8656 §7' },
	{ method: 0x004, name: 'Refresh', ref: 'RFC 8656 §8' },
	{ method: 0x006, name: 'Send', ref: 'RFC 8656 §11' },
	{ method: 0x007, name: 'Data', ref: 'RFC 8656 §11' },
	{ method: 0x008, name: 'CreatePermission', ref: 'RFC 8656 §10' },
	{ method: 0x009, name: 'ChannelBind', ref: 'RFC 8656 §12' }
] as const;
