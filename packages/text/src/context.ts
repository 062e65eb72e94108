import { phraseWords, type Token } from './tokens.js';

/** Guard phrases compiled to words, with how far from the match they may end (before) or start (after). */
export interface CompiledGuard {
  before: string[][];
  after: string[][];
  window: number;
}

/** Compiles guard phrases once, when a rule is set up. */
export function compileGuard(guard: { before?: readonly string[]; after?: readonly string[]; window?: number } | undefined): CompiledGuard | undefined {
  if (!guard) return undefined;
  return {
    before: (guard.before ?? []).map((phrase) => phraseWords(phrase)),
    after: (guard.after ?? []).map((phrase) => phraseWords(phrase)),
    window: guard.window ?? 1,
  };
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
  const longest = Math.max(...guard.before.map((p) => p.length));
  const words = neighbours(tokens, first - 1, -1, guard.window + longest).reverse();
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
  const longest = Math.max(...guard.after.map((p) => p.length));
  const words = neighbours(tokens, last + 1, 1, guard.window + longest);
  for (const phrase of guard.after) {
    const end = phrase.length - 1;
    for (let gap = 0; gap < guard.window; gap++) {
      if (gap + phrase.length > words.length) break;
      if (phrase.every((word, k) => words[gap + k] === word || (k === end && words[gap + k] === `${word}'s`))) return true;
    }
  }
  return false;
}

/** Whether any guard phrase is near the match [first, last], on either side. */
export function guardNear(tokens: readonly Token[], first: number, last: number, guard: CompiledGuard): boolean {
  return guardBefore(tokens, first, guard) || guardAfter(tokens, last, guard);
}
