// `npm run bench`: measures and prints the project's figures, and writes them to bench-results/bench.json.
//   --quick   one pass of everything (CI runs this so the benchmarks never rot)
//   --scenario <id>     the NAT lab plays this scenario (default: the longest)
//   --only <sections>   only these, comma-separated: js, sdp, nat, lighthouse, node (figures go to
//                       bench-results/bench-<sections>.json, so a focused run never overwrites the full one)
// Runs inside a private network namespace (see package.json), like every browser run of this project.
// Figures:
//   - first-load JavaScript of each lesson page, gzipped (what the browser fetched before any interaction);
//   - NAT lab: main-thread work per animation frame while playing, and the time to jump to the last step;
//   - loopback lab: Start → connected and → first decoded frame beside a minimal plain page, and the
//     main-thread time per stats tick;
//   - Lighthouse performance score of a lesson page (mobile preset) in Debian's Chromium;
//   - node micro-benchmarks (`*.bench.ts`, run by vitest bench), e.g. protocol decode throughput.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : [];
const SECTIONS = ['js', 'sdp', 'nat', 'lighthouse', 'node'];
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`bench: --only ${s}? (one of ${SECTIONS})`);
const want = (section) => only.length === 0 || only.includes(section);
const PORT = 4183;
const origin = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking'
];
const results = { date: new Date().toISOString(), quick, node: process.version, figures: {} };

if (!existsSync('build/index.html')) {
	console.log('bench: building the site first');
	spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

const server = spawn(process.execPath, ['scripts/serve.js', 'build'], {
	env: { ...process.env, PORT: String(PORT) },
	stdio: 'ignore'
});
const stopServer = () => server.kill();
process.on('exit', stopServer);
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(origin)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 100));
	}
}

const lessonPaths = (locale) =>
	readdirSync(`content/${locale}`)
		.filter((f) => /^\d\d-.+\.md$/.test(f))
		.map(
			(f) => `${locale === 'en' ? '' : `/${locale}`}/learn/${f.replace(/^\d\d-/, '').replace(/\.md$/, '')}/`
		);

// --- First-load JavaScript per lesson page --------------------------------------------------------------
if (want('js')) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
	const page = await browser.newPage();
	const perPage = {};
	for (const path of [...lessonPaths('en'), ...lessonPaths('zh-TW')]) {
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		const urls = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((n) => n.endsWith('.js'))
		);
		let gz = 0;
		for (const url of new Set(urls))
			gz += gzipSync(readFileSync(`build${new URL(url).pathname}`), { level: 9 }).length;
		perPage[path] = { scripts: new Set(urls).size, jsGzipBytes: gz };
	}
	await browser.close();
	const worst = Math.max(...Object.values(perPage).map((p) => p.jsGzipBytes));
	results.figures.firstLoadJs = { perPage, maxGzipKB: +(worst / 1024).toFixed(1), budgetKB: 100 };
	console.log('\nFirst-load JavaScript (gzipped) per lesson page:');
	for (const [p, v] of Object.entries(perPage))
		console.log(`  ${p.padEnd(36)} ${(v.jsGzipBytes / 1024).toFixed(1)} KB in ${v.scripts} files`);
	console.log(`  worst: ${(worst / 1024).toFixed(1)} KB (budget 100 KB)`);
}

