// Lesson frontmatter schema and corpus rules. Plain JS: the Vite plugin runs it in node at build start,
// unit tests call it directly, and the site reads the same topic list.
import { parse } from 'yaml';

export const LOCALES = /** @type {const} */ (['en', 'zh-TW']);
export const TOPICS = /** @type {const} */ (['foundations', 'nat-traversal', 'signaling', 'media', 'operations']);

export class LessonError extends Error {
	/** @param {string} file @param {string} field @param {string} problem */
	constructor(file, field, problem) {
		super(`${file}: frontmatter field "${field}" ${problem}`);
		this.name = 'LessonError';
		this.file = file;
		this.field = field;
	}
}

/**
 * @typedef {{ number: number, title: string, section?: string }} RfcRef
 * @typedef {{ title: string, summary: string, topic: (typeof TOPICS)[number], rfcs: RfcRef[] }} LessonFrontmatter
 * @typedef {{ file: string, locale: string, order: number, slug: string, meta: LessonFrontmatter }} LessonEntry
 */

/** @param {string} source */
function frontmatterText(source) {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
	return m ? m[1] : undefined;
}

/** @param {string} file @param {string} source @returns {LessonEntry} */
export function validateLesson(file, source) {
	const name = /(?:^|[\\/])([^\\/]+)[\\/](\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/.exec(file);
	if (!name) throw new LessonError(file, '(file name)', 'must be content/<locale>/NN-slug.md');
	const [, locale, nn, slug] = name;
	if (!LOCALES.includes(/** @type {any} */ (locale))) throw new LessonError(file, '(locale)', `"${locale}" is not one of ${LOCALES.join(', ')}`);
	const text = frontmatterText(source);
	if (text === undefined) throw new LessonError(file, '(frontmatter)', 'is missing: start the file with --- … ---');
	/** @type {Record<string, unknown>} */
	let fm;
	try {
		fm = parse(text) ?? {};
	} catch (e) {
		throw new LessonError(file, '(frontmatter)', `is not valid YAML: ${/** @type {Error} */ (e).message}`);
	}
	for (const key of ['title', 'summary']) {
		const v = fm[key];
		if (typeof v !== 'string' || !v.trim()) throw new LessonError(file, key, 'is required and must be a non-empty string');
	}
	if (!TOPICS.includes(/** @type {any} */ (fm.topic))) throw new LessonError(file, 'topic', `must be one of ${TOPICS.join(', ')}`);
	const rfcs = fm.rfcs ?? [];
	if (!Array.isArray(rfcs)) throw new LessonError(file, 'rfcs', 'must be a list');
	rfcs.forEach((r, i) => {
		if (!r || typeof r !== 'object') throw new LessonError(file, `rfcs[${i}]`, 'must be { number, title, section? }');
		if (!Number.isInteger(r.number) || r.number < 1) throw new LessonError(file, `rfcs[${i}].number`, 'must be a positive integer');
		if (typeof r.title !== 'string' || !r.title.trim()) throw new LessonError(file, `rfcs[${i}].title`, 'is required');
		if (r.section !== undefined && !/^[0-9A-Z]+(\.[0-9]+)*$/.test(String(r.section)))
			throw new LessonError(file, `rfcs[${i}].section`, 'must look like 4.1 or A.8');
	});
	const known = new Set(['title', 'summary', 'topic', 'rfcs']);
	for (const key of Object.keys(fm)) if (!known.has(key)) throw new LessonError(file, key, `is not a known field (${[...known].join(', ')})`);
	return {
		file,
		locale,
		order: Number(nn),
		slug,
		meta: /** @type {LessonFrontmatter} */ ({ title: fm.title, summary: fm.summary, topic: fm.topic, rfcs })
	};
}

/**
 * Every lesson exists in every locale with the same number and slug; numbers are unique per locale.
 * @param {{ file: string, source: string }[]} files
 * @returns {LessonEntry[]}
 */
export function validateCorpus(files) {
	const lessons = files.map((f) => validateLesson(f.file, f.source));
	const key = (/** @type {LessonEntry} */ l) => `${String(l.order).padStart(2, '0')}-${l.slug}`;
	for (const locale of LOCALES) {
		const mine = lessons.filter((l) => l.locale === locale);
		const byOrder = new Map();
		for (const l of mine) {
			if (byOrder.has(l.order)) throw new LessonError(l.file, '(file name)', `repeats lesson number ${l.order} of ${byOrder.get(l.order)}`);
			byOrder.set(l.order, l.file);
		}
	}
	const keys = new Set(lessons.map(key));
	for (const k of keys) {
		for (const locale of LOCALES) {
			if (!lessons.some((l) => l.locale === locale && key(l) === k)) {
				const other = lessons.find((l) => key(l) === k);
				throw new LessonError(other?.file ?? k, '(locale)', `has no ${locale} version: add content/${locale}/${k}.md`);
			}
		}
	}
	return lessons;
}
