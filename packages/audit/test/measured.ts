// Records with every metric, as core reports them once the child's voice and plan rules have landed.
import type { Metrics } from '@carelint/core';
import type { AuditRecord } from '../src/index.js';

/** A linted record with the metrics given (the child's voice and plan metrics as core will report them). */
export function record(id: string, meta: AuditRecord['meta'], metrics: Partial<Metrics>, terms: string[] = []): AuditRecord {
  return {
    id,
    meta,
    format: 'text',
    messages: terms.map((term, index) => ({
      source: 'retext-care-jargon',
      ruleId: term,
      reason: 'r',
      place: { start: { line: 1, column: index + 1, offset: index }, end: { line: 1, column: index + 2, offset: index + 1 } },
      actual: term,
      expected: [`not ${term}`],
      severity: 'warning',
      fingerprint: `${term}:0`,
      data: { category: 'jargon', term },
    })),
    metrics: { words: 100, sentences: 10, jargon: { count: terms.length, per1000: terms.length * 10, terms: [] }, verdict: terms.length > 0 ? 'warn' : 'pass', ...metrics },
  };
}

export const tone = (critical: number, positive: number) => ({ critical, positive, ratio: critical === 0 ? null : positive / critical, target: 5 });
const voice = (status: 'present' | 'absent' | 'not-applicable') => ({ status, quotes: 0, reportedViews: 0, observations: 0, methods: [] });

export const measuredRecords: AuditRecord[] = [
  record('a', { team: 'North', month: '2025-01', author: 'Ada' }, { tone: tone(2, 1), childVoice: voice('present'), plan: { actions: 4, complete: 3, vague: 1 } }, ['placement', 'contact-family']),
  record('b', { team: 'North', month: '2025-02', author: 'Ada' }, { tone: tone(1, 6), childVoice: voice('absent'), plan: { actions: 2, complete: 0, vague: 2 } }, ['placement']),
  record('c', { team: 'South', month: '2025-01', author: 'Bo' }, { tone: tone(0, 3), childVoice: voice('not-applicable'), plan: { actions: 0, complete: 0, vague: 0 } }),
  record('d', { team: 'South', month: '2025-02', author: 'Bo' }, { tone: tone(4, 8), childVoice: voice('present'), plan: { actions: 1, complete: 1, vague: 0 } }, ['siblings']),
  { id: 'e', meta: { team: 'South' }, error: 'the record is empty: there is no text to check' },
];

