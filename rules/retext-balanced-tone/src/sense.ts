import { phraseWords, type Token } from '@carelint/text';
import type { LexiconRole } from './lexicons.js';
import { phraseAt, type Referents } from './subject.js';

const QUOTE_MARK = /^["'\u2018\u2019\u201c\u201d]$/;
const DIGIT = /\d/;

/**
 * Whether a deficit word describes a person, from evidence in its sentence: its grammar (a verb or an
 * adjective after its subject, an adjective before a noun, a noun that needs "to"), who or what its subject or
 * noun is, a passive, and what a report verb governs. Word lists only say what words are (people, pronouns,
 * auxiliaries), never which words may stand next to an entry. Compiled once per plugin.
 */
export class DeficitSense {
  readonly #referents: Referents;
  readonly #beForms: Set<string>;
  readonly #predicates: Set<string>;
  readonly #adjectives: Set<string>;
  readonly #afterPredicative: Set<string>;
  readonly #needTo: Set<string>;
  readonly #reportVerbs: Set<string>;
  readonly #clauseStarts: Set<string>;
  readonly #claimPrepositions: Set<string>;
  readonly #hyphenNouns: Set<string>;
  readonly #breaks: Set<string>;

  constructor(phrases: Record<LexiconRole, readonly string[]>, referents: Referents) {
    this.#referents = referents;
    const key = (list: readonly string[]) => new Set(list.map((phrase) => phraseWords(phrase).join(' ')));
    const words = (list: readonly string[]) => new Set(list.flatMap((phrase) => phraseWords(phrase)));
    this.#beForms = words(phrases.beForms);
    this.#predicates = key(phrases.predicates);
    this.#adjectives = key(phrases.adjectives);
    this.#afterPredicative = words(phrases.afterPredicative);
    this.#needTo = key(phrases.needTo);
    this.#reportVerbs = key(phrases.reportVerbs);
    this.#clauseStarts = words(phrases.clauseStarts);
    this.#claimPrepositions = words(phrases.claimPrepositions);
    this.#hyphenNouns = new Set(phrases.hyphenNouns.map((phrase) => phrase.toLowerCase()));
    this.#breaks = words(phrases.breaks);
  }

  /**
   * Whether the deficit phrase at tokens [first, last] describes a person. False only on evidence that it
   * does not: a thing as its subject or noun, a passive, a noun without "to", a claim for something, a
   * hyphenated noun; with no evidence either way (a log's "Refused tea."), it does.
   */
  describesPerson(tokens: readonly Token[], first: number, last: number, text: string, isVerb: (token: Token) => boolean): boolean {
    const phrase = phraseAt(tokens, first, last);
    if (namesAStart(tokens, last) && this.#referents.subjectKind(tokens, first) === 'unknown') return false;
    if (this.#hyphenNouns.has(text.slice(tokens[first]!.start, tokens[last]!.end).toLowerCase())) return false;
    if (this.#needTo.has(phrase)) return nextWord(tokens, last)?.norm === 'to';
    if (this.#reportVerbs.has(phrase) && !this.#reportsSpeech(tokens, last, isVerb)) return false;
    if (!this.#predicates.has(phrase)) return true;
    if (this.#adjectives.has(phrase)) {
      const next = nextWord(tokens, last);
      // "an aggressive prune", "in chaotic fashion": the adjective describes the noun after it.
      if (next && !this.#afterPredicative.has(next.norm) && !DIGIT.test(next.norm)) return this.#referents.kindOf(next) !== 'thing';
    } else if (this.#isPassive(tokens, first, phrase)) {
      // "was refused housing", "will be admitted by a nurse": done to the person, not by them.
      return false;
    }
    // A family's home counts: "the household remains chaotic" judges the family.
    return this.#referents.subjectKind(tokens, first) !== 'thing';
  }

  /** A past participle after a form of "be" or "get" (over adverbs and auxiliaries): a passive. */
  #isPassive(tokens: readonly Token[], first: number, phrase: string): boolean {
    if (!/(ed|ied)\b/.test(phrase.split(' ')[0]!)) return false;
    for (let i = first - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.kind !== 'word') return false;
      if (this.#beForms.has(token.norm)) return true;
      if (!this.#referents.inVerbGroup(token)) return false;
    }
    return false;
  }

  /** Whether a report verb is followed by what was said ("claimed the money was…", "claims that") rather than a thing. */
  #reportsSpeech(tokens: readonly Token[], last: number, isVerb: (token: Token) => boolean): boolean {
    let seen = 0;
    for (let i = last + 1; i < tokens.length && seen < 5; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') {
        if (QUOTE_MARK.test(token.value)) return true; // "claimed "it was a present""
        return false;
      }
      if (this.#clauseStarts.has(token.norm)) return true;
      // "claims for a penalty", "claims Personal Independence Payment for her back": a claim for something.
      if (this.#claimPrepositions.has(token.norm)) return false;
      if (this.#breaks.has(token.norm)) return false;
      // "claimed the bruise came from football": a verb after the first words makes them a clause (tagged only here).
      if (seen > 0 && isVerb(token)) return true;
      seen += 1;
    }
    return true;
  }
}

const CLOCK = /^\d{1,2}(?:(?:[:.]\d{2})(?:am|pm)?|am|pm)$/i;

/**
 * Whether a clock time follows the phrase and ends its clause, with nothing after it: "(kick off 17:30)", "Kick off
 * 3pm." name when something starts, not what anyone did ("Refused 8pm meds" goes on to what was refused).
 */
function namesAStart(tokens: readonly Token[], last: number): boolean {
  const time = tokens[last + 1];
  if (time?.kind !== 'word' || !CLOCK.test(time.value)) return false;
  return tokens[last + 2]?.kind !== 'word';
}

/** The next word token after `last` in the sentence (over quote marks), or undefined at punctuation or the end. */
function nextWord(tokens: readonly Token[], last: number): Token | undefined {
  for (let i = last + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word') return token;
    if (!QUOTE_MARK.test(token.value)) return undefined;
  }
  return undefined;
}
