// RFC 3550 §4 NTP timestamps: 64-bit (seconds since 1 Jan 1900 . 2^-32 fraction) and the "compact" middle
// 32 bits (16.16 fixed point) that LSR and DLSR use (§6.4.1).

/** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01 (Unix epoch). */
export const NTP_UNIX_OFFSET_SECONDS = 2_208_988_800;

/** 64-bit NTP timestamp → Unix time in milliseconds (fractional ms kept). */
export function ntpToUnixMs(ntp: bigint): number {
	const seconds = Number(ntp >> 32n);
	const fraction = Number(ntp & 0xffffffffn);
	return (seconds - NTP_UNIX_OFFSET_SECONDS) * 1000 + (fraction * 1000) / 2 ** 32;
}

/** Unix time in milliseconds → 64-bit NTP timestamp (fraction rounded to the nearest 2^-32 s). */
export function unixMsToNtp(ms: number): bigint {
	const totalSeconds = ms / 1000 + NTP_UNIX_OFFSET_SECONDS;
	let seconds = Math.floor(totalSeconds);
	let fraction = Math.round((totalSeconds - seconds) * 2 ** 32);
	if (fraction >= 2 ** 32) {
		seconds += 1;
		fraction -= 2 ** 32;
	}
	return ((BigInt(seconds) & 0xffffffffn) << 32n) | BigInt(fraction);
}

/** The middle 32 bits of a 64-bit NTP timestamp (what an SR's receiver puts in LSR). */
export function compactNtp(ntp: bigint): number {
	return Number((ntp >> 16n) & 0xffffffffn);
}

/** Compact NTP (16.16 fixed point) → seconds. */
export function compactNtpToSeconds(compact: number): number {
	return (compact >>> 0) / 65536;
}

/** Seconds → compact NTP (16.16 fixed point), wrapping at 2^16 s like the field does. */
export function secondsToCompactNtp(seconds: number): number {
	return Math.round(seconds * 65536) >>> 0;
}
