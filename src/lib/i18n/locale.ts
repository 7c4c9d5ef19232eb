// Locale ⇄ URL: English at `/…`, Traditional Chinese at `/zh-TW/…`, both under the deploy base path.
import { base } from '$app/paths';

export const LOCALES = ['en', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a route param (`[[lang=locale]]`) stands for. */
export function localeFromParam(param: string | undefined): Locale {
	return isLocale(param) ? param : BASE_LOCALE;
}

/** The site-relative path without base and locale prefix: `/webrtc/zh-TW/learn/nat/` → `/learn/nat/`. */
export function delocalizePath(pathname: string, basePath: string = base): string {
	let path = basePath && pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
	if (!path.startsWith('/')) path = `/${path}`;
	for (const locale of LOCALES) {
		if (locale === BASE_LOCALE) continue;
		if (path === `/${locale}` || path.startsWith(`/${locale}/`)) path = path.slice(locale.length + 1) || '/';
	}
	return path;
}

/** `/learn/nat/` in zh-TW → `${base}/zh-TW/learn/nat/`. Paths are site-relative and keep their trailing slash. */
export function localizePath(path: string, locale: Locale, basePath: string = base): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	const prefix = locale === BASE_LOCALE ? '' : `/${locale}`;
	return `${basePath}${prefix}${clean}`;
}

/** Which locale a full pathname is in. */
export function localeOfPath(pathname: string, basePath: string = base): Locale {
	const path = basePath && pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
	const first = path.split('/')[1];
	return isLocale(first) ? first : BASE_LOCALE;
}