// --- SDP lab: the longest main-thread task while a 1 MB SDP is pasted and annotated (budget 200 ms) --------
if (want('sdp') && existsSync('build/lab/sdp/index.html')) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
	const page = await browser.newPage();
	await page.goto(`${origin}/lab/sdp/`, { waitUntil: 'networkidle' });
	const runs = quick ? 1 : 3;
	const longest = [];
	for (let run = 0; run < runs; run++) {
		if (run) await page.reload({ waitUntil: 'networkidle' });
		await page.evaluate(() => {
			const lines = ['v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0', 'm=audio 9 UDP/TLS/RTP/SAVPF 111'];
			for (let i = 0, size = 0; size < 1_000_000; i++) {
				const line = `a=candidate:${(i * 2654435761) >>> 0} 1 udp ${(i * 40503) >>> 0} 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255} ${1024 + (i % 60000)} typ host generation 0`;
				lines.push(line);
				size += line.length + 2;
			}
			window.__big = lines.join('\r\n') + '\r\n';
			window.__longest = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
			}).observe({ type: 'longtask' });
		});
		await page.getByTestId('sdp-input').evaluate((el) => {
			const data = new DataTransfer();
			data.setData('text/plain', window.__big);
			el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		});
		await page
			.getByTestId('lint-counts')
			.filter({ hasText: /lines: \d{4,}/ })
			.waitFor({ timeout: 60_000 });
		await page.mouse.wheel(0, 4000);
		await page.waitForTimeout(500);
		longest.push(Math.round(await page.evaluate(() => window.__longest)));
	}
	await browser.close();
	longest.sort((a, b) => a - b);
	const median = longest[Math.floor(longest.length / 2)];
	results.figures.sdpLab1MB = { runs, longestTaskMs: longest, medianLongestTaskMs: median, budgetMs: 200 };
	console.log(
		`\nSDP lab, 1 MB paste: longest main-thread task ${median} ms (median of ${runs}; budget 200 ms)`
	);
}

