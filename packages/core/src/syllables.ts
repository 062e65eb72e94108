import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { syllable } from 'syllable';

/** The Dale–Chall list of words most children know, and the Spache list of familiar words, for lookups. */
const easyWords = new Set<string>(daleChall);
const familiarWords = new Set<string>(spache);

/** What readability needs of a lower-case word, shared by every way it is written. */
export interface LowerCaseFacts {
  /** On the Dale–Chall list of words most children know. */
  easy: boolean;
  /** On the Spache list of familiar words. */
  familiar: boolean;
  /** Scratch for counting each word once per sentence (see hard-sentences.ts). */
  counted: number;
}

/** What readability needs of a word as written. */
export interface WordFacts {
  /** `syllable(word)`, exactly. */
  syllables: number;
  /** Whether the first character is already lower case (retext-readability's test for "not a proper noun"). */
  lowerInitial: boolean;
  lower: LowerCaseFacts;
}

const byWord = new Map<string, WordFacts>();
const byLowerCase = new Map<string, LowerCaseFacts>();
const CACHE_LIMIT = 50_000;

/**
 * A word's syllables and word-list membership, remembered: records repeat the same words, counting syllables is
 * costly, and one lookup replaces a lower-casing and three. Keyed by the word as written, so the answers are
 * always exactly those of `syllable(word)` and of the lists for `word.toLowerCase()`.
 */
export function factsOf(word: string): WordFacts {
  let facts = byWord.get(word);
  if (facts === undefined) {
    const caseless = word.toLowerCase();
    let lower = byLowerCase.get(caseless);
    if (lower === undefined) {
      lower = { easy: easyWords.has(caseless), familiar: familiarWords.has(caseless), counted: 0 };
      byLowerCase.set(caseless, lower);
    }
    facts = { syllables: syllable(word), lowerInitial: word.charCodeAt(0) === caseless.charCodeAt(0), lower };
    byWord.set(word, facts);
  }
  return facts;
}

/**
 * Empties the cache when it has grown past its limit. Called between documents, never while a sentence is being
 * counted: a word's `counted` mark must survive the whole sentence.
 */
export function limitWordFacts(): void {
  if (byWord.size < CACHE_LIMIT) return;
  byWord.clear();
  byLowerCase.clear();
}

/** Syllables in a word as written (`syllable(word)`), remembered. */
export function syllablesOf(word: string): number {
  return factsOf(word).syllables;
}
