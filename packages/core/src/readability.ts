import { analyse, report, setMetrics } from '@carelint/text';
import { fleschKincaid } from 'flesch-kincaid';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { limitWordFacts, syllablesOf } from './syllables.js';
import type { ReadabilityMetrics } from './types.js';

export interface ReadabilityOptions {
  /** Sentences with more words than this are flagged. */
  maxSentenceWords: number;
}

const LETTER = /\p{L}/u;

/** Whether a word holds a letter: most start with an ASCII one, known without the Unicode pattern. */
function hasLetter(value: string): boolean {
  const first = value.charCodeAt(0) | 0x20;
  return (first >= 97 && first <= 122) || LETTER.test(value);
}

/** UK reading age is roughly the US school grade plus five years. */
const GRADE_TO_AGE = 5;

/**
 * The record's reading age (Flesch–Kincaid grade + 5, over the whole text) and its longest sentences,
 * with a message on each sentence longer than the preset allows. Per-sentence difficulty comes from
 * retext-readability, which core runs beside this.
 */
export default function carelintReadability(options: ReadabilityOptions) {
  return function (tree: Root, file: VFile): undefined {
    limitWordFacts();
    const analysis = analyse(tree, file);
    let words = 0;
    let syllableCount = 0;
    const lengths: Array<{ words: number; start: number; end: number }> = [];
    for (const sentence of analysis.sentences) {
      let sentenceWords = 0;
      for (const token of sentence.tokens) {
        if (token.kind !== 'word' || !hasLetter(token.value)) continue;
        sentenceWords += 1;
        syllableCount += syllablesOf(token.value);
      }
      words += sentenceWords;
      lengths.push({ words: sentenceWords, start: sentence.start, end: sentence.end });
    }
    const sentences = lengths.filter((s) => s.words > 0).length;
    const grade = words > 0 && sentences > 0 ? Math.max(0, fleschKincaid({ sentence: sentences, word: words, syllable: syllableCount })) : null;
    // Lines are filled in by core, which knows where each offset is in the original source.
    const metrics: ReadabilityMetrics & { longestSentences: Array<{ words: number; line: number; start?: number }> } = {
      grade: grade === null ? null : Math.round(grade * 10) / 10,
      age: grade === null ? null : Math.round((grade + GRADE_TO_AGE) * 10) / 10,
      longestSentences: [...lengths]
        .sort((a, b) => b.words - a.words || a.start - b.start)
        .slice(0, 3)
        .filter((s) => s.words > 0)
        .map((s) => ({ words: s.words, line: 0, start: s.start })),
    };
    setMetrics(file, 'readability', metrics);
    for (const sentence of lengths) {
      if (sentence.words <= options.maxSentenceWords || analysis.isQuoted(sentence.start, sentence.end)) continue;
      report(file, {
        source: 'carelint-readability',
        ruleId: 'long-sentence',
        reason: `This sentence has ${sentence.words} words; try splitting it, as sentences over ${options.maxSentenceWords} words are hard to follow.`,
        start: sentence.start,
        end: sentence.end,
        expected: [],
        note: 'Children, parents and the next worker all read the record; shorter sentences are easier to understand and harder to misread. Source: Torbay “Language that cares” policy; The Promise (simple, caring language).',
        url: 'docs/rules/readability.md#long-sentence',
        category: 'readability',
        fatal: undefined,
        data: { words: sentence.words },
      });
    }
    return undefined;
  };
}