// --- NAT lab: main-thread work per animation frame while playing, and the jump to the last step ----------
// Method for the per-frame figure: a Chrome DevTools Protocol trace of the renderer. On the page's main thread
// (the one that receives BeginMainThreadFrame), every top-level task (ThreadControllerImpl::RunTask, outermost
// only) is assigned to the frame in which it starts, frames being delimited by BeginMainThreadFrame; a frame's
// work is the sum of its tasks' durations (script, style, layout, paint — everything the main thread did).
// Long-animation-frame entries would only show frames over 50 ms, so they cannot give a median or p95.
if (want('nat') && existsSync('build/lab/nat/index.html')) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
	const page = await browser.newPage();
	await page.goto(`${origin}/lab/nat/`, { waitUntil: 'networkidle' });
	await page.locator('[data-testid="nat-lab"][data-ready="true"]').waitFor();
	const select = page.getByTestId('scenario-select');
	const scrub = page.getByTestId('scrub');
	// The longest scenario: the one whose scrub range goes furthest (or the one named by --scenario <id>).
	const named = process.argv.includes('--scenario')
		? process.argv[process.argv.indexOf('--scenario') + 1]
		: '';
	let scenario = '';
	let last = -1;
	for (const id of await select.locator('option').evaluateAll((os) => os.map((o) => o.value))) {
		if (id === 'custom' || (named && id !== named)) continue;
		await select.selectOption(id);
		const max = Number(await scrub.getAttribute('max'));
		if (max > last) [scenario, last] = [id, max];
	}
	await select.selectOption(scenario);

	// 1. Per-frame main-thread work while playing.
	const cdp = await page.context().newCDPSession(page);
	const events = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
	await cdp.send('Tracing.start', {
		categories: 'toplevel,disabled-by-default-devtools.timeline.frame',
		transferMode: 'ReportEvents'
	});
	await page.getByTestId('play').click();
	await page.waitForTimeout(quick ? 2000 : 5000);
	const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
	await cdp.send('Tracing.end');
	await traced;
	await page.getByTestId('play').click();
	const frameStarts = events.filter((e) => e.name === 'BeginMainThreadFrame');
	if (!frameStarts.length) throw new Error('NAT lab bench: the trace has no BeginMainThreadFrame events');
	const main = { pid: frameStarts[0].pid, tid: frameStarts[0].tid };
	const starts = frameStarts.filter((e) => e.pid === main.pid && e.tid === main.tid).map((e) => e.ts);
	const tasks = events
		.filter(
			(e) =>
				e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === main.pid && e.tid === main.tid
		)
		.sort((a, b) => a.ts - b.ts);
	// Wall time (`dur`) is what the frame took; thread time (`tdur`) is the CPU the main thread itself used, which
	// is what the page controls: on a loaded machine wall time also holds the time the thread waited for a core.
	const work = starts.slice(0, -1).map(() => 0);
	const cpu = starts.slice(0, -1).map(() => 0);
	let end = -Infinity;
	for (const t of tasks) {
		if (t.ts < end) continue; // nested inside a task already counted
		end = t.ts + (t.dur ?? 0);
		let i = 0;
		while (i + 1 < starts.length && starts[i + 1] <= t.ts) i++;
		if (t.ts >= starts[0] && i < work.length) {
			work[i] += (t.dur ?? 0) / 1000;
			cpu[i] += (t.tdur ?? t.dur ?? 0) / 1000;
		}
	}
	const quantile = (values) => {
		const sorted = [...values].sort((a, b) => a - b);
		return (q) => +(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN).toFixed(2);
	};
	const wall = quantile(work);
	const thread = quantile(cpu);
	const frameWorkMs = {
		median: wall(0.5),
		p95: wall(0.95),
		cpuMedian: thread(0.5),
		cpuP95: thread(0.95),
		frames: work.length,
		method:
			'CDP trace: top-level main-thread tasks summed per BeginMainThreadFrame interval while playing (wall: dur, cpu: tdur)'
	};

	// 2. Time from the scrub input event until the step label shows the last step (median of the runs).
	const runs = quick ? 1 : 5;
	const jumps = [];
	for (let run = 0; run < runs; run++) {
		await scrub.fill('-1');
		await page.waitForTimeout(200);
		jumps.push(
			await scrub.evaluate(
				(input, total) =>
					new Promise((resolve) => {
						const label = input.parentElement.querySelector('span');
						const want = `${total} of ${total}`;
						const t0 = performance.now();
						const done = () => {
							if (!label.textContent.includes(want)) return false;
							observer.disconnect();
							resolve(performance.now() - t0);
							return true;
						};
						const observer = new MutationObserver(done);
						observer.observe(label, { childList: true, characterData: true, subtree: true });
						input.value = input.max;
						input.dispatchEvent(new Event('input', { bubbles: true }));
						done();
					}),
				last + 1
			)
		);
	}
	await browser.close();
	jumps.sort((a, b) => a - b);
	const jumpToLastStepMs = +jumps[Math.floor(jumps.length / 2)].toFixed(1);
	results.figures.natLab = { frameWorkMs, jumpToLastStepMs, scenario };
	console.log(
		`\nNAT lab, playing ${scenario}: main-thread work per frame median ${frameWorkMs.median} ms, p95 ${frameWorkMs.p95} ms over ${frameWorkMs.frames} frames (goal p95 ≤ 8 ms)`
	);
	console.log(
		`  main-thread CPU time per frame (excludes waiting for a core): median ${frameWorkMs.cpuMedian} ms, p95 ${frameWorkMs.cpuP95} ms`
	);
	console.log(
		`  jump to the last step (${last + 1} steps): ${jumpToLastStepMs} ms${runs > 1 ? ` (median of ${runs})` : ''}`
	);
}

