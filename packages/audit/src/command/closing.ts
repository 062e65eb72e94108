import { ratioText } from '../report/html.js';
import type { Summary } from '../summary/summary.js';
import type { FailOn } from '../run/audit.js';

const count = new Intl.NumberFormat('en-GB');
const n = (value: number): string => count.format(value);
const percent = (share: number | null): string => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

/** The headline figures at the end of an audit, one per line, as report.html shows them at the top. */
export function headlineLines(summary: Summary): string[] {
  const o = summary.overall;
  const aboutChild = o.childVoice.present + o.childVoice.absent;
  const withCritical = o.tone.measured - o.tone.distribution['no-critical'];
  const lines = [
    `Records        ${n(summary.records)} = ${n(summary.linted)} checked + ${n(summary.errors)} could not be read or checked`,
    `Jargon         ${o.jargon.per1000.toFixed(2)} per 1,000 words (${n(o.jargon.count)} in ${n(o.words)} words)`,
    `Child's voice  ${o.childVoice.measured === 0 ? 'not measured' : aboutChild === 0 ? 'no record about a child' : `${percent(o.childVoice.share)} of ${n(aboutChild)} records about a child`}`,
    `Plan actions   ${o.plan.measured === 0 ? 'not measured' : o.plan.actions === 0 ? 'none found' : `${percent(o.plan.share)} complete (${n(o.plan.complete)} of ${n(o.plan.actions)} say who, what and when)`}`,
    `Tone           ${o.tone.measured === 0 ? 'not measured' : withCritical === 0 ? 'no critical wording' : `${ratioText(o.tone.median)} positive : critical (median of ${n(withCritical)} ${withCritical === 1 ? 'record' : 'records'} with critical wording)`}`,
    `Verdicts       ${n(o.verdicts.pass)} pass, ${n(o.verdicts.warn)} warn, ${n(o.verdicts.fail)} fail`,
  ];
  if (summary.shard !== undefined) lines.push(`Shard          ${summary.shard}: these are only this shard's records; 'carelint audit merge' joins the shards`);
  return lines;
}

/** The exit code of an audit, and a sentence saying why. */
export function exitCode(summary: Summary, failing: number, failOn: FailOn): { code: number; why: string } {
  const errors = summary.errors;
  if (errors > 0) {
    return { code: 2, why: `exit code 2: ${n(errors)} ${errors === 1 ? 'record' : 'records'} could not be read or checked (the "error" rows in records.jsonl say why); every other record was checked and counted${failing > 0 && failOn !== 'none' ? `, and ${n(failing)} ${failing === 1 ? 'has' : 'have'} a finding at ${failOn} or above` : ''}` };
  }
  if (failOn === 'none') return { code: 0, why: 'exit code 0: --fail-on none, so findings never fail the audit' };
  if (failing > 0) {
    return { code: 1, why: `exit code 1: ${n(failing)} of ${n(summary.linted)} ${summary.linted === 1 ? 'record has' : 'records have'} a finding at ${failOn} or above (--fail-on ${failOn}; use --fail-on error or none to fail on less)` };
  }
  return { code: 0, why: `exit code 0: no finding at ${failOn} or above (--fail-on ${failOn})` };
}
