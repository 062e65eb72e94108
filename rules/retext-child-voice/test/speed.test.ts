import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordsDir } from '../../../fixtures/load.js';
import { run } from './run.js';

// A 500-word record from this rule's fixtures. The budget is generous so a busy machine does not fail the test;
// the rule alone takes about 2–3 ms on an idle one (see docs/rules/child-voice.md).
const text = ['50-visit-direct-quotes.txt', '51-reported-views-only.txt', '58-sibling-group.txt']
  .map((name) => readFileSync(`${recordsDir}${name}`, 'utf8'))
  .join('\n\n')
  .split(/\s+/)
  .slice(0, 500)
  .join(' ');

describe('speed', () => {
  it('lints a 500-word record in a few milliseconds', () => {
    for (let i = 0; i < 20; i++) run(text, { documentType: 'visit' });
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      run(text, { documentType: 'visit' });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(40);
  });
});
