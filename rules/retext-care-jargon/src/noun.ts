import { isPartOfSpeech, lexiconTags, type Sentence } from '@carelint/text';

/** Words that show the next word is a noun: determiners, possessives and adjectives common in records. */
const NOUN_BEFORE = new Set([
  'the', 'a', 'an', 'her', 'his', 'their', 'your', 'my', 'our', 'its', 'this', 'that', 'any', 'no', 'of', 'for',
  'weekly', 'monthly', 'daily', 'supervised', 'unsupervised', 'direct', 'indirect', 'family', 'sibling', 'more',
  'less', 'regular', 'next', 'last', 'first', 'further', 'face-to-face', 'overnight', 'telephone', 'video',
]);

/** A day of the week, written out or cut short, used as a noun's modifier ("Tues contact", "Saturday contact"). */
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?$/;

/**
 * What compromise's lexicon may call a word before a noun and nothing else: an adjective ("older peers", "early
 * contact") or a preposition ("with peers", "among peers"; "to" is settled before, as the mark of a verb).
 */
const NOUN_MODIFIERS = new Set(['Adjective', 'Comparative', 'Superlative', 'Preposition']);

/** Whether the lexicon reads a word only as an adjective or a preposition. */
function modifiesNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags !== undefined && tags.every((tag) => NOUN_MODIFIERS.has(tag));
}

/** Words that cannot start a verb's object, so the word before them is a noun ("Contact with Dad went well"). */
const NOUN_AFTER = new Set([
  'with', 'between', 'was', 'is', 'were', 'are', 'took', 'takes', 'went', 'goes', 'has', 'had', 'will', 'would',
  'should', 'did', 'does', 'remains', 'remained', 'continues', 'continued', 'arrangements', 'sessions', 'session',
  'happened', 'happens', 'started', 'ended', 'stopped', 'can', 'could', 'may', 'might', 'must', 'at', 'on',
]);

/**
 * Whether a word is used as a noun. compromise reads a sentence-initial noun as an imperative verb
 * ("Contact with Dad went well"), so the words around it settle the clear cases first.
 */
export function isNounUse(sentenceText: string, sentence: Sentence, index: number): boolean {
  const token = sentence.tokens[index]!;
  const previous = previousWord(sentence, index);
  if (previous && (NOUN_BEFORE.has(previous) || /'s$/.test(previous) || WEEKDAY.test(previous))) return true;
  if (previous && ['to', 'will', 'would', 'please', 'can', 'could', 'should', 'may', 'might', 'must', 'i', 'we', 'they', 'you', 'shall'].includes(previous)) return false;
  // Tagging a sentence costs about a millisecond; the lexicon settles a word after an adjective or a preposition.
  if (previous && modifiesNoun(previous)) return true;
  const next = sentence.tokens[index + 1];
  if (previous === undefined && next?.kind === 'word' && NOUN_AFTER.has(next.norm)) return true;
  return isPartOfSpeech(sentenceText, token.start - sentence.start, 'noun');
}

function previousWord(sentence: Sentence, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const token = sentence.tokens[i]!;
    if (token.kind === 'word') return token.norm;
    if (!/^["'\u2018\u2019\u201c\u201d(]$/.test(token.value)) return undefined;
  }
  return undefined;
}
