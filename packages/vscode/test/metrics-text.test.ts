import type { Metrics } from '@carelint/core';
import { describe, expect, it } from 'vitest';
import { statusText, summaryLines } from '../src/metrics-text.js';

const base: Metrics = { words: 420, sentences: 31, jargon: { count: 3, per1000: 7.1, terms: [{ ruleId: 'contact-family', term: 'contact', count: 2 }, { ruleId: 'acr-lac', term: 'LAC', count: 1 }] }, verdict: 'warn' };
const full: Metrics = {
  ...base,
  childVoice: { status: 'present', quotes: 2, reportedViews: 1, observations: 3, methods: ['seen alone'] },
  tone: { critical: 2, positive: 6, ratio: 3, target: 3 },
  plan: { actions: 5, complete: 4, vague: 1 },
  readability: { age: 13.6, grade: 8, longestSentences: [] },
};

describe('statusText', () => {
  it('shows the child’s voice, the tone balance and the plan, as in the issue', () => {
    expect(statusText(full)).toBe("Child's voice: yes · Tone 3:1 · Plan 4/5 complete");
  });

  it('shows only what the record has', () => {
    expect(statusText({ ...base, tone: { critical: 2, positive: 3, ratio: 1.5, target: 3 } })).toBe('Tone 1.5:1');
    expect(statusText({ ...base, tone: { critical: 0, positive: 4, ratio: null, target: 3 } })).toBe('Tone 4:0');
    expect(statusText({ ...full, childVoice: { ...full.childVoice!, status: 'absent' }, plan: { actions: 0, complete: 0, vague: 0 } })).toBe("Child's voice: no · Tone 3:1");
    expect(statusText(base)).toBe('carelint: warn');
  });
});

describe('summaryLines', () => {
  it('gives one line per measure', () => {
    expect(summaryLines(full)).toEqual([
      '420 words, 31 sentences. Verdict: warn.',
      "Child's voice: yes (2 quotes, 1 reported views, 3 observations; how views were gathered: seen alone).",
      'Tone: 6 strengths to 2 concerns (3:1; the target is 3:1).',
      'Plan: 4 of 5 actions say who, what and by when; 1 vague phrase.',
      'Reading age: about 14.',
      'Jargon: 3 (7.1 per 1,000 words): contact ×2, LAC ×1.',
    ]);
  });
});