// --- Loopback lab beside a minimal plain two-peer page: time to connected and to the first decoded frame --------
// Both pages run the same instrumentation (an init script): t0 is the click on Start (capture phase), "connected"
// is the first moment every RTCPeerConnection of the page reports connectionState connected, "first frame" the
// first video frame the callee's track delivers (MediaStreamTrackProcessor on a clone of the received track).
// Runs alternate between the two pages (and which goes first), each in a fresh tab of one browser; the ratio of
// the two pages within each round is reported beside the ratio of their medians. The minimal
// page (test/bench/loopback-minimal.html) is served from test/bench by this script only; it is not in the site.
// Then, on the lab page, the main-thread time of each stats tick: the User Timing measure the lab records around
// the tick (reports → sample → Svelte flush of the DOM updates; style, layout and paint come after it).
if (existsSync('build/lab/loopback/index.html')) {
	const BENCH_PORT = PORT + 1;
	const benchServer = createServer((req, res) => {
		const file = new URL(req.url, 'http://x').pathname.replace(/^\//, '');
		if (file !== 'loopback-minimal.html') return res.writeHead(404).end();
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(readFileSync(`test/bench/${file}`));
	}).listen(BENCH_PORT, '127.0.0.1');
	const pages = {
		lab: `${origin}/lab/loopback/`,
		minimal: `http://127.0.0.1:${BENCH_PORT}/loopback-minimal.html`
	};
	const instrument = () => {
		const bench = (window.__bench = { t0: null, connected: null, frame: null, ticks: [] });
		// Resolved when both moments are in: the harness waits on it with one evaluate made before the click, so
		// no polling script runs in the page while it is measured.
		let settle;
		bench.done = new Promise((resolve) => (settle = resolve));
		const check = () => bench.connected !== null && bench.frame !== null && settle();
		document.addEventListener(
			'click',
			(e) => {
				if (bench.t0 === null && e.target.closest?.('[data-testid="start-call"]'))
					bench.t0 = performance.now();
			},
			true
		);
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (e.name === 'loopback:stats-tick') bench.ticks.push(e.duration);
		}).observe({ entryTypes: ['measure'] });
		const Native = window.RTCPeerConnection;
		const pcs = [];
		window.RTCPeerConnection = class extends Native {
			constructor(...args) {
				super(...args);
				pcs.push(this);
				this.addEventListener('connectionstatechange', () => {
					if (
						bench.connected === null &&
						pcs.length >= 2 &&
						pcs.every((p) => p.connectionState === 'connected')
					)
						bench.connected = performance.now();
					check();
				});
				this.addEventListener('track', async (e) => {
					if (e.track.kind !== 'video') return;
					const track = e.track.clone();
					const reader = new MediaStreamTrackProcessor({ track }).readable.getReader();
					const { value } = await reader.read();
					if (bench.frame === null) bench.frame = performance.now();
					check();
					value?.close();
					await reader.cancel();
					track.stop();
				});
			}
		};
	};
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			...FLAGS.slice(1),
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			'--allow-loopback-in-peer-connection'
		]
	});
	const context = await browser.newContext();
	await context.addInitScript(instrument);
	const runs = quick ? 3 : 30;
	const times = { lab: { connected: [], frame: [] }, minimal: { connected: [], frame: [] } };
	// Round -1 is a warm-up, not counted: the first call in a fresh browser also starts its audio service and
	// WebRTC threads (a trace showed its Start handler at ~60–80 ms instead of ~15), which would land on
	// whichever page happened to go first.
	for (let run = -1; run < runs; run++) {
		const order = run % 2 ? ['minimal', 'lab'] : ['lab', 'minimal'];
		for (const name of order) {
			const page = await context.newPage();
			await page.goto(pages[name], { waitUntil: 'networkidle' });
			await page.locator('[data-testid="start-call"]:enabled').waitFor();
			await page.waitForTimeout(300);
			const settled = page.evaluate(() =>
				Promise.race([
					window.__bench.done,
					new Promise((_, reject) => setTimeout(() => reject(new Error('no call within 30 s')), 30_000))
				]).then(() => ({
					t0: window.__bench.t0,
					connected: window.__bench.connected,
					frame: window.__bench.frame
				}))
			);
			await page.locator('[data-testid="start-call"]').click();
			const b = await settled;
			if (run >= 0) {
				times[name].connected.push(b.connected - b.t0);
				times[name].frame.push(b.frame - b.t0);
			}
			await page.close();
		}
	}
	// Stats ticks on the lab page during one call.
	const page = await context.newPage();
	await page.goto(pages.lab, { waitUntil: 'networkidle' });
	await page.locator('[data-testid="start-call"]:enabled').click();
	const tickCount = quick ? 5 : 30;
	await page.waitForFunction((n) => window.__bench.ticks.length >= n, tickCount, { timeout: 120_000 });
	const ticks = (await page.evaluate(() => window.__bench.ticks)).slice(1); // the first renders every panel
	await page.close();
	await browser.close();
	benchServer.close();

	const sorted = (xs) => [...xs].sort((a, b) => a - b);
	const quantile = (xs, q) => {
		const s = sorted(xs);
		const i = (s.length - 1) * q;
		const lo = Math.floor(i);
		return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
	};
	const summary = (xs) => ({
		median: +quantile(xs, 0.5).toFixed(1),
		p10: +quantile(xs, 0.1).toFixed(1),
		p90: +quantile(xs, 0.9).toFixed(1),
		runs: xs.length
	});
	const figure = { runs };
	for (const metric of ['connected', 'frame']) {
		const lab = summary(times.lab[metric]);
		const minimal = summary(times.minimal[metric]);
		// Each round ran both pages one after the other: the ratio within a round cancels slow drifts of the machine.
		const paired = times.lab[metric].map((x, i) => x / times.minimal[metric][i]);
		figure[metric] = {
			lab,
			minimal,
			medianRatio: +(lab.median / minimal.median).toFixed(2),
			pairedRatio: {
				median: +quantile(paired, 0.5).toFixed(2),
				p10: +quantile(paired, 0.1).toFixed(2),
				p90: +quantile(paired, 0.9).toFixed(2)
			},
			goalRatio: 1.1
		};
	}
	figure.statsTickMs = {
		median: +quantile(ticks, 0.5).toFixed(2),
		p95: +quantile(ticks, 0.95).toFixed(2),
		ticks: ticks.length,
		method:
			'User Timing measure around each stats tick (reports to DOM updates, flushSync), first tick excluded'
	};
	results.figures.loopback = figure;
	console.log(
		`\nLoopback lab beside a minimal two-peer page (${runs} runs each, interleaved; ms from Start):`
	);
	for (const [metric, label] of [
		['connected', 'to connected'],
		['frame', 'to first decoded frame']
	]) {
		const f = figure[metric];
		console.log(
			`  ${label.padEnd(24)} lab median ${f.lab.median} (p10 ${f.lab.p10}, p90 ${f.lab.p90}) · minimal ${f.minimal.median} (p10 ${f.minimal.p10}, p90 ${f.minimal.p90}) · ratio of medians ${f.medianRatio}×, median of paired ratios ${f.pairedRatio.median}× (p10 ${f.pairedRatio.p10}, p90 ${f.pairedRatio.p90}) (goal ≤ 1.1×)`
		);
	}
	console.log(
		`  main-thread time per stats tick: median ${figure.statsTickMs.median} ms, p95 ${figure.statsTickMs.p95} ms over ${figure.statsTickMs.ticks} ticks`
	);
}

