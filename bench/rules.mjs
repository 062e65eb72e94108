// Time per rule: each rule package alone after parsing, on the same generated records, so a change to one rule
// can be measured without the others' noise. Uses the built packages (run the build first).
//
//   node --expose-gc bench/rules.mjs [--words 500] [--records 100] [--rounds 3] [--only child-voice] [--cpu]
//
// --cpu times with the process's CPU time (all its threads) instead of the wall clock: steadier when other work
// shares the machine, though V8's helper threads (concurrent marking, compiling) are counted too.
//
// For each stage it prints the median over rounds of ms per record and µs per word. "parse + analysis" is the
// shared base (retext-english and @carelint/text's analysis, which the first rule to run pays for); each rule's
// figure is its own time on top of that base. "lint()" is the whole of core with every rule, for comparison.
import { analyse } from '@carelint/text';
import { carelintReadability, hardSentences, lint } from '@carelint/core';
import retextBalancedTone from 'retext-balanced-tone';
import retextCareJargon from 'retext-care-jargon';
import retextChildVoice from 'retext-child-voice';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import retextSmartPlan from 'retext-smart-plan';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { countWords, generateRecord } from './corpus.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const WORDS = Number(option('words', 500));
const RECORDS = Number(option('records', 100));
const ROUNDS = Number(option('rounds', 3));
const ONLY = option('only', '');
const now = process.argv.includes('--cpu')
  ? () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();

const texts = Array.from({ length: RECORDS }, (_, i) => generateRecord({ words: WORDS, seed: 70_000 + i }));
const words = texts.reduce((sum, text) => sum + countWords(text), 0);
const parser = unified().use(retextEnglish);

/** A stage: given a parsed tree and its file, runs the rule (the tree is parsed outside the timer). */
function pluginStage(plugin, options) {
  const transform = plugin(options);
  return (tree, file) => {
    analyse(tree, file);
    transform(tree, file);
  };
}

const stages = [
  ['parse + analysis', null],
  ['care-jargon', pluginStage(retextCareJargon, {})],
  ['balanced-tone', pluginStage(retextBalancedTone, { target: 5 })],
  ['child-voice', pluginStage(retextChildVoice, {})],
  ['smart-plan', pluginStage(retextSmartPlan, {})],
  ['retext-readability (age 16)', pluginStage(retextReadability, { age: 16, minWords: 8 })],
  ['readability: hard sentences (core)', pluginStage(hardSentences, { age: 16, minWords: 8 })],
  ['readability: long sentences, reading age (core)', pluginStage(carelintReadability, { maxSentenceWords: 40 })],
].filter(([name]) => !ONLY || name === 'parse + analysis' || name.includes(ONLY));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** ms spent in the stage over every record (parse + analysis always run; only the stage is timed on top). */
function timeStage(stage) {
  let total = 0;
  for (const text of texts) {
    const file = new VFile({ value: text, data: { carelint: { childNames: [] } } });
    const started = now();
    const tree = parser.parse(file);
    if (stage === null) analyse(tree, file);
    const parsed = now();
    if (stage !== null) {
      stage(tree, file);
      total += now() - parsed;
    } else total += parsed - started;
  }
  return total;
}

for (const [, stage] of stages) timeStage(stage); // warm-up
const rows = [];
for (const [name, stage] of stages) {
  const runs = [];
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    runs.push(timeStage(stage));
  }
  rows.push([name, median(runs)]);
}
const lintRuns = [];
for (let round = 0; round < ROUNDS + 1; round++) {
  globalThis.gc?.();
  const started = now();
  for (const text of texts) lint(text);
  if (round > 0) lintRuns.push(now() - started);
}
rows.push(['lint() with every rule', median(lintRuns)]);

console.log(`${RECORDS} records of ~${WORDS} words (${words} words), median of ${ROUNDS} rounds${process.argv.includes('--cpu') ? ', CPU time' : ''}`);
for (const [name, ms] of rows) {
  console.log(`${name.padEnd(48)} ${(ms / RECORDS).toFixed(2).padStart(7)} ms/record ${((ms * 1000) / words).toFixed(2).padStart(7)} µs/word`);
}
