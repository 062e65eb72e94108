import { lint } from '@carelint/core';
import { generateRecord, countWords } from './corpus.mjs';
for (let i = 0; i < 5; i++) lint(generateRecord({ words: 500, seed: 1 + i }));
for (const w of [500, 3000, 10000, 50000]) {
  const texts = Array.from({ length: Math.max(1, Math.round(60000 / w)) }, (_, i) => generateRecord({ words: w, seed: 100 + i }));
  const words = texts.reduce((s, t) => s + countWords(t), 0);
  const t = performance.now(); for (const x of texts) lint(x); const ms = performance.now() - t;
  console.log(`${w} words: ${Math.round((words / ms) * 1000)} words/s`);
}
