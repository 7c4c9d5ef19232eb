// Every page is prerendered to static HTML; URLs end in `/` so any static file server finds `index.html`.
export const prerender = true;
export const trailingSlash = 'always';
