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
  readonly #needLabels: Set<string>;
  readonly #afterPredicative: Set<string>;
  readonly #hopes: Set<string>;
  readonly #speech: Set<string>;

  constructor(phrases: Record<LexiconRole, readonly string[]>, referents: Referents) {
    this.#referents = referents;
    const key = (list: readonly string[]) => new Set(list.map((phrase) => phraseWords(phrase).join(' ')));
    this.#conditions = key(phrases.conditions);
    this.#criticalAdjectives = key(phrases.criticalAdjectives);
    this.#concerns = key(phrases.concerns);
    this.#needLabels = key(phrases.needLabels);
    this.#afterPredicative = new Set(phrases.afterPredicative.flatMap((phrase) => phraseWords(phrase)));
    this.#hopes = new Set(phrases.hopes.map((phrase) => phraseWords(phrase).at(-1) ?? ''));
    this.#speech = key(phrases.speech);
  }

  /**
   * Whether a hope, a goal or a condition governs the word at `first`: a modal or "hope" in its verb group ("will
   * feel more confident"), also across "and" from the first of two ("will feel less tired and more confident"), or
   * "if", "unless" or "until" before its subject and a verb in the present ("until he is calm"; not the past "until
   * she was calm", which says she became so). A strength hoped for is not yet one.
   */
  #hoped(tokens: readonly Token[], first: number): boolean {
    let i = first - 1;
    let paired = false;
    if (INTENSIFIERS.has(tokens[i]?.norm ?? '')) i -= 1;
    if (tokens[i]?.norm === 'and' || tokens[i]?.norm === 'or') {
      // The first of the pair: up to three words with no verb of their own, then the verb group before them.
      let words = 0;
      for (i -= 1; i >= 0 && words < 3; i--, words++) {
        const token = tokens[i]!;
        if (token.kind !== 'word' || FINITE.has(token.norm) || this.#hopes.has(token.norm) || this.#referents.inVerbGroup(token)) break;
      }
      if (words === 0) return false;
      paired = true;
    }
    let present = false;
    for (; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.kind !== 'word') return false;
      // "close to his mum and very protective", "reached up to be lifted and settled": an infinitive's "to" ("in order
      // to") before the first of a pair does not make the second a goal; a modal or "hope" does.
      if (this.#hopes.has(token.norm)) return !(paired && token.norm === 'to');
      if (this.#referents.inVerbGroup(token)) {
        present ||= PRESENT.has(token.norm);
        continue;
      }
      // One subject word between a condition and a verb in the present ("until he is calm", "if Kai is settled").
      return present && FINITE.has(tokens[i + 1]?.norm ?? '') && CONDITIONS.has(tokens[i - 1]?.norm ?? '');
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

  /** Whether the deficit words at tokens [first, last] name a need, not conduct ("complex needs", "double handling"). */
  isNeedLabel(tokens: readonly Token[], first: number, last: number): boolean {
    return this.#needLabels.has(phraseAt(tokens, first, last));
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
    // "She shouted \"Mummy!\"": a verb of speaking followed by the words said reports them; it judges no one.
    const phrase = phraseAt(tokens, first, last);
    if (kind === 'critical' && this.#speech.has(phrase) && quotesNext(tokens, last, isQuoted)) return false;
    const subject = this.#referents.subjectKind(tokens, first);
    if (kind === 'positive' && this.#hoped(tokens, first)) return false;
    // Criticism is a judgement of a person: "this family's records have not helped" judges no one.
    if (kind === 'negated') return subject !== 'thing' && subject !== 'professional';
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
    // "The drinking gets worse", "things got much worse", "her health has deteriorated": a change for the worse is a
    // fact about a situation; only said of a person ("Mum has deteriorated") is it counted.
    if (kind === 'critical' && changeForWorse(tokens, first, last, phrase, this.#criticalAdjectives)) return this.#referents.subjectKind(tokens, first) === 'person';
    // A worry counts whoever holds it ("we are worried", "Mum is worried about money"); other words said of
    // the writer or another professional ("I reassured her", "the staff are kind") are not the family's.
    if (kind === 'critical' && this.#concerns.has(phrase)) return true;
    return subject !== 'professional';
  }
}

/** Phrases that say something changed for the worse. */
const DETERIORATION = new Set(['got worse', 'worsened', 'deteriorated', 'deteriorating', 'declined']);
/** Verbs of becoming before a critical adjective ("gets worse", "became difficult"). */
const BECOMING = new Set(['get', 'gets', 'got', 'getting', 'gotten', 'become', 'becomes', 'became', 'becoming', 'grow', 'grows', 'grew', 'growing']);
/** Words between a verb of becoming and its adjective ("got much worse", "became even more difficult"). */
const DEGREE = new Set(['much', 'even', 'far', 'a', 'bit', 'lot', 'little', 'more', 'any', 'no', 'slightly', 'steadily']);

/** Whether the critical words at [first, last] say that something changed for the worse, or that things were made worse. */
function changeForWorse(tokens: readonly Token[], first: number, last: number, phrase: string, adjectives: ReadonlySet<string>): boolean {
  if (DETERIORATION.has(phrase)) return true;
  if (!adjectives.has(phrase)) return false;
  let i = first - 1;
  while (i >= 0 && tokens[i]!.kind === 'word' && DEGREE.has(tokens[i]!.norm)) i -= 1;
  const before = tokens[i];
  if (before?.kind !== 'word') return false;
  // "make things worse", "made it harder": what is made so is a thing.
  if ((before.norm === 'things' || before.norm === 'it' || before.norm === 'matters') && /^mak(e|es|ing)$|^made$/.test(tokens[i - 1]?.norm ?? '')) return true;
  return BECOMING.has(before.norm);
}

/** Words between "and" and the word it joins to the first of a pair ("and more confident"). */
const INTENSIFIERS = new Set(['more', 'less', 'very', 'much', 'so', 'really', 'quite']);
/** Verbs of their own: the first of a pair that holds one is a clause of its own ("will start school and is happy"). */
const FINITE = new Set(['is', 'was', 'are', 'were', 'am', 'has', 'had', 'have', "'s", 'seems', 'seemed', 'looks', 'looked', 'feels', 'felt']);
/** The present tense, which after "if" or "until" speaks of what is not yet so. */
const PRESENT = new Set(['is', 'are', 'am', "'s", 'feels', 'seems', 'looks']);
/** Words that make what follows a condition, not something that is so. */
const CONDITIONS = new Set(['if', 'unless', 'until']);

/** Whether a sentence asks a question in the writer's voice: it ends with a question mark outside quoted speech. */
function isQuestion(tokens: readonly Token[], isQuoted: (offset: number) => boolean): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.kind === 'punctuation' && QUOTE_MARK.test(token.value)) continue;
    return token.value === '?' && !isQuoted(token.start);
  }
  return false;
}

/** Whether quoted words follow token `last` straight away, or after a comma or a colon ("shouted, \"Again!\""). */
function quotesNext(tokens: readonly Token[], last: number, isQuoted: (offset: number) => boolean): boolean {
  let i = last + 1;
  if (tokens[i]?.value === ',' || tokens[i]?.value === ':') i += 1;
  const mark = tokens[i];
  const said = tokens[i + 1];
  return mark !== undefined && QUOTE_MARK.test(mark.value) && said?.kind === 'word' && isQuoted(said.start);
}

/** The token before `first`, over quote marks; undefined at the start of the sentence. */
function previous(tokens: readonly Token[], first: number): Token | undefined {
  for (let i = first - 1; i >= 0; i--) if (!QUOTE_MARK.test(tokens[i]!.value)) return tokens[i];
  return undefined;
}
