import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import plugin from './src/index.ts';
const base = ['50-visit-direct-quotes.txt', '51-reported-views-only.txt', '58-sibling-group.txt'].map((f) => readFileSync('../../fixtures/records/' + f, 'utf8')).join('\n\n');
const words = base.split(/\s+/).filter(Boolean);
const text = words.slice(0, 500).join(' ').replace(/ (?=[A-Z][a-z]+ [a-z]+:)/g, '\n\n');
console.log('words', text.split(/\s+/).length);
const parseOnly = unified().use(retextEnglish).freeze();
const withRule = unified().use(retextEnglish).use(plugin as any).freeze();
function time(p: any, n: number) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const file = new VFile({ value: text, data: { carelint: { documentType: 'visit' } } });
    p.runSync(p.parse(file), file);
  }
  return (performance.now() - t0) / n;
}
time(withRule, 50); time(parseOnly, 50);
const parse = time(parseOnly, 300);
const all = time(withRule, 300);
console.log(`parse ${parse.toFixed(2)} ms, parse+rule ${all.toFixed(2)} ms, rule ${(all - parse).toFixed(2)} ms`);
// A fresh text each time (no compromise cache hits): vary the names.
const t0 = performance.now();
for (let i = 0; i < 100; i++) {
  const file = new VFile({ value: text.replace(/Amira/g, 'Amira' + 'abcdefghij'[i % 10]) + ' ' + i, data: { carelint: {} } });
  withRule.runSync(withRule.parse(file), file);
}
console.log(`uncached texts: ${((performance.now() - t0) / 100).toFixed(2)} ms`);
