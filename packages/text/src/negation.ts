import { PhraseMatcher } from './phrases.js';
import { phraseWords, type Token } from './tokens.js';

const QUOTE_MARK = /^["'\u2018\u2019\u201c\u201d]$/;

/** What a negation is made of, and how far it reaches. */
export interface NegationSpec {
  /** Words or phrases that negate ("not", "no evidence of", "never"); a word ending in "n't" always does. */
  negators: readonly string[];
  /** Words that start a new clause: a negation before one does not reach past it ("and", "but", "because"). */
  breaks: readonly string[];
  /** Phrases that start with a negator but do not negate what follows ("not only", "no doubt"). */
  exceptions?: readonly string[];
  /** How many words may stand between the negation's last word and the phrase ("did not really seem to enjoy"). */
  reach: number;
  /** Whether a comma leaves the clause open ("is not, in my view, a vulnerable young person"). */
  throughCommas?: boolean;
}

/**
 * Negation within a clause, one mechanism for every rule: a negator at most `reach` words before a phrase, in the
 * same clause (no punctuation between them but quote marks, and commas where the spec allows, and no clause break).
 * Each rule declares its own words and reach; compiled once.
 */
export class Negation {
  readonly #negators = new PhraseMatcher<true>();
  readonly #exceptions = new PhraseMatcher<true>();
  readonly #breaks: Set<string>;
  readonly #longest: number;
  readonly #reach: number;
  readonly #throughCommas: boolean;

  constructor(spec: NegationSpec) {
    for (const phrase of spec.negators) this.#negators.add(phrase, true);
    for (const phrase of spec.exceptions ?? []) this.#exceptions.add(phrase, true);
    this.#breaks = new Set(spec.breaks.flatMap((phrase) => phraseWords(phrase)));
    this.#longest = Math.max(1, ...spec.negators.map((phrase) => phraseWords(phrase).length));
    this.#reach = spec.reach;
    this.#throughCommas = spec.throughCommas ?? false;
  }

  /**
   * The index of the token that starts the negation of the phrase at token `first`, or -1: "not aggressive", "no
   * significant concerns", "did not seem to enjoy", "not angry or hostile"; not "Mum did not drink, but was angry".
   */
  negatorBefore(tokens: readonly Token[], first: number): number {
    let words = 0;
    for (let i = first - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.kind !== 'word') {
        if (QUOTE_MARK.test(token.value) || (this.#throughCommas && token.value === ',')) continue;
        return -1;
      }
      if (this.#breaks.has(token.norm)) return RELATIVES.has(token.norm) ? this.#negatedAntecedent(tokens, i) : -1;
      const last = this.#negatorAt(tokens, i, first);
      if (last >= 0 && wordsBetween(tokens, last, first) <= this.#reach) return i;
      words += 1;
      if (words > this.#reach + this.#longest) return -1;
    }
    return -1;
  }

  /** Whether the phrase at token `first` is negated. */
  negates(tokens: readonly Token[], first: number): boolean {
    return this.negatorBefore(tokens, first) >= 0;
  }

  /**
   * The negator of the noun a relative clause describes, when the clause says what someone is not: "was never a baby
   * who had tantrums", "is not a girl who lies", "isn't someone who is aggressive". Only after a form of "be" and an
   * indefinite head: in "did not like the man who was aggressive" the man was aggressive. `relative` is the index of
   * "who" or "that".
   */
  #negatedAntecedent(tokens: readonly Token[], relative: number): number {
    // The head, and at most one word before it ("a very young baby" is too far): "a baby", "a little boy", "someone".
    let i = relative - 1;
    const word = (at: number) => (tokens[at]?.kind === 'word' ? tokens[at]!.norm : undefined);
    if (!word(i)) return -1;
    if (!INDEFINITE_PRONOUNS.has(word(i)!)) {
      i -= 1;
      if (word(i) !== undefined && !ARTICLES.has(word(i)!)) i -= 1;
      if (!ARTICLES.has(word(i) ?? '')) return -1;
    }
    const negator = i - 1;
    const norm = word(negator);
    if (norm === undefined) return -1;
    // "isn't a", "wasn't someone": the negator is the verb; "was never a", "is not someone": after a form of "be".
    if (/^(is|was|are|were)n't$/.test(norm)) return negator;
    return this.#negatorAt(tokens, negator, relative) === negator && BE.has(word(negator - 1) ?? '') ? negator : -1;
  }

  /** The last token of a negator starting at `index` and ending before `before`, or -1. */
  #negatorAt(tokens: readonly Token[], index: number, before: number): number {
    const exception = this.#exceptions.matchAt(tokens, index);
    if (exception && exception.last < before) return -1;
    const match = this.#negators.matchAt(tokens, index);
    if (match && match.last < before) return match.last;
    return tokens[index]!.norm.endsWith("n't") ? index : -1;
  }
}

/** Relative pronouns: a clause break, unless the noun they describe is negated (see #negatedAntecedent). */
const RELATIVES = new Set(['who', 'that']);
const ARTICLES = new Set(['a', 'an']);
const INDEFINITE_PRONOUNS = new Set(['someone', 'somebody', 'anyone', 'anybody']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", "he's", "she's", "it's"]);

/** Word tokens strictly between two token indexes. */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (tokens[i]!.kind === 'word') count += 1;
  return count;
}

/**
 * The plain negation of a word in its clause, for labels: up to six words back, through commas ("was not rude",
 * "is not, in my view, a vulnerable young person", "has had no missing episodes"), stopping at a clause break
 * ("not at school and was rude" is not negated).
 */
const CLAUSE = new Negation({
  negators: ['not', 'never', 'no', "n't", 'nor', 'without', 'cannot', 'none'],
  breaks: ['and', 'but', 'because', 'so', 'although', 'though', 'while', 'when', 'which', 'who', 'whereas', 'as', 'if', 'then', 'also'],
  reach: 5,
  throughCommas: true,
});

/** Whether the word at token `first` is negated within its clause (see CLAUSE). */
export function isNegated(tokens: readonly Token[], first: number): boolean {
  return CLAUSE.negates(tokens, first);
}
