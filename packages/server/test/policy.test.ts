import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '@carelint/core';
import { defaultPolicy, judge, resolvePolicy } from '../src/policy.js';

function finding(ruleId: string, category: Finding['data']['category'], severity: Finding['severity'], source = 'retext-care-jargon'): Finding {
  const point = { line: 1, column: 1, offset: 0 };
  return { source, ruleId, reason: 'r', place: { start: point, end: point }, actual: '', expected: [], severity, fingerprint: ruleId, data: { category } };
}

function report(messages: Finding[], childVoice?: 'present' | 'absent' | 'not-applicable'): Report {
  return {
    format: 'text',
    messages,
    metrics: {
      words: 10,
      sentences: 1,
      jargon: { count: 0, per1000: 0, terms: [] },
      ...(childVoice ? { childVoice: { status: childVoice, quotes: 0, reportedViews: 0, observations: 0, methods: [] } } : {}),
      verdict: 'pass',
    },
  };
}

describe('the default policy', () => {
  it('is: errors fail; a visit without the child\'s voice fails; warnings and jargon warn', () => {
    expect(defaultPolicy).toEqual({ fail: ['error'], warn: ['warning', 'jargon', 'acronym', 'stigmatising'], childVoice: ['visit'] });
  });

  it('fails a visit whose child\'s voice is absent, by the metric or by the finding', () => {
    expect(judge(report([], 'absent'), defaultPolicy, 'visit')).toEqual({
      verdict: 'fail',
      reasons: ["The child's voice is missing, and the policy fails a visit record without it."],
    });
    const byFinding = report([finding('missing-child-voice', 'child-voice', 'warning', 'retext-child-voice')]);
    expect(judge(byFinding, defaultPolicy, 'visit').verdict).toBe('fail');
  });

  it('only warns about a missing voice in other kinds of record, or when the kind is not given', () => {
    const missing = report([finding('missing-child-voice', 'child-voice', 'warning', 'retext-child-voice')], 'absent');
    expect(judge(missing, defaultPolicy, 'assessment').verdict).toBe('warn');
    expect(judge(missing, defaultPolicy, undefined).verdict).toBe('warn');
    expect(judge(report([], 'absent'), defaultPolicy, 'plan').verdict).toBe('pass');
  });

  it('warns on jargon even at info level, and passes a record with only other info findings', () => {
    expect(judge(report([finding('placement', 'jargon', 'info')])).verdict).toBe('warn');
    expect(judge(report([finding('readability', 'readability', 'info', 'retext-readability')])).verdict).toBe('pass');
  });

  it('fails on an error whatever its kind, and explains each verdict without quoting the record', () => {
    const result = judge(report([finding('lac', 'acronym', 'error'), finding('placement', 'jargon', 'info')]));
    expect(result).toEqual({ verdict: 'fail', reasons: ['1 finding matches "error", which the policy fails.'] });
  });

  it('uses the report\'s own document type when none is given', () => {
    const visit = { ...report([], 'absent'), documentType: 'visit' as const };
    expect(judge(visit).verdict).toBe('fail');
  });
});

describe('a policy of your own', () => {
  it('selects by rule id, rule package or category, and can fail more kinds of record', () => {
    const policy = resolvePolicy({ fail: ['contact-family', 'balanced-tone'], warn: [], childVoice: ['visit', 'review'] });
    expect(judge(report([finding('contact-family', 'jargon', 'info')]), policy).verdict).toBe('fail');
    expect(judge(report([finding('tone-balance', 'tone', 'info', 'retext-balanced-tone')]), policy).verdict).toBe('fail');
    expect(judge(report([finding('placement', 'jargon', 'warning')]), policy).verdict).toBe('pass');
    expect(judge(report([], 'absent'), policy, 'review').verdict).toBe('fail');
  });

  it('takes the defaults for keys it leaves out', () => {
    expect(resolvePolicy({ warn: ['warning'] })).toEqual({ ...defaultPolicy, warn: ['warning'] });
    expect(resolvePolicy(undefined)).toEqual(defaultPolicy);
  });

  it.each([
    [[], /must be an object/],
    [{ fial: [] }, /"fial" is not a policy setting; settings are: fail, warn, childVoice/],
    [{ warn: 'jargon' }, /"warn" must be a list of strings/],
    [{ fail: [''] }, /"fail" must be a list of strings/],
    [{ childVoice: ['visits'] }, /"childVoice" must list kinds of record: visit, plan/],
  ])('rejects %o', (raw, message) => {
    expect(() => resolvePolicy(raw)).toThrow(message);
  });
});
