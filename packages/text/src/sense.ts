import type { SenseCues, Senses } from '@carelint/dictionaries';
import { compileGuard, guardNear, type CompiledGuard } from './context.js';
import { PhraseMatcher } from './phrases.js';
import type { Sentence, Token } from './tokens.js';

/** Evidence for one sense of a word, as the dictionaries declare it. */
export type SenseCuesSpec = SenseCues;

/** The senses of an ambiguous word, as the dictionaries declare them. */
export type SensesSpec = Senses;

/** What the evidence says: the care sense (`cued` when a cue said so), flag as info only, or another sense. */
export type SenseVerdict = { sense: 'care'; cued: boolean } | { sense: 'info' } | { sense: 'other' };

interface CompiledCues {
  guard: CompiledGuard | undefined;
  object: Map<string, ReadonlySet<string>>;
  about: ReadonlySet<string>;
  held: ReadonlySet<string>;
  adults: boolean;
}

/** An entry's senses, compiled once when a rule is set up. */
export interface CompiledSenses {
  fallback: SensesSpec['default'];
  care: CompiledCues | undefined;
  other: CompiledCues | undefined;
}

/** What a preposition's object or a sentence's subject is: the classes of its head word. */
interface Head {
  classes: ReadonlySet<string>;
  /** A possessive pronoun stood before the head ("her sister"). */
  owned: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'both', 'all', 'each', 'every', 'one', 'two', 'three']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'your', 'our', 'its']);
/** A note-taker's shortening of a preposition: "contact w mum", "contact w/ Dad". */
const SHORTENED: ReadonlyMap<string, string> = new Map([['w', 'with'], ['w/', 'with']]);

/** Words that end the phrase governed by a preposition: it has no head in the classes. */
const PHRASE_ENDS = new Set([
  'and', 'or', 'but', 'on', 'at', 'in', 'for', 'to', 'by', 'from', 'after', 'before', 'since', 'until', 'with', 'of',
  'was', 'is', 'were', 'are', 'will', 'would', 'has', 'had', 'have', 'who', 'which', 'that', 'because', 'as', 'when', 'while',
]);
/** Words before a predicate noun: "Dad to be assessed as a carer", "Mum is the main carer". */
const PREDICATE_BEFORE = new Set(['as', 'is', 'was', 'be', 'been', 'being', 'become', 'became', 'becomes', 'are', 'were']);
/** Verbs of having, before what the subject has: "Nan has a carer", "Grandad gets carers in". */
const HAVE = new Set(['has', 'had', 'have', 'having', 'gets', 'got', 'get', 'getting', 'needs', 'needed', 'need']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'that', 'which', 'there', 'this']);
const CHILD_OR_NAME = new Set(['class-child', 'name']);
const THING: ReadonlySet<string> = new Set(['class-thing']);
const NAME: ReadonlySet<string> = new Set(['name']);

/**
 * Decides the sense of an ambiguous word from evidence in its sentence: words before and after it, the class of
 * what it governs through a preposition ("contact with her mum": family; "placement of the cot": a thing), and who
 * the sentence is about ("Dad to be assessed as a possible carer"). Word classes are lists of phrases. Nothing is
 * tagged: the reader looks only at the few words around a candidate, so it costs nothing on sentences without one.
 */
export class SenseReader {
  readonly #classes = new PhraseMatcher<string>();

  /** Builds the reader from word classes: class id -> phrases. */
  constructor(classes: ReadonlyMap<string, readonly string[]>) {
    for (const [id, phrases] of classes) for (const phrase of phrases) this.#classes.add(phrase, id);
  }

  /** Compiles an entry's senses once. */
  compile(spec: SensesSpec): CompiledSenses {
    return { fallback: spec.default, care: compileCues(spec.care), other: compileCues(spec.other) };
  }

