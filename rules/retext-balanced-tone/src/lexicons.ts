import type { Lexicon } from '@carelint/dictionaries';

/** The lexicons this rule reads from the dictionary (dictionaries/data/tone-signals.yaml), by role. */
export const LEXICON_IDS = {
  harm: 'tone-harm-facts',
  neutral: 'tone-neutral',
  negators: 'tone-negators',
  opinions: 'tone-denied-opinion',
  breaks: 'tone-negation-breaks',
  exceptions: 'tone-negation-exceptions',
  negatable: 'tone-critical-when-negated',
  critical: 'tone-critical-extra',
  positive: 'tone-positive-extra',
  personHeads: 'tone-person-heads',
  conduct: 'tone-person-conduct',
  places: 'tone-family-places',
  writers: 'tone-writer-words',
  conditions: 'tone-condition-words',
  criticalAdjectives: 'tone-critical-adjectives',
  concerns: 'tone-concern-words',
  needLabels: 'tone-need-labels',
  speech: 'tone-speech-verbs',
  determiners: 'tone-determiners',
  lesseners: 'tone-lesseners',
  hopes: 'tone-hope-words',
  thingPronouns: 'tone-thing-pronouns',
  verbGroup: 'tone-verb-group',
  beForms: 'tone-be-forms',
  predicates: 'tone-deficit-predicates',
  adjectives: 'tone-deficit-adjectives',
  afterPredicative: 'tone-after-predicative',
  needTo: 'tone-deficit-need-to',
  reportVerbs: 'tone-deficit-report-verbs',
  clauseStarts: 'tone-report-clause-starts',
  claimPrepositions: 'tone-claim-prepositions',
  hyphenNouns: 'tone-deficit-hyphen-nouns',
} as const;

/** People lexicons of other rules, read for who a word is about (their last word is the head noun), by side. */
export const PEOPLE_LEXICON_IDS = {
  family: ['child-voice-child-referents', 'child-voice-children-referents', 'child-voice-adult-female', 'child-voice-adult-male', 'plan-actors-family'],
  professional: ['plan-actors-roles', 'plan-role-heads', 'child-voice-adult-people'],
} as const;

/** The family's people and the professionals, from the given lexicons; a missing lexicon adds nothing. */
export function peoplePhrases(lexicons: readonly Lexicon[]): { family: string[]; professional: string[] } {
  const pick = (ids: readonly string[]) => lexicons.filter((lexicon) => ids.includes(lexicon.id)).flatMap((lexicon) => lexicon.phrases);
  return { family: pick(PEOPLE_LEXICON_IDS.family), professional: pick(PEOPLE_LEXICON_IDS.professional) };
}

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
