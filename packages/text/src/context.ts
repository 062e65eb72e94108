import { phraseWords, type Token } from './tokens.js';

/** Guard phrases compiled to words, with how far from the match they may end (before) or start (after). */
export interface CompiledGuard {
  before: string[][];
  after: string[][];
  window: number;
  /** Words in the longest phrase of each side: how far the walk for neighbours goes. */
  longestBefore: number;
  longestAfter: number;
}

/** Compiles guard phrases once, when a rule is set up. */
export function compileGuard(guard: { before?: readonly string[]; after?: readonly string[]; window?: number } | undefined): CompiledGuard | undefined {
  if (!guard) return undefined;
  const before = (guard.before ?? []).map((phrase) => phraseWords(phrase));
  const after = (guard.after ?? []).map((phrase) => phraseWords(phrase));
  const longest = (phrases: string[][]) => phrases.reduce((most, phrase) => Math.max(most, phrase.length), 0);
  return { before, after, window: guard.window ?? 1, longestBefore: longest(before), longestAfter: longest(after) };
}

/** Words next to a match, nearest first, up to `limit`; punctuation other than quotes and "/" ("parent/carer") stops the walk. */
function neighbours(tokens: readonly Token[], from: number, step: 1 | -1, limit: number): string[] {
  const words: string[] = [];
  for (let i = from; i >= 0 && i < tokens.length && words.length < limit; i += step) {
    const token = tokens[i]!;
    if (token.kind === 'word') words.push(token.norm);
    else if (!/^["'\u2018\u2019\u201c\u201d/]$/.test(token.value)) break;
  }
  return words;
}

/** Whether one of the guard's phrases ends within `window` words before token `first`. */
export function guardBefore(tokens: readonly Token[], first: number, guard: CompiledGuard): boolean {
  if (guard.before.length === 0) return false;
  const words = neighbours(tokens, first - 1, -1, guard.window + guard.longestBefore).reverse();
  for (const phrase of guard.before) {
    for (let gap = 0; gap < guard.window; gap++) {
      const end = words.length - gap;
      const start = end - phrase.length;
      if (start < 0) break;
      if (phrase.every((word, k) => words[start + k] === word)) return true;
    }
  }
  return false;
}

/**
 * Whether one of the guard's phrases starts within `window` words after token `last`. The phrase's last word may
 * carry an apostrophe-s: "the Leaving Care Team's number" has "team" after "leaving care".
 */
export function guardAfter(tokens: readonly Token[], last: number, guard: CompiledGuard): boolean {
  if (guard.after.length === 0) return false;
  const words = neighbours(tokens, last + 1, 1, guard.window + guard.longestAfter);
  for (const phrase of guard.after) {
    const end = phrase.length - 1;
    for (let gap = 0; gap < guard.window; gap++) {
      if (gap + phrase.length > words.length) break;
      if (phrase.every((word, k) => words[gap + k] === word || (k === end && isPossessiveOf(words[gap + k]!, word)))) return true;
    }
  }
  return false;
}

/** Whether `value` is `word` with an apostrophe-s ("team's" of "team"), without making the string to compare. */
function isPossessiveOf(value: string, word: string): boolean {
  return value.length === word.length + 2 && value.endsWith("'s") && value.startsWith(word);
}

/** Whether any guard phrase is near the match [first, last], on either side. */
export function guardNear(tokens: readonly Token[], first: number, last: number, guard: CompiledGuard): boolean {
  return guardBefore(tokens, first, guard) || guardAfter(tokens, last, guard);
}
