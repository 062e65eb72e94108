import type { GroupSummary } from './aggregate.js';
import type { Summary } from './summary.js';

const header = [
  'group_by', 'group', 'records', 'linted', 'errors', 'words', 'jargon', 'jargon_per_1000',
  'child_voice_present', 'child_voice_absent', 'child_voice_not_applicable', 'child_voice_share',
  'tone_measured', 'tone_ratio_median', 'tone_no_critical', 'tone_below_1', 'tone_below_target', 'tone_at_target',
  'plan_actions', 'plan_complete', 'plan_vague', 'plan_complete_share',
  'verdict_pass', 'verdict_warn', 'verdict_fail', 'top_terms',
];

/**
 * One CSV field. Quoted when needed (RFC 4180); a value a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
 * first) gets a leading apostrophe, since team and author names come from the export.
 */
function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(groupBy: string, name: string, group: GroupSummary): string {
  const terms = group.topTerms.map((term) => `${term.term} (${term.count})`).join('; ');
  const t = group.tone.distribution;
  return [
    groupBy, name, group.records, group.linted, group.errors, group.words, group.jargon.count, group.jargon.per1000,
    group.childVoice.present, group.childVoice.absent, group.childVoice.notApplicable, group.childVoice.share,
    group.tone.measured, group.tone.median, t['no-critical'], t['below-1'], t['below-target'], t['at-target'],
    group.plan.actions, group.plan.complete, group.plan.vague, group.plan.share,
    group.verdicts.pass, group.verdicts.warn, group.verdicts.fail, terms,
  ]
    .map(field)
    .join(',');
}

/** summary.csv: one row overall, then one per team, month and author; shares are fractions (0–1), blank when not measured. */
export function summaryCsv(summary: Summary): string {
  const lines = [header.join(','), row('overall', 'all', summary.overall)];
  for (const [groupBy, groups] of [['team', summary.byTeam], ['month', summary.byMonth], ['author', summary.byAuthor]] as const) {
    for (const [name, group] of Object.entries(groups)) lines.push(row(groupBy, name, group));
  }
  return `${lines.join('\r\n')}\r\n`;
}
