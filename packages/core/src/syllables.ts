import { syllable } from 'syllable';

const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/**
 * Syllables in a word as written, remembered: records repeat the same words and counting is costly. Keyed by
 * the word itself, so the answer is always exactly `syllable(word)`.
 */
export function syllablesOf(word: string): number {
  let count = cache.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, count);
  }
  return count;
}
