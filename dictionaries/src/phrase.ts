// How the matcher compares phrases: word by word, hyphens and spaces alike, case-insensitive unless told.

const dashes = /[\u002D\u2010\u2011\u2012\u2013\u2014\u2212]+/g;
const quotes = /[\u2018\u2019\u02BC]/g;

/** Normalises a phrase for comparison: NFKC, curly apostrophes straight, hyphens as spaces, one space between words. */
export function normalisePhrase(phrase: string, caseSensitive = false): string {
  const flat = phrase.normalize('NFKC').replace(quotes, "'").replace(dashes, ' ').replace(/\s+/g, ' ').trim();
  return caseSensitive ? flat : flat.toLowerCase();
}
