import { readFileSync } from 'node:fs';
import { dictionary } from '@carelint/dictionaries';
import { compileLexicons } from './src/lexicons.ts';
import * as people from './src/people.ts';
const base = ['50-visit-direct-quotes.txt', '51-reported-views-only.txt', '58-sibling-group.txt'].map((f) => readFileSync('../../fixtures/records/' + f, 'utf8')).join('\n\n');
const text = base.split(/\s+/).filter(Boolean).slice(0, 500).join(' ');
const lex = compileLexicons(dictionary.lexicons);
const roles = (people as any).__roleWords(lex);
for (const [k, re] of Object.entries(roles)) {
  if (!(re instanceof RegExp)) continue;
  const t0 = performance.now();
  for (let i = 0; i < 500; i++) [...text.matchAll(re)];
  console.log(k, ((performance.now() - t0) / 500).toFixed(3));
}
