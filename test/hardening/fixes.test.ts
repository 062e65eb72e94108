/**
 * Applying every offered fix to a record changes only the flagged ranges, and re-linting finds none of those
 * findings again. The fix of a finding is its first `expected` alternative; findings whose ranges overlap another
 * fixable finding are left alone (an editor would apply them one at a time).
 */
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../fixtures/load.js';
import { lint, type Finding, type LintOptions } from '../../packages/core/src/index.js';

const fixtures = loadFixtures();

/** A fix applied to the text: where it was, and where its replacement is now. */
interface Applied {
  finding: Finding;
  replacement: string;
  start: number;
  end: number;
}

/** Fixable findings that overlap no other fixable finding, in source order. */
export function fixable(messages: readonly Finding[]): Finding[] {
  const candidates = messages.filter((m) => m.expected.length > 0 && m.place.end.offset > m.place.start.offset);
  return candidates.filter((m) => !candidates.some((other) => other !== m && other.place.start.offset < m.place.end.offset && m.place.start.offset < other.place.end.offset));
}

/** The text with every fix applied, and where each replacement now stands. */
export function applyFixes(text: string, fixes: readonly Finding[]): { text: string; applied: Applied[] } {
  const applied: Applied[] = [];
  let out = '';
  let from = 0;
  for (const finding of fixes) {
    const replacement = finding.expected[0]!;
    out += text.slice(from, finding.place.start.offset);
    applied.push({ finding, replacement, start: out.length, end: out.length + replacement.length });
    out += replacement;
    from = finding.place.end.offset;
  }
  return { text: out + text.slice(from), applied };
}

function optionsOf(fixture: (typeof fixtures)[number]): LintOptions {
  const { documentType, childNames } = fixture.expected.options ?? {};
  return { format: fixture.format, ...(documentType ? { documentType: documentType as LintOptions['documentType'] & string } : {}), ...(childNames ? { childNames } : {}) };
}

describe('offered fixes, applied to every fixture record', () => {
  const cases = fixtures.map((fixture) => {
    const options = optionsOf(fixture);
    const before = lint(fixture.text, options);
    const fixes = fixable(before.messages);
    const { text, applied } = applyFixes(fixture.text, fixes);
    return { fixture, options, fixes, text, applied };
  });

  it('some records have fixes to apply', () => {
    expect(cases.filter((c) => c.fixes.length > 0).length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [c.fixture.name, c] as const))('%s: only the flagged ranges change', (_name, c) => {
    // Between fixes the text is the original, character for character; each fix replaced exactly its `actual`.
    let from = 0;
    let shift = 0;
    for (const fix of c.applied) {
      const { start, end } = fix.finding.place;
      expect(c.fixture.text.slice(start.offset, end.offset)).toBe(fix.finding.actual);
      expect(c.text.slice(from + shift, start.offset + shift)).toBe(c.fixture.text.slice(from, start.offset));
      expect(c.text.slice(fix.start, fix.end)).toBe(fix.replacement);
      expect(fix.replacement, `${fix.finding.ruleId}: the fix must change the text`).not.toBe(fix.finding.actual);
      shift += fix.replacement.length - (end.offset - start.offset);
      from = end.offset;
    }
    expect(c.text.slice(from + shift)).toBe(c.fixture.text.slice(from));
  });

  it.each(cases.map((c) => [c.fixture.name, c] as const))('%s: re-linting finds none of the fixed findings again', (_name, c) => {
    if (c.applied.length === 0) return;
    const after = lint(c.text, c.options);
    const again = c.applied.flatMap((fix) =>
      after.messages
        .filter((m) => m.ruleId === fix.finding.ruleId && m.place.start.offset < Math.max(fix.end, fix.start + 1) && fix.start < m.place.end.offset)
        .map((m) => `${fix.finding.ruleId}: "${fix.finding.actual}" -> "${fix.replacement}" is flagged again as "${m.actual}"`),
    );
    expect(again).toEqual([]);
  });
});
