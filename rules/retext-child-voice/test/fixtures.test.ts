import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../fixtures/load.js';
import { lines, markdownHeadings, run, voice, type Facts } from './run.js';

// This rule's golden records (50–59), run through the rule alone. The Markdown records here use only `#`
// headings, so the rule can read the source itself with the headings core would find: positions match the source.
const fixtures = loadFixtures().filter((fixture) => /^5\d-/.test(fixture.name));

describe('child-voice fixtures, rule alone', () => {
  it('has the records the issue asks for', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: findings and child-voice figures match the expected file`, () => {
      const options = (fixture.expected.options ?? {}) as Facts;
      const facts: Facts = {
        childNames: options.childNames ?? [],
        ...(options.documentType ? { documentType: options.documentType } : {}),
        ...(fixture.format === 'markdown' ? { headings: markdownHeadings(fixture.text) } : {}),
      };
      expect(fixture.format).not.toBe('html');
      const file = run(fixture.text, facts);
      expect(lines(file)).toEqual(fixture.expected.findings?.['child-voice'] ?? []);
      expect(voice(file)).toMatchObject(fixture.expected.metrics?.childVoice as object);
    });
  }
});
