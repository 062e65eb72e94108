import { PhraseMatcher, phraseWords, type Token } from '@carelint/text';

/** How far a negator reaches: the words allowed between it and the phrase ("did not really seem to enjoy"). */
const REACH = 3;
const QUOTE_MARK = /^["'\u2018\u2019\u201c\u201d]$/;

/** Negation words, what stops their reach, and what only looks like a negation; compiled once. */
export class Negation {
  readonly #negators = new PhraseMatcher<true>();
  readonly #exceptions = new PhraseMatcher<true>();
  readonly #breaks: Set<string>;
  readonly #longest: number;

  constructor(negators: readonly string[], breaks: readonly string[], exceptions: readonly string[]) {
    for (const phrase of negators) this.#negators.add(phrase, true);
    for (const phrase of exceptions) this.#exceptions.add(phrase, true);
    this.#breaks = new Set(breaks.flatMap((phrase) => phraseWords(phrase)));
    this.#longest = Math.max(1, ...negators.map((phrase) => phraseWords(phrase).length));
  }

  /**
   * The index of the token that starts the negation of the phrase at token `first`, or -1. The negator must
   * be in the same clause and end at most a few words before: "not aggressive", "no significant concerns",
   * "did not seem to enjoy", "no evidence that he was angry", "not angry or hostile"; not "Mum did not
   * drink, but was angry".
   */
  negatorBefore(tokens: readonly Token[], first: number): number {
    let words = 0;
    for (let i = first - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.kind !== 'word') {
        if (QUOTE_MARK.test(token.value)) continue;
        return -1;
      }
      if (this.#breaks.has(token.norm)) return -1;
      const last = this.#negatorAt(tokens, i, first);
      if (last >= 0 && wordsBetween(tokens, last, first) <= REACH) return i;
      words += 1;
      if (words > REACH + this.#longest) return -1;
    }
    return -1;
  }

  /** The last token of a negator starting at `index` and ending before `before`, or -1. */
  #negatorAt(tokens: readonly Token[], index: number, before: number): number {
    const exception = this.#exceptions.matchAt(tokens, index);
    if (exception && exception.last < before) return -1;
    const match = this.#negators.matchAt(tokens, index);
    if (match && match.last < before) return match.last;
    return /n't$/.test(tokens[index]!.norm) ? index : -1;
  }
}

/** Word tokens strictly between two token indexes. */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (tokens[i]!.kind === 'word') count += 1;
  return count;
}
