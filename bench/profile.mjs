// Where carelint's time goes: lints generated records under the V8 CPU profiler and sums self time by package
// and by function.
//
//   node bench/profile.mjs [--words 500] [--records 60] [--top 30]
//
// Runs the workload in a child process under `node --cpu-prof`, keeps the raw profile in bench/.profile/ (open it
// in Chrome DevTools) and prints the summary. Module loading and the warm-up are in the profile as well.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
  // The workload, run under --cpu-prof: a warm-up, then the timed records.
  const { lint } = await import('@carelint/core');
  const texts = Array.from({ length: RECORDS }, (_, i) => generateRecord({ words: WORDS, seed: 40_000 + i }));
  for (let i = 0; i < 10; i++) lint(generateRecord({ words: WORDS, seed: 49_000 + i }));
  const started = performance.now();
  for (const text of texts) lint(text);
  const elapsed = performance.now() - started;
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  console.log(`${RECORDS} records of ~${WORDS} words (${words} words) in ${elapsed.toFixed(0)} ms: ${Math.round((words / elapsed) * 1000)} words/s (warm-up and module loading are in the profile too)`);
  process.exit(0);
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const child = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', fileURLToPath(import.meta.url), '--child', ...process.argv.slice(2)], { stdio: ['ignore', 'inherit', 'inherit'] });
if (child.status !== 0) process.exit(child.status ?? 1);
const file = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).map((name) => `${dir}/${name}`).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
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
    else if (url.includes('/bench/') && stage === 'core and other') stage = 'bench (corpus generation)';
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
