/**
 * The rule's word lists for its tests, read straight from dictionaries/data/plan-signals.yaml so a change to
 * the lists is tested before the generator runs; sources from the generated dictionary (or sources.yaml).
 * `dictionary.test.ts` checks that the generated dictionary holds the same lists, which the rule reads by default.
 */
import { readFileSync } from 'node:fs';
import * as dictionaries from '@carelint/dictionaries';
import type { Dictionary, Lexicon, Source } from '@carelint/dictionaries';
import { parse } from 'yaml';

const root = new URL('../../../', import.meta.url).pathname;

type Raw = Record<string, unknown>;

function read(file: string): Raw {
  return (parse(readFileSync(file, 'utf8')) ?? {}) as Raw;
}

/** The lexicons of plan-signals.yaml as written. */
export const yamlLexicons = (read(`${root}dictionaries/data/plan-signals.yaml`).lexicons ?? []) as Lexicon[];

/** The generated dictionary, when the generator has run. */
export const bundled = (dictionaries as { dictionary?: Dictionary }).dictionary;

function sourcesFromYaml(): Record<string, Source> {
  const sources: Record<string, Source> = {};
  const map = (read(`${root}dictionaries/data/sources.yaml`).sources ?? {}) as Record<string, Raw>;
  for (const [key, value] of Object.entries(map)) sources[key] = { key, title: String(value.title), url: String(value.url ?? '') };
  return sources;
}

/** Plugin options that point the rule at the word lists. */
export const baseOptions: { lexicons: readonly Lexicon[]; sources: Readonly<Record<string, Source>> } = {
  lexicons: yamlLexicons,
  sources: bundled?.sources ?? sourcesFromYaml(),
};
