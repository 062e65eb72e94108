import { describe, expect, it } from 'vitest';
import { groupFindings, loadFixtures } from '../../../fixtures/load.js';
import { lint, type LintOptions } from '../src/index.js';

const fixtures = loadFixtures();

describe('golden fixtures through core', () => {
  it('has fixtures to run', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: findings and metrics match the expected file`, () => {
      const options: LintOptions = { format: fixture.format, ...(fixture.expected.options as LintOptions | undefined) };
      const report = lint(fixture.text, options);
      const actual = groupFindings(report.messages);
      for (const [group, lines] of Object.entries(fixture.expected.findings ?? {})) {
        expect(actual[group] ?? [], `${fixture.name}: ${group}`).toEqual(lines ?? []);
      }
      for (const [key, value] of Object.entries(fixture.expected.metrics ?? {})) {
        expect((report.metrics as unknown as Record<string, unknown>)[key], `${fixture.name}: metrics.${key}`).toMatchObject(value as object);
      }
      for (const message of report.messages) {
        expect(fixture.text.slice(message.place.start.offset, message.place.end.offset)).toBe(message.actual);
      }
    });
  }
});
