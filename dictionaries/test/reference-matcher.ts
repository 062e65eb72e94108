// A small reference matcher for the tests: applies an entry's phrases and guards exactly as types.ts documents
// them (longest phrase wins, word by word; guards by window), so the data can be checked without the rules.
// It does not tag parts of speech: sentences that need `partOfSpeech` are not tested here. Of an entry's `senses`
// it reads only the word cues (`before`, `after`); cues by word class (`object`, `about`, `adults`) are the sense
// reader's in packages/text, and are tested with the rule (rules/retext-care-jargon/test/senses.test.ts).
import { normalisePhrase } from '../src/phrase.js';
import type { Dictionary, Entry, Guard, SenseCues } from '../src/types.js';

/** Words of a text, sentence by sentence: letters and digits, joined by apostrophes, dots or ampersands. */
export function sentences(text: string): string[][] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.match(/[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((words) => words.length > 0);
}

function words(phrase: string): string[] {
  return sentences(normalisePhrase(phrase, true))[0] ?? [];
}

function same(a: string, b: string, caseSensitive: boolean): boolean {
  return normalisePhrase(a, caseSensitive) === normalisePhrase(b, caseSensitive);
}

function matchesAt(text: readonly string[], at: number, phrase: readonly string[], caseSensitive: boolean): boolean {
  if (at < 0 || at + phrase.length > text.length) return false;
  return phrase.every((word, k) => same(text[at + k] as string, word, caseSensitive));
}

function near(guard: Guard, text: readonly string[], start: number, end: number): boolean {
  const window = guard.window ?? 1;
  for (const phrase of (guard.before ?? []).map(words)) {
    for (let stop = start; stop > start - window; stop--) if (matchesAt(text, stop - phrase.length, phrase, false)) return true;
  }
  for (const phrase of (guard.after ?? []).map(words)) {
    for (let from = end; from < end + window; from++) if (matchesAt(text, from, phrase, false)) return true;
  }
  return false;
}

/** The ids of the entries flagged in a text, in order, using the entries of the given categories. */
export function flaggedIds(text: string, dictionary: Dictionary, categories: readonly string[]): string[] {
  const entries = dictionary.entries.filter((entry) => categories.includes(entry.category) && entry.severity !== 'count');
  const phrases = entries.flatMap((entry) => [entry.term, ...entry.variants].map((phrase) => ({ entry, words: words(phrase) })));
  const found: string[] = [];
  for (const text_ of sentences(text)) {
    let at = 0;
    while (at < text_.length) {
      let best: { entry: Entry; words: string[] } | undefined;
      for (const candidate of phrases) {
        if ((best === undefined || candidate.words.length > best.words.length) &&
          matchesAt(text_, at, candidate.words, candidate.entry.caseSensitive === true)) best = candidate;
      }
      if (!best) {
        at += 1;
        continue;
      }
      const end = at + best.words.length;
      const excluded = best.entry.exclude !== undefined && near(best.entry.exclude, text_, at, end);
      const required = best.entry.require === undefined || near(best.entry.require, text_, at, end);
      const { senses } = best.entry;
      const cued = (cues: SenseCues | undefined) => cues !== undefined && near(cues, text_, at, end);
      const sensed = senses === undefined || (!cued(senses.other) && (senses.default !== 'other' || cued(senses.care)));
      if (!excluded && required && sensed) {
        found.push(best.entry.id);
        at = end;
      } else {
        at += 1;
      }
    }
  }
  return found;
}
