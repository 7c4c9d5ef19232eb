#!/usr/bin/env bash
# `npm test`: everything, in order — system packages, type check, lint, unit tests, build, end-to-end tests.
# As root (CI) it installs missing Debian packages itself; otherwise it stops with the exact command to run.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v unshare >/dev/null || missing+=(util-linux)
command -v ip >/dev/null || missing+=(iproute2)
command -v turnserver >/dev/null || missing+=(coturn)
command -v openssl >/dev/null || missing+=(openssl) # test/e2e/turn-server.ts makes the turns: certificates
command -v certutil >/dev/null || missing+=(libnss3-tools) # …and trusts their CA in a throwaway NSS database
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" -eq 0 ]; then
		echo "Installing Debian packages: ${missing[*]}"
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
	else
		echo "Missing Debian packages. Run:"
		echo "  sudo apt-get install -y ${missing[*]}"
		exit 1
	fi
fi
[ -f node_modules/.package-lock.json ] || npm ci

mkdir -p test-results
step() { printf '\n=== %s ===\n' "$1"; }

step 'svelte-check'
npm run --silent check
step 'prettier + eslint'
npm run --silent lint
step 'unit tests (vitest)'
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
step 'build (and a second copy under a sub-path, for the base-path test)'
npm run --silent build
BASE_PATH=/webrtc-lab BUILD_DIR=build-base npm run --silent build
step 'end-to-end tests (Playwright, Chromium, private network namespace)'
e2e=0
npm run --silent test:e2e || e2e=$?

node -e '
const fs = require("fs");
const v = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
let p = v.numPassedTests, f = v.numFailedTests, s = v.numPendingTests + (v.numTodoTests || 0);
try {
  const e = JSON.parse(fs.readFileSync("test-results/playwright.json", "utf8")).stats;
  p += e.expected; f += e.unexpected; s += e.skipped; f += e.flaky ? 0 : 0;
} catch { f += 1; console.log("Playwright wrote no results"); }
console.log(`\nunit + e2e: ${p} passed, ${f} failed, ${s} skipped`);
console.log(`${p} passed, ${f} failed`);
'
exit "$e2e"
