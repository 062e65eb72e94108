import type { Metrics } from '@carelint/core';

/** `3`, `1.5`: a ratio as people write it. */
function ratio(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

const VOICE = { present: 'yes', absent: 'no', 'not-applicable': 'n/a' } as const;

/** The status bar text for a record: "Child's voice: yes · Tone 3:1 · Plan 4/5 complete" (the parts it has). */
export function statusText(metrics: Metrics): string {
  const parts: string[] = [];
  if (metrics.childVoice) parts.push(`Child's voice: ${VOICE[metrics.childVoice.status]}`);
  if (metrics.tone) parts.push(`Tone ${metrics.tone.ratio === null ? `${metrics.tone.positive}:0` : `${ratio(metrics.tone.ratio)}:1`}`);
  if (metrics.plan && metrics.plan.actions > 0) parts.push(`Plan ${metrics.plan.complete}/${metrics.plan.actions} complete`);
  return parts.length > 0 ? parts.join(' · ') : `carelint: ${metrics.verdict}`;
}

/** The record summary, one line per measure, for the "Show record summary" command. */
export function summaryLines(metrics: Metrics): string[] {
  const lines = [`${metrics.words} words, ${metrics.sentences} sentences. Verdict: ${metrics.verdict}.`];
  const voice = metrics.childVoice;
  if (voice) {
    const how = voice.methods.length > 0 ? `; how views were gathered: ${voice.methods.join(', ')}` : '';
    lines.push(`Child's voice: ${VOICE[voice.status]} (${voice.quotes} quotes, ${voice.reportedViews} reported views, ${voice.observations} observations${how}).`);
  }
  const tone = metrics.tone;
  if (tone) {
    const balance = tone.ratio === null ? 'no critical wording' : `${ratio(tone.ratio)}:1`;
    lines.push(`Tone: ${tone.positive} strengths to ${tone.critical} concerns (${balance}; the target is ${ratio(tone.target)}:1).`);
  }
  const plan = metrics.plan;
  if (plan) lines.push(`Plan: ${plan.complete} of ${plan.actions} actions say who, what and by when; ${plan.vague} vague ${plan.vague === 1 ? 'phrase' : 'phrases'}.`);
  const readability = metrics.readability;
  if (readability && readability.age !== null) lines.push(`Reading age: about ${Math.round(readability.age)}.`);
  const jargon = metrics.jargon;
  const terms = jargon.terms.slice(0, 5).map((t) => `${t.term} ×${t.count}`).join(', ');
  lines.push(`Jargon: ${jargon.count} (${jargon.per1000} per 1,000 words)${terms ? `: ${terms}` : ''}.`);
  return lines;
}
