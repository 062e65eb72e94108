import type { Metrics } from '@carelint/core';

/** One line of a document's figures: words, jargon rate, verdict, then child's voice, tone and plan when measured. */
export function metricsLine(metrics: Metrics): string {
  const parts = [
    `${plural(metrics.words, 'word')}`,
    `jargon ${decimal(metrics.jargon.per1000)} per 1,000 words`,
    `verdict ${metrics.verdict}`,
  ];
  const { childVoice, tone, plan } = metrics;
  if (childVoice !== undefined) {
    const status = childVoice.status === 'not-applicable' ? 'not applicable' : childVoice.status;
    const counts = childVoice.status === 'present'
      ? ` (${plural(childVoice.quotes, 'quote')}, ${plural(childVoice.reportedViews, 'reported view')})`
      : '';
    parts.push(`child's voice ${status}${counts}`);
  }
  if (tone !== undefined) {
    parts.push(`tone ${tone.positive} positive : ${tone.critical} critical (target ${decimal(tone.target)} : 1)`);
  }
  if (plan !== undefined) {
    parts.push(`plan ${plan.complete} of ${plural(plan.actions, 'action')} complete, ${plural(plan.vague, 'vague phrase')}`);
  }
  return parts.join(' · ');
}

/** `1 word`, `2 words`, `1,204 words`. */
export function plural(count: number, noun: string): string {
  return `${thousands(count)} ${count === 1 ? noun : `${noun}s`}`;
}

/** At most one decimal place: `9.6`, `12`. */
function decimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

let grouped: Intl.NumberFormat | undefined;

/**
 * Thousands separated by commas, independent of the machine's locale. Whole numbers are grouped here: making an
 * Intl.NumberFormat loads locale data, ~10 ms of a one-file check's start-up; other numbers go through one.
 */
export function thousands(value: number): string {
  if (Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value));
    const head = digits.length % 3 || 3;
    let out = digits.slice(0, head);
    for (let at = head; at < digits.length; at += 3) out += `,${digits.slice(at, at + 3)}`;
    return value < 0 || Object.is(value, -0) ? `-${out}` : out;
  }
  grouped ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });
  return grouped.format(value);
}
