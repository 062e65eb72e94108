import { PhraseMatcher, phraseWords, type Token } from '@carelint/text';

/** How far a negator reaches: the words allowed between it and the phrase ("did not really seem to enjoy"). */
const REACH = 3;
const QUOTE_MARK = /^["'\u2018\u2019\u201c\u201d]$/;

/** Negation words, what stops their reach, and what only looks like a negation; compiled once. */
export class Negation {
  readonly #negators = new PhraseMatcher<true>();
  readonly #exceptions = new PhraseMatcher<true>();
  readonly #breaks: Set<string>;

  constructor(negators: readonly string[], breaks: readonly string[], exceptions: readonly string[]) {
    for (const phrase of negators) this.#negators.add(phrase, true);
    for (const phrase of exceptions) this.#exceptions.add(phrase, true);
    this.#breaks = new Set(breaks.flatMap((phrase) => phraseWords(phrase)));
  }

  /**
   * The index of the token that negates the phrase starting at token `first`, or -1. The negator must be
   * in the same clause, at most a few words before: "not aggressive", "no significant concerns", "did not
   * seem to enjoy", "not angry or hostile"; not "Mum did not drink, but was angry".
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
      if (this.#isNegatorAt(tokens, i, first)) return i;
      words += 1;
      if (words > REACH) return -1;
    }
    return -1;
  }

  #isNegatorAt(tokens: readonly Token[], index: number, before: number): boolean {
    const token = tokens[index]!;
    const exception = this.#exceptions.matchAt(tokens, index);
    if (exception && exception.last < before) return false;
    if (/n't$/.test(token.norm)) return true;
    const match = this.#negators.matchAt(tokens, index);
    return match !== undefined && match.last < before;
  }
}
