/**
 * The verdict policy of the pre-submission check: which findings fail a record, which only warn, and in
 * which kinds of record a missing child's voice fails it. Browser-safe: the page and vendors' pages use it too.
 */
import type { DocumentType, Finding, Report, Verdict } from '@carelint/core';

export interface Policy {
  /** Selectors that fail a record: a level (`error`), category (`child-voice`), rule id or rule package. */
  fail: string[];
  /** Selectors that make a record `warn` (same kinds as `fail`). */
  warn: string[];
  /** Kinds of record that fail when the child's voice is absent (`metrics.childVoice.status` or a `missing-child-voice` finding). */
  childVoice: DocumentType[];
}

/** The default: errors fail; a visit with no child's voice fails; warnings and any jargon, acronym or label warn. */
export const defaultPolicy: Readonly<Policy> = Object.freeze<Policy>({
  fail: ['error'],
  warn: ['warning', 'jargon', 'acronym', 'stigmatising'],
  childVoice: ['visit'] as DocumentType[],
});

export interface Judgement {
  verdict: Verdict;
  /** Why, one plain sentence each, most serious first; never quotes the record. */
  reasons: string[];
}

const DOCUMENT_TYPES: readonly DocumentType[] = ['visit', 'plan', 'assessment', 'review', 'letter', 'other'];

/** A finding matches a selector when the selector is its level, rule id, category, source or rule package. */
export function matches(finding: Finding, selector: string): boolean {
  return (
    selector === finding.severity ||
    selector === finding.ruleId ||
    selector === finding.data.category ||
    selector === finding.source ||
    selector === finding.source.replace(/^(retext|carelint)-/, '')
  );
}

/**
 * The verdict on one report under `policy`. `documentType` is what the caller said the record is (the report's
 * own `documentType` when not given); without it, a missing child's voice can only warn.
 */
export function judge(report: Report, policy: Policy = defaultPolicy, documentType: DocumentType | undefined = report.documentType): Judgement {
  const failReasons: string[] = [];
  const warnReasons: string[] = [];
  const noVoice =
    report.metrics.childVoice?.status === 'absent' || report.messages.some((finding) => finding.ruleId === 'missing-child-voice');
  if (noVoice && documentType !== undefined && policy.childVoice.includes(documentType)) {
    failReasons.push(`The child's voice is missing, and the policy fails a ${documentType} record without it.`);
  }
  const counted = (selectors: readonly string[], into: string[], word: string) => {
    for (const selector of selectors) {
      const count = report.messages.filter((finding) => matches(finding, selector)).length;
      if (count > 0) into.push(`${count} ${count === 1 ? 'finding matches' : 'findings match'} "${selector}", which the policy ${word}.`);
    }
  };
  counted(policy.fail, failReasons, 'fails');
  if (failReasons.length > 0) return { verdict: 'fail', reasons: failReasons };
  counted(policy.warn, warnReasons, 'warns on');
  if (warnReasons.length > 0) return { verdict: 'warn', reasons: warnReasons };
  return { verdict: 'pass', reasons: [] };
}

/** A policy error names the key and says what is allowed; messages never hold record text. */
export class PolicyError extends Error {
  override name = 'PolicyError';
}

/** Checks a policy read from JSON (a file or an option) and fills in the defaults for keys it leaves out. */
export function resolvePolicy(raw: unknown): Policy {
  if (raw === undefined) return { ...defaultPolicy, fail: [...defaultPolicy.fail], warn: [...defaultPolicy.warn], childVoice: [...defaultPolicy.childVoice] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new PolicyError('the policy must be an object such as {"fail": ["error"], "warn": ["warning"], "childVoice": ["visit"]}');
  }
  const keys = ['fail', 'warn', 'childVoice'];
  const policy: Policy = resolvePolicy(undefined);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!keys.includes(key)) throw new PolicyError(`"${key}" is not a policy setting; settings are: ${keys.join(', ')}`);
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === '')) {
      throw new PolicyError(`"${key}" must be a list of strings`);
    }
    if (key === 'childVoice') {
      const wrong = value.find((item) => !DOCUMENT_TYPES.includes(item as DocumentType));
      if (wrong !== undefined) throw new PolicyError(`"childVoice" must list kinds of record: ${DOCUMENT_TYPES.join(', ')}`);
    }
    (policy as unknown as Record<string, string[]>)[key] = [...(value as string[])];
  }
  return policy;
}
