import nlp from 'compromise';

/**
 * compromise's steps for a document, minus the post-tagger and chunker. Those two apply phrase rules, which never
 * change the tags of a document of one word; skipping them halves the cost of asking about a single word (about
 * 0.25 ms with them on this machine, and a record can bring a dozen new names). test/word-tags.test.ts checks the
 * answers against a full `nlp(word)` on every fixture word, a share of compromise's own lexicon and invented names.
 */
const ONE_WORD_STEPS = ['alias', 'machine', 'index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo'];

/** Tags compromise gives a word written alone. */
export function tagOneWord(word: string): { has(tag: string): boolean } {
  return nlp.tokenize(word).compute(ONE_WORD_STEPS);
}
