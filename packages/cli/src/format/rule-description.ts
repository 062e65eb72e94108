import { dictionary, type Category, type Entry } from '@carelint/dictionaries';
import type { FindingCategory } from '@carelint/core';

/** What a rule checks, in a few words (SARIF's `shortDescription`), and why, when known (`fullDescription`). */
export interface RuleDescription {
  short: string;
  full?: string;
}

/** Rules written in code, not dictionary entries: what each one finds. */
const codeRules: Readonly<Record<string, string>> = {
  'unexplained-acronym': 'An acronym that is not spelled out where it is first used',
  'tone-balance': 'Concerns recorded without the strengths beside them (the balance of critical to positive wording)',
  'missing-child-voice': "No words or views of the child are recorded",
  'missing-method': "The child's views are recorded without how they were heard (seen alone, where, how)",
  'missing-sibling-voice': "A child the record is about whose own words or views are not recorded",
  'empty-child-views-section': "A section for the child's views that records none",
  'depersonalising-reference': "The child called by a role (\"the child\", \"the young person\") instead of by name",
  'incomplete-action': 'A plan action that does not say who will do what, by when',
  'vague-qualifier': 'A vague word in a plan ("as appropriate", "regularly") where a date, frequency or condition is needed',
  readability: 'A sentence that is hard to read for the people who will read the record',
  'long-sentence': 'A sentence longer than the limit for the people who will read the record',
};

/** What a dictionary entry of each category is. */
const entryKinds: Readonly<Record<Category, string>> = {
  jargon: 'Care-system jargon',
  acronym: 'An acronym',
  stigmatising: 'A stigmatising label',
  deficit: 'Deficit phrasing',
  critical: 'Critical wording',
  positive: 'Positive wording',
  'vague-plan': 'A vague plan phrase',
};

/** For a rule this list does not know yet: what its findings' category is about. */
const categories: Readonly<Record<FindingCategory, string>> = {
  jargon: 'Care-system jargon',
  acronym: 'Acronyms',
  stigmatising: 'Stigmatising labels',
  deficit: 'Deficit phrasing',
  tone: 'The balance of strengths and concerns',
  'child-voice': "The child's voice",
  plan: 'Plan actions',
  readability: 'Readability',
};

let entries: Map<string, Entry> | undefined;

/** The description of rule `ruleId`: its dictionary entry's term and rationale, or what a code rule finds. */
export function describeRule(ruleId: string, category: FindingCategory): RuleDescription {
  entries ??= new Map(dictionary.entries.map((entry) => [entry.id, entry]));
  const entry = entries.get(ruleId);
  if (entry !== undefined) return { short: `${entryKinds[entry.category]}: “${entry.term}”`, full: entry.rationale };
  return { short: codeRules[ruleId] ?? `${categories[category] ?? 'carelint'} (${ruleId})` };
}
