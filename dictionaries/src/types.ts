/** What a dictionary entry is about; rules pick the categories they own. */
export type Category =
  | 'jargon'
  | 'acronym'
  | 'stigmatising'
  | 'deficit'
  | 'critical'
  | 'positive'
  | 'vague-plan';

/**
 * How strongly the guidance asks for a change (the FJYPB "Word Busting" split):
 * `replace` young people asked for the word to go; `explain` it may be needed (often legally) but must be
 * explained; `review` depends on context, so the writer is asked to describe the facts; `count` is not
 * flagged, only counted (tone balance).
 */
export type Severity = 'replace' | 'explain' | 'review' | 'count';

/**
 * How directly the cited sources support an entry: `high` a cited guide lists the term (usually with the
 * replacement); `medium` inferred from a cited guide's general rule, a non-UK guide or the team's seed guidance;
 * `low` we could not read the cited source, so the entry rests on our own judgement until someone checks it.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** A published source of guidance, cited by key from entries. */
export interface Source {
  readonly key: string;
  readonly title: string;
  readonly url: string;
}

/**
 * Words around a match. A guard phrase "before" must end within `window` words before the match
 * (default 1: immediately before); "after" must start within `window` words after it. Phrases are
 * matched word by word, case-insensitively, never across a sentence end.
 */
export interface Guard {
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  readonly window?: number;
}

/** Evidence for one sense of an ambiguous word (see `Senses`). */
export interface SenseCues {
  /** Phrases ending within `window` words before the word. */
  readonly before?: readonly string[];
  /** Phrases starting within `window` words after the word. */
  readonly after?: readonly string[];
  /** How far `before` and `after` reach, in words (default 1). */
  readonly window?: number;
  /** Preposition -> word classes of its object: `with: [family]` is "contact with her mum". */
  readonly object?: Readonly<Record<string, readonly string[]>>;
  /** Word classes of the sentence's subject when the word is said of it ("Dad ... as a possible carer"). */
  readonly about?: readonly string[];
  /** Word classes of the sentence's subject when the word is what it has ("Nan has a carer"). */
  readonly held?: readonly string[];
  /** The word links an adult subject to a relative of their own ("Mum has contact with her sister"). */
  readonly adults?: boolean;
}

/**
 * The senses of an ambiguous word, as data: cues for the care sense and for the others, and which sense stands
 * when no cue speaks (`info`: flag, but only as information). A cue for another sense wins over a care cue.
 */
export interface Senses {
  readonly default: 'care' | 'info' | 'other';
  readonly care?: SenseCues;
  readonly other?: SenseCues;
}

/** One reviewed term with its alternatives, rationale and sources. */
export interface Entry {
  /** Stable kebab-case id; becomes the message `ruleId`. */
  readonly id: string;
  /** Headword as most often written in records. */
  readonly term: string;
  /** Other forms to match: inflections, spellings, acronym or expanded forms, longer phrases. */
  readonly variants: readonly string[];
  readonly category: Category;
  /** Suggested wording, best first; may be empty when the fix is to describe what happened. */
  readonly alternatives: readonly string[];
  /** One sentence, in our words, saying why the term is a problem. */
  readonly rationale: string;
  /** Keys into `sources`. */
  readonly sources: readonly string[];
  readonly severity: Severity;
  /** How directly the sources support the entry; shown on the rule page. */
  readonly confidence?: Confidence;
  /** Match only as written (acronyms: `LAC` but not `lac`). */
  readonly caseSensitive?: boolean;
  /** For acronyms: the expanded form, so "Expanded Form (ACR)" counts as explained. */
  readonly expansion?: string;
  /** A match is dropped when one of these phrases is near it. */
  readonly exclude?: Guard;
  /** A match is kept only when one of these phrases is near it (before or after). */
  readonly require?: Guard;
  /** The matched word must be used as this part of speech (checked with compromise, only when needed). */
  readonly partOfSpeech?: 'noun' | 'verb' | 'adjective';
  /** How to tell the care sense from the others (word classes are the `class-*` lexicons). */
  readonly senses?: Senses;
}

/** A named list of phrases a rule uses as signals (not flagged on their own), with its sources. */
export interface Lexicon {
  readonly id: string;
  readonly description: string;
  readonly sources: readonly string[];
  readonly phrases: readonly string[];
}

/** A whole dictionary: what the generator emits and what a local authority's extra file parses to. */
export interface Dictionary {
  readonly entries: readonly Entry[];
  readonly lexicons: readonly Lexicon[];
  readonly sources: Readonly<Record<string, Source>>;
}
