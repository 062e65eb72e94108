/**
 * Scores carelint's reports against a labelled corpus (labels.jsonl + texts/, schema in
 * fixtures/corpus/GUIDELINES.md): the same measures, counted the same way, as the shared corpus scorer
 * (shared/corpus/score.mjs), so the figures the gate asserts are the figures the project is judged by.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled span: an exact substring of the record and which occurrence of it. */
export interface Span {
  text: string;
  nth?: number;
  id?: string;
  why?: string;
}

/** One record's labels (fixtures/corpus/GUIDELINES.md). */
export interface Labels {
  id: string;
  file: string;
  kind: string;
  uses?: Span[];
  traps?: Span[];
  extra?: Span[];
  child_voice?: 'present' | 'absent' | 'n/a';
  plan?: Array<{ text: string; verdict: 'complete' | 'incomplete' | 'not-action'; missing?: string[] }>;
  tone?: string;
}

/** The part of a Report the scorer reads. */
export interface ScoredReport {
  messages: Array<{
    ruleId?: string | null;
    actual?: string | null | undefined;
    severity?: string;
    place?: { start?: { offset?: number }; end?: { offset?: number } } | undefined;
    data?: { category?: string } | undefined;
  }>;
  metrics: {
    words?: number;
    childVoice?: { status?: string };
    tone?: { critical?: number; positive?: number };
  };
}

/** The figures of one run, as the shared scorer prints them. */
export interface Summary {
  language: { precision: number; recall: number; warningPrecision: number; trapShare: number; truePositives: number; falsePositives: number; trapHits: number; missed: number };
  childVoice: { accuracy: number; n: number; notApplicableCalledAbsent: number };
  plan: { precision: number; recall: number; quietLeftAlone: number; falseFlags: number };
  tone: { accuracy: number; n: number };
  controls: { findingsPer1000Words: number };
  /** Every miss, by measure, one line each ("a017: contact-family on \"contact\""). */
  misses: Record<string, string[]>;
}

const LANGUAGE = new Set(['jargon', 'acronym', 'stigmatising', 'deficit']);
const LEVEL: Record<string, number> = { info: 0, warning: 1, error: 2 };

type Range = [number, number];

/** Reads a corpus folder's labels. */
export function readLabels(dir: string): Labels[] {
  return readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Labels);
}

function spanOf(text: string, span: Span): Range | undefined {
  let at = -1;
  for (let k = 0; k < (span.nth ?? 1); k++) {
    at = text.indexOf(span.text, at + 1);
    if (at < 0) return undefined;
  }
  return [at, at + span.text.length];
}

const overlaps = (a: Range | undefined, b: Range): boolean => a !== undefined && a[0] < b[1] && b[0] < a[1];
const offsets = (m: ScoredReport['messages'][number]): Range => [m.place?.start?.offset ?? -1, m.place?.end?.offset ?? -1];
const ratio = (a: number, b: number): number => (b ? a / b : 1);

/** The tone class the shared scorer reads from metrics.tone: critical < 1 : 1 <= balanced < 3 : 1 <= strengths. */
export function toneClass(tone: { critical?: number; positive?: number } | undefined): string {
  const c = tone?.critical ?? 0;
  const p = tone?.positive ?? 0;
  if (c === 0) return p === 0 ? 'balanced' : 'strengths';
  return p / c < 1 ? 'critical' : p / c < 3 ? 'balanced' : 'strengths';
}

