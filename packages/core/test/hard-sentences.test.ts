import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../../bench/corpus.mjs';
import { loadFixtures } from '../../../fixtures/load.js';
import hardSentences from '../src/hard-sentences.js';

/** Each flagged sentence of a text as "start-end agreeing", from the plugin itself or from core's check. */
function flagged(plugin: typeof retextReadability | typeof hardSentences, text: string, age: number): string[] {
  const file = new VFile(text);
  const processor = unified().use(retextEnglish).use(plugin as typeof retextReadability, { age, minWords: 8 });
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? `${m.place.start.offset}-${m.place.end.offset}` : '?';
    // The plugin says "N out of 7" or "all 7"; core says "N of 7" or "all 7".
    const agree = /(\d) (?:out )?of 7/.exec(m.reason)?.[1] ?? (/\ball 7\b/.test(m.reason) ? '7' : '?');
    return `${place} ${agree} | ${m.actual}`;
  });
}

const texts: Array<[string, string]> = [
  ...loadFixtures().map((fixture) => [fixture.name, fixture.text] as [string, string]),
  ...Array.from({ length: 20 }, (_, i) => [`generated ${i}`, generateRecord({ words: 600, seed: 5_000 + i })] as [string, string]),
];

describe('hard sentences', () => {
  // core judges sentences as retext-readability does, with the same counts and formulas: the same sentences,
  // with the same number of formulas agreeing, at every age.
  for (const age of [10, 12, 14, 16, 18]) {
    it(`flags exactly what retext-readability flags, age ${age}`, () => {
      let count = 0;
      for (const [name, text] of texts) {
        const expected = flagged(retextReadability, text, age);
        count += expected.length;
        expect(flagged(hardSentences, text, age), name).toEqual(expected);
      }
      // The comparison means something only if the plugin flags sentences at this age.
      expect(count).toBeGreaterThan(age >= 16 ? 5 : 50);
    });
  }

  it('flags nothing in short, plain sentences', () => {
    const plain = 'Amira went to school today. She had her lunch with her friends. Mum picked her up at three.';
    expect(flagged(hardSentences, plain, 16)).toEqual([]);
    expect(flagged(retextReadability, plain, 16)).toEqual([]);
  });
});

describe('the hard-sentence finding', () => {
  it('says how many measures agree, and "all 7" when every one does', () => {
    const dense = 'Notwithstanding the considerable deterioration in interprofessional communication, the multi-agency chronology demonstrates substantive organisational accountability.';
    const [finding] = flagged(hardSentences, dense, 6);
    expect(finding).toMatch(/^0-\d+ 7 \| Notwithstanding/);
    expect(flagged(retextReadability, dense, 6)).toEqual([finding]);
    const file = new VFile(dense);
    const processor = unified().use(retextEnglish).use(hardSentences, { age: 6, minWords: 8 });
    processor.runSync(processor.parse(file), file);
    expect(file.messages[0]?.reason).toBe('This sentence may be hard to read for someone aged 6 (all 7 readability measures agree); try shorter sentences and everyday words.');
  });
});
