// carelint from a fresh process: what a one-off `carelint check` (a pre-commit hook, say) pays before the steady
// state run.mjs measures.
//
// Prints one JSON line:
//   importMs, firstMs, next9Ms, next40Ms  in one process: ms to import core, for the first 500-word record, and
//                                         the mean of the next 9 and of records 11–50 (distinct records, seeds the
//                                         other benchmarks do not use);
//   check                                 a whole `carelint check --format json <one 500-word record>` as a new
//                                         process, median and fastest wall-clock ms of `runs` runs, for the
//                                         workspace CLI (packages/cli/dist/bin.js), for the bundled one that
//                                         `npm run install-cli` installs (scripts/bundle-cli.mjs: with its code
//                                         cache), and for the bundled one where it can neither read nor keep its
//                                         code cache (`bundledNoCache`: a folder stands where the cache would be,
//                                         so every run compiles, and tries to write it); on Linux also
//                                         the median CPU ms (user + system) each run used, which a busy machine
//                                         changes much less than wall-clock time;
//   load                                  the machine's 1-minute load average when it started (times on a busy
//                                         machine are longer: compare runs made at similar loads).
// Options: --runs N (default 7), --check-only (skip the in-process figures).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleCli } from '../scripts/bundle-cli.mjs';
import { generateRecord } from './corpus.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' }, 'check-only': { type: 'boolean' } } });
const runs = Number(values.runs ?? 7);
const root = new URL('..', import.meta.url).pathname;
const load = loadavg()[0];

/** CPU ms used so far by this process's finished children (Linux: /proc/self/stat's cutime + cstime). */
function childrenCpuMs() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ", fields count from 3 (state); cutime and cstime are fields 16 and 17, in clock ticks (100 a second).
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * 10;
}

const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

let inProcess = {};
if (!values['check-only']) {
  const texts = Array.from({ length: 50 }, (_, i) => generateRecord({ words: 500, seed: 930_000 + i }));
  const started = performance.now();
  const { lint } = await import('@carelint/core');
  const imported = performance.now();
  const times = texts.map((text) => {
    const at = performance.now();
    lint(text);
    return performance.now() - at;
  });
  inProcess = { importMs: imported - started, firstMs: times[0], next9Ms: mean(times.slice(1, 10)), next40Ms: mean(times.slice(10)) };
}

const folder = mkdtempSync(join(tmpdir(), 'carelint-cold-'));
try {
  const record = join(folder, 'visit.txt');
  writeFileSync(record, generateRecord({ words: 500, seed: 931_000 }));
  const bundled = join(folder, 'bundled', 'carelint.mjs');
  mkdirSync(join(folder, 'bundled'));
  await bundleCli(bundled);
  const bundledNoCache = join(folder, 'no-cache', 'carelint.mjs');
  mkdirSync(join(folder, 'no-cache'));
  await bundleCli(bundledNoCache, { codeCache: false });
  // Even as root, who may write into any folder.
  mkdirSync(join(folder, 'no-cache', 'carelint.cache', 'not-a-cache'), { recursive: true });
  const clis = { workspace: join(root, 'packages', 'cli', 'dist', 'bin.js'), bundled, bundledNoCache };
  const check = {};
  const cpu = {};
  for (const name of Object.keys(clis)) {
    check[name] = [];
    cpu[name] = [];
  }
  // Interleaved, so a change in the machine's load falls on both alike.
  for (let run = 0; run < runs; run += 1) {
    for (const [name, bin] of Object.entries(clis)) {
      const cpuBefore = childrenCpuMs();
      const at = performance.now();
      const child = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--fail-on', 'none', record], { cwd: folder, encoding: 'utf8' });
      const ms = performance.now() - at;
      if (child.status !== 0) throw new Error(`${name} CLI exited ${child.status}: ${child.stderr.split('\n', 1)[0]}`);
      check[name].push(ms);
      if (cpuBefore !== undefined) cpu[name].push(childrenCpuMs() - cpuBefore);
    }
  }
  const summary = Object.fromEntries(Object.entries(check).map(([name, list]) => [name, { medianMs: Math.round(median(list)), fastestMs: Math.round(Math.min(...list)), ...(cpu[name].length > 0 ? { cpuMs: median(cpu[name]) } : {}) }]));
  console.log(JSON.stringify({ ...inProcess, check: summary, runs, load: Math.round(load * 100) / 100 }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
