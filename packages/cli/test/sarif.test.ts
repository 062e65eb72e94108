import { describe, expect, it } from 'vitest';
import { absoluteUri, fingerprintKey, sarif, sarifSchema, toUri, type SarifLog } from '../src/format/sarif.js';
import { dictionary } from '@carelint/dictionaries';
import { docsBase, version } from '../src/version.js';
import { finding, report } from './reports.js';

const reports = [
  report('records/visit 1.md', [
    finding(2, 5, 'warning', 'contact-family', {
      expected: ['family time'],
      note: 'Children in care say "contact" sounds like an appointment (Become, 2022).',
      url: 'https://example.org/docs/rules/contact-family.md',
    }),
    finding(7, 1, 'error', 'missing-child-voice', { source: 'retext-child-voice', data: { category: 'child-voice' } }),
    finding(9, 10, 'warning', 'contact-family', { expected: ['family time'] }),
  ]),
  report('records/plan.txt', [
    finding(1, 1, 'info', 'lac', { expected: ['child in care', 'looked-after child'], fingerprint: 'lac:lac' }),
    finding(3, 1, 'info', 'lac', { expected: ['child in care', 'looked-after child'], fingerprint: 'lac:lac' }),
  ]),
  report('records/clean.txt', []),
];

describe('sarif formatter', () => {
  const log = JSON.parse(sarif(reports)) as SarifLog;
  const [run] = log.runs;
  const rules = run.tool.driver.rules;

  it('is a SARIF 2.1.0 log with one run and the tool described', () => {
    expect(log.$schema).toBe(sarifSchema);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'carelint', version });
    expect(run.tool.driver).not.toHaveProperty('informationUri');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('describes each rule seen exactly once, with the rule\'s own description rather than a finding\'s message', () => {
    expect(rules.map((rule) => rule.id)).toEqual(['contact-family', 'missing-child-voice', 'lac']);
    const entry = dictionary.entries.find((candidate) => candidate.id === 'contact-family')!;
    expect(rules[0]).toEqual({
      id: 'contact-family',
      shortDescription: { text: `Care-system jargon: “${entry.term}”` },
      fullDescription: { text: entry.rationale },
      helpUri: 'https://example.org/docs/rules/contact-family.md',
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['jargon', 'retext-care-jargon'] },
    });
    expect(rules[1]?.shortDescription.text).toBe('No words or views of the child are recorded');
    expect(rules[1]?.shortDescription.text).not.toBe(reports[0]!.messages[1]!.reason);
    expect(rules[1]?.defaultConfiguration.level).toBe('error');
    expect(rules[2]?.defaultConfiguration.level).toBe('note');
  });

  it('gives every result the required fields, a consistent rule index and a 1-based region', () => {
    expect(run.results).toHaveLength(5);
    for (const result of run.results) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      const location = result.locations?.[0]?.physicalLocation;
      expect(location?.artifactLocation.uri).toMatch(/^records\//);
      const region = location!.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn);
      expect(region.charLength).toBeGreaterThanOrEqual(0);
    }
  });

  it('maps one finding to one result in full', () => {
    expect(run.results[0]).toEqual({
      ruleId: 'contact-family',
      ruleIndex: 0,
      level: 'warning',
      message: { text: "Consider another word for 'contact-family'. Suggestion: “family time”." },
      partialFingerprints: { [fingerprintKey]: 'contact-family:contact-family:1' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'records/visit%201.md' },
            region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 12, charOffset: 84, charLength: 7 },
          },
        },
      ],
      fixes: [
        {
          description: { text: 'Replace with “family time”' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'records/visit%201.md' },
              replacements: [
                {
                  deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 12, charOffset: 84, charLength: 7 },
                  insertedContent: { text: 'family time' },
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('offers a fix only when there is exactly one replacement', () => {
    expect(run.results.map((result) => result.fixes !== undefined)).toEqual([true, false, true, false, false]);
  });

  it('numbers repeated fingerprints within a file so each keeps its own alert', () => {
    expect(run.results.map((result) => result.partialFingerprints[fingerprintKey])).toEqual([
      'contact-family:contact-family:1',
      'missing-child-voice:missing-child-voice:1',
      'contact-family:contact-family:2',
      'lac:lac:1',
      'lac:lac:2',
    ]);
  });

  it('leaves out the location when stdin has no name', () => {
    const stdin = JSON.parse(sarif([report(undefined, [finding(1, 1, 'error', 'x', { expected: ['y'] })])])) as SarifLog;
    const [result] = stdin.runs[0].results;
    expect(result?.locations).toBeUndefined();
    expect(result?.fixes).toBeUndefined();
  });

  it('makes relative rule pages absolute web addresses, never a path on this machine', () => {
    const relative = JSON.parse(sarif([report('a.txt', [finding(1, 1, 'info', 'acr-cin', { url: 'docs/rules/acronym.md#acr-cin' })])])) as SarifLog;
    const helpUri = relative.runs[0].tool.driver.rules[0]?.helpUri;
    expect(helpUri).toBe(`${docsBase()}docs/rules/acronym.md#acr-cin`);
    expect(helpUri).toBe('https://github.com/carelint/carelint/blob/main/docs/rules/acronym.md#acr-cin');
    expect(helpUri).not.toMatch(/^file:/);
    expect(absoluteUri('https://example.org/x')).toBe('https://example.org/x');
  });

  it('writes paths as relative URI references', () => {
    expect(toUri('records/a b#1.md')).toBe('records/a%20b%231.md');
    expect(toUri('records\\win.txt')).toBe('records/win.txt');
    expect(toUri('/abs/x.txt')).toBe('file:///abs/x.txt');
  });
});
