import { dictionary } from '@carelint/dictionaries';
import { collectSentences, PhraseMatcher, phraseWords, type Token } from '@carelint/text';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../fixtures/load.js';

/** The longest phrase of the list starting at token `first`, by trying every phrase: slow and obviously right. */
function naiveMatchAt(phrases: Array<{ words: string[]; exact: boolean; id: string }>, tokens: readonly Token[], first: number) {
  let best: { last: number; ids: string[]; exact: boolean } | undefined;
  for (const phrase of phrases) {
    const last = first + phrase.words.length - 1;
    if (last >= tokens.length) continue;
    const fits = phrase.words.every((word, k) => {
      const token = tokens[first + k]!;
      return token.kind === 'word' && (phrase.exact ? token.value.replace(/[\u2018\u2019\u02bc]/g, "'") : token.norm) === word;
    });
    if (!fits) continue;
    // Longest wins; at equal length a case-sensitive phrase wins (as the matcher's two tries do).
    if (!best || last > best.last || (last === best.last && phrase.exact && !best.exact)) best = { last, ids: [phrase.id], exact: phrase.exact };
    else if (last === best.last && phrase.exact === best.exact && !best.ids.includes(phrase.id)) best.ids.push(phrase.id);
  }
  return best;
}

describe('PhraseMatcher on the dictionary and the fixture records', () => {
  it('finds at every word what trying every phrase finds, case-sensitive acronyms included', () => {
    const matcher = new PhraseMatcher<string>();
    const phrases: Array<{ words: string[]; exact: boolean; id: string }> = [];
    for (const entry of dictionary.entries) {
      for (const phrase of [entry.term, ...entry.variants]) {
        const exact = entry.caseSensitive === true;
        matcher.add(phrase, entry.id, exact);
        phrases.push({ words: phraseWords(phrase, exact), exact, id: entry.id });
      }
    }
    const parser = unified().use(retextEnglish);
    let found = 0;
    for (const fixture of loadFixtures()) {
      for (const { tokens } of collectSentences(parser.parse(fixture.text))) {
        tokens.forEach((_, i) => {
          const expected = naiveMatchAt(phrases, tokens, i);
          const match = matcher.matchAt(tokens, i);
          expect(match ? { last: match.last, ids: [...match.payloads].sort() } : undefined, `${fixture.name} token ${i}`).toEqual(expected ? { last: expected.last, ids: expected.ids.sort() } : undefined);
          if (expected) found += 1;
        });
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
