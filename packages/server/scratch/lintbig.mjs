import { lint } from '@carelint/core';
import { readFileSync, readdirSync } from 'node:fs';
const dir = '/work/main/fixtures/records/';
const texts = readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => readFileSync(dir + f, 'utf8'));
const all = texts.join('\n\n');
console.log('one corpus chars', all.length, 'words', all.split(/\s+/).length);
let t = performance.now(); lint(texts[0]); console.log('first lint ms', performance.now() - t);
for (const n of [1, 4, 16]) {
  const big = Array(n).fill(all).join('\n\n');
  t = performance.now(); const r = lint(big); console.log(n, big.length, 'chars', performance.now() - t, 'ms', r.messages.length);
}
