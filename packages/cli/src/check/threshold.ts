import type { Level, Report } from '@carelint/core';
import type { FailOn } from './options.js';

const rank: Record<Level, number> = { info: 1, warning: 2, error: 3 };

/** True when any finding is at or above `failOn` (never for `none`). */
export function fails(reports: readonly Report[], failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return reports.some((report) => report.messages.some((finding) => rank[finding.severity] >= rank[failOn]));
}

/** The report with only its errors, for `--quiet`. */
export function errorsOnly(report: Report): Report {
  return { ...report, messages: report.messages.filter((finding) => finding.severity === 'error') };
}
