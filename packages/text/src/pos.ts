import nlp from 'compromise';
import { withCheapSweep } from './sweep.js';

export type PartOfSpeech = 'noun' | 'verb' | 'adjective';

const TAG: Record<PartOfSpeech, string> = { noun: 'Noun', verb: 'Verb', adjective: 'Adjective' };

/**
 * Everything `nlp(text)` computes except its last step, the chunker, which groups tagged words into phrases and
 * changes no tag; leaving it out halves the cost of tagging a sentence. test/pos.test.ts checks that every fixture
 * sentence gets exactly the tags a full `nlp(sentence)` gives.
 */
export const TAGGING_STEPS = ['alias', 'machine', 'index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger'];
const cache = new Map<string, Array<{ start: number; tags: Set<string> }>>();

/**
 * Forgets the tags of the last document. Called for each new document: a sentence is tagged at most once per
 * document (several rules may ask about it), but a cache that outlived documents would make the timing of a
 * batch depend on how often records happen to repeat sentences, which real records seldom do.
 */
export function forgetTags(): void {
  cache.clear();
}

/** compromise's tags for each term of a sentence, by character offset within it; cached for the document. */
function tagged(sentence: string): Array<{ start: number; tags: Set<string> }> {
  let terms = cache.get(sentence);
  if (terms) return terms;
  terms = [];
  const json = withCheapSweep(() => nlp.tokenize(sentence).compute(TAGGING_STEPS).json({ offset: true, terms: { offset: true } })) as Array<{
    terms: Array<{ tags: string[]; offset: { start: number } }>;
  }>;
  for (const part of json) {
    for (const term of part.terms) terms.push({ start: term.offset.start, tags: new Set(term.tags) });
  }
  if (cache.size >= 5000) cache.clear(); // a 50,000-word record has about 3,000 sentences
  cache.set(sentence, terms);
  return terms;
}

/**
 * Whether the word at `offset` (within `sentence`) is used as the given part of speech. Only call this for
 * sentences that already hold a candidate: tagging is the costliest step of a lint.
 */
export function isPartOfSpeech(sentence: string, offset: number, pos: PartOfSpeech): boolean {
  const terms = tagged(sentence);
  let found: Set<string> | undefined;
  for (const term of terms) {
    if (term.start <= offset) found = term.tags;
    else break;
  }
  return found?.has(TAG[pos]) ?? false;
}

let lexicon: Readonly<Record<string, string | readonly string[]>> | undefined;
/** Tags under which a word in capitals may still be an acronym: nouns and abbreviations ("SALT", "ARC"). */
const MAY_BE_ACRONYM = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Abbreviation', 'Acronym', 'ProperNoun', 'Month', 'Organization', 'Place', 'Person', 'FirstName', 'LastName']);

/** Tags that a lexicon word may have and still be letters standing for a name ("NASA"). */
const NAME_TAGS = new Set(['Acronym', 'Abbreviation', 'Organization']);

/**
 * Whether a word written in capitals is a common English word of five letters or more ("SCHOOL", "HOUSE",
 * "FAMILY": a card's label or emphasis), looked up in compromise's lexicon; nothing is tagged. Shorter words in
 * capitals are left to the acronym lists ("SALT", "MASH", "SEND" are acronyms in care records).
 */
export function isCommonLongWord(word: string): boolean {
  if (word.length < 5) return false;
  const tags = lexiconTags(word);
  return tags !== undefined && !tags.some((tag) => NAME_TAGS.has(tag));
}

/**
 * Whether a word written in capitals is an everyday English word other than a noun ("NOT", "MUST", "ALL", "RED",
 * "SAD"): written in capitals for emphasis, never an acronym. A lookup in compromise's lexicon; nothing is tagged.
 */
export function isEmphasisWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags !== undefined && !tags.some((tag) => MAY_BE_ACRONYM.has(tag));
}

/** A word's tags in compromise's lexicon (lower-cased), or undefined when the lexicon does not hold it. Nothing is tagged. */
export function lexiconTags(word: string): readonly string[] | undefined {
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? undefined : typeof tags === 'string' ? [tags] : tags;
}
