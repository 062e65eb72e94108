// `npm test`: checks what the tests need (scripts/test-needs.mjs), makes the clone ready (scripts/setup.mjs),
// runs every test once and prints the closing line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensurePrograms } from './test-needs.mjs';

const root = new URL('..', import.meta.url).pathname;

// Before anything slow: a missing browser or editor stops the run at once, with the command to fix it.
if (!ensurePrograms()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const setup = spawnSync(process.execPath, [`${root}scripts/setup.mjs`], { cwd: root, stdio: 'inherit' });
if (setup.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const reportFile = `${root}vitest-report.json`;
rmSync(reportFile, { force: true });

const result = spawnSync(
  'node_modules/.bin/vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests;
  // A file that failed to load has no failed test of its own: count it once, so nothing is hidden or counted twice.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  failed = report.numFailedTests + brokenFiles;
} else {
  failed = 1;
}
// vitest can also fail with no failed test (an unhandled error, a crashed worker): never print "0 failed" then.
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
