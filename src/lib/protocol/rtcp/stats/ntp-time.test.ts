import { describe, expect, it } from 'vitest';
import { compactNtp, compactNtpToSeconds, ntpToUnixMs, secondsToCompactNtp, unixMsToNtp } from './ntp-time';

// RFC 3550 §6.4.1 Fig. 2: the SR sent at 10 Nov 1995 11:33:25.125 UTC has ntp_sec = 0xb44db705,
// ntp_frac = 0x20000000 (3024992005.125 s); its middle 32 bits are LSR = 0xb705:2000 (46853.125 s).
const FIG2_NTP = 0xb44db70520000000n;
const FIG2_UNIX_MS = Date.UTC(1995, 10, 10, 11, 33, 25, 125);

describe('NTP timestamps (RFC 3550 §4)', () => {
	it.each([
		{ args: FIG2_NTP, expected: FIG2_UNIX_MS },
		{ args: 2208988800n << 32n, expected: 0 },
		{ args: (2208988800n << 32n) | 0x80000000n, expected: 500 }
	])('ntpToUnixMs($args)', ({ args, expected }) => {
		expect(ntpToUnixMs(args)).toBe(expected);
	});
	it.each([
		{ args: FIG2_UNIX_MS, expected: FIG2_NTP },
		{ args: 0, expected: 2208988800n << 32n }
	])('unixMsToNtp($args)', ({ args, expected }) => {
		expect(unixMsToNtp(args)).toBe(expected);
	});
	it.each([
		{ args: FIG2_NTP, expected: 0xb7052000 },
		{ args: 0xda8bd1fcdddda05an, expected: 0xd1fcdddd }
	])('compactNtp($args)', ({ args, expected }) => {
		expect(compactNtp(args)).toBe(expected);
	});
	it.each([
		{ args: 0xb7052000, expected: 46853.125 },
		{ args: 0xb7108000, expected: 46864.5 },
		{ args: 0x00054000, expected: 5.25 }
	])('compactNtpToSeconds($args) = $expected', ({ args, expected }) => {
		expect(compactNtpToSeconds(args)).toBe(expected);
		expect(secondsToCompactNtp(expected)).toBe(args);
	});
});
