// Serves a build made with BASE_PATH under that sub-path, as a host would: a plain static server rooted at a
// folder that holds the site in a sub-folder. Usage: node scripts/serve-subpath.js build-base /webrtc-lab
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawn } from 'node:child_process';

const [dir = 'build-base', sub = '/webrtc-lab'] = process.argv.slice(2);
if (!existsSync(`${dir}/index.html`)) {
	console.error(
		`serve-subpath: ${dir}/index.html not found — build it with BASE_PATH=${sub} BUILD_DIR=${dir}`
	);
	process.exit(1);
}
const root = resolve('test-results/subpath-root');
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
symlinkSync(resolve(dir), `${root}${sub}`, 'dir');
const child = spawn(process.execPath, ['scripts/serve.js', root], { stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
