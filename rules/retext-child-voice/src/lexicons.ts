import type { Lexicon } from '@carelint/dictionaries';
import { phraseWords, type PhraseMatch, type Token } from '@carelint/text';
import { startsList, type Unit } from './units.js';

/** The lexicons this rule reads from `dictionaries/data/child-voice.yaml`, by id. */
export const LEXICON_IDS = {
  speech: 'child-voice-speech-verbs',
  view: 'child-voice-view-verbs',
  report: 'child-voice-report-verbs',
  observation: 'child-voice-observation-verbs',
  childReferents: 'child-voice-child-referents',
  childrenReferents: 'child-voice-children-referents',
  childRelations: 'child-voice-child-relations',
  childFields: 'child-voice-child-fields',
  youngAdult: 'child-voice-young-adult-signals',
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

/** A node of a `Signals` trie: the phrases that end here, and the words that carry on. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  phrases: Phrase[];
  /** One of the phrases has a word that must be in capitals. */
  capitals: boolean;
}

/** A list with a phrase that starts with a word, and the node of its trie after that word. */
export interface Head {
  list: number;
  node: TrieNode;
}

const EMPTY: readonly number[] = [];

/**
 * A word trie over one or more lexicons that checks acronyms are in capitals. Words are matched as `PhraseMatcher`
 * matches case-insensitive phrases (on `Token.norm`, punctuation ending a phrase); the trie is the rule's own so that a
 * unit can note, for every list at once, which of its words start a phrase (`Unit.starts`) and where each list's trie
 * carries on after them (`Unit.heads`), which spares `atIn` and `lastIn` the first lookup of every list.
 */
export class Signals {
  /** The trie; its first level holds the phrases' first words (lower case), so most words are ruled out with one lookup. */
  readonly #root: TrieNode = { next: new Map(), phrases: [], capitals: false };

  constructor(
    lexicons: readonly Lexicon[],
    /** The list's place among the lists compiled together (as `Unit.starts` names it). */
    readonly id = 0,
  ) {
    for (const lexicon of lexicons) {
      for (const text of lexicon.phrases) {
        const words = withoutPossessive(text).split(/[\s\-\u2010\u2011]+/).filter((w) => w.length > 0);
        const capitals = words.map((w) => /^[A-Z]{2,}$/.test(w));
        this.#add(phraseWords(words.join(' ')), { text, capitals, lexicon: lexicon.id });
      }
    }
  }

  /** Adds a phrase by its normalised words. */
  #add(words: readonly string[], phrase: Phrase): void {
    if (words.length === 0) return;
    let node = this.#root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), phrases: [], capitals: false };
        node.next.set(word, child);
      }
      node = child;
    }
    node.phrases.push(phrase);
    if (phrase.capitals.includes(true)) node.capitals = true;
  }

  /** The longest phrase starting at token `first` whose acronyms are in capitals, if any. */
  at(tokens: readonly Token[], first: number): PhraseMatch<Phrase> | undefined {
    const token = tokens[first];
    const node = token && token.kind === 'word' ? this.#root.next.get(token.norm) : undefined;
    return node ? matchOf(walk(node, tokens, first), tokens, first) : undefined;
  }

  /**
   * `at` for word `first` of a unit: the unit knows which lists its words start and where their tries carry on
   * (`Unit.heads`), so no list is looked up by the word.
   */
  atIn(unit: Unit, first: number): PhraseMatch<Phrase> | undefined {
    const node = headOf(unit, first, this.id);
    return node ? matchOf(walk(node, unit.words, first), unit.words, first) : undefined;
  }

  /**
   * The last word of the phrase `atIn` finds from word `first` of a unit, or -1 if it finds none: for callers that
   * need only where a phrase ends, without a match object for every word that starts one.
   */
  lastIn(unit: Unit, first: number): number {
    const node = headOf(unit, first, this.id);
    if (!node) return -1;
    const best = walk(node, unit.words, first);
    if (!best) return -1;
    if (!best.capitals) return walkedTo;
    const last = walkedTo;
    for (const phrase of best.phrases) if (inCapitals(phrase, unit.words, first)) return last;
    return -1;
  }

  /** The first words of the phrases (lower case), with the trie after each. */
  heads(): Iterable<[string, TrieNode]> {
    return this.#root.next;
  }

  /** Every longest match in a unit, left to right, not overlapping: tried only at the words that start a phrase. */
  all(unit: Unit): PhraseMatch<Phrase>[] {
    const found: PhraseMatch<Phrase>[] = [];
    if (!startsList(unit, this.id)) return found;
    const { starts } = unit;
    const entry = entryOf(starts, this.id);
    let next = 0;
    for (let k = entry + 1, end = entry + 1 + starts[entry]!; k < end; k++) {
      const i = starts[k]!;
      if (i < next) continue;
      const match = this.atIn(unit, i);
      if (match) {
        found.push(match);
        next = match.last + 1;
      }
    }
    return found;
  }

  /** The indexes of a unit's words that start one of the phrases, in order (a copy: see `startsAny` and `all`). */
  startsIn(unit: Unit): readonly number[] {
    if (!startsList(unit, this.id)) return EMPTY;
    const { starts } = unit;
    const entry = entryOf(starts, this.id);
    return starts.slice(entry + 1, entry + 1 + starts[entry]!);
  }

  /** Whether a word of a unit starts one of the phrases. */
  startsAny(unit: Unit): boolean {
    return startsList(unit, this.id);
  }
}

