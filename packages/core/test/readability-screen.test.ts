import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../../bench/corpus.mjs';
import { loadFixtures } from '../../../fixtures/load.js';
import screenedReadability from '../src/readability-screen.js';

/** retext-readability's messages on a text: where, what it said and the sentence it quoted. */
function messages(plugin: typeof retextReadability | typeof screenedReadability, text: string, age: number): string[] {
  const file = new VFile(text);
  const processor = unified().use(retextEnglish).use(plugin as typeof retextReadability, { age, minWords: 8 });
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => `${m.place && 'start' in m.place ? m.place.start.offset : '?'} ${m.reason} | ${m.actual}`);
}

const texts: Array<[string, string]> = [
  ...loadFixtures().map((fixture) => [fixture.name, fixture.text] as [string, string]),
  ...Array.from({ length: 20 }, (_, i) => [`generated ${i}`, generateRecord({ words: 600, seed: 5_000 + i })] as [string, string]),
];

describe('the readability screen', () => {
  // The screen only decides which sentences retext-readability sees; it must never change what it reports.
  for (const age of [10, 12, 14, 16, 18]) {
    it(`reports exactly what retext-readability reports on the whole tree, age ${age}`, () => {
      let flagged = 0;
      for (const [name, text] of texts) {
        const expected = messages(retextReadability, text, age);
        flagged += expected.length;
        expect(messages(screenedReadability, text, age), name).toEqual(expected);
      }
      // The comparison means something only if the upstream plugin flags sentences at this age.
      expect(flagged).toBeGreaterThan(age >= 16 ? 5 : 50);
    });
  }

  it('hands on fewer sentences than the record has', () => {
    // A record of short, plain sentences: nothing reaches the plugin, so nothing is reported.
    const plain = 'Amira went to school today. She had her lunch with her friends. Mum picked her up at three.';
    expect(messages(screenedReadability, plain, 16)).toEqual([]);
    expect(messages(retextReadability, plain, 16)).toEqual([]);
  });
});
