import type { Lexicon } from '@carelint/dictionaries';
import { PhraseMatcher, type PhraseMatch, type Token } from '@carelint/text';

/** The lexicons this rule reads from `dictionaries/data/child-voice.yaml`, by id. */
export const LEXICON_IDS = {
  speech: 'child-voice-speech-verbs',
  view: 'child-voice-view-verbs',
  report: 'child-voice-report-verbs',
  observation: 'child-voice-observation-verbs',
  childReferents: 'child-voice-child-referents',
  childrenReferents: 'child-voice-children-referents',
  childRelations: 'child-voice-child-relations',
  groupWords: 'child-voice-group-words',
  childContext: 'child-voice-child-context',
  adultFemale: 'child-voice-adult-female',
  adultMale: 'child-voice-adult-male',
  adultPeople: 'child-voice-adult-people',
  agencies: 'child-voice-adult-agencies',
  preverbal: 'child-voice-preverbal',
  nonverbal: 'child-voice-nonverbal',
  encounter: 'child-voice-encounter-verbs',
  encounterPassive: 'child-voice-encounter-passive',
  recordKinds: 'child-voice-record-kinds',
  notSeenAfter: 'child-voice-not-heard-after',
  notSeenBefore: 'child-voice-not-heard-before',
  aloneWords: 'child-voice-alone-words',
  depersonalising: 'child-voice-depersonalising',
  depersonalisingNamed: 'child-voice-depersonalising-named',
  compounds: 'child-voice-depersonalising-compounds',
  concepts: 'child-voice-depersonalising-concepts',
} as const;

export type LexiconKey = keyof typeof LEXICON_IDS;

/** Lexicons whose id starts with this name a way of gathering views; the rest of the id is its label. */
export const METHOD_PREFIX = 'child-voice-method-';

/** A phrase as listed, and which of its words must be written in capitals (acronyms such as PECS, LAC). */
export interface Phrase {
  text: string;
  capitals: boolean[];
  /** The lexicon it came from (for method labels). */
  lexicon: string;
}

/** A word trie over one or more lexicons that checks acronyms are in capitals. */
export class Signals {
  readonly #matcher = new PhraseMatcher<Phrase>();
  /** First words of the phrases (lower case): most words start none, and are ruled out with one lookup. */
  readonly #first = new Set<string>();
  readonly size: number;

  constructor(lexicons: readonly Lexicon[]) {
    let size = 0;
    for (const lexicon of lexicons) {
      for (const text of lexicon.phrases) {
        const words = withoutPossessive(text).split(/[\s\-\u2010\u2011]+/).filter((w) => w.length > 0);
        const capitals = words.map((w) => /^[A-Z]{2,}$/.test(w));
        this.#matcher.add(words.join(' '), { text, capitals, lexicon: lexicon.id });
        this.#first.add(words[0]!.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'"));
        size += 1;
      }
    }
    this.size = size;
  }

  /** The longest phrase starting at token `first` whose acronyms are in capitals, if any. */
  at(tokens: readonly Token[], first: number): PhraseMatch<Phrase> | undefined {
    const token = tokens[first];
    if (!token || token.kind !== 'word' || !this.#first.has(token.norm)) return undefined;
    const match = this.#matcher.matchAt(tokens, first);
    if (!match) return undefined;
    const payloads = match.payloads.filter((phrase) =>
      phrase.capitals.every((caps, k) => !caps || tokens[first + k]?.value === tokens[first + k]?.value.toUpperCase()),
    );
    return payloads.length > 0 ? { ...match, payloads } : undefined;
  }

  /** Whether a (lower-case) word starts one of the phrases. */
  starts(norm: string): boolean {
    return this.#first.has(norm);
  }

  /** Every longest match, left to right, not overlapping. */
  all(tokens: readonly Token[]): PhraseMatch<Phrase>[] {
    const found: PhraseMatch<Phrase>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.at(tokens, i);
      if (match) {
        found.push(match);
        i = match.last + 1;
      } else i += 1;
    }
    return found;
  }
}

/** Drops an apostrophe-s ("Mum's" -> "Mum"), as the rule does with the words of the text. */
export function withoutPossessive(text: string): string {
  return text.replace(/(\p{L})['\u2019]s\b/gu, '$1');
}

/** Every lexicon the rule uses, compiled once per plugin instance. */
export interface CompiledLexicons {
  signals: Record<LexiconKey, Signals>;
  /** Method label -> its phrases. */
  methods: Map<string, Signals>;
  /** Phrases of a lexicon as written (for regular expressions over the text). */
  phrases: Record<LexiconKey, readonly string[]>;
  /** Source keys of each lexicon, for notes. */
  sources: Map<string, readonly string[]>;
}

/** Compiles the rule's lexicons; a missing one is an error naming it, so a renamed list fails loudly. */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const byId = new Map(lexicons.map((lexicon) => [lexicon.id, lexicon]));
  const signals = {} as Record<LexiconKey, Signals>;
  const phrases = {} as Record<LexiconKey, readonly string[]>;
  for (const [key, id] of Object.entries(LEXICON_IDS) as Array<[LexiconKey, string]>) {
    const lexicon = byId.get(id);
    if (!lexicon) throw new Error(`retext-child-voice: the lexicon "${id}" is missing from the dictionary (dictionaries/data/child-voice.yaml)`);
    signals[key] = new Signals([lexicon]);
    phrases[key] = lexicon.phrases;
  }
  const methods = new Map<string, Signals>();
  for (const lexicon of lexicons) {
    if (lexicon.id.startsWith(METHOD_PREFIX)) methods.set(lexicon.id.slice(METHOD_PREFIX.length), new Signals([lexicon]));
  }
  const sources = new Map(lexicons.filter((l) => l.id.startsWith('child-voice-')).map((l) => [l.id, l.sources]));
  return { signals, methods, phrases, sources };
}
