import type { Finding } from '@carelint/core';
import { isErrorRecord, type AuditRecord } from '../types.js';

/** Where a record's tone ratio (positive ÷ critical) falls, against the target its preset sets. */
export const toneBands = [
  { id: 'no-critical', label: 'No critical wording' },
  { id: 'below-1', label: 'More critical than positive (below 1 : 1)' },
  { id: 'below-target', label: 'Some balance (1 : 1 up to the target)' },
  { id: 'at-target', label: 'Balanced (at or above the target)' },
] as const;
export type ToneBand = (typeof toneBands)[number]['id'];

/** Categories whose findings are listed as terms: wording with better alternatives. */
const termCategories: ReadonlySet<string> = new Set(['jargon', 'acronym', 'stigmatising', 'deficit']);

export interface TermSummary {
  ruleId: string;
  term: string;
  category: string;
  count: number;
  /** Records in which it was found at least once. */
  records: number;
  /** What to write instead, best first (the alternatives most often offered for this rule). */
  alternatives: string[];
}

/** The figures for one group of records: a team, a month, an author, or all of them. */
export interface GroupSummary {
  /** Always `linted + errors`. */
  records: number;
  linted: number;
  errors: number;
  words: number;
  sentences: number;
  jargon: { count: number; per1000: number };
  /** Share = present ÷ (present + absent): of the records about a child, those with the child's voice. `measured` 0 when core does not report it. */
  childVoice: { measured: number; present: number; absent: number; notApplicable: number; share: number | null };
  /** Median of positive ÷ critical over records with critical wording; distribution over `toneBands`. */
  tone: { measured: number; critical: number; positive: number; median: number | null; distribution: Record<ToneBand, number> };
  /** Share = complete ÷ actions: plan actions that say who, what and when. */
  plan: { measured: number; actions: number; complete: number; vague: number; share: number | null };
  verdicts: { pass: number; warn: number; fail: number };
  findings: { error: number; warning: number; info: number };
  topTerms: TermSummary[];
}

/** Running totals for a group; every figure is a sum or a count, so the order records arrive in never matters. */
class Group {
  records = 0;
  linted = 0;
  errors = 0;
  words = 0;
  sentences = 0;
  jargon = 0;
  voice = { measured: 0, present: 0, absent: 0, notApplicable: 0 };
  tone = { measured: 0, critical: 0, positive: 0 };
  ratios = new Map<number, number>();
  bands: Record<ToneBand, number> = { 'no-critical': 0, 'below-1': 0, 'below-target': 0, 'at-target': 0 };
  plan = { measured: 0, actions: 0, complete: 0, vague: 0 };
  verdicts = { pass: 0, warn: 0, fail: 0 };
  findings = { error: 0, warning: 0, info: 0 };
  terms = new Map<string, { count: number; records: number }>();
}

/**
 * What a finding is counted under in the terms table. A dictionary entry (the finding names its `term`) is one
 * row however it was written; a rule without one, such as unexplained acronyms, gets a row per phrase it flagged
 * (acronyms in capitals, other phrases in lower case), so TA, SALT and EWO are three rows, not one.
 */
export function termKey(finding: Finding): string {
  if (typeof finding.data.term === 'string') return finding.ruleId;
  return `${finding.ruleId}\u0000${termForm(finding)}`;
}

/** How a term is shown: the dictionary's form, else the flagged phrase (capitals kept for acronyms). */
function termForm(finding: Finding): string {
  if (typeof finding.data.term === 'string') return finding.data.term;
  const phrase = finding.actual.replace(/\s+/g, ' ').trim();
  return finding.data.category === 'acronym' ? phrase.toUpperCase() : phrase.toLowerCase();
}

