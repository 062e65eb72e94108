/** Words the overlay shows: plain, short, addressed to the writer. Pure, so tests can read them. */
import type { Finding, FindingCategory, Level, Metrics } from '@carelint/core';

const CATEGORY: Record<FindingCategory, string> = {
  jargon: 'Care jargon',
  acronym: 'Acronym',
  stigmatising: 'Labelling word',
  deficit: 'Judging word',
  tone: 'Tone balance',
  'child-voice': 'Child’s voice',
  plan: 'Plan',
  readability: 'Hard to read',
};

const LEVEL: Record<Level, string> = {
  error: 'Please change',
  warning: 'Worth changing',
  info: 'Worth a look',
};

export function categoryLabel(category: FindingCategory): string {
  return CATEGORY[category] ?? 'Suggestion';
}

export function levelLabel(level: Level): string {
  return LEVEL[level] ?? '';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The pill's text. */
export function countLabel(findings: number): string {
  return findings === 0 ? 'No suggestions' : plural(findings, 'suggestion');
}

/** The most serious level among findings, for the pill's dot. */
export function worstLevel(findings: readonly Finding[]): Level | undefined {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length > 0 ? 'info' : undefined;
}

/** How the summary counts each kind: singular, plural. */
const COUNTED: Record<FindingCategory, [string, string]> = {
  jargon: ['care jargon', 'care jargon'],
  acronym: ['acronym', 'acronyms'],
  stigmatising: ['labelling word', 'labelling words'],
  deficit: ['judging word', 'judging words'],
  tone: ['tone', 'tone'],
  'child-voice': ['about the child’s voice', 'about the child’s voice'],
  plan: ['about the plan', 'about the plan'],
  readability: ['hard-to-read sentence', 'hard-to-read sentences'],
};

/** "2 care jargon, 3 acronyms": the findings with words to underline, by kind, most first. */
export function findingsByKind(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'None';
  const counts = new Map<FindingCategory, number>();
  for (const finding of findings) counts.set(finding.data.category, (counts.get(finding.data.category) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([category, n]) => `${n} ${(COUNTED[category] ?? ['suggestion', 'suggestions'])[n === 1 ? 0 : 1]}`)
    .join(', ');
}

export interface SummaryRow {
  key: 'child-voice' | 'tone' | 'plan' | 'readability' | 'words';
  label: string;
  value: string;
}

/** The summary's rows, from the report's metrics; a metric the rules did not give has no row. */
export function summaryRows(metrics: Metrics): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const voice = metrics.childVoice;
  if (voice) {
    const value =
      voice.status === 'present'
        ? `Present: ${plural(voice.quotes, 'quote')}, ${plural(voice.reportedViews, 'view')} reported`
        : voice.status === 'absent'
          ? 'Not found: add what the child said, showed or felt'
          : 'Not needed for this record';
    rows.push({ key: 'child-voice', label: 'Child’s voice', value });
  }
  const tone = metrics.tone;
  if (tone) {
    let value: string;
    if (tone.critical === 0) value = tone.positive === 0 ? 'Nothing positive or critical noted' : `${tone.positive} positive, nothing critical`;
    else {
      const balanced = tone.ratio !== null && tone.ratio >= tone.target;
      value = `${balanced ? 'Balanced: ' : ''}${tone.positive} positive, ${tone.critical} critical (aim: ${tone.target} positive for each critical)`;
    }
    rows.push({ key: 'tone', label: 'Tone balance', value });
  }
  const plan = metrics.plan;
  if (plan) {
    const value =
      plan.actions === 0
        ? 'No plan actions found'
        : `${plan.complete} of ${plan.actions} actions say who, what and by when${plan.vague > 0 ? `; ${plural(plan.vague, 'vague phrase')}` : ''}`;
    rows.push({ key: 'plan', label: 'Plan', value });
  }
  const age = metrics.readability?.age;
  if (typeof age === 'number') rows.push({ key: 'readability', label: 'Reading age', value: `About ${Math.round(age)}` });
  rows.push({ key: 'words', label: 'Length', value: `${plural(metrics.words, 'word')}, ${plural(metrics.sentences, 'sentence')}` });
  return rows;
}
