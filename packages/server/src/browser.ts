/**
 * The browser build: core's `lint()` and the service's verdict policy, for a vendor's own page. esbuild
 * bundles this file into dist/carelint.browser.js (ESM, no Node built-ins, nothing fetched at run time).
 */
import { lint, type DocumentType, type LintOptions, type Report, type Verdict } from '@carelint/core';
import { judge, type Policy } from './policy.js';

export * from '@carelint/core';
export { defaultPolicy, judge, matches, resolvePolicy, PolicyError, type Judgement, type Policy } from './policy.js';

export interface CheckResult {
  report: Report;
  verdict: Verdict;
  reasons: string[];
}

/** Lints a record and judges it under `policy`: what `POST /v1/check` answers, without leaving the page. */
export function checkRecord(text: string, options: LintOptions = {}, policy?: Policy): CheckResult {
  const report = lint(text, options);
  const { verdict, reasons } = judge(report, policy, options.documentType as DocumentType | undefined);
  report.metrics.verdict = verdict;
  return { report, verdict, reasons };
}
