/**
 * Linear time on hostile shapes (issue 15). Each family repeats one unit (runs of capitals, brackets, quotes, list
 * and emphasis markers, full stops, digits with commas, "said" and a quote, nested markup…) to 10k, 20k and 40k
 * characters; the CPU time may grow at most linearly with the size, read as a ratio between sizes (a quadratic step
 * makes 40k sixteen times 10k, a linear one four), never as an absolute time, so a busy machine does not fail it.
 * 100k characters of each must finish, within a bounded multiple of the time of 100k characters of ordinary record
 * text. Units with random letters come from fast-check, seeded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fc } from '../../bench/hardening.js';
import { generateRecord } from '../../bench/corpus.mjs';
import { lint, type Format } from '../../packages/core/src/index.js';

const sample = <T>(arbitrary: fc.Arbitrary<T>, seed: number): T => fc.sample(arbitrary, { seed, numRuns: 1 })[0]!;
const capitals = sample(fc.stringMatching(/^[A-Z]{2,4}$/), 1501);

/** The 24 slow families the issue lists (first), then more of the same kinds. */
export const FAMILIES: Array<[name: string, format: Format, unit: string]> = [
  ['capitals and a space', 'text', 'AB '],
  ['random capitals', 'text', `${capitals} `],
  ['capitals in a line', 'text', 'AB CD\n'],
  ['ordered list markers', 'markdown', '1. '],
  ['bullet list markers', 'markdown', '+ '],
  ['block quote markers', 'markdown', '> '],
  ['open brackets', 'text', '('],
  ['bracket pairs', 'text', '()'],
  ['emphasis markers', 'markdown', '*a'],
  ['strong markers', 'markdown', '**a'],
  ['underscores', 'markdown', '_a'],
  ['link openers', 'markdown', '[a]('],
  ['image openers', 'markdown', '!['],
  ['curly quote pairs', 'text', '\u2018\u2019'],
  ['curly double quote pairs', 'text', '\u201c\u201d'],
  ['a word and a quote', 'text', 'a "'],
  ['"said" and a quote', 'text', 'said "'],
  ['"said" and a curly quote', 'text', 'said \u201c'],
  ['digits with commas', 'text', '1,0'],
  ['full stops after a word', 'text', 'a. '],
  ['full stops after a capital', 'text', 'A. '],
  ['titles', 'text', 'Mr. '],
  ['capitalised lines', 'text', 'A\n'],
  ['HTML paragraphs', 'html', '<p>a'],
  ['nested HTML', 'html', '<b>'],
  ['nested HTML lists', 'html', '<ul><li>'],
  ['code ticks', 'markdown', '`a'],
  ['names before a bracket', 'text', 'Sam ('],
  ['a name, a comma', 'text', 'Sam, '],
  ['a name and a role', 'text', 'Sam social worker '],
  ['colons', 'text', 'A: '],
  ['semicolons', 'text', 'a; '],
  ['ellipses', 'text', '... '],
  ['character references', 'html', '&#67;'],
];

const textOf = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** CPU milliseconds of one lint (the process's user and system time: steadier than the clock on a shared machine). */
function cpu(text: string, format: Format): number {
  const before = process.cpuUsage();
  lint(text, { format });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const best = (times: number, run: () => number) => Math.min(...Array.from({ length: times }, run));

let ordinary100k = 0;

describe('linear time on hostile shapes', () => {
  // Ordinary record text, for scale.
  beforeAll(() => {
    let text = '';
    for (let seed = 1; text.length < 100_000; seed++) text += `${generateRecord({ words: 3000, seed })}\n`;
    text = text.slice(0, 100_000);
    cpu(text, 'text');
    ordinary100k = best(2, () => cpu(text, 'text'));
  }, 120_000);

  for (const [name, format, unit] of FAMILIES) {
    // Retried up to twice: a quadratic family fails every time, a run stretched by another process only once.
    it(`${name} (${JSON.stringify(unit)}, ${format})`, { timeout: 120_000, retry: 2 }, () => {
      cpu(textOf(unit, 2000), format);
      // The best of a few runs: a pause for garbage collection or another process only ever adds time.
      // At least 10 ms: below that, a pause of a few milliseconds at 40k reads as growth (a family measured 9 ms at 10k).
      const t10 = Math.max(best(3, () => cpu(textOf(unit, 10_000), format)), 10);
      const t20 = best(3, () => cpu(textOf(unit, 20_000), format));
      const t40 = best(3, () => cpu(textOf(unit, 40_000), format));
      const shape = `10k ${t10.toFixed(0)} ms, 20k ${t20.toFixed(0)} ms, 40k ${t40.toFixed(0)} ms`;
      // Linear: each doubling of the size about doubles the time; quadratic: each quadruples it. A single noisy run
      // (a collection, another process) can stretch one step: in CI, where this file runs after a thousand other
      // tests, a linear family read 10k 12 ms, 20k 65 ms, 40k 149 ms. So quadratic growth is caught where both
      // doublings are three times or more, and the whole step from 10k to 40k may not reach sixteen (quadratic's).
      expect(Math.min(t20 / t10, t40 / t20), shape).toBeLessThan(3);
      expect(t40 / t10, shape).toBeLessThan(16);
      const t100 = cpu(textOf(unit, 100_000), format);
      // HARDENING_REPORT=1 prints each family's times (shapes only, never text) for a note or a comparison.
      if (process.env.HARDENING_REPORT) console.log(`linear ${name} ${format}: ${shape}, 100k ${t100.toFixed(0)} ms (ordinary text ${ordinary100k.toFixed(0)} ms)`);
      expect(t100 / Math.max(ordinary100k, 50), `100k: ${t100.toFixed(0)} ms, ordinary text ${ordinary100k.toFixed(0)} ms`).toBeLessThan(8);
    });
  }
});
