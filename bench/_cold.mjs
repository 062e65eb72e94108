import { lint } from '@carelint/core';
import { generateRecord, countWords } from './corpus.mjs';
const syl = ['ka','mi','ra','zo','le','ni','ta','ja','xon','den','lyn','ette','ie','ah','o','el','ine','ton','son','ley'];
let seed = 7; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const fresh = () => { let w = ''; for (let k = 0; k < 3; k++) w += syl[Math.floor(rnd() * syl.length)]; return w[0].toUpperCase() + w.slice(1); };
for (let i = 0; i < 30; i++) lint(generateRecord({ words: 500, seed: 1 + i }));
const base = Array.from({ length: 60 }, (_, i) => generateRecord({ words: 500, seed: 500 + i }));
// Every capitalised word not at a sentence start that the corpus uses as a name gets a new, never-seen name per record.
const names = new Set(); for (const t of base) for (const m of t.matchAll(/(?<=[a-z,] )[A-Z][a-z]+/g)) names.add(m[0]);
const renamed = base.map((t) => { const map = new Map(); return t.replace(/\b[A-Z][a-z]+\b/g, (w) => names.has(w) ? (map.get(w) ?? (map.set(w, fresh()), map.get(w))) : w); });
console.log('distinct capitalised mid-sentence words in corpus:', names.size);
for (const [label, texts] of [['corpus names', base], ['new names per record', renamed], ['corpus names again', base]]) {
  const t = performance.now();
  for (const text of texts) lint(text);
  console.log(`${label}: ${((performance.now() - t) / texts.length).toFixed(2)} ms/record`);
}
