import { error } from '@sveltejs/kit';
import { findLesson, loadLesson } from '$lib/content/lessons';
import { localeFromParam } from '$lib/i18n/locale';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const locale = localeFromParam(params.lang);
	const found = findLesson(locale, params.slug);
	if (!found) error(404, `No lesson "${params.slug}"`);
	const { component, toc } = await loadLesson(found.lesson);
	return { locale, ...found, component, toc };
};
