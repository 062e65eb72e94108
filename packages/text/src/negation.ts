import type { Token } from './tokens.js';

const NEGATIONS = new Set(['not', 'never', 'no', "n't", 'nor', 'without', "isn't", "wasn't", "aren't", "weren't", "hasn't", "hadn't", "haven't", "doesn't", "didn't", "don't", "won't", "wouldn't", "cannot", "can't", 'none']);
/** Words that start a new clause: a negation before them does not reach the word after. */
const CLAUSE_STARTS = new Set(['and', 'but', 'because', 'so', 'although', 'though', 'while', 'when', 'which', 'who', 'whereas', 'as', 'if', 'then', 'also']);

/**
 * Whether the word at token `first` is negated within its clause: "was not rude", "is not, in my view, a
 * vulnerable young person", "has had no missing episodes". Looks back up to six words, through commas, and
 * stops at a clause boundary ("not at school and was rude" is not negated).
 */
export function isNegated(tokens: readonly Token[], first: number): boolean {
  let words = 0;
  for (let i = first - 1; i >= 0 && words < 6; i--) {
    const token = tokens[i]!;
    if (token.kind !== 'word') {
      if (token.value === ',' || /^['\u2019"]$/.test(token.value)) continue;
      return false;
    }
    words++;
    const norm = token.norm.replace(/\u2019/g, "'");
    if (NEGATIONS.has(norm) || norm.endsWith("n't")) return true;
    if (CLAUSE_STARTS.has(norm)) return false;
  }
  return false;
}
