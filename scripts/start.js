// `npm start`: installs dependencies if missing, builds the site if it is missing or older than its sources,
// then serves it. Only Node and npm are needed; no browser.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

function newest(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

if (!existsSync('node_modules/.package-lock.json')) {
	console.log('Installing dependencies (npm ci)…');
	run('npm ci');
}
const sources = Math.max(
	...['src', 'content', 'messages', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'].map(
		newest
	)
);
if (!existsSync('build/index.html') || newest('build/index.html') < sources) {
	console.log('Building the site…');
	run('npm run build');
}
run('node scripts/serve.js build');
