/**
 * The page's words for a result: why it warns or fails, said to the writer (what to look at, not which policy
 * selector matched), and the ways a child was heard, as words rather than ids.
 */
import type { CheckResult, DocumentType, Finding, FindingCategory } from '../browser.js';
import { matches, type Policy } from '../policy.js';

/** What a group of findings is, in the writer's terms, by category. */
const WHAT: Record<FindingCategory, [one: string, many: string]> = {
  jargon: ['a care word a child or family may not understand', 'care words a child or family may not understand'],
  acronym: ['an abbreviation to spell out or replace', 'abbreviations to spell out or replace'],
  stigmatising: ['a label that can stick to a child or family', 'labels that can stick to a child or family'],
  deficit: ['a word that blames rather than describes', 'words that blame rather than describe'],
  tone: ['a point about the balance of strengths and worries', 'points about the balance of strengths and worries'],
  'child-voice': ['a point about the child’s own words', 'points about the child’s own words'],
  plan: ['a plan action that does not say who, what or by when', 'plan actions that do not say who, what or by when'],
  readability: ['a sentence that is hard to read', 'sentences that are hard to read'],
};

/** One plain sentence per kind of finding the policy counts, most serious first, naming up to three of the words. */
export function plainReasons(result: CheckResult, policy: Policy, documentType: DocumentType | undefined): string[] {
  const reasons: string[] = [];
  const findings = result.report.messages;
  const noVoice = result.report.metrics.childVoice?.status === 'absent' || findings.some((f) => f.ruleId === 'missing-child-voice');
  const type = documentType ?? result.report.documentType;
  if (result.verdict === 'fail' && noVoice && type !== undefined && policy.childVoice.includes(type)) {
    reasons.push(`The child’s own words are missing, and a ${type} record needs them.`);
  }
  const selectors = result.verdict === 'fail' ? policy.fail : result.verdict === 'warn' ? policy.warn : [];
  const counted = findings.filter((f) => selectors.some((s) => matches(f, s)) && !(noVoice && f.ruleId === 'missing-child-voice' && reasons.length > 0));
  const groups = new Map<FindingCategory, Finding[]>();
  for (const f of counted) groups.set(f.data.category, [...(groups.get(f.data.category) ?? []), f]);
  for (const [category, group] of groups) {
    const [one, many] = WHAT[category] ?? [category, category];
    const words = [...new Set(group.map((f) => f.actual).filter((w) => w !== '' && w.length <= 40))];
    const shown = words.slice(0, 3).map((w) => `“${w}”`).join(', ');
    const more = words.length > 3 ? ` and ${words.length - 3} more` : '';
    reasons.push(`${group.length === 1 ? `There is ${one}` : `There are ${group.length} ${many}`}${shown ? `: ${shown}${more}` : ''}.`);
  }
  return reasons;
}

/** How the child's views were gathered (metrics.childVoice.methods), in words. */
const METHODS: Record<string, string> = {
  'seen-alone': 'seen on their own',
  conversation: 'talking with them',
  place: 'saying where you saw them',
  'direct-work': 'direct work',
  drawing: 'drawing',
  play: 'play',
  observation: 'watching them',
  interpreter: 'an interpreter',
  'communication-aid': 'a communication aid',
};

/** A method label as words; a local one (`child-voice-method-<label>`) reads as its label with spaces. */
export function methodWords(label: string): string {
  return METHODS[label] ?? label.replace(/-/g, ' ');
}
