import { describe, expect, it } from 'vitest';
import { json } from '../src/format/json.js';
import { finding, report } from './reports.js';

describe('json formatter', () => {
  it('prints the reports as an array of Report, unchanged', () => {
    const reports = [report('a.txt', [finding(1, 5, 'warning', 'contact-family')]), report('b.md', [])];
    const output = json(reports);
    expect(output.endsWith('\n')).toBe(true);
    expect(JSON.parse(output)).toEqual(reports);
  });

  it('makes each rule page a full web address, never a relative or file path', () => {
    const reports = [report('a.txt', [finding(1, 5, 'warning', 'acr-cin', { url: 'docs/rules/acronym.md#acr-cin' })])];
    const [printed] = JSON.parse(json(reports)) as typeof reports;
    expect(printed!.messages[0]!.url).toBe('https://github.com/carelint/carelint/blob/main/docs/rules/acronym.md#acr-cin');
    expect(reports[0]!.messages[0]!.url).toBe('docs/rules/acronym.md#acr-cin');
  });

  it('prints an empty array when nothing was checked', () => {
    expect(JSON.parse(json([]))).toEqual([]);
  });
});
