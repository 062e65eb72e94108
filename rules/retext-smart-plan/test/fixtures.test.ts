/**
 * The rule alone on its golden records (fixtures/records/60-*–68-*): the same input conversion and facts core
 * uses, then the findings and plan metrics compared with the expected files. Core's own fixture test runs every
 * rule together; this one shows the plan rule meets its records by itself.
 */
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../fixtures/load.js';
import { toSource, toVirtual } from '../../../packages/core/src/input/index.js';
import { run } from './run.js';

const fixtures = loadFixtures().filter((fixture) => /^6\d-/.test(fixture.name));

function point(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `${line}:${column}`;
}

describe('smart-plan fixtures', () => {
  it('has its records', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
  });

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const virtual = toVirtual(fixture.text, fixture.format);
      const options = fixture.expected.options ?? {};
      const { messages, metrics } = run(virtual.text, {
        ...(virtual.headings.length > 0 ? { headings: virtual.headings } : {}),
        ...(options.documentType ? { documentType: options.documentType } : {}),
        childNames: options.childNames ?? [],
      });
      const found = messages
        .map((message) => {
          const place = message.place && 'start' in message.place ? message.place : undefined;
          const { start, end } = toSource(virtual, place?.start.offset ?? 0, place?.end.offset ?? 0);
          return { start, end, line: `${point(fixture.text, start)} ${message.ruleId} ${fixture.text.slice(start, end)}`, ruleId: message.ruleId ?? '' };
        })
        .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
        .map((finding) => finding.line);
      expect(found).toEqual(fixture.expected.findings?.['smart-plan'] ?? []);
      const expectedPlan = fixture.expected.metrics?.plan;
      if (expectedPlan) expect(metrics).toEqual(expectedPlan);
      else expect(metrics).toBeUndefined();
    });
  }
});
