// Test helper (not exported from index.ts): reads the captured datagrams under test/fixtures/dtls.
import { readFileSync } from 'node:fs';
import { hex } from '../bytes/hex';

export interface CapturedDatagram {
	frame: number;
	srcPort: number;
	dstPort: number;
	bytes: Uint8Array;
}

export const CAPTURES = ['dtls12-openssl', 'dtls13-chromium'] as const;

export function readCapture(name: (typeof CAPTURES)[number]): CapturedDatagram[] {
	return readFileSync(`test/fixtures/dtls/${name}.udp.txt`, 'utf8')
		.trim()
		.split('\n')
		.map((line) => {
			const [frame, srcPort, dstPort, payload] = line.split('\t');
			return {
				frame: Number(frame),
				srcPort: Number(srcPort),
				dstPort: Number(dstPort),
				bytes: hex(payload)
			};
		});
}

/** Only the datagrams whose first byte is in the DTLS range (RFC 7983 §7). */
export function readDtlsDatagrams(name: (typeof CAPTURES)[number]): CapturedDatagram[] {
	return readCapture(name).filter((d) => d.bytes[0] >= 20 && d.bytes[0] <= 63);
}

/** tshark's JSON (-T json --no-duplicate-keys -J "frame dtls"), keyed by frame number. */
export function readTshark(name: (typeof CAPTURES)[number]): Map<number, Record<string, unknown>> {
	const packets = JSON.parse(readFileSync(`test/fixtures/dtls/${name}.tshark.json`, 'utf8')) as {
		_source: { layers: { frame: Record<string, string>; dtls: Record<string, unknown> } };
	}[];
	return new Map(packets.map((p) => [Number(p._source.layers.frame['frame.number']), p._source.layers.dtls]));
}