/** Scores reports (by record id) against a corpus's labels. */
export function score(dir: string, labels: readonly Labels[], reportOf: (record: Labels, text: string) => ScoredReport): Summary {
  const n = { tp: 0, fpTrap: 0, fpOther: 0, fn: 0, tpW: 0, fpW: 0, voiceOk: 0, voiceN: 0, naAbsent: 0, planOk: 0, planFalse: 0, planInc: 0, planIncFlagged: 0, planQuiet: 0, planQuietOk: 0, toneOk: 0, toneN: 0, ctlFindings: 0, ctlWords: 0 };
  const misses: Record<string, string[]> = { control: [], fp: [], trap: [], fn: [], voice: [], planFalse: [], planMissed: [], tone: [] };
  for (const record of labels) {
    const text = readFileSync(join(dir, record.file), 'utf8');
    const report = reportOf(record, text);
    const lang = report.messages.filter((m) => LANGUAGE.has(m.data?.category ?? ''));
    if (record.kind === 'control') {
      n.ctlWords += report.metrics.words ?? 0;
      n.ctlFindings += report.messages.filter((m) => m.data?.category !== 'readability').length;
      for (const m of report.messages) if (m.data?.category !== 'readability') misses.control!.push(`${record.id}: ${m.ruleId} on "${m.actual}"`);
      continue;
    }
    const uses = (record.uses ?? []).map((s) => ({ ...s, span: spanOf(text, s) }));
    const traps = (record.traps ?? []).map((s) => ({ ...s, span: spanOf(text, s) }));
    const extra = (record.extra ?? []).map((s) => spanOf(text, s));
    for (const m of lang) {
      const at = offsets(m);
      const warn = (LEVEL[m.severity ?? 'info'] ?? 0) >= 1;
      if (uses.some((u) => overlaps(u.span, at))) {
        n.tp++;
        if (warn) n.tpW++;
        continue;
      }
      if (extra.some((e) => overlaps(e, at))) continue;
      const trap = traps.find((x) => overlaps(x.span, at));
      if (trap) {
        n.fpTrap++;
        misses.trap!.push(`${record.id}: ${m.ruleId} on "${m.actual}" (${trap.why ?? 'trap'})`);
      } else {
        n.fpOther++;
        misses.fp!.push(`${record.id}: ${m.ruleId} on "${m.actual}"`);
      }
      if (warn) n.fpW++;
    }
    for (const u of uses) {
      if (!lang.some((m) => overlaps(u.span, offsets(m)))) {
        n.fn++;
        misses.fn!.push(`${record.id}: ${u.id} "${u.text}"`);
      }
    }
    const status = report.metrics.childVoice?.status;
    if (record.child_voice === 'present' || record.child_voice === 'absent') {
      n.voiceN++;
      if (status === record.child_voice) n.voiceOk++;
      else misses.voice!.push(`${record.id}: want ${record.child_voice}, got ${status}`);
    } else if (status === 'absent') {
      n.naAbsent++;
      misses.voice!.push(`${record.id}: want n/a, got absent`);
    }
    const planMessages = report.messages.filter((m) => m.ruleId === 'incomplete-action');
    const lines = (record.plan ?? []).map((line) => ({ ...line, span: spanOf(text, { text: line.text }) }));
    for (const m of planMessages) {
      const line = lines.find((l) => overlaps(l.span, offsets(m)));
      if (line?.verdict === 'incomplete') n.planOk++;
      else {
        n.planFalse++;
        misses.planFalse!.push(`${record.id}: flagged ${line ? line.verdict : 'a non-plan line'}: "${(m.actual ?? '').slice(0, 90)}"`);
      }
    }
    for (const line of lines) {
      const flagged = planMessages.some((m) => overlaps(line.span, offsets(m)));
      if (line.verdict === 'incomplete') {
        n.planInc++;
        if (flagged) n.planIncFlagged++;
        else misses.planMissed!.push(`${record.id}: "${line.text.slice(0, 90)}" (missing ${(line.missing ?? []).join(', ')})`);
      } else {
        n.planQuiet++;
        if (!flagged) n.planQuietOk++;
      }
    }
    if (record.tone === 'critical' || record.tone === 'balanced' || record.tone === 'strengths') {
      n.toneN++;
      const got = toneClass(report.metrics.tone);
      if (got === record.tone) n.toneOk++;
      else misses.tone!.push(`${record.id}: want ${record.tone}, got ${got}`);
    }
  }
  const fp = n.fpTrap + n.fpOther;
  return {
    language: {
      precision: ratio(n.tp, n.tp + fp),
      recall: ratio(n.tp, n.tp + n.fn),
      warningPrecision: ratio(n.tpW, n.tpW + n.fpW),
      trapShare: n.tp + fp ? n.fpTrap / (n.tp + fp) : 0,
      truePositives: n.tp,
      falsePositives: fp,
      trapHits: n.fpTrap,
      missed: n.fn,
    },
    childVoice: { accuracy: ratio(n.voiceOk, n.voiceN), n: n.voiceN, notApplicableCalledAbsent: n.naAbsent },
    plan: { precision: ratio(n.planOk, n.planOk + n.planFalse), recall: ratio(n.planIncFlagged, n.planInc), quietLeftAlone: ratio(n.planQuietOk, n.planQuiet), falseFlags: n.planFalse },
    tone: { accuracy: ratio(n.toneOk, n.toneN), n: n.toneN },
    controls: { findingsPer1000Words: n.ctlWords ? (1000 * n.ctlFindings) / n.ctlWords : 0 },
    misses,
  };
}

/** The summary as a few lines a person reads, like the shared scorer's. */
export function formatSummary(s: Summary): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `language  P ${f(s.language.precision)}  R ${f(s.language.recall)}  warnings-only P ${f(s.language.warningPrecision)}  traps ${(100 * s.language.trapShare).toFixed(1)} % of findings (tp ${s.language.truePositives}, fp ${s.language.falsePositives}, missed ${s.language.missed})`,
    `voice     accuracy ${f(s.childVoice.accuracy)} on ${s.childVoice.n} records; n/a called absent ${s.childVoice.notApplicableCalledAbsent}`,
    `plan      P ${f(s.plan.precision)}  R ${f(s.plan.recall)}  quiet lines left alone ${f(s.plan.quietLeftAlone)}`,
    `tone      accuracy ${f(s.tone.accuracy)} on ${s.tone.n} records`,
    `controls  ${s.controls.findingsPer1000Words.toFixed(1)} findings per 1,000 words`,
  ].join('\n');
}
