import { isErrorRecord, type AuditRecord } from '../types.js';

const termCategories: ReadonlySet<string> = new Set(['jargon', 'acronym', 'stigmatising', 'deficit']);
const MAX_PHRASES = 20;

/**
 * A record as a row of report.html's table, as a compact array (the order `columns` in assets/report.js reads):
 * id, date, month, team, author, type, words, jargon, jargon per 1,000, tone ratio, child's voice, plan complete,
 * plan actions, verdict (or `error`), flagged phrases [phrase, count][], error reason, and with --snippets
 * [rule, phrase, snippet][]. Only flagged phrases (and snippets when asked for) come from the record's text.
 */
export function tableRow(record: AuditRecord, snippets: boolean): unknown[] {
  const meta = record.meta;
  const head = [record.id, meta.date ?? null, meta.month ?? null, meta.team ?? null, meta.author ?? null, meta.type ?? null];
  if (isErrorRecord(record)) return [...head, null, null, null, null, null, null, null, 'error', [], record.error];
  const { metrics } = record;
  const phrases = new Map<string, number>();
  for (const finding of record.messages) {
    if (!termCategories.has(finding.data.category) || finding.actual === '') continue;
    phrases.set(finding.actual, (phrases.get(finding.actual) ?? 0) + 1);
  }
  const row: unknown[] = [
    ...head,
    metrics.words,
    metrics.jargon.count,
    metrics.jargon.per1000,
    metrics.tone?.ratio === undefined || metrics.tone.ratio === null ? null : Math.round(metrics.tone.ratio * 100) / 100,
    metrics.childVoice?.status ?? null,
    metrics.plan?.complete ?? null,
    metrics.plan?.actions ?? null,
    metrics.verdict,
    [...phrases.entries()].slice(0, MAX_PHRASES),
    null,
  ];
  if (snippets) {
    const withText = record.messages.filter((finding) => typeof (finding as { snippet?: unknown }).snippet === 'string');
    row.push(withText.slice(0, MAX_PHRASES).map((finding) => [finding.ruleId, finding.actual, (finding as { snippet?: string }).snippet]));
  }
  return row;
}
