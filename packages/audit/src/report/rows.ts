import type { Finding } from '@carelint/core';
import { dayOf } from '../input/dates.js';
import { isErrorRecord, type AuditRecord } from '../types.js';

const termCategories: ReadonlySet<string> = new Set(['jargon', 'acronym', 'stigmatising', 'deficit']);
const MAX_PHRASES = 20;
/** Findings kept per record for the row that opens; the rest are counted. */
const MAX_FINDINGS = 50;
/** A flagged phrase longer than this (a whole sentence or action) is not copied into the report: only its line. */
const PHRASE_WORDS = 8;
const PHRASE_CHARS = 80;
const REASON_CHARS = 300;

/** The flagged phrase of a finding if it is a phrase; `null` for a sentence or more, which stays out of the report. */
export function flaggedPhrase(finding: Finding): string | null {
  const phrase = finding.actual.replace(/\s+/g, ' ').trim();
  if (phrase === '' || phrase.length > PHRASE_CHARS || phrase.split(' ').length > PHRASE_WORDS) return null;
  return phrase;
}

/** People a finding names in its data (the child's-voice rules say whose voice is missing): never copied to the report. */
function namesIn(finding: Finding): string[] {
  const data = finding.data as Record<string, unknown>;
  const names: string[] = [];
  for (const key of ['children', 'child', 'heard', 'scope']) {
    for (const value of [data[key]].flat()) {
      if (typeof value === 'string' && value !== 'document' && /^\p{Lu}/u.test(value)) names.push(value);
    }
  }
  return names.sort((a, b) => b.length - a.length);
}

/** Text with each of `names` (and its possessive) replaced by "[name]". */
export function withoutNames(text: string, names: readonly string[]): string {
  let result = text;
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), '[name]');
  }
  return result;
}

/**
 * A record as a row of report.html's table, as a compact array (the order `C` in assets/report.js reads):
 * 0 id, 1 date as written, 2 month, 3 team, 4 author, 5 type, 6 words, 7 jargon, 8 jargon per 1,000, 9 tone ratio,
 * 10 child's voice, 11 plan complete, 12 plan actions, 13 verdict (or `error`), 14 flagged terms [phrase, count][],
 * 15 error reason, 16 the day (`YYYY-MM-DD`) when the date could be read, 17 tone [positive, critical],
 * 18 findings [rule, level, line, phrase or null, reason][], 19 findings left out, and with --snippets
 * 20 [rule, phrase, snippet][]. Only flagged phrases (and snippets when asked for) come from the record's text.
 */
export function tableRow(record: AuditRecord, snippets: boolean): unknown[] {
  const meta = record.meta;
  const head = [record.id, meta.date ?? null, meta.month ?? null, meta.team ?? null, meta.author ?? null, meta.type ?? null];
  const day = meta.date === undefined ? null : (dayOf(meta.date) ?? null);
  if (isErrorRecord(record)) return [...head, null, null, null, null, null, null, null, 'error', [], record.error, day, null, [], 0];
  const { metrics } = record;
  const phrases = new Map<string, number>();
  for (const finding of record.messages) {
    if (!termCategories.has(finding.data.category) || finding.actual === '') continue;
    phrases.set(finding.actual, (phrases.get(finding.actual) ?? 0) + 1);
  }
  const findings = record.messages.slice(0, MAX_FINDINGS).map((finding) => {
    const names = namesIn(finding);
    const phrase = flaggedPhrase(finding);
    const reason = withoutNames(finding.reason, names);
    return [
      finding.ruleId,
      finding.severity,
      finding.place.start.line,
      phrase === null ? null : withoutNames(phrase, names),
      reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS - 1)}…` : reason,
    ];
  });
  const tone = metrics.tone;
  const row: unknown[] = [
    ...head,
    metrics.words,
    metrics.jargon.count,
    metrics.jargon.per1000,
    tone?.ratio === undefined || tone.ratio === null ? null : Math.round(tone.ratio * 100) / 100,
    metrics.childVoice?.status ?? null,
    metrics.plan?.complete ?? null,
    metrics.plan?.actions ?? null,
    metrics.verdict,
    [...phrases.entries()].slice(0, MAX_PHRASES),
    null,
    day,
    tone === undefined ? null : [tone.positive, tone.critical],
    findings,
    record.messages.length - findings.length,
  ];
  if (snippets) {
    const withText = record.messages.filter((finding) => typeof (finding as { snippet?: unknown }).snippet === 'string');
    row.push(withText.slice(0, MAX_PHRASES).map((finding) => [finding.ruleId, finding.actual, (finding as { snippet?: string }).snippet]));
  }
  return row;
}
