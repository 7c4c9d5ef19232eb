// After `vite build`: give static servers the conventional /404.html (and /zh-TW/404.html). These copies are
// served at any missing URL, so they drop SvelteKit's hydration script (it would try to route the wrong URL)
// and stay plain HTML; every link in them is an ordinary link.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const out = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
for (const [from, to] of [
	[`${out}/404/index.html`, `${out}/404.html`],
	[`${out}/zh-TW/404/index.html`, `${out}/zh-TW/404.html`]
]) {
	if (!existsSync(from)) throw new Error(`postbuild: ${from} is missing — is the 404 route prerendered?`);
	const html = readFileSync(from, 'utf8')
		.replace(/<link href="[^"]*" rel="modulepreload">\s*/g, '')
		.replace(/<script>\s*\{\s*__sveltekit_[\s\S]*?<\/script>/, '');
	if (/__sveltekit_/.test(html))
		throw new Error(`postbuild: could not strip the hydration script from ${from}`);
	writeFileSync(to, html);
}
