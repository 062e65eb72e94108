// carelint from a fresh process: what a one-off `carelint check` pays before the steady state run.mjs measures.
// Prints one JSON line: ms to import core, ms for the first 500-word record, and the mean ms of the next 9 and of
// records 11–50 (all distinct records, seeds the other benchmarks do not use).
import { generateRecord } from './corpus.mjs';

const texts = Array.from({ length: 50 }, (_, i) => generateRecord({ words: 500, seed: 930_000 + i }));
const started = performance.now();
const { lint } = await import('@carelint/core');
const imported = performance.now();
const times = texts.map((text) => {
  const at = performance.now();
  lint(text);
  return performance.now() - at;
});
const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
console.log(JSON.stringify({ importMs: imported - started, firstMs: times[0], next9Ms: mean(times.slice(1, 10)), next40Ms: mean(times.slice(10)) }));
