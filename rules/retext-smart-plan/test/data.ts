/**
 * The rule's word lists for its tests. Until the dictionary generator emits them, they are read straight from
 * dictionaries/data/plan-signals.yaml (and the sources from sources.yaml or the research draft). Once
 * `dictionary` holds them, that is what the tests use.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as dictionaries from '@carelint/dictionaries';
import type { Dictionary, Lexicon, Source } from '@carelint/dictionaries';
import { parse } from 'yaml';

const root = new URL('../../../', import.meta.url).pathname;
const DRAFT = '/work/shared/research/dictionary-draft.yaml';

type Raw = Record<string, unknown>;

function read(file: string): Raw {
  return (parse(readFileSync(file, 'utf8')) ?? {}) as Raw;
}

function fromYaml(): { lexicons: Lexicon[]; sources: Record<string, Source> } {
  const signals = read(`${root}dictionaries/data/plan-signals.yaml`);
  const sources: Record<string, Source> = {};
  const files = [`${root}dictionaries/data/sources.yaml`, DRAFT].filter((file) => existsSync(file));
  for (const file of files.reverse()) {
    const map = (read(file).sources ?? {}) as Record<string, Raw> | Raw[];
    const list = Array.isArray(map) ? map.map((raw) => [String(raw.key), raw] as const) : Object.entries(map);
    for (const [key, value] of list) sources[key] = { key, title: String(value.title), url: String(value.url ?? '') };
  }
  return { lexicons: (signals.lexicons ?? []) as Lexicon[], sources };
}

const bundled = (dictionaries as { dictionary?: Dictionary }).dictionary;
const ready = bundled !== undefined && bundled.lexicons.some((lexicon) => lexicon.id === 'plan-actors-family');

/** Plugin options that point the rule at the word lists. */
export const baseOptions: { lexicons: readonly Lexicon[]; sources: Readonly<Record<string, Source>> } = ready
  ? { lexicons: bundled.lexicons, sources: bundled.sources }
  : fromYaml();
