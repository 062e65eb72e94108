// carelint against other linters, in one process, on the same generated text.
//
//   node --expose-gc bench/run.mjs [--quick] [--no-harper] [--no-batch] [--out FILE]
//
// Prints words per second for each tool and the ratios, editor latency, batch throughput, and writes
// bench/RESULTS.md (or --out). Reads @carelint/core's built dist: run `pnpm -r build` first.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { countWords, editOneWord, generateRecord, poolSizes } from './corpus.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = new Set(process.argv.slice(2));
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : `${here}RESULTS.md`;
const QUICK = args.has('--quick');
const gc = globalThis.gc ?? (() => {});

if (!existsSync(`${here}../packages/core/dist/index.js`)) {
  console.error("bench: @carelint/core is not built. Run 'pnpm -r build' (or 'node scripts/setup.mjs') first.");
  process.exit(2);
}

const { lint } = await import('@carelint/core');
const { text: alexText } = await import('alex');
const writeGood = (await import('write-good')).default;
const { unified } = await import('unified');
const retextEnglish = (await import('retext-english')).default;

// ---------------------------------------------------------------------------------------------------- helpers

/** The version of a package installed for the bench (read from its package.json, which not every export map exposes). */
function versionOf(name) {
  const require = createRequire(import.meta.url);
  for (const base of require.resolve.paths(name) ?? []) {
    const file = `${base}/${name}/package.json`;
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return 'unknown';
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const fmt = (n) => Math.round(n).toLocaleString('en-GB');
const ms = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function log(line = '') {
  console.log(line);
}

// ------------------------------------------------------------------------------------------------------ tools

const floorProcessor = unified().use(retextEnglish);

/** Every tool: a name, a version and a function that lints one plain-text record (may be async). */
const tools = [
  { name: 'carelint', version: JSON.parse(readFileSync(`${here}../packages/core/package.json`, 'utf8')).version, run: (text) => lint(text).messages.length },
  { name: 'alex', version: versionOf('alex'), run: (text) => alexText(text).messages.length },
  { name: 'write-good', version: versionOf('write-good'), run: (text) => writeGood(text).length },
  { name: 'retext-english parse (floor)', version: `retext-english ${versionOf('retext-english')}, unified ${versionOf('unified')}`, run: (text) => (floorProcessor.parse(text), 0) },
];

let harperNote = 'not run (--no-harper)';
if (!args.has('--no-harper')) {
  try {
    const started = performance.now();
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    const setupMs = performance.now() - started;
    harperNote = `loaded offline from the packaged WebAssembly file; set-up ${fmt(setupMs)} ms`;
    tools.push({
      name: 'harper.js',
      version: versionOf('harper.js'),
      slow: true,
      run: async (text) => {
        const lints = await linter.lint(text, { language: 'plaintext' });
        for (const item of lints) item.free();
        return lints.length;
      },
    });
  } catch (error) {
    harperNote = `could not load: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// ------------------------------------------------------------------------------------------------- throughput

/** Sizes and how many distinct records of each: roughly the same number of words per size. */
const SIZES = QUICK
  ? [
      { label: 'one paragraph', words: 'paragraph', count: 60 },
      { label: '500 words', words: 500, count: 10 },
      { label: '3,000 words', words: 3000, count: 3 },
      { label: '50,000 words', words: 50000, count: 1 },
    ]
  : [
      { label: 'one paragraph', words: 'paragraph', count: 300 },
      { label: '500 words', words: 500, count: 40 },
      { label: '3,000 words', words: 3000, count: 8 },
      { label: '10,000 words', words: 10000, count: 3 },
      { label: '50,000 words', words: 50000, count: 2 },
    ];

/** Harper is 10–30× slower than the others: fewer records of the big sizes keep the run short. */
const harperCount = (size) => (typeof size.words === 'number' && size.words >= 10000 ? 1 : Math.max(1, Math.ceil(size.count / 4)));

function corpusFor(size, seedBase) {
  return Array.from({ length: size.count }, (_, i) => generateRecord({ words: size.words, seed: seedBase + i }));
}

/**
 * Every tool lints the same warm-up set (about 40,000 words, seeds the timed records never use) before anything is
 * timed, so each is measured in its steady state: the JIT has optimised the hot code and per-word caches hold the
 * common words. carelint needs this more than the others (after 5 records it runs at about a third of its steady
 * speed); a one-off `carelint check` in a fresh process pays that start-up, which RESULTS.md reports separately.
 */
async function warmUp() {
  const texts = [
    ...Array.from({ length: 60 }, (_, i) => generateRecord({ words: 'paragraph', seed: 900_000 + i })),
    ...Array.from({ length: 40 }, (_, i) => generateRecord({ words: 500, seed: 910_000 + i })),
    ...Array.from({ length: 2 }, (_, i) => generateRecord({ words: 3000, seed: 920_000 + i })),
    // One long record: code that only long records reach (and a heap grown to their size) is warm too.
    generateRecord({ words: 10000, seed: 930_000 }),
  ];
  for (const tool of tools) {
    for (const text of tool.slow ? texts.slice(55, 70) : texts) await tool.run(text);
  }
}

async function throughput() {
  const rows = [];
  for (const [index, size] of SIZES.entries()) {
    const texts = corpusFor(size, 1000 * (index + 1));
    const row = { size, results: {} };
    for (const tool of tools) {
      const mine = tool.slow ? texts.slice(0, harperCount(size)) : texts;
      const words = mine.reduce((sum, text) => sum + countWords(text), 0);
      gc();
      let findings = 0;
      const started = performance.now();
      for (const text of mine) findings += await tool.run(text);
      const elapsed = performance.now() - started;
      row.results[tool.name] = { words, records: mine.length, ms: elapsed, wps: (words / elapsed) * 1000, findings };
      log(`  ${size.label.padEnd(14)} ${tool.name.padEnd(29)} ${fmt((words / elapsed) * 1000).padStart(9)} words/s  (${mine.length} records, ${fmt(words)} words, ${fmt(elapsed)} ms, ${fmt(findings)} findings)`);
    }
    rows.push(row);
  }
  return rows;
}

function totals(rows) {
  const total = {};
  for (const tool of tools) {
    let words = 0;
    let time = 0;
    for (const row of rows) {
      const result = row.results[tool.name];
      if (!result) continue;
      words += result.words;
      time += result.ms;
    }
    total[tool.name] = { words, ms: time, wps: (words / time) * 1000 };
  }
  return total;
}

// ------------------------------------------------------------------------------------------------ editor side

function timeRuns(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { runs, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1] };
}

async function editorLatency() {
  const RUNS = QUICK ? 100 : 200;
  const WARM = 30;
  const result = {};
  // 500 words: distinct records each run (no sentence seen before in that run), and one record re-linted.
  const distinct = Array.from({ length: RUNS + WARM }, (_, i) => generateRecord({ words: 500, seed: 500_000 + i }));
  result.words500 = countWords(distinct[0]);
  for (let i = 0; i < WARM; i++) lint(distinct[i]);
  gc();
  result.distinct500 = timeRuns(RUNS, (i) => lint(distinct[WARM + i]));
  const same = distinct[WARM];
  gc();
  result.same500 = timeRuns(RUNS, () => lint(same));
  for (const [name, run] of [['alex', (t) => alexText(t)], ['write-good', (t) => writeGood(t)]]) {
    for (let i = 0; i < WARM; i++) run(distinct[i]);
    gc();
    result[`${name}500`] = timeRuns(RUNS, (i) => run(distinct[WARM + i]));
  }

  // 3,000 words after a one-word edit: a whole re-lint (core has no incremental API), then the language
  // server's paragraph cache when it is built.
  const base = generateRecord({ words: 3000, seed: 700_001 });
  result.words3000 = countWords(base);
  const edits = Array.from({ length: RUNS + WARM }, (_, i) => editOneWord(base, 710_000 + i));
  const baseReport = lint(base);
  for (let i = 0; i < WARM; i++) lint(edits[i]);
  gc();
  result.edit3000 = timeRuns(RUNS, (i) => lint(edits[WARM + i]));

  try {
    const ls = await import('@carelint/language-server');
    if (typeof ls.lintChangedParagraphs !== 'function' || typeof ls.ParagraphCache !== 'function') throw new Error('no paragraph cache exported');
    const cache = new ls.ParagraphCache();
    const baseline = { text: base, findings: baseReport.messages };
    let fellBack = 0;
    const incremental = (text) => {
      const update = ls.lintChangedParagraphs(text, baseline, {}, 'bench', cache);
      if (!update) {
        fellBack++;
        lint(text);
      }
    };
    for (let i = 0; i < WARM; i++) incremental(edits[i]);
    gc();
    result.paragraph3000 = { ...timeRuns(RUNS, (i) => incremental(edits[WARM + i])), fellBack, version: versionOf('@carelint/language-server') };
  } catch (error) {
    result.paragraphNote = `not measured: @carelint/language-server could not be loaded (${error instanceof Error ? error.message : String(error)})`;
  }
  return result;
}

// ------------------------------------------------------------------------------------------------------ batch

/** How many cores two busy processes actually get right now (2.0 on an idle 2-core machine). */
function coresAvailable() {
  const spin = 'const s=performance.now();let x=0;while(performance.now()-s<1500)x++;const u=process.cpuUsage();console.log((u.user+u.system)/1000/(performance.now()-s))';
  const children = [0, 1].map(() => spawn(process.execPath, ['-e', spin], { stdio: ['ignore', 'pipe', 'ignore'] }));
  return Promise.all(children.map((child) => new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', () => resolve(Number(out.trim()) || 0));
  }))).then((shares) => shares.reduce((a, b) => a + b, 0));
}

function batch() {
  const script = `${here}batch.mjs`;
  const results = [];
  for (const workers of [1, 2]) {
    const child = spawnSync(process.execPath, [script, '--workers', String(workers), ...(QUICK ? ['--quick'] : [])], { encoding: 'utf8', timeout: 600_000 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    try {
      results.push(JSON.parse(line));
    } catch {
      results.push({ workers, error: (child.stderr || child.stdout || `exit ${child.status}`).trim().split('\n').slice(-3).join(' ') });
    }
  }
  return results;
}

// -------------------------------------------------------------------------------------------------------- main

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.availableParallelism?.() ?? os.cpus().length,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  load: os.loadavg().map((n) => n.toFixed(2)).join(' '),
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  })(),
};

const startCores = await coresAvailable();
log(`carelint bench: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}${QUICK ? ' (quick)' : ''}`);
log(`harper.js: ${harperNote}`);
log('warming up…');
await warmUp();
log('throughput (words per second, distinct records per size):');
const rows = await throughput();
const total = totals(rows);
const floorName = 'retext-english parse (floor)';
log('all sizes together:');
for (const tool of tools) log(`  ${tool.name.padEnd(29)} ${fmt(total[tool.name].wps).padStart(9)} words/s`);
log(`  carelint ÷ alex ${ratio(total.carelint.wps, total.alex.wps)}, ÷ write-good ${ratio(total.carelint.wps, total['write-good'].wps)}, ÷ floor ${ratio(total.carelint.wps, total[floorName].wps)}${total['harper.js'] ? `, ÷ harper.js ${ratio(total.carelint.wps, total['harper.js'].wps)}` : ''}`);

log('start-up (a fresh process)…');
const cold = (() => {
  const child = spawnSync(process.execPath, [`${here}cold.mjs`], { cwd: here, encoding: 'utf8', timeout: 120_000 });
  try {
    return JSON.parse(child.stdout.trim().split('\n').pop());
  } catch {
    return undefined;
  }
})();
if (cold) log(`  import ${ms(cold.importMs)} ms, first 500-word record ${ms(cold.firstMs)} ms, next 9 ${ms(cold.next9Ms)} ms each, records 11–50 ${ms(cold.next40Ms)} ms each; one-file check: workspace ${cold.check.workspace.medianMs} ms, bundled ${cold.check.bundled.medianMs} ms (median)`);

log('editor latency…');
const editor = await editorLatency();
log(`  500 words, distinct records: p50 ${ms(editor.distinct500.p50)} ms, p95 ${ms(editor.distinct500.p95)} ms`);
log(`  500 words, same record:      p50 ${ms(editor.same500.p50)} ms, p95 ${ms(editor.same500.p95)} ms`);
log(`  3,000 words, one-word edit, whole re-lint: p50 ${ms(editor.edit3000.p50)} ms, p95 ${ms(editor.edit3000.p95)} ms`);
if (editor.paragraph3000) log(`  3,000 words, one-word edit, paragraph cache: p50 ${ms(editor.paragraph3000.p50)} ms, p95 ${ms(editor.paragraph3000.p95)} ms`);
else log(`  paragraph cache: ${editor.paragraphNote}`);

let batchResults = [];
let batchCores;
if (!args.has('--no-batch')) {
  log('batch (audit)…');
  batchCores = await coresAvailable();
  log(`  two busy processes get ${batchCores.toFixed(2)} cores right now`);
  batchResults = batch();
  for (const result of batchResults) {
    if (result.error) log(`  ${result.workers} worker(s): ${result.error}`);
    else log(`  ${result.workers} worker(s): ${fmt(result.recordsPerSecond)} records/s, ${fmt(result.wordsPerSecond)} words/s, peak RSS ${fmt(result.peakRssMiB)} MiB`);
  }
}

// ---------------------------------------------------------------------------------------------- RESULTS.md

const targets = [
  ['carelint ≥ 5 × alex (words/s, all sizes)', `${ratio(total.carelint.wps, total.alex.wps)}`, total.carelint.wps >= 5 * total.alex.wps],
  ['carelint ≥ ½ × parse-alone floor', `${ratio(total.carelint.wps, total[floorName].wps)}`, total.carelint.wps >= 0.5 * total[floorName].wps],
  ['500-word record < 10 ms p50 (distinct records)', `${ms(editor.distinct500.p50)} ms`, editor.distinct500.p50 < 10],
  ['500-word record < 10 ms p50 (same record re-linted)', `${ms(editor.same500.p50)} ms`, editor.same500.p50 < 10],
];
for (const [name, value, met] of targets) log(`target: ${name}: ${value} ${met ? 'met' : 'MISSED'}`);

const md = [];
md.push('# Benchmark results', '');
md.push(`Written by \`pnpm bench\` (bench/run.mjs) on ${machine.date}${QUICK ? ' with --quick' : ''}. Numbers from one machine and one run: treat differences under ~20 % as noise (see bench/README.md for the method).`, '');
md.push('## Machine', '');
md.push('| | |', '| --- | --- |');
md.push(`| CPU | ${machine.cpu} |`, `| cores | ${machine.cores} |`, `| memory | ${machine.memory} |`, `| Node | ${machine.node} |`, `| OS | ${machine.os} |`, `| load average (1, 5, 15 min) at start / end | ${machine.load} / ${os.loadavg().map((n) => n.toFixed(2)).join(' ')} |`, `| cores two busy processes got at start (2.00 = machine idle) | ${startCores.toFixed(2)} |`, `| carelint commit | ${machine.commit} (working tree may hold changes) |`, '');
md.push('## Versions', '');
md.push('| tool | version | how it is called |', '| --- | --- | --- |');
const calls = {
  carelint: '`lint(text)` from @carelint/core (built dist), every rule, default preset, plain text',
  alex: '`text(value)`',
  'write-good': '`writeGood(text)`',
  [floorName]: '`unified().use(retextEnglish).parse(text)`',
  'harper.js': "`LocalLinter({binary}).lint(text, {language: 'plaintext'})`",
};
for (const tool of tools) md.push(`| ${tool.name} | ${tool.version} | ${calls[tool.name]} |`);
md.push('', `harper.js: ${harperNote}.`, '');
md.push('## Throughput (words per second)', '');
md.push(`Corpus: bench/corpus.mjs, records built from the fixture records (pools: ${Object.entries(poolSizes()).map(([k, v]) => `${v} ${k}`).join(', ')}). Words are runs of non-space characters, counted the same way for every tool. Each size uses distinct records (different seeds); harper.js gets fewer records of the big sizes.`, '');
md.push(`| size | ${tools.map((t) => t.name).join(' | ')} | carelint ÷ alex | carelint ÷ floor |`);
md.push(`| --- | ${tools.map(() => '---:').join(' | ')} | ---: | ---: |`);
for (const row of rows) {
  md.push(`| ${row.size.label} (${row.results.carelint.records} × ${fmt(row.results.carelint.words / row.results.carelint.records)} words) | ${tools.map((t) => (row.results[t.name] ? fmt(row.results[t.name].wps) : '–')).join(' | ')} | ${ratio(row.results.carelint.wps, row.results.alex.wps)} | ${ratio(row.results.carelint.wps, row.results[floorName].wps)} |`);
}
md.push(`| **all sizes** | ${tools.map((t) => `**${fmt(total[t.name].wps)}**`).join(' | ')} | **${ratio(total.carelint.wps, total.alex.wps)}** | **${ratio(total.carelint.wps, total[floorName].wps)}** |`, '');
md.push(`Other ratios (all sizes): carelint ÷ write-good ${ratio(total.carelint.wps, total['write-good'].wps)}${total['harper.js'] ? `; carelint ÷ harper.js ${ratio(total.carelint.wps, total['harper.js'].wps)}` : ''}; alex ÷ floor ${ratio(total.alex.wps, total[floorName].wps)}.`, '');
md.push('Findings per size (how much each tool reports on the same text):', '');
md.push(`| size | ${tools.filter((t) => t.name !== floorName).map((t) => t.name).join(' | ')} |`, `| --- | ${tools.filter((t) => t.name !== floorName).map(() => '---:').join(' | ')} |`);
for (const row of rows) md.push(`| ${row.size.label} | ${tools.filter((t) => t.name !== floorName).map((t) => (row.results[t.name] ? `${fmt(row.results[t.name].findings)} in ${row.results[t.name].records}` : '–')).join(' | ')} |`);
md.push('');
md.push('## Start-up (a fresh process)', '');
if (cold) {
  md.push('The throughput and latency figures are steady-state: every tool first lints the same warm-up set. A one-off `carelint check` in a new process pays start-up instead (`bench/cold.mjs`, distinct 500-word records):', '');
  md.push('| import @carelint/core | first record | records 2–10 (mean) | records 11–50 (mean) |', '| ---: | ---: | ---: | ---: |');
  md.push(`| ${ms(cold.importMs)} ms | ${ms(cold.firstMs)} ms | ${ms(cold.next9Ms)} ms | ${ms(cold.next40Ms)} ms |`, '');
  md.push('The first records are slow because V8 has not yet optimised the rules and the per-word caches (syllables, compromise name tags) are empty.', '');
  md.push(`A whole one-file \`carelint check\` as a new process (median of ${cold.runs} runs, load ${cold.load}): ${cold.check.workspace.medianMs} ms from the workspace (\`node packages/cli/dist/bin.js\`), ${cold.check.bundled.medianMs} ms installed (the bundled CLI \`npm run install-cli\` installs).`, '');
} else md.push('bench/cold.mjs did not run.', '');
md.push('## Editor latency', '');
md.push(`Each figure is over the runs shown, after 30 warm-up runs. A 500-word record is ${editor.words500} words; the 3,000-word record is ${fmt(editor.words3000)} words and each run changes one different word of it.`, '');
md.push('| what | runs | p50 ms | p95 ms | max ms |', '| --- | ---: | ---: | ---: | ---: |');
const line = (name, t) => md.push(`| ${name} | ${t.runs} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} |`);
line('carelint, 500 words, a different record each run', editor.distinct500);
line('carelint, 500 words, the same record re-linted', editor.same500);
line('alex, 500 words, a different record each run', editor.alex500);
line('write-good, 500 words, a different record each run', editor['write-good500']);
line('carelint, 3,000 words after a one-word edit, **whole re-lint** (core has no incremental API)', editor.edit3000);
if (editor.paragraph3000) line(`carelint, 3,000 words after a one-word edit, language server paragraph cache (@carelint/language-server ${editor.paragraph3000.version}; fell back to a whole lint ${editor.paragraph3000.fellBack} times)`, editor.paragraph3000);
else md.push(`| language server paragraph cache | – | – | – | ${editor.paragraphNote} |`);
md.push('');
md.push('## Batch (audit)', '');
if (args.has('--no-batch')) md.push('Not run (--no-batch). Run `node bench/batch.mjs --workers 1` and `--workers 2`.');
else {
  md.push('| workers | records | words | seconds | records/s | words/s | peak RSS MiB | cores busy | load average at start |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const result of batchResults) {
    if (result.error) md.push(`| ${result.workers} | – | – | – | – | – | ${result.error} |`);
    else md.push(`| ${result.workers} | ${fmt(result.records)} | ${fmt(result.words)} | ${(result.ms / 1000).toFixed(1)} | ${fmt(result.recordsPerSecond)} | ${fmt(result.wordsPerSecond)} | ${fmt(result.peakRssMiB)} | ${result.coresBusy ?? ''} | ${result.load ?? ''} |`);
  }
  const [one, two] = batchResults;
  if (one && two && !one.error && !two.error) md.push('', `2 workers ÷ 1 worker: ${ratio(two.recordsPerSecond, one.recordsPerSecond)}. ${one.how} The audit lints with its own default preset (\`audit\`), not the default preset of the throughput table. "Cores busy" is the CPU time of all the process's threads over the wall time (2.0 = both cores all the time). A second worker only helps when the second core is free: just before these runs, two busy processes together got ${batchCores?.toFixed(2)} cores of 2 (other work on the machine takes the rest).`);
  else md.push('', 'Command: `node bench/batch.mjs --workers 1` and `--workers 2` (needs a built @carelint/audit).');
}
md.push('');
md.push('## Targets', '');
md.push('| target | measured | |', '| --- | --- | --- |');
for (const [name, value, met] of targets) md.push(`| ${name} | ${value} | ${met ? 'met' : '**missed**'} |`);
md.push('');
const notesFile = `${here}PROFILE.md`;
if (existsSync(notesFile)) md.push(readFileSync(notesFile, 'utf8').trim(), '');
writeFileSync(OUT, `${md.join('\n')}\n`);
log(`wrote ${OUT}`);
