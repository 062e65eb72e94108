import { readFileSync } from 'node:fs';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import retextBalancedTone from '../src/index.js';

const records = ['40-deficit-heavy-visit.txt', '41-balanced-visit.txt', '43-negation-traps.txt'];
const text = records.map((name) => readFileSync(new URL(`../../../fixtures/records/${name}`, import.meta.url), 'utf8')).join('\n');
const words = text.split(/\s+/).filter(Boolean).length;

describe('speed', () => {
  it(`lints a ${words}-word record in single-digit milliseconds`, () => {
    const processor = unified().use(retextEnglish).use(retextBalancedTone).freeze();
    const lint = () => {
      const file = new VFile({ value: text });
      processor.runSync(processor.parse(file), file);
      return file;
    };
    for (let i = 0; i < 20; i++) lint();
    const runs = 50;
    const start = performance.now();
    for (let i = 0; i < runs; i++) lint();
    const each = (performance.now() - start) / runs;
    console.log(`balanced-tone alone, ${words} words: ${each.toFixed(2)} ms per lint (parse + rule)`);
    expect(words).toBeGreaterThanOrEqual(450);
    // Generous bound so a busy CI machine does not fail; the figure above is what we report.
    expect(each).toBeLessThan(50);
  });
});
