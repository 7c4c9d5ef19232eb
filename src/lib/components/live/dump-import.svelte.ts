// The dump viewer's state: which file is open (read from a file picker, a drop or pasted text; never uploaded), the
// parse result, and which peer connection and exchange are shown.
import { parseDump, parseDumpBytes, type DumpError, type ImportedDump } from '$lib/live/dump-import';

export class DumpImporter {
	/** What is being read or was read: a file name, or null for pasted text. */
	name = $state<string | null>(null);
	busy = $state(false);
	dump = $state.raw<ImportedDump | null>(null);
	error = $state.raw<DumpError | null>(null);
	/** Index of the peer connection shown. */
	pc = $state(0);
	#generation = 0;

	async openFile(file: File): Promise<void> {
		const generation = ++this.#generation;
		this.name = file.name;
		this.busy = true;
		let result;
		try {
			result = await parseDumpBytes(new Uint8Array(await file.arrayBuffer()));
		} catch (e) {
			// Reading the file itself failed (it was moved or is unreadable).
			result = { ok: false as const, error: { code: 'encoding' as const, detail: String(e) } };
		}
		if (generation !== this.#generation) return; // a newer file or paste won
		this.#show(result);
	}

	openText(text: string, name: string | null = null): void {
		++this.#generation;
		this.name = name;
		this.#show(parseDump(text));
	}

	#show(result: Awaited<ReturnType<typeof parseDumpBytes>>): void {
		this.busy = false;
		this.pc = 0;
		if (result.ok) {
			this.dump = result.dump;
			this.error = null;
		} else {
			this.dump = null;
			this.error = result.error;
		}
	}

	close(): void {
		++this.#generation;
		this.dump = null;
		this.error = null;
		this.name = null;
		this.busy = false;
	}
}