  /** The sense of the word at tokens [first, last] of the sentence. */
  read(senses: CompiledSenses, sentence: Sentence, first: number, last: number): SenseVerdict {
    const { tokens } = sentence;
    const governed = new Map<string, Head | undefined>();
    const objectOf = (prep: string): Head | undefined => {
      if (!governed.has(prep)) governed.set(prep, this.#object(tokens, last, prep));
      return governed.get(prep);
    };
    let subject: Head | undefined | null = null;
    const subjectOf = (): Head | undefined => (subject === null ? (subject = this.#subject(tokens, first)) : subject);
    if (senses.other && this.#fires(senses.other, tokens, first, last, objectOf, subjectOf)) return { sense: 'other' };
    if (senses.care && this.#fires(senses.care, tokens, first, last, objectOf, subjectOf)) return { sense: 'care', cued: true };
    if (senses.fallback === 'care') return { sense: 'care', cued: false };
    return senses.fallback === 'info' ? { sense: 'info' } : { sense: 'other' };
  }

  /** The classes of the head word at token `i`, if a class phrase starts there. */
  classesAt(tokens: readonly Token[], i: number): { classes: ReadonlySet<string>; last: number } | undefined {
    const match = this.#classes.matchAt(tokens, i);
    return match ? { classes: new Set(match.payloads), last: match.last } : undefined;
  }

  #fires(
    cues: CompiledCues,
    tokens: readonly Token[],
    first: number,
    last: number,
    objectOf: (prep: string) => Head | undefined,
    subjectOf: () => Head | undefined,
  ): boolean {
    if (cues.guard && guardNear(tokens, first, last, cues.guard)) return true;
    for (const [prep, classes] of cues.object) {
      const head = objectOf(prep);
      if (head && intersects(head.classes, classes)) return true;
    }
    const marker = cues.about.size > 0 ? predicate(tokens, first) : -1;
    if (marker >= 0) {
      const head = this.#said(tokens, marker) ?? subjectOf();
      if (head && intersects(head.classes, cues.about)) return true;
    }
    if (cues.held.size > 0 && held(tokens, first)) {
      const head = subjectOf();
      if (head && intersects(head.classes, cues.held)) return true;
    }
    if (cues.adults) {
      const head = subjectOf();
      if (head?.classes.has('class-parent')) {
        for (const prep of ['with', 'between']) {
          const object = objectOf(prep);
          if (object?.owned && object.classes.has('class-family') && !intersects(object.classes, CHILD_OR_NAME)) return true;
        }
      }
    }
    return false;
  }

  /** The head of the phrase that `prep`, right after the word, governs: its classes, or a name, or a thing. */
  #object(tokens: readonly Token[], last: number, prep: string): Head | undefined {
    const next = tokens[last + 1];
    if (next?.kind !== 'word') return undefined;
    if (next.norm === prep) return this.#head(tokens, last + 2);
    return SHORTENED.get(next.norm) === prep ? this.#head(tokens, last + 2) : undefined;
  }

  /** What the word before "is"/"as" at `marker` is, when it tells: "the centre is a unit", "Mum is his carer". */
  #said(tokens: readonly Token[], marker: number): Head | undefined {
    const before = tokens[marker - 1];
    if (before?.kind !== 'word') return undefined;
    const found = this.classesAt(tokens, marker - 1);
    if (found && found.last === marker - 1) return { classes: found.classes, owned: false };
    if (tokens[marker]!.norm === 'as' || PRONOUNS.has(before.norm)) return undefined;
    const code = before.value.charCodeAt(0);
    return { classes: code >= 65 && code <= 90 ? NAME : THING, owned: false };
  }

  /** The subject of the sentence: its first words, when they name a person ("Mum", "Dad", "Kieran"). */
  #subject(tokens: readonly Token[], before: number): Head | undefined {
    for (let i = 0; i < before; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') continue;
      if (/^\d/.test(token.value)) continue;
      return this.#head(tokens, i, 2);
    }
    return undefined;
  }

  #head(tokens: readonly Token[], from: number, reach = 5): Head | undefined {
    let owned = false;
    let seen = 0;
    let fallback: ReadonlySet<string> | undefined;
    for (let i = from; i < tokens.length && seen < reach; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') {
        if (/^['\u2019]$/.test(token.value)) continue;
        break;
      }
      seen++;
      const found = this.classesAt(tokens, i);
      if (found) {
        // "the baby monitor": a known thing after a class word is the head.
        const after = this.classesAt(tokens, found.last + 1);
        if (after?.classes.has('class-thing')) return { classes: THING, owned };
        return { classes: found.classes, owned };
      }
      const norm = token.norm;
      if (DETERMINERS.has(norm)) continue;
      if (POSSESSIVES.has(norm)) {
        owned = true;
        continue;
      }
      if (/'s$/.test(norm)) continue; // "Callum's head": the owner is not the head
      if (PHRASE_ENDS.has(norm)) break;
      const capital = token.value.charCodeAt(0) >= 65 && token.value.charCodeAt(0) <= 90;
      if (fallback === undefined) fallback = capital ? NAME : THING;
      // "Moses basket", "older brother": a word that may qualify the head; look one further.
    }
    return fallback ? { classes: fallback, owned } : undefined;
  }
}

function compileCues(spec: SenseCuesSpec | undefined): CompiledCues | undefined {
  if (!spec) return undefined;
  const guard = spec.before || spec.after ? compileGuard({ before: spec.before ?? [], after: spec.after ?? [], window: spec.window ?? 1 }) : undefined;
  const object = new Map<string, ReadonlySet<string>>();
  for (const [prep, classes] of Object.entries(spec.object ?? {})) object.set(prep, new Set(classes));
  return { guard, object, about: new Set(spec.about ?? []), held: new Set(spec.held ?? []), adults: spec.adults === true };
}

/** Where "as", or a form of "be", stands within four words before the word (it is said of the subject), or -1. */
function predicate(tokens: readonly Token[], first: number): number {
  let seen = 0;
  for (let i = first - 1; i >= 0 && seen < 4; i--) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return -1;
    seen++;
    if (PREDICATE_BEFORE.has(token.norm)) return i;
  }
  return -1;
}

/**
 * Whether the word at `first` is what a verb of having governs: the verb, then at most two of the words below ("has a
 * carer", "had two new carers"). "Mum has met the carer" is not: a verb stands between.
 */
function held(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1, seen = 0; i >= 0 && seen <= 2; i--, seen++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return false;
    if (HAVE.has(token.norm)) return true;
    if (!DESCRIBERS.has(token.norm)) return false;
  }
  return false;
}

/**
 * Words that may stand between a verb of having and what is had: "a", a number, "new". Not "the" or "his": "Dad had
 * the carers round for tea" has them as guests.
 */
const DESCRIBERS = new Set(['a', 'an', 'two', 'three', 'new', 'regular', 'daily', 'another', 'more', 'extra']);

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}
