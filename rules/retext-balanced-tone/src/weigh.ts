import { phraseWords, type Token } from '@carelint/text';
import type { LexiconRole } from './lexicons.js';
import { phraseAt, type Referents } from './subject.js';

const QUOTE_MARK = /^["'\u2018\u2019\u201c\u201d]$/;
const CAPITAL = /^\p{Lu}/u;

/**
 * Whether a critical or positive expression says something about the child or family in the writer's voice,
 * so that it counts for the balance. Not counted: a question or a form's prompt ("What is going well?"), a
 * label ("Strengths:"), a word inside a name or title ("Independent Reviewing Officer", "the Calm playlist"),
 * the writer's or another professional's own feelings and conduct ("I reassured her", "the staff are kind"),
 * and the condition of a place or thing ("dirty nappies", "the house is warm"). Compiled once per plugin.
 */
export class ToneSense {
  readonly #referents: Referents;
  readonly #conditions: Set<string>;
  readonly #criticalAdjectives: Set<string>;
  readonly #concerns: Set<string>;
  readonly #afterPredicative: Set<string>;
  readonly #hopes: Set<string>;

  constructor(phrases: Record<LexiconRole, readonly string[]>, referents: Referents) {
    this.#referents = referents;
    const key = (list: readonly string[]) => new Set(list.map((phrase) => phraseWords(phrase).join(' ')));
    this.#conditions = key(phrases.conditions);
    this.#criticalAdjectives = key(phrases.criticalAdjectives);
    this.#concerns = key(phrases.concerns);
    this.#afterPredicative = new Set(phrases.afterPredicative.flatMap((phrase) => phraseWords(phrase)));
    this.#hopes = new Set(phrases.hopes.map((phrase) => phraseWords(phrase).at(-1) ?? ''));
  }

  /** Whether a hope or a goal governs the word at `first`: a modal or "hope" in its verb group ("will feel more confident"). */
  #hoped(tokens: readonly Token[], first: number): boolean {
    for (let i = first - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.kind !== 'word') return false;
      if (this.#hopes.has(token.norm)) return true;
      if (!this.#referents.inVerbGroup(token)) return false;
    }
    return false;
  }

  /** The first of a list of condition words ending at `first` ("warm, tidy and clean"): the list shares its subject. */
  #firstOfList(tokens: readonly Token[], first: number): number {
    let at = first;
    while (at >= 2 && (tokens[at - 1]!.value === ',' || tokens[at - 1]!.norm === 'and') && this.#conditions.has(tokens[at - 2]!.norm)) at -= 2;
    return at;
  }

  /** Whether the critical words at tokens [first, last] name a worry ("worried", "concerns", "at risk"). */
  isConcern(tokens: readonly Token[], first: number, last: number): boolean {
    return this.#concerns.has(phraseAt(tokens, first, last));
  }

  /**
   * Whether the expression at tokens [first, last] counts: a critical word, a positive one, or a negated
   * positive one (from its negator: "not helped").
   */
  counts(tokens: readonly Token[], first: number, last: number, kind: 'critical' | 'positive' | 'negated', isQuoted: (offset: number) => boolean): boolean {
    if (isQuestion(tokens, isQuoted)) return false;
    const before = previous(tokens, first);
    if (before && before.kind === 'word' && CAPITAL.test(tokens[first]!.value) && !/^I$/.test(before.value)) return false;
    if (!before && tokens[last + 1]?.value === ':') return false;
    const subject = this.#referents.subjectKind(tokens, first);
    if (kind === 'positive' && this.#hoped(tokens, first)) return false;
    // Criticism is a judgement of a person: "this family's records have not helped" judges no one.
    if (kind === 'negated') return subject !== 'thing' && subject !== 'professional';
    const phrase = phraseAt(tokens, first, last);
    // The condition of a home ("the house is warm", "a cluttered kitchen") is a fact; so is a critical
    // adjective before a thing ("poor sleep", "unsettled nights", "difficult questions"): only what describes
    // a person counts.
    const condition = this.#conditions.has(phrase);
    if (condition || (kind === 'critical' && this.#criticalAdjectives.has(phrase))) {
      const next = tokens[last + 1];
      if (next?.kind === 'word' && !this.#afterPredicative.has(next.norm)) {
        if (this.#referents.kindOf(next) !== 'person') return false;
      } else if (condition) {
        // After its subject, only a condition word is read by it ("the kitchen was cluttered"): a critical
        // adjective is kept ("his attendance this term is poor" reads a time, not the subject, before the verb).
        const own = this.#referents.subjectKind(tokens, this.#firstOfList(tokens, first));
        if (own === 'thing' || own === 'place') return false;
      }
    }
    // A worry counts whoever holds it ("we are worried", "Mum is worried about money"); other words said of
    // the writer or another professional ("I reassured her", "the staff are kind") are not the family's.
    if (kind === 'critical' && this.#concerns.has(phrase)) return true;
    return subject !== 'professional';
  }
}

/** Whether a sentence asks a question in the writer's voice: it ends with a question mark outside quoted speech. */
function isQuestion(tokens: readonly Token[], isQuoted: (offset: number) => boolean): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punctuation' && QUOTE_MARK.test(token.value)) continue;
    return token.value === '?' && !isQuoted(token.start);
  }
  return false;
}

/** The token before `first`, over quote marks; undefined at the start of the sentence. */
function previous(tokens: readonly Token[], first: number): Token | undefined {
  for (let i = first - 1; i >= 0; i--) if (!QUOTE_MARK.test(tokens[i]!.value)) return tokens[i];
  return undefined;
}
