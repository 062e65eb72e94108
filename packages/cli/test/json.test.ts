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

  it('prints an empty array when nothing was checked', () => {
    expect(JSON.parse(json([]))).toEqual([]);
  });
});
