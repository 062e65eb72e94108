import nlp from 'compromise';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPartOfSpeech, TAGGING_STEPS } from '../src/pos.js';

/** Sentences of the fixture records (a rough split is enough: each is tagged both ways). */
function fixtureSentences(): string[] {
  const dir = new URL('../../../fixtures/records/', import.meta.url).pathname;
  const sentences: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    for (const part of readFileSync(dir + file, 'utf8').split(/(?<=[.!?])\s+|\n+/)) {
      if (part.trim().split(/\s+/).length > 3) sentences.push(part.trim());
    }
  }
  return sentences;
}

const tagsOf = (doc: { json(options: object): unknown }) =>
  (doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ offset: { start: number }; tags: string[] }> }>).map((part) =>
    part.terms.map((term) => [term.offset.start, term.tags]),
  );

describe('part-of-speech tags', () => {
  it('are exactly those of a full nlp(sentence) on every other fixture sentence', () => {
    const sentences = fixtureSentences().filter((_, i) => i % 2 === 0);
    expect(sentences.length).toBeGreaterThan(500);
    const differ = sentences.filter((sentence) => JSON.stringify(tagsOf(nlp(sentence))) !== JSON.stringify(tagsOf(nlp.tokenize(sentence).compute(TAGGING_STEPS))));
    expect(differ).toEqual([]);
  });

  it('answers by offset within the sentence', () => {
    const sentence = 'Mum will contact school on Monday about the contact arrangements.';
    expect(isPartOfSpeech(sentence, sentence.indexOf('contact'), 'verb')).toBe(true);
    expect(isPartOfSpeech(sentence, sentence.lastIndexOf('contact'), 'verb')).toBe(false);
  });
});
