// Audit throughput: `carelint audit` (runAuditCommand from @carelint/audit's built dist) over a generated JSONL
// export, with a given number of worker threads. Prints one JSON line: records, words, time, peak memory.
//
//   node bench/batch.mjs --workers 2 [--records 1500] [--quick]
//
// run.mjs starts this once per worker count, each in its own process, so peak RSS belongs to that run alone
// (worker threads share the process, so maxRSS covers them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { countWords, generateRecord } from './corpus.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const workers = option('workers', 1);
const records = option('records', process.argv.includes('--quick') ? 300 : 1500);

let audit;
try {
  audit = await import('@carelint/audit');
  if (typeof audit.runAuditCommand !== 'function') throw new Error('@carelint/audit has no runAuditCommand');
} catch (error) {
  console.log(JSON.stringify({ workers, error: `audit not available (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); build it with 'pnpm --filter @carelint/audit build'` }));
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'carelint-bench-'));
try {
  // A JSONL export of visit records from four teams over a year: mostly 500 words, some short notes, a few long ones.
  const teams = ['North', 'South', 'East', 'West'];
  let words = 0;
  const lines = [];
  for (let i = 0; i < records; i++) {
    const size = i % 10 === 0 ? 'paragraph' : i % 25 === 1 ? 3000 : 500;
    const text = generateRecord({ words: size, seed: 300_000 + i });
    words += countWords(text);
    lines.push(JSON.stringify({ id: `R${String(i).padStart(6, '0')}`, text, team: teams[i % 4], date: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`, author: `W${i % 37}` }));
  }
  writeFileSync(join(dir, 'export.jsonl'), `${lines.join('\n')}\n`);

  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (chunk) => ((stdout += chunk), true), isTTY: false },
    stderr: { write: (chunk) => ((stderr += chunk), true), isTTY: false },
    stdin: (async function* () {})(),
    cwd: dir,
    env: {},
  };
  const load = loadavg()[0].toFixed(2);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const code = await audit.runAuditCommand(['export.jsonl', '--out', 'out', '--jobs', String(workers), '--no-cache', '--no-progress', '--fail-on', 'none'], io);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (code !== 0) throw new Error(`audit exited ${code}: ${stderr.trim().split('\n').slice(-2).join(' ')}`);
  console.log(JSON.stringify({
    workers,
    records,
    words,
    ms: Math.round(ms),
    recordsPerSecond: (records / ms) * 1000,
    wordsPerSecond: (words / ms) * 1000,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    load,
    // CPU time of all threads over wall time: 2.0 would be both cores busy the whole run.
    coresBusy: Number(((cpu.user + cpu.system) / 1000 / ms).toFixed(2)),
    how: `Input: one JSONL export of ${records.toLocaleString('en-GB')} generated records (mostly 500 words; every 10th one paragraph, every 25th 3,000 words), run as \`carelint audit export.jsonl --jobs N --no-cache --no-progress\` through runAuditCommand, each worker count in its own process; time includes reading the export, the worker pool start and writing records.jsonl, summaries and report.html.`,
  }));
} catch (error) {
  console.log(JSON.stringify({ workers, error: error instanceof Error ? error.message : String(error) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
