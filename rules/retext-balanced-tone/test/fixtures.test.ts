import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../fixtures/load.js';
import { lines, run, tone } from './run.js';

// This rule's golden records (40–49), run through the rule alone. Plain text reads the same here as through
// core; in Markdown, core strips the markup first, so only the figures are compared for those records.
const fixtures = loadFixtures().filter((fixture) => /^4\d-/.test(fixture.name));

describe('balanced-tone fixtures, rule alone', () => {
  it('has the records the issue asks for', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: findings and tone figures match the expected file`, () => {
      const file = run(fixture.text);
      const expected = fixture.expected;
      if (fixture.format === 'text') expect(lines(file)).toEqual(expected.findings?.['balanced-tone'] ?? []);
      expect(tone(file)).toEqual(expected.metrics?.tone);
    });
  }
});
