// The lesson index: curriculum order joined with the lesson files that exist (validated at build start).
import lessonIndex from 'virtual:lesson-index';
import type { Component } from 'svelte';
import type { Locale } from '$lib/i18n/locale';
import { CURRICULUM, type CurriculumEntry } from './curriculum';
import type { LessonFrontmatter } from './schema.js';

export interface LessonSummary {
	order: number;
	slug: string;
	locale: Locale;
	meta: LessonFrontmatter;
}

export interface TocEntry {
	depth: number;
	id: string;
	text: string;
}

export interface MapEntry extends CurriculumEntry {
	/** The written lesson in the requested locale, if it exists yet. */
	lesson?: LessonSummary;
}

const all = lessonIndex as LessonSummary[];

/** Written lessons in a locale, in curriculum order. */
export function lessonsIn(locale: Locale): LessonSummary[] {
	return all.filter((l) => l.locale === locale).sort((a, b) => a.order - b.order);
}

/** The whole study map with each entry's lesson (if written) in the locale. */
export function curriculumMap(locale: Locale): MapEntry[] {
	const written = lessonsIn(locale);
	return CURRICULUM.map((entry) => ({ ...entry, lesson: written.find((l) => l.slug === entry.slug) }));
}

export function findLesson(locale: Locale, slug: string) {
	const lessons = lessonsIn(locale);
	const index = lessons.findIndex((l) => l.slug === slug);
	if (index < 0) return undefined;
	return { lesson: lessons[index], previous: lessons[index - 1], next: lessons[index + 1] };
}

type LessonModule = { default: Component; metadata: LessonFrontmatter & { toc?: TocEntry[] } };
const modules = import.meta.glob<LessonModule>('/content/*/*.md');

/** Loads one lesson's compiled component and its table of contents (code-split per lesson). */
export async function loadLesson(lesson: LessonSummary) {
	const key = `/content/${lesson.locale}/${String(lesson.order).padStart(2, '0')}-${lesson.slug}.md`;
	const load = modules[key];
	if (!load) throw new Error(`No lesson module ${key}`);
	const mod = await load();
	return { component: mod.default, toc: mod.metadata.toc ?? [] };
}
