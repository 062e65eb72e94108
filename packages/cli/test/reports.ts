// Hand-made findings and reports for formatter tests: the smallest data that satisfies core's types.
import type { Finding, Level, Metrics, Report } from '@carelint/core';

/** A finding at `line:column` spanning `length` code units on that line. */
export function finding(
  line: number,
  column: number,
  severity: Level,
  ruleId: string,
  extra: Partial<Finding> & { length?: number; offset?: number } = {},
): Finding {
  const { length = 7, offset = (line - 1) * 80 + column - 1, ...rest } = extra;
  return {
    source: 'retext-care-jargon',
    ruleId,
    reason: `Consider another word for '${ruleId}'.`,
    place: {
      start: { line, column, offset },
      end: { line, column: column + length, offset: offset + length },
    },
    actual: ruleId,
    expected: [],
    severity,
    ...(severity === 'error' ? { fatal: true } : severity === 'warning' ? { fatal: false } : {}),
    fingerprint: `${ruleId}:${ruleId}`,
    data: { category: 'jargon' },
    ...rest,
  };
}

/** Figures for a short record; pass parts to override. */
export function metrics(extra: Partial<Metrics> = {}): Metrics {
  return { words: 120, sentences: 9, jargon: { count: 2, per1000: 16.666, terms: [] }, verdict: 'warn', ...extra };
}

/** A report for `path` with `messages`. */
export function report(path: string | undefined, messages: Finding[], extra: Partial<Report> = {}): Report {
  return { ...(path === undefined ? {} : { path }), format: 'text', messages, metrics: metrics(), ...extra };
}
