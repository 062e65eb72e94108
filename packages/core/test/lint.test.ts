import { describe, expect, it } from 'vitest';
import { ConfigError, lint } from '../src/index.js';

const visit = 'Visited Amira at home. Supervised contact took place on Friday and went well.\nAmira is settled in her placement.\n';

describe('lint()', () => {
  it('returns a Report with the message contract', () => {
    const report = lint(visit);
    const contact = report.messages.find((m) => m.ruleId === 'contact-family');
    expect(contact).toMatchObject({
      source: 'retext-care-jargon',
      ruleId: 'contact-family',
      actual: 'contact',
      severity: 'warning',
      fatal: false,
      place: { start: { line: 1, column: 35, offset: 34 }, end: { line: 1, column: 42, offset: 41 } },
      data: { category: 'jargon' },
    });
    expect(contact!.expected[0]).toMatch(/family time/i);
    expect(contact!.reason).toMatch(/^Consider .*“contact”\.$/);
    expect(contact!.note).toMatch(/Source: /);
    expect(contact!.url).toBe('docs/rules/jargon.md#contact-family');
    expect(contact!.fingerprint).toMatch(/^contact-family:[0-9a-f]{8}$/);
    expect(report.metrics).toMatchObject({ words: expect.any(Number), sentences: 3, verdict: 'warn' });
    expect(report.metrics.jargon.count).toBe(report.messages.filter((m) => ['jargon', 'acronym', 'stigmatising'].includes(m.data.category)).length);
  });

  it('counts jargon per 1,000 words', () => {
    const report = lint(visit);
    expect(report.metrics.jargon.per1000).toBeCloseTo((report.metrics.jargon.count / report.metrics.words) * 1000, 1);
    expect(report.metrics.jargon.terms.map((t) => t.ruleId)).toEqual(expect.arrayContaining(['contact-family', 'placement']));
  });

  it('lets config change levels, most specific first', () => {
    const report = lint(visit, { rules: { jargon: 'info', placement: 'error' } });
    expect(report.messages.find((m) => m.ruleId === 'contact-family')?.severity).toBe('info');
    expect(report.messages.find((m) => m.ruleId === 'placement')?.severity).toBe('error');
    expect(report.metrics.verdict).toBe('fail');
    const off = lint(visit, { rules: { 'care-jargon': 'off' } });
    expect(off.messages.filter((m) => m.source === 'retext-care-jargon')).toEqual([]);
  });

  it('applies presets', () => {
    expect(lint(visit, { preset: 'family-facing' }).messages.find((m) => m.ruleId === 'placement')?.severity).toBe('error');
    expect(lint(visit, { preset: 'recommended' }).messages.find((m) => m.ruleId === 'placement')?.severity).toBe('warning');
  });

  it('never flags an allowed phrase or an ignored finding', () => {
    const allowed = lint(visit, { allow: ['placement'] });
    expect(allowed.messages.some((m) => m.ruleId === 'placement')).toBe(false);
    const first = lint(visit).messages.find((m) => m.ruleId === 'contact-family')!;
    const ignored = lint(visit, { ignore: [first.fingerprint] });
    expect(ignored.messages.some((m) => m.ruleId === 'contact-family')).toBe(false);
  });

  it('puts a child’s own words first and respects what they chose', () => {
    const report = lint(visit, { children: [{ name: 'Amira', words: { 'contact-family': ['time with Dad'] }, allow: ['placement'] }] });
    expect(report.messages.find((m) => m.ruleId === 'contact-family')?.expected[0]).toBe('time with Dad');
    expect(report.messages.some((m) => m.ruleId === 'placement')).toBe(false);
  });

  it('reports positions in the original Markdown and HTML', () => {
    const md = lint('# Visit\n\nAmira enjoyed **supervised contact** with Dad.\n', { format: 'markdown' });
    expect(md.messages[0]).toMatchObject({ actual: 'contact', place: { start: { line: 3, column: 28 } } });
    // Under a heading: a record's first line is its own title, which is never flagged.
    const html = lint('<h1>Visit</h1>\n<p>Amira&rsquo;s <b>respite</b> carers came.</p>', { format: 'html' });
    expect(html.messages.find((m) => m.ruleId === 'respite')).toMatchObject({ actual: 'respite', place: { start: { line: 2, column: 21, offset: 35 } } });
  });

  it('rejects bad options with an error naming the key', () => {
    expect(() => lint(visit, { preset: 'lenient' as never })).toThrow(ConfigError);
    expect(() => lint(visit, { rules: { 'contact-famly': 'off' } })).toThrow(/"rules\.contact-famly" is not a rule id.*"contact-family"/);
  });

  it('reports "the LAC" once, suggesting the child’s name', () => {
    const report = lint('I visited Kai (8) at home. The LAC was playing in the garden and told me he was happy.', { childNames: ['Kai'] });
    const at = report.messages.filter((m) => m.actual.includes('LAC'));
    expect(at.map((m) => m.ruleId)).toEqual(['depersonalising-reference']);
    expect(at[0]!.expected).toContain('Kai');
  });

  it('handles empty and whitespace-only text', () => {
    expect(lint('').messages).toEqual([]);
    expect(lint('   \n\n  ').metrics).toMatchObject({ words: 0, sentences: 0, verdict: 'pass' });
  });
});
