import nlp from 'compromise';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagOneWord } from '../src/word-tags.js';

const TAGS = ['#Person', '#Noun', '#Pronoun', '#Date', '#Place', '#Organization', '#FemaleName', '#MaleName'];

/** Capitalised words of the fixture records, a share of compromise's lexicon, and names it has never seen. */
function words(): string[] {
  const found = new Set<string>();
  const dir = new URL('../../../fixtures/records/', import.meta.url).pathname;
  for (const file of readdirSync(dir)) for (const match of readFileSync(dir + file, 'utf8').matchAll(/[A-Z][\p{L}'\u2019-]+/gu)) found.add(match[0]);
  const lexicon = Object.keys((nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon).filter((word) => /^[a-z][a-z'-]*$/.test(word));
  for (let i = 0; i < lexicon.length; i += 12) found.add(lexicon[i]![0]!.toUpperCase() + lexicon[i]!.slice(1));
  const parts = ['ka', 'mi', 'ra', 'zo', 'le', 'ni', 'xon', 'den', 'lyn', 'ette', 'ah', 'ing', 'ed', 'ly', 'ful', 'ous', 'ive', 'ski', 'son', 'ton', 'ique', 'est'];
  let seed = 29;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 1500; i++) {
    let word = '';
    for (let k = 0; k < 1 + (i % 3); k++) word += parts[Math.floor(next() * parts.length)];
    found.add(word[0]!.toUpperCase() + word.slice(1));
  }
  return [...found];
}

describe('tagOneWord', () => {
  it('answers every tag the rule asks about as a full nlp(word) does', () => {
    const list = words();
    expect(list.length).toBeGreaterThan(3000);
    const differ: string[] = [];
    for (const word of list) {
      const full = nlp(word);
      const fast = tagOneWord(word);
      for (const tag of TAGS) if (full.has(tag) !== fast.has(tag)) differ.push(`${word} ${tag}`);
    }
    expect(differ).toEqual([]);
  });
});
