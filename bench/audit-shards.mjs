#!/usr/bin/env node
// Benchmark of sharded audits: one `carelint audit` job against 2 shards (`--shard 0/2`, `--shard 1/2`) run side
// by side as separate processes, then `carelint audit merge`; checks the merge writes what the one job wrote.
//
//   pnpm --filter @carelint/audit build
//   node bench/audit-shards.mjs [--count 4000] [--seed 42] [--dir /tmp/carelint-audit-shards] [--jobs 2] [--shard-jobs 1]
//
// Prints one Markdown table row per run (bench/audit.md keeps the last ones). On one machine the shards share its
// cores, so this measures the cost of sharding (start-up, hashing, merge), not the gain of more machines.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'packages/audit/test/fixtures/run-audit.mjs');
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '4000' },
    seed: { type: 'string', default: '42' },
    dir: { type: 'string', default: '/tmp/carelint-audit-shards' },
    jobs: { type: 'string', default: '2' },
    'shard-jobs': { type: 'string', default: '1' },
  },
});
const dir = values.dir;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const { writeExport, map } = await import(join(root, 'fixtures/generate-export.mjs'));
await writeExport(join(dir, 'export.csv'), { count: Number(values.count), seed: Number(values.seed), format: 'csv' });
const base = ['export.csv', '--map', map, '--fail-on', 'none', '--no-progress', '--no-cache'];

/** Runs the audit command as its own process; resolves to its wall-clock milliseconds. */
function run(args) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 || code === 2 ? resolve(performance.now() - started) : reject(new Error(`exit ${code}: ${args.join(' ')}`))));
  });
}

const load = loadavg()[0].toFixed(1);
const one = await run([...base, '--out', 'one', '--jobs', values.jobs]);
const shardsStarted = performance.now();
const shardTimes = await Promise.all([0, 1].map((index) => run([...base, '--out', `shard-${index}`, '--shard', `${index}/2`, '--jobs', values['shard-jobs']])));
const shards = performance.now() - shardsStarted;
const merge = await run(['merge', 'shard-0', 'shard-1', '--out', 'merged', '--fail-on', 'none']);
const same = ['records.jsonl', 'summary.json', 'summary.csv', 'report.html'].every((name) => readFileSync(join(dir, 'one', name)).equals(readFileSync(join(dir, 'merged', name))));
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rate = (ms) => Math.round(Number(values.count) / (ms / 1000));
console.log('| records | 1 job (--jobs ' + values.jobs + ') | 2 shards side by side (--jobs ' + values['shard-jobs'] + ' each) | merge | shards + merge | outputs identical | load before |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(`| ${Number(values.count).toLocaleString('en-GB')} | ${s(one)} (${rate(one)} records/s) | ${s(shards)} (slowest; each ${shardTimes.map(s).join(', ')}) | ${s(merge)} | ${s(shards + merge)} (${rate(shards + merge)} records/s) | ${same ? 'yes' : 'NO'} | ${load} |`);
if (!same) process.exitCode = 1;
