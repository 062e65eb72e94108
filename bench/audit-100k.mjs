#!/usr/bin/env node
// Benchmark of `carelint audit` on a generated export (not part of the test suite: it takes tens of minutes).
//
//   pnpm --filter @carelint/audit build
//   node bench/audit-100k.mjs [--count 100000] [--throughput 10000] [--dir /tmp/carelint-audit-bench] [--skip full,throughput,kill]
//
// 1. throughput: the first --throughput records with 1 and with 2 worker threads (no cache), records/s each;
// 2. full: all --count records on 2 threads under /usr/bin/time -v: every record accounted for, peak RSS
//    (main thread and workers are one process), RSS sampled from /proc while it runs;
// 3. kill: the same audit killed with SIGKILL when half the records are written, then --resume; its outputs are
//    compared with the full run's by `cmp`.
// Prints a Markdown report (bench/audit.md holds the last one) and writes results.json in --dir.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'packages/audit/test/fixtures/run-audit.mjs');
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    throughput: { type: 'string', default: '10000' },
    dir: { type: 'string', default: '/tmp/carelint-audit-bench' },
    skip: { type: 'string', default: '' },
    seed: { type: 'string', default: '42' },
    repeat: { type: 'string', default: '2' },
  },
});
const count = Number(values.count);
const sample = Number(values.throughput);
const dir = values.dir;
const skip = new Set(values.skip.split(',').filter(Boolean));
if (!existsSync(join(root, 'packages/audit/dist/worker.js'))) throw new Error("build first: pnpm --filter @carelint/audit build");
const { writeExport, map } = await import(join(root, 'fixtures/generate-export.mjs'));
mkdirSync(dir, { recursive: true });
const log = (line) => process.stderr.write(`bench: ${line}\n`);
const results = { count, sample, seed: Number(values.seed), node: process.version, loadBefore: loadavg() };

// The export, and a smaller one for the throughput comparison (its first `sample` records, same seed).
const exportFile = join(dir, 'export.csv');
const sampleFile = join(dir, 'sample.csv');
log(`generating ${count} records`);
const expected = await writeExport(exportFile, { count, seed: results.seed, format: 'csv' });
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
await writeExport(sampleFile, { count: sample, seed: results.seed, format: 'csv' });
const base = ['--map', map, '--fail-on', 'none'];

/** Runs the audit in its own process; resolves with wall time, exit code, stderr and RSS samples. */
function run(args, { time = false, killAtLines } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const command = time ? '/usr/bin/time' : process.execPath;
    const argv = time ? ['-v', process.execPath, script, ...args] : [script, ...args];
    const child = spawn(command, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const last = String(chunk).trim().split('\n').pop();
      if (last?.startsWith('carelint audit:')) log(last);
    });
    const samples = [];
    const out = args[args.indexOf('--out') + 1];
    const timer = setInterval(() => {
      const pid = time ? childOf(child.pid) : child.pid;
      const status = pid && readProc(`/proc/${pid}/status`);
      if (status) samples.push({ s: Math.round((Date.now() - started) / 1000), rssMB: kb(status, 'VmRSS') / 1024, hwmMB: kb(status, 'VmHWM') / 1024 });
      if (killAtLines !== undefined && lines(join(dir, out, 'records.jsonl')) >= killAtLines) {
        child.kill('SIGKILL');
        killAtLines = undefined;
      }
    }, killAtLines === undefined ? 2000 : 100);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, seconds: (Date.now() - started) / 1000, stdout, stderr, samples });
    });
  });
}