// --- Lighthouse performance (mobile preset) ---------------------------------------------------------------
if (want('lighthouse')) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const runs = quick ? 1 : 3;
	const target = lessonPaths('en').at(-1);
	const scores = [];
	const metrics = [];
	for (let i = 0; i < runs; i++) {
		const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
		try {
			const result = await lighthouse(origin + target, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance']
			});
			const lhr = result.lhr;
			scores.push(lhr.categories.performance.score);
			metrics.push({
				fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
				lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
				tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
				cls: +lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)
			});
		} finally {
			chrome.kill();
		}
	}
	scores.sort();
	const median = scores[Math.floor(scores.length / 2)];
	results.figures.lighthouse = {
		page: target,
		preset: 'mobile (default)',
		runs,
		scores,
		median,
		budget: 0.98,
		metrics
	};
	console.log(
		`\nLighthouse performance, ${target} (mobile preset, ${runs} run${runs > 1 ? 's' : ''}): median ${median} (budget ≥ 0.98)`
	);
	console.log(`  ${JSON.stringify(metrics)}`);
}
stopServer();

// --- Node micro-benchmarks (vitest bench) -----------------------------------------------------------------
if (want('node')) {
	mkdirSync('bench-results', { recursive: true });
	const hasBench = spawnSync('bash', ['-c', 'git ls-files "*.bench.ts" | head -1'], {
		encoding: 'utf8'
	}).stdout.trim();
	if (hasBench) {
		const r = spawnSync(
			'npx',
			['vitest', 'bench', '--run', '--outputJson', 'bench-results/vitest-bench.json'],
			{
				stdio: 'inherit',
				env: { ...process.env, BENCH_QUICK: quick ? '1' : '' }
			}
		);
		if (r.status !== 0) throw new Error('vitest bench failed');
		results.figures.node = JSON.parse(readFileSync('bench-results/vitest-bench.json', 'utf8'));
		results.figures.sdpPerKB = sdpPerKB(results.figures.node);
		results.figures.sdpTypical = sdpTypical(results.figures.node);
	}
}