/** Where the last `walk` found its longest phrase to end (read by its caller at once). */
let walkedTo = 0;

/**
 * The trie node of the longest phrase starting at token `first`, if any, given the node after that token's word,
 * with its last token in `walkedTo`. A function of the module, not a private method, so that V8 inlines it.
 */
function walk(start: TrieNode, tokens: readonly Token[], first: number): TrieNode | undefined {
  let node = start;
  let best = node.phrases.length > 0 ? node : undefined;
  let last = first;
  // Most phrases are one word: a node with nothing after it ends the walk before any lookup.
  for (let i = first + 1; i < tokens.length && node.next.size > 0; i++) {
    const word = tokens[i]!;
    if (word.kind !== 'word') break;
    const next = node.next.get(word.norm);
    if (!next) break;
    node = next;
    if (node.phrases.length > 0) {
      best = node;
      last = i;
    }
  }
  walkedTo = last;
  return best;
}

/** The match `walk` found (`best`, ending at `walkedTo`), keeping the phrases whose acronyms are in capitals. */
function matchOf(best: TrieNode | undefined, tokens: readonly Token[], first: number): PhraseMatch<Phrase> | undefined {
  if (!best) return undefined;
  const last = walkedTo;
  if (!best.capitals) return { first, last, payloads: best.phrases };
  const payloads = best.phrases.filter((phrase) => inCapitals(phrase, tokens, first));
  return payloads.length > 0 ? { first, last, payloads } : undefined;
}

/** Where a list's count stands in a unit's `starts` (its word indexes follow), or -1 if no word starts one of its phrases. */
function entryOf(starts: readonly number[], list: number): number {
  for (let k = 0; k < starts.length; k += 2 + starts[k + 1]!) if (starts[k] === list) return k + 1;
  return -1;
}

/** The node of a list's trie after word `first` of a unit, if that word starts one of the list's phrases. */
function headOf(unit: Unit, first: number, list: number): TrieNode | undefined {
  if (first < 0 || first >= unit.words.length) return undefined;
  const heads = unit.heads[unit.base + first];
  if (heads === undefined) return undefined;
  for (let k = 0; k < heads.length; k++) if (heads[k]!.list === list) return heads[k]!.node;
  return undefined;
}

/** Whether the words of a phrase that must be in capitals are, in the tokens from `first`. */
function inCapitals(phrase: Phrase, tokens: readonly Token[], first: number): boolean {
  return phrase.capitals.every((caps, k) => !caps || tokens[first + k]?.value === tokens[first + k]?.value.toUpperCase());
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
  /** Lower-case word -> the lists with a phrase that starts with it (to index a unit's words once for every list). */
  starters: Map<string, Head[]>;
  /** How many lists there are (`Signals.id` runs from 0 to one less). */
  listCount: number;
}

/** Compiles the rule's lexicons; a missing one is an error naming it, so a renamed list fails loudly. */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const byId = new Map(lexicons.map((lexicon) => [lexicon.id, lexicon]));
  const signals = {} as Record<LexiconKey, Signals>;
  const phrases = {} as Record<LexiconKey, readonly string[]>;
  let lists = 0;
  for (const [key, id] of Object.entries(LEXICON_IDS) as Array<[LexiconKey, string]>) {
    const lexicon = byId.get(id);
    if (!lexicon) throw new Error(`retext-child-voice: the lexicon "${id}" is missing from the dictionary (dictionaries/data/child-voice.yaml)`);
    signals[key] = new Signals([lexicon], lists++);
    phrases[key] = lexicon.phrases;
  }
  const methods = new Map<string, Signals>();
  for (const lexicon of lexicons) {
    if (lexicon.id.startsWith(METHOD_PREFIX)) methods.set(lexicon.id.slice(METHOD_PREFIX.length), new Signals([lexicon], lists++));
  }
  const sources = new Map(lexicons.filter((l) => l.id.startsWith('child-voice-')).map((l) => [l.id, l.sources]));
  const starters = new Map<string, Head[]>();
  for (const list of [...Object.values(signals), ...methods.values()]) {
    for (const [word, node] of list.heads()) starters.set(word, [...(starters.get(word) ?? []), { list: list.id, node }]);
  }
  return { signals, methods, phrases, sources, starters, listCount: lists };
}
