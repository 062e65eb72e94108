import { dictionary } from '@carelint/dictionaries';
import { describe, expect, it } from 'vitest';
import { LEXICON_IDS } from '../src/signals.js';
import { yamlLexicons } from './data.js';

describe('the word lists', () => {
  it('has every lexicon the rule reads, each with sources and phrases', () => {
    for (const id of Object.values(LEXICON_IDS)) {
      const lexicon = yamlLexicons.find((candidate) => candidate.id === id);
      expect(lexicon, id).toBeDefined();
      expect(lexicon!.sources.length, id).toBeGreaterThan(0);
      expect(lexicon!.phrases.length, id).toBeGreaterThan(0);
      for (const key of lexicon!.sources) expect(dictionary.sources[key], `${id}: source ${key}`).toBeDefined();
    }
  });

  it('is what the generated dictionary holds (run `pnpm generate` after editing plan-signals.yaml)', () => {
    for (const id of Object.values(LEXICON_IDS)) {
      expect(dictionary.lexicons.find((lexicon) => lexicon.id === id)?.phrases, id).toEqual(yamlLexicons.find((lexicon) => lexicon.id === id)?.phrases);
    }
  });
});
