// Validates every lesson before Vite builds anything, so a broken lesson fails `npm run build` naming file and field.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateCorpus, LOCALES } from '../src/lib/content/schema.js';

export function readLessonFiles(root = process.cwd()) {
	const files = [];
	for (const locale of LOCALES) {
		const dir = join(root, 'content', locale);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir)
			.filter((n) => n.endsWith('.md'))
			.sort()) {
			const path = join(dir, name);
			files.push({ file: relative(root, path), source: readFileSync(path, 'utf8') });
		}
	}
	return files;
}

const VIRTUAL_ID = 'virtual:lesson-index';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * Validates the lessons and serves their index (locale, number, slug, frontmatter) as `virtual:lesson-index`,
 * so pages list lessons without bundling every lesson's compiled component.
 * @returns {import('vite').Plugin}
 */
export function lessonContentPlugin() {
	return {
		name: 'webrtc-lab:lessons',
		buildStart() {
			validateCorpus(readLessonFiles());
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			const files = readLessonFiles();
			for (const f of files) this.addWatchFile(f.file);
			const index = validateCorpus(files).map(({ locale, order, slug, meta }) => ({
				locale,
				order,
				slug,
				meta
			}));
			return `export default ${JSON.stringify(index)};`;
		},
		handleHotUpdate({ file, server }) {
			if (!/[\\/]content[\\/]/.test(file)) return;
			validateCorpus(readLessonFiles());
			const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
			if (mod) server.moduleGraph.invalidateModule(mod);
		}
	};
}
