// Test helper: the public SDP fixtures with their index entries (test/fixtures/sdp/public, see its README).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../../test/fixtures/sdp/public/', import.meta.url));

export interface Fixture {
	file: string;
	text: string;
	kind: 'offer' | 'answer';
}

export function loadFixtures(): Fixture[] {
	const index = JSON.parse(readFileSync(FIXTURE_DIR + 'index.json', 'utf8')) as {
		files: { file: string; kind: 'offer' | 'answer' }[];
	};
	const kinds = new Map(index.files.map((f) => [f.file, f.kind]));
	return readdirSync(FIXTURE_DIR)
		.filter((f) => f.endsWith('.sdp'))
		.sort()
		.map((file) => ({
			file,
			text: readFileSync(FIXTURE_DIR + file, 'utf8'),
			kind: kinds.get(file) ?? 'offer'
		}));
}

export function fixture(name: string): string {
	return readFileSync(FIXTURE_DIR + name, 'utf8');
}

/** SDPs captured from real WebRTC software on loopback (test/fixtures/sdp/captured, see its README). */
export const CAPTURED_DIR = fileURLToPath(
	new URL('../../../../test/fixtures/sdp/captured/', import.meta.url)
);

export function loadCaptured(): Fixture[] {
	return readdirSync(CAPTURED_DIR)
		.filter((f) => f.endsWith('.sdp'))
		.sort()
		.map((file) => ({
			file,
			text: readFileSync(CAPTURED_DIR + file, 'utf8'),
			kind: /answer\.sdp$/.test(file) ? 'answer' : 'offer'
		}));
}

export function captured(name: string): string {
	return readFileSync(CAPTURED_DIR + name, 'utf8');
}
