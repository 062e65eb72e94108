import { describe, expect, it } from 'vitest';
import { stylish } from '../src/format/stylish.js';
import { finding, metrics, report } from './reports.js';

const ansi = /\u001B\[\d+m/;

describe('stylish formatter', () => {
  const reports = [
    report(
      'records/visit.md',
      [
        finding(3, 12, 'warning', 'contact-family', { reason: 'Consider family time.', expected: ['family time', 'time with mum'] }),
        finding(10, 1, 'error', 'missing-child-voice', { reason: "The child's views are missing." }),
        finding(112, 7, 'info', 'lac', { reason: 'Spell it out.' }),
      ],
      {
        metrics: metrics({
          words: 1204,
          childVoice: { status: 'present', quotes: 2, reportedViews: 1, observations: 0, methods: [] },
          tone: { critical: 3, positive: 2, ratio: 0.67, target: 5 },
          plan: { actions: 3, complete: 2, vague: 1 },
        }),
      },
    ),
    report('records/clean.txt', []),
  ];

  it('prints a header per file, aligned findings, a metrics line, and a summary', () => {
    expect(stylish(reports)).toBe(
      [
        'records/visit.md',
        "    3:12  warning  Consider family time.  (suggestion: “family time”, “time with mum”)  contact-family",
        "   10:1   error    The child's views are missing.                                       missing-child-voice",
        '  112:7   info     Spell it out.                                                        lac',
        "  1,204 words · jargon 16.7 per 1,000 words · verdict warn · child's voice present (2 quotes, 1 reported view) · tone 2 positive : 3 critical (target 5 : 1) · plan 2 of 3 actions complete, 1 vague phrase",
        '',
        'records/clean.txt',
        '  120 words · jargon 16.7 per 1,000 words · verdict warn',
        '',
        '1 error, 1 warning, 1 info in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('starts every rule id in the same column within a file', () => {
    const lines = stylish(reports).split('\n').slice(1, 4);
    const ids = ['contact-family', 'missing-child-voice', 'lac'];
    const columns = lines.map((line, i) => line.lastIndexOf(ids[i]!));
    expect(new Set(columns).size).toBe(1);
    for (const line of lines) expect(line).not.toMatch(/\s$/);
  });

  it('colours only when asked, and aligns the same either way', () => {
    expect(stylish(reports)).not.toMatch(ansi);
    const coloured = stylish(reports, { color: true });
    expect(coloured).toMatch(ansi);
    expect(coloured.replace(/\u001B\[\d+m/g, '')).toBe(stylish(reports));
  });

  it('with quiet, leaves out clean files and metrics, and prints nothing when nothing is left', () => {
    const output = stylish(reports, { quiet: true });
    expect(output).not.toContain('records/clean.txt');
    expect(output).not.toContain('per 1,000 words');
    expect(output.trimEnd().split('\n').at(-1)).toBe('1 error, 1 warning, 1 info in 2 files');
    expect(stylish([report('a.txt', [])], { quiet: true })).toBe('');
  });

  it('names stdin when there is no path', () => {
    expect(stylish([report(undefined, [])]).split('\n')[0]).toBe('<stdin>');
  });

  it('shows at most three alternatives', () => {
    const output = stylish([report('a.txt', [finding(1, 1, 'warning', 'x', { reason: 'R.', expected: ['a', 'b', 'c', 'd'] })])]);
    expect(output).toContain("(suggestion: “a”, “b”, “c”, …)");
  });

  it('fits the given width: messages wrap in their column and the rule ids stay in line', () => {
    const long = report('records/long.txt', [
      finding(3, 12, 'warning', 'contact-family', {
        reason: 'Consider “family time” or “time with Mum” instead of “contact”, which young people asked writers to stop using.',
        expected: ['family time', 'time with Mum', 'time with Dad', 'seeing Grandma'],
      }),
      finding(10, 1, 'info', 'lac', { reason: 'Spell it out.' }),
    ]);
    const text = stylish([long], { width: 80 });
    const lines = text.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    const first = lines.find((line) => line.includes('contact-family'))!;
    const other = lines.find((line) => line.endsWith('lac'))!;
    expect(first.indexOf('contact-family')).toBe(other.indexOf('lac'));
    // The continuation lines start under the message.
    const start = first.indexOf('Consider');
    const next = lines[lines.indexOf(first) + 1]!;
    expect(next.slice(0, start).trim()).toBe('');
    expect(next.length).toBeGreaterThan(start);
    // Nothing is lost to the wrapping.
    expect(text.replace(/\s+/g, ' ')).toContain('which young people asked writers to stop using.');
    // Without a width (a pipe or a file), nothing wraps.
    expect(stylish([long]).split('\n')[1]).toContain('stop using.  (suggestion:');
  });

  it('shows the note, every suggestion and the rule page with verbose', () => {
    const noted = report('records/plan.txt', [
      finding(2, 1, 'warning', 'incomplete-action', {
        source: 'retext-smart-plan',
        reason: 'This action does not say when.',
        expected: ['a', 'b', 'c', 'd'],
        note: 'A plan works when everyone can tell whether it happened. Write it as: Mum will (do what it says) by (date). Sources: Knowsley guidance.',
        url: 'docs/rules/smart-plan.md#incomplete-action',
        data: { category: 'plan' },
      }),
    ]);
    const plain = stylish([noted]);
    expect(plain).not.toContain('Write it as');
    const verbose = stylish([noted], { verbose: true, width: 100 });
    const lines = verbose.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^ +Suggestions: “a”, “b”, “c”, “d”$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ +A plan works when everyone can tell whether it happened\.$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ +Write it as: Mum will \(do what it says\) by \(date\)\.$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ +Sources: Knowsley guidance\.$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ +Rule page: https:\/\/github\.com\/carelint\/carelint\/blob\/main\/docs\/rules\/smart-plan\.md#incomplete-action$/));
    // A web address cannot be broken, so only its line may run over.
    for (const line of lines.filter((text) => !text.includes('https://'))) expect(line.length).toBeLessThanOrEqual(100);
  });
});
