// `npm run test:clients`: carelint against real clients: LibreOffice Writer's LanguageTool checker against
// carelint serve, and the browser extension in Firefox ESR over WebDriver BiDi. The .vsix in code-server (VS Code
// in a browser) runs only when CARELINT_CODE_SERVER and CARELINT_NODE24 point at an install of it: that install
// takes about 12 minutes on two cores, more than this whole run, so CI skips it and this script says so.
// Installs what it needs from Debian when run as root, as .ci/run does for chromium and neovim, then runs
// test/clients/**/*.clients.ts and prints "N passed, N failed". With --total it adds the counts of the
// `npm test` run before it (vitest-report.json), so CI's closing line covers both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const total = process.argv.includes('--total');
const reportFile = `${root}vitest-clients-report.json`;
const started = Date.now();

/** Debian packages the clients need: LibreOffice Writer, its Python UNO bridge, Firefox ESR. */
const needs = [
  ['/usr/bin/soffice', 'libreoffice-writer'],
  ['/usr/lib/python3/dist-packages/uno.py', 'python3-uno'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
];
const missing = needs.filter(([path]) => !existsSync(path)).map(([, name]) => name);
if (missing.length > 0) {
  if (process.getuid?.() === 0) {
    console.error(`test:clients: installing ${missing.join(' ')} (a few minutes the first time)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (install.status !== 0) console.error('test:clients: apt-get install failed; the client tests will fail');
  } else {
    console.error(`test:clients: missing ${missing.join(' ')} and not root; the client tests will fail`);
  }
}

// puppeteer-core drives Firefox over WebDriver BiDi; kept out of the workspace's lockfile, pinned here.
const deps = `${root}test/clients/.deps`;
if (!existsSync(`${deps}/node_modules/puppeteer-core/package.json`)) {
  console.error('test:clients: installing puppeteer-core 24.43.1 into test/clients/.deps');
  mkdirSync(deps, { recursive: true });
  writeFileSync(`${deps}/package.json`, '{"private": true}\n');
  const npm = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', 'puppeteer-core@24.43.1'], { cwd: deps, stdio: ['ignore', 'ignore', 'inherit'] });
  if (npm.status !== 0) console.error('test:clients: npm install puppeteer-core failed; the Firefox tests will fail');
}

rmSync(reportFile, { force: true });
const result = spawnSync(
  'node_modules/.bin/vitest',
  ['run', '--config', 'vitest.clients.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`],
  { cwd: root, stdio: 'inherit' },
);
// Failed tests, plus files that failed without a failed test (an import error): vitest's
// numFailedTestSuites also counts each describe block around a failed test, so it would count one twice.
function failures(report) {
  const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed')).length;
  return report.numFailedTests + brokenFiles;
}
if (!process.env.CARELINT_CODE_SERVER || !process.env.CARELINT_NODE24) {
  console.error(
    'test:clients: skipped the .vsix in code-server (its install takes ~12 min); to run it: CARELINT_CODE_SERVER=<folder where code-server@4.139.1 is installed> CARELINT_NODE24=<its Node 24> npx vitest run --config vitest.clients.config.ts test/clients/code-server.clients.ts (install steps: docs/guides/editors.md)',
  );
}
let passed = 0;
let failed = 1;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests;
  failed = failures(report);
}
if (result.status !== 0 && failed === 0) failed = 1;
console.error(`test:clients: ${passed} passed, ${failed} failed in ${Math.round((Date.now() - started) / 1000)} s`);
if (total && existsSync(`${root}vitest-report.json`)) {
  // The quick suite's own count, as scripts/test.mjs printed it.
  const unit = JSON.parse(readFileSync(`${root}vitest-report.json`, 'utf8'));
  passed += unit.numPassedTests;
  failed += failures(unit);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
