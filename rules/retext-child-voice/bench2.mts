import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import plugin from './src/index.ts';
const base = ['50-visit-direct-quotes.txt', '51-reported-views-only.txt', '58-sibling-group.txt'].map((f) => readFileSync('../../fixtures/records/' + f, 'utf8')).join('\n\n');
const text = base.split(/\s+/).filter(Boolean).slice(0, 500).join(' ');
const parseOnly = unified().use(retextEnglish).freeze();
const withRule = unified().use(retextEnglish).use(plugin as any).freeze();
function batch(p: any, n: number) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const file = new VFile({ value: text, data: { carelint: { documentType: 'visit' } } });
    p.runSync(p.parse(file), file);
  }
  return (performance.now() - t0) / n;
}
const a: number[] = [], b: number[] = [];
for (let r = 0; r < 40; r++) { a.push(batch(parseOnly, 20)); b.push(batch(withRule, 20)); }
a.sort((x, y) => x - y); b.sort((x, y) => x - y);
console.log(`min/median parse ${a[0]!.toFixed(2)}/${a[20]!.toFixed(2)} ms; parse+rule ${b[0]!.toFixed(2)}/${b[20]!.toFixed(2)} ms`);
