// RFC 5764 §4.1.1 use_srtp extension:
//
//   uint8 SRTPProtectionProfile[2];
//   struct {
//      SRTPProtectionProfiles SRTPProtectionProfiles;   // <2..2^16-1>
//      opaque srtp_mki<0..255>;
//   } UseSRTPData;
//
// The client lists the SRTP profiles it supports; the server answers with exactly one. The keys for SRTP come
// from the DTLS exporter (RFC 5705, label "EXTRACTOR-dtls_srtp"), so media never travels inside DTLS.
import type { ExtensionCodec } from './types';
import { readNumberList, readOpaque } from '../field';
import { SRTP_PROTECTION_PROFILES } from '../registries';

export const useSrtp: ExtensionCodec = {
	type: 14,
	decode(r, _context, path) {
		const list = readNumberList(
			r,
			2,
			2,
			`${path}.profiles`,
			'SRTPProtectionProfiles',
			'SRTPProtectionProfile',
			'dtls.extension.use_srtp.profiles',
			SRTP_PROTECTION_PROFILES
		);
		const mki = readOpaque(r, 1, `${path}.mki`, 'srtp_mki', 'dtls.extension.use_srtp.mki');
		return {
			data: { kind: 'use_srtp', profiles: list.values, mki: mki.bytes },
			spans: [list.span, mki.span]
		};
	},
	encode(w, data) {
		if (data.kind !== 'use_srtp') throw new TypeError('use_srtp needs use_srtp data');
		w.u16(data.profiles.length * 2);
		for (const p of data.profiles) w.u16(p);
		w.u8(data.mki.length).bytes(data.mki);
	}
};