/** Rounds for output, so figures are the same however they were summed. */
function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** The exact median of a multiset held as value -> count. */
function median(counts: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const count of counts.values()) total += count;
  if (total === 0) return null;
  const values = [...counts.keys()].sort((a, b) => a - b);
  const at = (index: number): number => {
    let seen = 0;
    for (const value of values) {
      seen += counts.get(value)!;
      if (index < seen) return value;
    }
    return values[values.length - 1]!;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Most frequent key of a count map; ties go to the smallest key, so the answer does not depend on order. */
function commonest(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/** The group key for a missing value. */
export const unknownGroup = 'unknown';

/** Adds records up by team, month, author and overall. */
export class Aggregator {
  private readonly overall = new Group();
  private readonly groups = { team: new Map<string, Group>(), month: new Map<string, Group>(), author: new Map<string, Group>() };
  /** Per term key: its rule, term forms, category and alternatives offered, counted (for order-independent choices). */
  private readonly ruleInfo = new Map<string, { ruleId: string; terms: Map<string, number>; category: string; alternatives: Map<string, number> }>();

  add(record: AuditRecord): void {
    const meta = record.meta;
    const targets = [
      this.overall,
      this.group('team', meta.team ?? unknownGroup),
      this.group('month', meta.month ?? unknownGroup),
      this.group('author', meta.author ?? unknownGroup),
    ];
    if (isErrorRecord(record)) {
      for (const group of targets) {
        group.records += 1;
        group.errors += 1;
      }
      return;
    }
    const { metrics, messages } = record;
    const perRecordTerms = new Map<string, number>();
    for (const finding of messages) {
      if (!termCategories.has(finding.data.category)) continue;
      const key = termKey(finding);
      perRecordTerms.set(key, (perRecordTerms.get(key) ?? 0) + 1);
      this.noteRule(key, finding);
    }
    const tone = metrics.tone;
    let band: ToneBand | undefined;
    let ratio: number | undefined;
    if (tone !== undefined) {
      if (tone.ratio === null || tone.critical === 0) band = 'no-critical';
      else {
        ratio = round(tone.ratio, 4);
        band = tone.ratio < 1 ? 'below-1' : tone.ratio < tone.target ? 'below-target' : 'at-target';
      }
    }
    for (const group of targets) {
      group.records += 1;
      group.linted += 1;
      group.words += metrics.words;
      group.sentences += metrics.sentences;
      group.jargon += metrics.jargon.count;
      group.verdicts[metrics.verdict] += 1;
      for (const finding of messages) group.findings[finding.severity] += 1;
      if (metrics.childVoice !== undefined) {
        group.voice.measured += 1;
        const status = metrics.childVoice.status;
        if (status === 'present') group.voice.present += 1;
        else if (status === 'absent') group.voice.absent += 1;
        else group.voice.notApplicable += 1;
      }
      if (tone !== undefined && band !== undefined) {
        group.tone.measured += 1;
        group.tone.critical += tone.critical;
        group.tone.positive += tone.positive;
        group.bands[band] += 1;
        if (ratio !== undefined) group.ratios.set(ratio, (group.ratios.get(ratio) ?? 0) + 1);
      }
      if (metrics.plan !== undefined) {
        group.plan.measured += 1;
        group.plan.actions += metrics.plan.actions;
        group.plan.complete += metrics.plan.complete;
        group.plan.vague += metrics.plan.vague;
      }
      for (const [key, count] of perRecordTerms) {
        const term = group.terms.get(key) ?? { count: 0, records: 0 };
        term.count += count;
        term.records += 1;
        group.terms.set(key, term);
      }
    }
  }

  private group(kind: keyof Aggregator['groups'], key: string): Group {
    let group = this.groups[kind].get(key);
    if (group === undefined) {
      group = new Group();
      this.groups[kind].set(key, group);
    }
    return group;
  }

  private noteRule(key: string, finding: Finding): void {
    let info = this.ruleInfo.get(key);
    if (info === undefined) {
      info = { ruleId: finding.ruleId, terms: new Map(), category: finding.data.category, alternatives: new Map() };
      this.ruleInfo.set(key, info);
    }
    const term = termForm(finding);
    info.terms.set(term, (info.terms.get(term) ?? 0) + 1);
    const alternatives = JSON.stringify(finding.expected);
    info.alternatives.set(alternatives, (info.alternatives.get(alternatives) ?? 0) + 1);
  }

  private summarise(group: Group, topTerms: number): GroupSummary {
    const terms = [...group.terms.entries()]
      .sort(([a, x], [b, y]) => y.count - x.count || y.records - x.records || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, topTerms)
      .map(([key, { count, records }]): TermSummary => {
        const info = this.ruleInfo.get(key);
        return {
          ruleId: info?.ruleId ?? key,
          term: (info && commonest(info.terms)) ?? key,
          category: info?.category ?? 'jargon',
          count,
          records,
          alternatives: info ? (JSON.parse(commonest(info.alternatives) ?? '[]') as string[]) : [],
        };
      });
    const aboutChild = group.voice.present + group.voice.absent;
    return {
      records: group.records,
      linted: group.linted,
      errors: group.errors,
      words: group.words,
      sentences: group.sentences,
      jargon: { count: group.jargon, per1000: group.words > 0 ? round((group.jargon / group.words) * 1000, 2) : 0 },
      childVoice: { ...group.voice, share: aboutChild > 0 ? round(group.voice.present / aboutChild, 4) : null },
      tone: { ...group.tone, median: ((m) => (m === null ? null : round(m, 2)))(median(group.ratios)), distribution: { ...group.bands } },
      plan: { ...group.plan, share: group.plan.actions > 0 ? round(group.plan.complete / group.plan.actions, 4) : null },
      verdicts: { ...group.verdicts },
      findings: { ...group.findings },
      topTerms: terms,
    };
  }

  /** The summary: groups in a fixed order (months by date, the rest alphabetically; `unknown` last). */
  result(): { overall: GroupSummary; byTeam: Record<string, GroupSummary>; byMonth: Record<string, GroupSummary>; byAuthor: Record<string, GroupSummary> } {
    const ordered = (groups: Map<string, Group>): Record<string, GroupSummary> => {
      const keys = [...groups.keys()].sort((a, b) => (a === unknownGroup ? 1 : b === unknownGroup ? -1 : a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(keys.map((key) => [key, this.summarise(groups.get(key)!, 10)]));
    };
    return { overall: this.summarise(this.overall, 50), byTeam: ordered(this.groups.team), byMonth: ordered(this.groups.month), byAuthor: ordered(this.groups.author) };
  }
}
