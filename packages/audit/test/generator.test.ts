import { lint } from '@carelint/core';
import { describe, expect, it } from 'vitest';
import { generator } from './helpers.js';

const jargonCategories = new Set(['jargon', 'acronym', 'stigmatising']);

// The generator's known counts are sums of what its snippets declare; this keeps each declaration true.
describe('fixtures/generate-export.mjs', () => {
  const all = Object.entries(generator.snippets).flatMap(([pool, list]) => list.map((snippet) => ({ pool, ...snippet })));

  it.each(all)('$pool: $text', (snippet) => {
    for (const child of ['Amira', 'Noah']) {
      const report = lint(snippet.text.replaceAll('{child}', child), { preset: 'audit' });
      expect(report.metrics.words).toBe(snippet.words);
      const terms = report.messages.filter((finding) => jargonCategories.has(finding.data.category)).map((finding) => finding.ruleId);
      expect(terms).toEqual(snippet.terms);
      expect(report.metrics.tone?.critical ?? 0).toBe(snippet.critical ?? 0);
      expect(report.metrics.tone?.positive ?? 0).toBe(snippet.positive ?? 0);
    }
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    const text = (seed: number, format: 'csv' | 'jsonl') => [...generator.generateExport({ count: 50, seed, format }).lines].join('');
    expect(text(3, 'csv')).toBe(text(3, 'csv'));
    expect(text(3, 'csv')).not.toBe(text(4, 'csv'));
    expect(text(3, 'jsonl')).toBe(text(3, 'jsonl'));
  });

  it('counts every record once, overall and in each grouping', () => {
    const { lines, expected } = generator.generateExport({ count: 300, seed: 9, format: 'jsonl' });
    expect([...lines]).toHaveLength(300);
    expect(expected.overall.records).toBe(300);
    expect(expected.overall.linted + expected.overall.errors).toBe(300);
    for (const groups of [expected.byTeam, expected.byMonth, expected.byAuthor]) {
      expect(Object.values(groups).reduce((sum, group) => sum + group.records, 0)).toBe(300);
    }
  });
});
