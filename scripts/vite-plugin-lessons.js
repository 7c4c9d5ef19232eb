// Validates every lesson before Vite builds anything, so a broken lesson fails `npm run build` naming file and field.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateCorpus, LOCALES } from '../src/lib/content/schema.js';

export function readLessonFiles(root = process.cwd()) {
	const files = [];
	for (const locale of LOCALES) {
		const dir = join(root, 'content', locale);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
			const path = join(dir, name);
			files.push({ file: relative(root, path), source: readFileSync(path, 'utf8') });
		}
	}
	return files;
}

/** @returns {import('vite').Plugin} */
export function lessonContentPlugin() {
	return {
		name: 'webrtc-lab:lessons',
		buildStart() {
			validateCorpus(readLessonFiles());
		},
		handleHotUpdate({ file }) {
			if (file.includes(`${'/content/'}`) && file.endsWith('.md')) validateCorpus(readLessonFiles());
		}
	};
}
