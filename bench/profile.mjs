// Where carelint's time goes: lints generated records under the V8 CPU profiler and sums self time by package
// and by function.
//
//   node bench/profile.mjs [--words 500] [--records 60] [--top 30]
//
// Runs the workload in a child process: generates the records, lints a ~30,000-word warm-up, then starts V8's
// sampling profiler (node:inspector) for the timed records only, so the profile is of steady-state linting, not
// of module loading, compromise building its lexicon or the JIT's first passes. The raw profile is kept as
// bench/.profile/steady.cpuprofile (open it in Chrome DevTools); the summary is printed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countWords, generateRecord } from './corpus.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const WORDS = option('words', 500);
const RECORDS = option('records', 60);
const TOP = option('top', 30);
const dir = `${here}.profile`;

if (process.argv.includes('--child')) {
  // The workload: the records are generated and the rules warmed up (about 30,000 words of records the size being profiled)
  // before V8's profiler starts, so the profile is of steady-state linting only.
  const { lint } = await import('@carelint/core');
  const { Session } = await import('node:inspector/promises');
  const texts = Array.from({ length: RECORDS }, (_, i) => generateRecord({ words: WORDS, seed: 40_000 + i }));
  for (let seed = 49_000, words = 0; words < 30_000; seed++) {
    const text = generateRecord({ words: WORDS, seed });
    words += countWords(text);
    lint(text);
  }
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const started = performance.now();
  for (const text of texts) lint(text);
  const elapsed = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(`${dir}/steady.cpuprofile`, JSON.stringify(profile));
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  console.log(`${RECORDS} records of ~${WORDS} words (${words} words) in ${elapsed.toFixed(0)} ms: ${Math.round((words / elapsed) * 1000)} words/s (profiler on; records generated and rules warmed up before it started)`);
  process.exit(0);
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...process.argv.slice(2)], { stdio: ['ignore', 'inherit', 'inherit'] });
if (child.status !== 0) process.exit(child.status ?? 1);
const file = `${dir}/steady.cpuprofile`;
const profile = JSON.parse(readFileSync(file, 'utf8'));

/** The package a script belongs to: a workspace folder or the name under node_modules. */
function packageOf(url) {
  if (!url) return '(native / V8)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 14).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const workspace = /\/(packages|rules)\/([^/]+)\//.exec(url) ?? /\/(dictionaries)\//.exec(url);
  if (workspace) return workspace[2] ? `${workspace[1]}/${workspace[2]}` : workspace[1];
  if (url.startsWith('node:')) return 'node';
  return url;
}

const total = profile.endTime - profile.startTime;
const selfByNode = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) selfByNode.set(profile.samples[i], (selfByNode.get(profile.samples[i]) ?? 0) + (deltas[i] ?? 0));
const byPackage = new Map();
const byFunction = new Map();
for (const node of profile.nodes) {
  const self = selfByNode.get(node.id) ?? 0;
  if (!self) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const pkg = ['(garbage collector)', '(program)', '(idle)'].includes(functionName) ? functionName : packageOf(url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + self);
  const key = `${functionName || '(anonymous)'}  ${pkg}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + self);
}
// Time by stage: each sample goes to the rule (or step) whose code is on its stack, the outermost one first.
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
function stageOf(id) {
  let stage = 'core and other';
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const url = nodeById.get(at).callFrame.url;
    const rule = /\/rules\/([^/]+)\//.exec(url);
    if (rule) stage = rule[1];
    else if (url.includes('/retext-readability/')) stage = 'retext-readability';
    else if (/\/(parse-english|parse-latin|retext-english)\//.test(url) && stage === 'core and other') stage = 'parse (retext-english)';
    else if (/\/(micromark|mdast-util-from-markdown|hast-util-from-html|parse5)/.test(url) && stage === 'core and other') stage = 'markup parsing';
    else if (url.endsWith('/bench/corpus.mjs') && stage === 'core and other') stage = 'bench (corpus generation)';
  }
  return stage;
}
const byStage = new Map();
for (const [id, time] of selfByNode) {
  const fn = nodeById.get(id).callFrame.functionName;
  const stage = ['(garbage collector)', '(program)', '(idle)'].includes(fn) ? fn : stageOf(id);
  byStage.set(stage, (byStage.get(stage) ?? 0) + time);
}

const pct = (n) => `${((n / total) * 100).toFixed(1).padStart(5)} %`;
console.log(`profile: ${file} (open it in Chrome DevTools)`);
console.log('\ntime by stage (the rule or step whose code is on the stack):');
for (const [name, time] of [...byStage].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(time)}  ${name}`);
console.log('\nself time by package:');
for (const [name, time] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${pct(time)}  ${name}`);
console.log(`\ntop ${TOP} functions by self time:`);
for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${pct(time)}  ${name}`);
