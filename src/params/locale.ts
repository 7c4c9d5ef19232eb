import type { ParamMatcher } from '@sveltejs/kit';

/** The optional first path segment: only `zh-TW`; English lives at the root. */
export const match: ParamMatcher = (param) => param === 'zh-TW';
