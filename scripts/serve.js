// Serves the built site with a plain static file server (http-server): what any static host does, including
// serving the precompressed .br/.gz copies the build writes beside each file when the browser accepts them.
// Usage: node scripts/serve.js [dir] — PORT (default 4173) and HOST (default 127.0.0.1) from the environment.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const dir = process.argv[2] ?? 'build';
if (!existsSync(dir)) {
	console.error(`serve: ${dir}/ not found — run \`npm run build\` first (or \`npm start\`).`);
	process.exit(1);
}
const bin = createRequire(import.meta.url).resolve('http-server/bin/http-server');
const port = process.env.PORT ?? '4173';
const host = process.env.HOST ?? '127.0.0.1';
const child = spawn(
	process.execPath,
	[bin, dir, '-p', port, '-a', host, '-c-1', '--gzip', '--brotli', '--silent'],
	{
		stdio: 'inherit'
	}
);
console.log(`WebRTC Lab: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
