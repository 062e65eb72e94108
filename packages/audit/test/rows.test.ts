import type { Finding } from '@carelint/core';
import { describe, expect, it } from 'vitest';
import { exitCode, headlineLines } from '../src/command/closing.js';
import { dayOf } from '../src/input/dates.js';
import { ratioText } from '../src/report/html.js';
import { flaggedPhrase, tableRow, withoutNames } from '../src/report/rows.js';
import { Aggregator } from '../src/summary/aggregate.js';
import type { Summary } from '../src/summary/summary.js';
import type { AuditRecord } from '../src/types.js';

function finding(ruleId: string, actual: string, data: Record<string, unknown> = {}, reason = 'r'): Finding {
  return {
    source: 'test', ruleId, reason, actual, expected: [], severity: 'info', fingerprint: `${ruleId}:0`,
    place: { start: { line: 3, column: 1, offset: 0 }, end: { line: 3, column: 2, offset: 1 } },
    data: { category: 'acronym', ...data },
  } as Finding;
}

const linted = (id: string, messages: Finding[], meta: AuditRecord['meta'] = {}): AuditRecord => ({
  id, meta, format: 'text', messages,
  metrics: { words: 100, sentences: 5, jargon: { count: messages.length, per1000: messages.length * 10, terms: [] }, verdict: 'warn', tone: { critical: 3, positive: 1, ratio: 1 / 3, target: 5 } },
});

describe('the report’s rows and terms', () => {
  it('reads the day of every date format an export uses, and no impossible day', () => {
    expect(dayOf('10/11/2025')).toBe('2025-11-10');
    expect(dayOf('2025-09-26T11:15:00Z')).toBe('2025-09-26');
    expect(dayOf('1.2.2025')).toBe('2025-02-01');
    expect(dayOf('31/02/2025')).toBeUndefined();
    expect(dayOf('2025-09')).toBeUndefined();
    expect(dayOf('next Tuesday')).toBeUndefined();
  });

  it('counts each unexplained acronym apart, and a dictionary term as one however it is written', () => {
    const aggregator = new Aggregator();
    aggregator.add(linted('a', [finding('unexplained-acronym', 'TA'), finding('unexplained-acronym', 'SALT'), finding('unexplained-acronym', 'EWO'), finding('contact-family', 'Contact', { category: 'jargon', term: 'contact' })]));
    aggregator.add(linted('b', [finding('unexplained-acronym', 'TA'), finding('unexplained-acronym', 'PECS'), finding('contact-family', 'contact', { category: 'jargon', term: 'contact' })]));
    const terms = aggregator.result().overall.topTerms.map((term) => [term.ruleId, term.term, term.count, term.records]);
    expect(terms).toEqual([
      ['contact-family', 'contact', 2, 2],
      ['unexplained-acronym', 'TA', 2, 2],
      ['unexplained-acronym', 'EWO', 1, 1],
      ['unexplained-acronym', 'PECS', 1, 1],
      ['unexplained-acronym', 'SALT', 1, 1],
    ]);
  });

  it('keeps whole sentences and children’s names out of a record’s findings', () => {
    expect(flaggedPhrase(finding('x', 'disguised compliance'))).toBe('disguised compliance');
    expect(flaggedPhrase(finding('x', 'Mum and Dad will keep working with services to make things better at home.'))).toBeNull();
    expect(withoutNames('Ruby and Ellie-May’s voices are recorded but not Mason’s: add what Mason said. Masonry stays.', ['Ellie-May', 'Mason'])).toBe(
      'Ruby and [name]’s voices are recorded but not [name]’s: add what [name] said. Masonry stays.',
    );
    const voice = finding('missing-child-voice', 'Zephyrine was seen at home and played with her toys in the lounge all afternoon.', { category: 'child-voice', children: ['Zephyrine'], scope: 'Zephyrine' }, 'Zephyrine’s own words are not in this record: add what Zephyrine said.');
    const row = tableRow(linted('n1', [voice], { date: '10/11/2025', month: '2025-11' }), false);
    expect(JSON.stringify(row)).not.toContain('Zephyrine');
    expect(row[16]).toBe('2025-11-10');
    expect(row[17]).toEqual([1, 3]);
    expect(row[18]).toEqual([['missing-child-voice', 'info', 3, null, '[name]’s own words are not in this record: add what [name] said.']]);
  });

  it('writes tone as positive : critical', () => {
    expect(ratioText(0.3)).toBe('1 : 3.3');
    expect(ratioText(1 / 3)).toBe('1 : 3');
    expect(ratioText(5)).toBe('5 : 1');
    expect(ratioText(1)).toBe('1 : 1');
    expect(ratioText(null)).toBe('–');
  });

  it('ends an audit with the headline figures and why the exit code is what it is', () => {
    const aggregator = new Aggregator();
    aggregator.add(linted('a', [finding('unexplained-acronym', 'TA')]));
    aggregator.add({ id: 'b', meta: {}, error: 'the record is empty' });
    const groups = aggregator.result();
    const summary: Summary = { carelint: { audit: 't', core: 't' }, inputs: ['x'], records: 2, linted: 1, errors: 1, toneBands: [], ...groups };
    const lines = headlineLines(summary).join('\n');
    expect(lines).toContain('Records        2 = 1 checked + 1 could not be read or checked');
    expect(lines).toContain('Jargon         10.00 per 1,000 words (1 in 100 words)');
    expect(lines).toContain("Child's voice  not measured");
    expect(lines).toContain('Tone           1 : 3 positive : critical (median of 1 record with critical wording)');
    expect(lines).toContain('Verdicts       0 pass, 1 warn, 0 fail');
    expect(exitCode(summary, 1, 'info')).toEqual({ code: 2, why: 'exit code 2: 1 record could not be read or checked (the "error" rows in records.jsonl say why); every other record was checked and counted, and 1 has a finding at info or above' });
    const clean = { ...summary, errors: 0 };
    expect(exitCode(clean, 1, 'info').code).toBe(1);
    expect(exitCode(clean, 1, 'info').why).toMatch(/^exit code 1: 1 of 1 record has a finding at info or above \(--fail-on info/);
    expect(exitCode(clean, 0, 'warning')).toEqual({ code: 0, why: 'exit code 0: no finding at warning or above (--fail-on warning)' });
    expect(exitCode(clean, 3, 'none').code).toBe(0);
  });
});
