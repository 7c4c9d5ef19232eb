import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOfPath } from '$lib/i18n/locale';

/** Puts the page's locale in `<html lang>` of the prerendered HTML. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeOfPath(event.url.pathname, base);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', lang) });
};
