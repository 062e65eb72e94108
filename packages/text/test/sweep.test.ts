import nlp from 'compromise';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../../bench/corpus.mjs';
import { isPartOfSpeech, TAGGING_STEPS } from '../src/pos.js';
import { bulkMatch, compromiseBulkMatch, withCheapSweep } from '../src/sweep.js';

/** Sentences and comma-separated parts of the fixture records and of generated records. */
function sentences(): string[] {
  const dir = new URL('../../../fixtures/records/', import.meta.url).pathname;
  const texts = readdirSync(dir).sort().map((file) => readFileSync(dir + file, 'utf8'));
  for (let seed = 0; seed < 40; seed++) texts.push(generateRecord({ words: 500, seed: 90_000 + seed }));
  const found = new Set<string>();
  for (const text of texts) {
    for (const part of text.split(/(?<=[.!?])\s+|\n+/)) {
      const sentence = part.trim();
      if (sentence === '') continue;
      found.add(sentence);
      // The openings smart-plan tags alone: a phrase's first eight words.
      found.add(sentence.split(/\s+/).slice(0, 8).join(' '));
    }
  }
  return [...found];
}

const tagsOf = (text: string) =>
  JSON.stringify(
    (nlp.tokenize(text).compute(TAGGING_STEPS).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ offset: { start: number }; tags: string[] }> }>).map((part) =>
      part.terms.map((term) => [term.offset.start, term.tags]),
    ),
  );

describe('the cheaper sweep', () => {
  it("tags every fixture and generated sentence as compromise's own does, tag for tag and in the same order", () => {
    const methods = nlp.methods() as unknown as { one: { bulkMatch: unknown } };
    const texts = sentences();
    expect(texts.length).toBeGreaterThan(3000);
    expect(compromiseBulkMatch).not.toBe(bulkMatch);
    const ours = withCheapSweep(() => {
      expect(methods.one.bulkMatch).toBe(bulkMatch);
      return texts.map(tagsOf);
    });
    const theirs = texts.map(tagsOf);
    expect(ours.filter((tags, i) => tags !== theirs[i])).toEqual([]);
  });

  it("is carelint's alone: compromise's own routine is back after each tagging, for other users of the library", () => {
    const methods = nlp.methods() as unknown as { one: { bulkMatch: unknown } };
    expect(methods.one.bulkMatch).toBe(compromiseBulkMatch);
    expect(isPartOfSpeech('Keep the door shut at night.', 0, 'verb')).toBe(true);
    expect(methods.one.bulkMatch).toBe(compromiseBulkMatch);
    expect(() => withCheapSweep(() => { throw new Error('stop'); })).toThrow('stop');
    expect(methods.one.bulkMatch).toBe(compromiseBulkMatch);
  });
});
