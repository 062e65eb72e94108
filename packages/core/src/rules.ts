import { dictionary } from '@carelint/dictionaries';
import retextBalancedTone from 'retext-balanced-tone';
import retextCareJargon from 'retext-care-jargon';
import retextChildVoice, { ruleIds as childVoiceRuleIds } from 'retext-child-voice';
import retextSmartPlan from 'retext-smart-plan';
import carelintReadability from './readability.js';
import hardSentences from './hard-sentences.js';
import type { Preset } from './presets.js';
import type { LintOptions } from './types.js';

/** A rule package as core runs it: its short name, its source, and how options become plugin options. */
export interface RuleSetup {
  name: string;
  source: string;
  /** Rule ids this package can report beyond the dictionary's entries. */
  ruleIds: readonly string[];
  plugin: (options: never) => unknown;
  options: (lint: LintOptions, preset: Preset) => unknown;
}

/** Every rule core runs, in order. */
export const ruleSetups: readonly RuleSetup[] = [
  {
    name: 'care-jargon',
    source: 'retext-care-jargon',
    ruleIds: ['unexplained-acronym'],
    plugin: retextCareJargon as RuleSetup['plugin'],
    options: (lint) => ({
      allow: allowedPhrases(lint),
      preferred: preferredWords(lint),
      ...(lint.extraEntries ? { extraEntries: lint.extraEntries } : {}),
    }),
  },
  {
    name: 'balanced-tone',
    source: 'retext-balanced-tone',
    ruleIds: ['tone-balance'],
    plugin: retextBalancedTone as RuleSetup['plugin'],
    options: (lint, preset) => ({
      target: lint.tone?.target ?? preset.toneTarget,
      ...(lint.tone?.minCritical !== undefined ? { minCritical: lint.tone.minCritical } : {}),
      allow: allowedPhrases(lint),
      ...(lint.extraEntries ? { extraEntries: lint.extraEntries } : {}),
    }),
  },
  {
    name: 'child-voice',
    source: 'retext-child-voice',
    ruleIds: childVoiceRuleIds,
    plugin: retextChildVoice as RuleSetup['plugin'],
    options: () => ({}),
  },
  {
    name: 'smart-plan',
    source: 'retext-smart-plan',
    ruleIds: ['incomplete-action', 'vague-qualifier'],
    plugin: retextSmartPlan as RuleSetup['plugin'],
    options: () => ({}),
  },
  {
    name: 'readability',
    source: 'retext-readability',
    ruleIds: ['readability'],
    plugin: hardSentences as RuleSetup['plugin'],
    options: (lint, preset) => ({ age: lint.readability?.age ?? preset.readabilityAge, minWords: 8 }),
  },
  {
    name: 'readability',
    source: 'carelint-readability',
    ruleIds: ['long-sentence'],
    plugin: carelintReadability as RuleSetup['plugin'],
    options: (lint, preset) => ({ maxSentenceWords: lint.readability?.maxSentenceWords ?? preset.maxSentenceWords }),
  },
];

/** Phrases never flagged: the config's allow list and what each child chose for themselves. */
export function allowedPhrases(lint: LintOptions): string[] {
  return [...(lint.allow ?? []), ...(lint.children ?? []).flatMap((child) => child.allow ?? [])];
}

/** Rule id -> the words the children in this record use, from every child's preferences. */
function preferredWords(lint: LintOptions): Record<string, string[]> {
  const preferred: Record<string, string[]> = {};
  for (const child of lint.children ?? []) {
    for (const [id, words] of Object.entries(child.words ?? {})) preferred[id] = [...(preferred[id] ?? []), ...words];
  }
  return preferred;
}

let bundledRuleIds: ReadonlySet<string> | undefined;

/**
 * Names a config's `rules` may use: rule ids, categories, rule packages and dictionary severities. Every
 * lint() checks its options against these, so the set for the bundled lists is built once.
 */
export function knownRuleIds(extra: readonly { id: string }[] = []): ReadonlySet<string> {
  if (extra.length === 0) return (bundledRuleIds ??= buildRuleIds([]));
  return buildRuleIds(extra);
}

function buildRuleIds(extra: readonly { id: string }[]): Set<string> {
  const ids = new Set<string>(['jargon', 'acronym', 'stigmatising', 'deficit', 'tone', 'child-voice', 'plan', 'readability', 'replace', 'explain', 'review']);
  for (const entry of dictionary.entries) ids.add(entry.id);
  for (const entry of extra) ids.add(entry.id);
  for (const setup of ruleSetups) {
    ids.add(setup.name);
    ids.add(setup.source);
    for (const id of setup.ruleIds) ids.add(id);
  }
  return ids;
}