// SDP: time per KB of our parse (+ explain + lint) beside sdp-transform's parse of the same text, from the
// groups of src/lib/protocol/sdp/sdp.bench.ts (each names its size: `SDP … (125.9 KB)`).
function sdpPerKB(node) {
	const out = {};
	for (const file of node.files ?? [])
		for (const g of file.groups ?? []) {
			const m = /> (SDP [^(]*)\(.*?([\d.]+) KB\)$/.exec(g.fullName);
			if (!m) continue;
			const kb = Number(m[2]);
			out[m[1].trim()] = {
				kb,
				usPerKB: Object.fromEntries(g.benchmarks.map((b) => [b.name, +((b.mean * 1000) / kb).toFixed(1)]))
			};
		}
	if (Object.keys(out).length) {
		console.log('\nSDP, time per KB (mean µs/KB; same text for every column):');
		for (const [name, { kb, usPerKB }] of Object.entries(out))
			console.log(
				`  ${`${name} (${kb} KB)`.padEnd(34)} ` +
					Object.entries(usPerKB)
						.map(([k, v]) => `${k}: ${v}`)
						.join('   ')
			);
	}
	return out;
}

// SDP: one typical browser SDP end to end (parse + explain + lint, and parse alone), from the groups of
// sdp.bench.ts named `typical browser SDP: <name> (<size> KB)`; mean µs per SDP.
function sdpTypical(node) {
	const out = {};
	for (const file of node.files ?? [])
		for (const g of file.groups ?? []) {
			const m = /> typical browser SDP: ([^(]*)\(([\d.]+) KB\)$/.exec(g.fullName);
			if (!m) continue;
			const us = (name) => {
				const b = g.benchmarks.find((x) => x.name === name);
				return b ? Math.round(b.mean * 1000) : undefined;
			};
			out[m[1].trim()] = {
				kb: Number(m[2]),
				fullUs: us('parseSdp + explainSdp + lintSdp'),
				parseUs: us('parseSdp only'),
				sdpTransformUs: us('sdp-transform parse')
			};
		}
	if (Object.keys(out).length)
		console.log(
			'\ntypical browser SDP: ' +
				Object.entries(out)
					.map(
						([name, f]) =>
							`${name} (${f.kb} KB) ${f.fullUs} µs parse+explain+lint (${f.parseUs} µs parse only)`
					)
					.join('; ')
		);
	return out;
}

mkdirSync('bench-results', { recursive: true });
const out = only.length ? `bench-results/bench-${only.join('-')}.json` : 'bench-results/bench.json';
writeFileSync(out, JSON.stringify({ ...results, only }, null, 2));
console.log(`\nWrote ${out}`);
process.exit(0);