function readProc(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
function childOf(pid) {
  return Number(readProc(`/proc/${pid}/task/${pid}/children`)?.trim().split(' ')[0]) || undefined;
}
function kb(status, field) {
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
}
function lines(file) {
  if (!existsSync(file)) return 0;
  const result = spawnSync('wc', ['-l', file], { encoding: 'utf8' });
  return Number(result.stdout.trim().split(' ')[0]);
}
function summaryOf(out) {
  return JSON.parse(readFileSync(join(dir, out, 'summary.json'), 'utf8'));
}

/**
 * How much parallel CPU the machine gives right now: a 3 s busy loop on 1 and on 2 threads. Other processes on a
 * shared machine take cores; this says what the ratio below could at best be.
 */
async function machineCheck() {
  const { Worker } = await import('node:worker_threads');
  const spin = (threads) =>
    Promise.all(
      Array.from({ length: threads }, () =>
        new Promise((resolve) => {
          const worker = new Worker('let x = 0; const end = Date.now() + 3000; while (Date.now() < end) x++; require("node:worker_threads").parentPort.postMessage(x);', { eval: true });
          worker.on('message', resolve);
        }),
      ),
    ).then((counts) => counts.reduce((sum, count) => sum + count, 0));
  const one = await spin(1);
  const two = await spin(2);
  return { ratio: two / one };
}

if (!skip.has('throughput')) {
  results.machine = await machineCheck();
  log(`machine: a busy loop on 2 threads does ${results.machine.ratio.toFixed(2)}× the work of 1 thread right now`);
  results.throughput = {};
  // In process, with progress every 250 ms: the whole run (start-up and writing the report included) and the
  // steady rate between 10% and 90% of the records.
  const { runAudit, parseMap } = await import(join(root, 'packages/audit/dist/index.js'));
  // 1 and 2 threads in turn, --repeat times: on a shared machine other work comes and goes, so the best run of
  // each is the fairest comparison; every run is listed.
  const order = Array.from({ length: Number(values.repeat) }, () => [1, 2]).flat();
  results.throughput.runs = [];
  for (const jobs of order) {
    rmSync(join(dir, `t${jobs}`), { recursive: true, force: true });
    log(`throughput: ${sample} records on ${jobs} thread(s)`);
    const points = [];
    const started = Date.now();
    const result = await runAudit({
      inputs: ['sample.csv'], out: `t${jobs}`, cwd: dir, jobs, cacheDir: false, map: parseMap(map), failOn: 'none', progressEveryMs: 250,
      progress: { write: (line) => { const m = /([\d,]+) records? \(/.exec(line); if (m) points.push([Date.now() - started, Number(m[1].replace(/,/g, ''))]); } },
    });
    const seconds = (Date.now() - started) / 1000;
    const from = points.find(([, n]) => n >= sample * 0.1);
    const to = [...points].reverse().find(([, n]) => n <= sample * 0.9);
    const steady = from && to && to[0] > from[0] ? ((to[1] - from[1]) / (to[0] - from[0])) * 1000 : undefined;
    const run = { jobs, seconds, perSecond: sample / seconds, steady, records: result.summary.records, load: loadavg()[0] };
    results.throughput.runs.push(run);
    if (!results.throughput[jobs] || run.perSecond > results.throughput[jobs].perSecond) results.throughput[jobs] = run;
    log(`  ${seconds.toFixed(1)} s, ${(sample / seconds).toFixed(1)} records/s overall, ${steady?.toFixed(1)} records/s steady`);
  }
  results.throughput.ratio = results.throughput[2].perSecond / results.throughput[1].perSecond;
  results.throughput.steadyRatio = results.throughput[2].steady / results.throughput[1].steady;
}

if (!skip.has('full')) {
  rmSync(join(dir, 'full'), { recursive: true, force: true });
  log(`full: ${count} records on 2 threads under /usr/bin/time -v`);
  const result = await run(['export.csv', '--out', 'full', '--jobs', '2', ...base], { time: true });
  const summary = summaryOf('full');
  const peakKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
  results.full = {
    seconds: result.seconds,
    perSecond: count / result.seconds,
    code: result.code,
    peakRssMB: peakKB / 1024,
    samples: result.samples.filter((_, index) => index % 15 === 0),
    recordsJsonlLines: lines(join(dir, 'full', 'records.jsonl')),
    records: summary.records,
    linted: summary.linted,
    errors: summary.errors,
    expected: { records: expected.overall.records, linted: expected.overall.linted, errors: expected.overall.errors, words: expected.overall.words, jargon: expected.overall.jargon },
    got: { words: summary.overall.words, jargon: summary.overall.jargon.count },
    stdout: result.stdout.trim(),
  };
  log(`  ${result.seconds.toFixed(0)} s, peak RSS ${(peakKB / 1024).toFixed(0)} MB, ${summary.records} = ${summary.linted} + ${summary.errors}`);
}

if (!skip.has('kill')) {
  rmSync(join(dir, 'killed'), { recursive: true, force: true });
  const half = Math.floor(count / 2);
  log(`kill: same audit, SIGKILL at ${half} lines, then --resume`);
  const killed = await run(['export.csv', '--out', 'killed', '--jobs', '2', '--no-cache', ...base], { killAtLines: half });
  const linesAtKill = lines(join(dir, 'killed', 'records.jsonl'));
  const resumed = await run(['export.csv', '--out', 'killed', '--jobs', '2', '--no-cache', '--resume', ...base]);
  const compare = ['records.jsonl', 'summary.json', 'summary.csv', 'report.html'].map((file) => {
    const command = ['cmp', join(dir, 'full', file), join(dir, 'killed', file)];
    const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
    return { command: command.join(' '), status: result.status, output: (result.stdout + result.stderr).trim() };
  });
  const diff = spawnSync('diff', [join(dir, 'full', 'summary.json'), join(dir, 'killed', 'summary.json')], { encoding: 'utf8' });
  results.kill = {
    signal: killed.signal,
    killedAfterSeconds: killed.seconds,
    linesAtKill,
    resumeSeconds: resumed.seconds,
    resumeStdout: resumed.stdout.trim(),
    compare,
    diffSummary: { command: `diff ${join(dir, 'full', 'summary.json')} ${join(dir, 'killed', 'summary.json')}`, status: diff.status, output: diff.stdout },
  };
  log(`  killed (${killed.signal}) at ${linesAtKill} lines; resumed in ${resumed.seconds.toFixed(0)} s; ${compare.map((c) => `${c.command.split('/').pop()}: ${c.status === 0 ? 'identical' : 'DIFFERS'}`).join(', ')}`);
}

results.loadAfter = loadavg();
writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

// The Markdown report.
const md = [`## carelint audit benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, 2 cores)`, ''];
md.push(`Load average before: ${results.loadBefore.map((x) => x.toFixed(2)).join(', ')}; after: ${results.loadAfter.map((x) => x.toFixed(2)).join(', ')}.`, '');
if (results.throughput) {
  const t = results.throughput;
  md.push(`### Throughput (${sample} records, no cache; runs in turn, best of each marked)`, '', '| threads | whole run, s | records/s, whole run | records/s, steady (10%–90%) | load average (1 min) at the end |', '| --- | --- | --- | --- | --- |');
  for (const run of t.runs) md.push(`| ${run.jobs}${t[run.jobs] === run ? ' (best)' : ''} | ${run.seconds.toFixed(1)} | ${run.perSecond.toFixed(1)} | ${run.steady?.toFixed(1)} | ${run.load.toFixed(2)} |`);
  md.push('', `Best of each: 2 threads = **${t.ratio.toFixed(2)}×** 1 thread over the whole run, **${t.steadyRatio.toFixed(2)}×** steady. At the same time a plain busy loop on 2 threads did ${results.machine.ratio.toFixed(2)}× the work of 1 (how free the second core was just before: other work shares this machine).`, '');
}
if (results.full) {
  const f = results.full;
  md.push(`### ${count} records, 2 threads`, '');
  md.push(`- wall clock ${f.seconds.toFixed(0)} s (${f.perSecond.toFixed(1)} records/s, cache being written); exit code ${f.code} (2: some records were meant to fail)`);
  md.push(`- accounted for: records.jsonl has ${f.recordsJsonlLines} lines; summary: ${f.records} records = ${f.linted} linted + ${f.errors} errors; generator expected ${f.expected.records} = ${f.expected.linted} + ${f.expected.errors}`);
  md.push(`- words ${f.got.words} (expected ${f.expected.words}), jargon ${f.got.jargon} (expected ${f.expected.jargon})`);
  md.push(`- **peak RSS ${f.peakRssMB.toFixed(0)} MB** (\`/usr/bin/time -v\`, whole process: main thread + both workers)`);
  md.push(`- RSS while running (MB, every ~30 s): ${f.samples.map((s) => `${s.s}s ${s.rssMB.toFixed(0)}`).join(', ')}`, '');
}
if (results.kill) {
  const k = results.kill;
  md.push('### kill -9 halfway, then --resume', '');
  md.push(`- killed by ${k.signal} after ${k.killedAfterSeconds.toFixed(0)} s with ${k.linesAtKill} lines in records.jsonl; \`--resume\` finished in ${k.resumeSeconds.toFixed(0)} s`);
  md.push(`- resume said: ${k.resumeStdout.split('\n')[1] ?? ''}`);
  for (const c of k.compare) md.push(`- \`${c.command}\` → exit ${c.status}${c.status === 0 ? ' (identical)' : `: ${c.output}`}`);
  md.push(`- \`${k.diffSummary.command}\` → exit ${k.diffSummary.status}${k.diffSummary.output ? `\n\n\`\`\`\n${k.diffSummary.output}\`\`\`` : ' (no output)'}`, '');
}
process.stdout.write(`${md.join('\n')}\n`);
