import type { Lexicon } from '@carelint/dictionaries';
import { PhraseMatcher } from '@carelint/text';

/** The lexicons this rule reads (dictionaries/data/plan-signals.yaml), by role. */
export const LEXICON_IDS = {
  family: 'plan-actors-family',
  roles: 'plan-actors-roles',
  roleHeads: 'plan-role-heads',
  universal: 'plan-actors-universal',
  nonActors: 'plan-non-actors',
  process: 'plan-process-verbs',
  vagueStates: 'plan-vague-states',
  dates: 'plan-time-dates',
  frequency: 'plan-time-frequency',
  standing: 'plan-time-standing',
  vagueFrequency: 'plan-vague-frequency',
  vagueDeadline: 'plan-vague-deadline',
  vagueDuration: 'plan-vague-duration',
  vagueCondition: 'plan-vague-condition',
} as const;

export type ActorKind = 'actor' | 'universal' | 'non-actor';
export type TimeKind = 'date' | 'frequency' | 'standing';
/** What a vague qualifier leaves open, which decides the pattern suggested in its place. */
export type VagueKind = 'frequency' | 'deadline' | 'duration' | 'condition';

/** The phrase matchers an instance of the rule builds once. */
export interface Signals {
  actors: PhraseMatcher<ActorKind>;
  process: PhraseMatcher<true>;
  vagueStates: PhraseMatcher<true>;
  time: PhraseMatcher<TimeKind>;
  vague: PhraseMatcher<VagueKind>;
  /** Source keys of the lexicons used, for notes. */
  sources: string[];
}

/** Extra phrases a caller can add (a local authority's own roles, say). */
export interface ExtraSignals {
  actors?: readonly string[];
  nonActors?: readonly string[];
  processVerbs?: readonly string[];
}

/** Builds the matchers from the lexicons; a missing lexicon is an empty list. */
export function compileSignals(lexicons: readonly Lexicon[], extra: ExtraSignals = {}): Signals {
  const byId = new Map(lexicons.map((lexicon) => [lexicon.id, lexicon]));
  const phrases = (role: keyof typeof LEXICON_IDS): readonly string[] => byId.get(LEXICON_IDS[role])?.phrases ?? [];
  const actors = new PhraseMatcher<ActorKind>();
  for (const phrase of [...phrases('family'), ...phrases('roles'), ...phrases('roleHeads'), ...(extra.actors ?? [])]) actors.add(phrase, 'actor');
  for (const phrase of phrases('universal')) actors.add(phrase, 'universal');
  for (const phrase of [...phrases('nonActors'), ...(extra.nonActors ?? [])]) actors.add(phrase, 'non-actor');
  const process = new PhraseMatcher<true>();
  for (const phrase of [...phrases('process'), ...(extra.processVerbs ?? [])]) process.add(phrase, true);
  const vagueStates = new PhraseMatcher<true>();
  for (const phrase of phrases('vagueStates')) vagueStates.add(phrase, true);
  const time = new PhraseMatcher<TimeKind>();
  for (const phrase of phrases('dates')) time.add(phrase, 'date');
  for (const phrase of phrases('frequency')) time.add(phrase, 'frequency');
  for (const phrase of phrases('standing')) time.add(phrase, 'standing');
  const vague = new PhraseMatcher<VagueKind>();
  for (const phrase of phrases('vagueFrequency')) vague.add(phrase, 'frequency');
  for (const phrase of phrases('vagueDeadline')) vague.add(phrase, 'deadline');
  for (const phrase of phrases('vagueDuration')) vague.add(phrase, 'duration');
  for (const phrase of phrases('vagueCondition')) vague.add(phrase, 'condition');
  const ids = new Set<string>(Object.values(LEXICON_IDS));
  const sources = [...new Set(lexicons.filter((lexicon) => ids.has(lexicon.id)).flatMap((lexicon) => lexicon.sources))];
  return { actors, process, vagueStates, time, vague, sources };
}
