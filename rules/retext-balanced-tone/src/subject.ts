import { phraseWords, type Token } from '@carelint/text';
import type { LexiconRole } from './lexicons.js';

/**
 * What a word is about: someone in the family (or a person not known to be a professional), the writer or
 * another professional, a family's home, a thing, or nothing known.
 */
export type Referent = 'person' | 'professional' | 'place' | 'thing' | 'unknown';

const QUOTE_MARK = /^["'\u2018\u2019\u201c\u201d]$/;
const DIGIT = /\d/;
const CAPITAL = /^\p{Lu}/u;
const CODE = /^\p{L}+\d+$/u;

/** The head word of each phrase: "the young person" -> "person", "mum's partner" -> "partner". */
function heads(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((phrase) => phraseWords(phrase).at(-1) ?? ''));
}

/**
 * Finds the subject of a word (the first word before its verb group, in the same clause) and sorts subjects
 * and nouns into people, professionals, places and things, from the people lexicons. Compiled once per plugin.
 */
export class Referents {
  readonly #family: Set<string>;
  readonly #professional: Set<string>;
  readonly #places: Set<string>;
  readonly #things: Set<string>;
  readonly #verbGroup: Set<string>;
  readonly #breaks: Set<string>;
  readonly #determiners: Set<string>;

  constructor(phrases: Record<LexiconRole, readonly string[]>, people: { family: readonly string[]; professional: readonly string[] }) {
    const words = (list: readonly string[]) => new Set(list.flatMap((phrase) => phraseWords(phrase)));
    this.#family = heads([...phrases.personHeads, ...phrases.conduct, ...people.family]);
    this.#professional = heads([...phrases.writers, ...people.professional]);
    this.#places = heads(phrases.places);
    this.#things = words(phrases.thingPronouns);
    this.#verbGroup = words(phrases.verbGroup);
    this.#breaks = words(phrases.breaks);
    this.#determiners = words(phrases.determiners);
  }

  /** Whether a word stands between a subject and its verb: an auxiliary, a linking verb, a negation, an adverb. */
  inVerbGroup(token: Token): boolean {
    const norm = token.norm;
    if (this.#verbGroup.has(norm) || norm === 'not' || norm === 'never' || /n't$/.test(norm)) return true;
    return /ly$/.test(norm) && !CAPITAL.test(token.value) && !this.#family.has(norm);
  }

  /** The index of the subject of the word at `first`, or -1 when the clause starts first (a log's "Refused tea."). */
  subjectOf(tokens: readonly Token[], first: number): number {
    for (let i = first - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.kind !== 'word') {
        if (QUOTE_MARK.test(token.value)) continue;
        return -1;
      }
      if (this.#family.has(token.norm) || this.#professional.has(token.norm) || this.#things.has(token.norm)) return i;
      if (this.inVerbGroup(token)) continue;
      return this.#breaks.has(token.norm) ? -1 : i;
    }
    return -1;
  }

  /**
   * What the subject of the word at `first` is. A common noun is a thing only after a determiner ("the boiler",
   * "this family's records"); a capital opening the sentence may be any word, so it names no one for sure.
   */
  subjectKind(tokens: readonly Token[], first: number): Referent {
    const i = this.subjectOf(tokens, first);
    if (i < 0) return 'unknown';
    const kind = this.kindOf(tokens[i]!);
    if (kind === 'person' && i === 0 && !this.#family.has(tokens[i]!.norm)) return 'unknown';
    if (kind === 'thing' && !this.#things.has(tokens[i]!.norm) && !CODE.test(tokens[i]!.norm) && !this.#determined(tokens, i)) return 'unknown';
    return kind;
  }

  /** Whether a determiner or a possessive opens the noun phrase ending at `head`, within three words. */
  #determined(tokens: readonly Token[], head: number): boolean {
    for (let i = head - 1; i >= 0 && i >= head - 3; i--) {
      const token = tokens[i]!;
      if (token.kind !== 'word') return false;
      if (this.#determiners.has(token.norm) || /'s?$/.test(token.norm)) return true;
      if (this.inVerbGroup(token) || this.#breaks.has(token.norm)) return false;
    }
    return false;
  }

  /** What one noun or pronoun names: a person (a family word, a name, initials), a professional, a home, a thing. */
  kindOf(token: Token): Referent {
    const norm = token.norm.replace(/'(s|m|re|ve|d|ll)?$/, '');
    if (this.#family.has(norm)) return 'person';
    if (this.#professional.has(norm)) return 'professional';
    if (this.#places.has(norm)) return 'place';
    if (this.#things.has(norm)) return 'thing';
    // "pump P2", "the M6": a code names a thing; a time or a date ("10:40", "3pm") says nothing.
    if (CODE.test(norm)) return 'thing';
    if (DIGIT.test(norm)) return 'unknown';
    if (CAPITAL.test(token.value)) return 'person';
    return 'thing';
  }
}

/** The normalised words of tokens [first, last], joined by spaces (one word: no new string). */
export function phraseAt(tokens: readonly Token[], first: number, last: number): string {
  if (first === last) return tokens[first]!.norm;
  let phrase = tokens[first]!.norm;
  for (let i = first + 1; i <= last; i++) phrase += ` ${tokens[i]!.norm}`;
  return phrase;
}
