import type { Lexicon } from '@carelint/dictionaries';

/** The lexicons this rule reads from the dictionary (dictionaries/data/tone-signals.yaml), by role. */
export const LEXICON_IDS = {
  harm: 'tone-harm-facts',
  neutral: 'tone-neutral',
  negators: 'tone-negators',
  breaks: 'tone-negation-breaks',
  exceptions: 'tone-negation-exceptions',
  negatable: 'tone-critical-when-negated',
  critical: 'tone-critical-extra',
  positive: 'tone-positive-extra',
} as const;

export type LexiconRole = keyof typeof LEXICON_IDS;

/** Phrase lists by role, taken from the given lexicons; a missing lexicon is an empty list. */
export function lexiconPhrases(lexicons: readonly Lexicon[]): Record<LexiconRole, readonly string[]> {
  const byId = new Map(lexicons.map((lexicon) => [lexicon.id, lexicon]));
  const out = {} as Record<LexiconRole, readonly string[]>;
  for (const [role, id] of Object.entries(LEXICON_IDS) as Array<[LexiconRole, string]>) out[role] = byId.get(id)?.phrases ?? [];
  return out;
}

/** Source keys of the lexicons this rule uses, for the balance message's note. */
export function lexiconSources(lexicons: readonly Lexicon[]): string[] {
  const ids = new Set<string>(Object.values(LEXICON_IDS));
  return [...new Set(lexicons.filter((lexicon) => ids.has(lexicon.id)).flatMap((lexicon) => lexicon.sources))];
}
