/**
 * The rule's word lists for its tests, read straight from dictionaries/data/plan-signals.yaml so a change to
 * the lists is tested before the generator runs. `dictionary.test.ts` checks that the generated dictionary
 * holds the same lists, which is what the rule reads by default.
 */
import { readFileSync } from 'node:fs';
import { dictionary, type Lexicon, type Source } from '@carelint/dictionaries';
import { parse } from 'yaml';

const file = new URL('../../../dictionaries/data/plan-signals.yaml', import.meta.url).pathname;

/** The lexicons of plan-signals.yaml as written. */
export const yamlLexicons = ((parse(readFileSync(file, 'utf8')) ?? {}).lexicons ?? []) as Lexicon[];

/** Plugin options that point the rule at the word lists. */
export const baseOptions: { lexicons: readonly Lexicon[]; sources: Readonly<Record<string, Source>> } = {
  lexicons: yamlLexicons,
  sources: dictionary.sources,
};
