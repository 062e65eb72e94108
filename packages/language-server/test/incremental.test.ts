import { lint, type Finding, type LintOptions } from '@carelint/core';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../fixtures/load.js';
import { isParagraphFinding, lintChangedParagraphs, ParagraphCache, type Update } from '../src/incremental.js';
import { paragraphs } from '../src/paragraphs.js';

const fixtures = loadFixtures();
const line = (f: Finding) => `${f.place.start.line}:${f.place.start.column}-${f.place.end.line}:${f.place.end.column} ${f.place.start.offset} ${f.ruleId} ${f.actual} ${f.severity} ${f.fingerprint}`;

/** Edits that touch one paragraph: add a jargon word, remove a word, change a word, split a paragraph. */
function edits(text: string, format: LintOptions['format']): Array<{ name: string; text: string }> {
  const spans = paragraphs(text, format ?? 'text');
  const middle = spans[Math.floor(spans.length / 2)]!;
  const last = spans[spans.length - 1]!;
  const space = text.indexOf(' ', middle.start + 5);
  const nextSpace = text.indexOf(' ', space + 1);
  return [
    { name: 'insert a jargon word', text: `${text.slice(0, space)} the placement${text.slice(space)}` },
    { name: 'delete a word', text: text.slice(0, space) + text.slice(nextSpace) },
    { name: 'add an acronym at the end', text: `${text.slice(0, last.end)} The SW will visit.${text.slice(last.end)}` },
    { name: 'split a paragraph', text: `${text.slice(0, space)}\n\nContact${text.slice(space)}` },
  ];
}

const overlaps = (a: Finding, b: Finding) => a.place.start.offset < b.place.end.offset && b.place.start.offset < a.place.end.offset;

/**
 * The paragraph update is exact whenever the edit leaves the record-level findings as they were: the same
 * paragraph-level findings as a whole-document lint, except new words under a record-level finding, which wait
 * for the whole-document lint. (When an edit changes record-level facts, such as whether the child's name is known,
 * unchanged paragraphs keep the last whole-document result until the next one, 400 ms later.)
 */
function expectExactUnlessRecordLevelChanged(result: Update, whole: Finding[], label: string): boolean {
  const update = result.findings;
  // Record-level findings on the edited paragraphs' own words wait for the whole-document lint by design.
  const outside = (f: Finding) => !(f.place.end.offset > f.place.start.offset && f.place.start.offset >= result.edited.start && f.place.end.offset <= result.edited.end);
  const recordLevel = (list: Finding[]) => list.filter((f) => !isParagraphFinding(f) && outside(f)).map(line);
  if (JSON.stringify(recordLevel(update)) !== JSON.stringify(recordLevel(whole))) return false;
  const got = update.filter(isParagraphFinding).map(line);
  const want = whole.filter(isParagraphFinding);
  expect(got.filter((l) => !want.map(line).includes(l)), `${label}: not in a whole-document lint`).toEqual([]);
  const waiting = want.filter((f) => !got.includes(line(f)));
  expect(waiting.filter((f) => !whole.some((r) => !isParagraphFinding(r) && overlaps(r, f))).map(line), `${label}: missing`).toEqual([]);
  return true;
}

let exact = 0;
let changedRecordLevel = 0;

describe('lintChangedParagraphs', () => {
  for (const fixture of fixtures) {
    it(`${fixture.name}: after an edit, the same paragraph-level findings as a whole-document lint`, () => {
      const options: LintOptions = { format: fixture.format };
      const before = lint(fixture.text, options);
      const cache = new ParagraphCache();
      for (const edit of edits(fixture.text, fixture.format)) {
        const update = lintChangedParagraphs(edit.text, { text: fixture.text, findings: before.messages }, options, 'k', cache);
        expect(update, edit.name).toBeDefined();
        const whole = lint(edit.text, options).messages;
        if (expectExactUnlessRecordLevelChanged(update!, whole, `${fixture.name}: ${edit.name}`)) exact++;
        else changedRecordLevel++;
        // Every finding, kept or new, points at its own words in the new text.
        for (const finding of update!.findings) {
          if (finding.actual) expect(edit.text.slice(finding.place.start.offset, finding.place.end.offset)).toBe(finding.actual);
        }
        expect(update!.linted + update!.cached).toBeLessThanOrEqual(2);
      }
    });
  }

  it('was exact for most edits: few edits change what the whole-record checks say elsewhere', () => {
    expect(exact + changedRecordLevel).toBe(fixtures.length * 4);
    console.log(`paragraph updates: ${exact} exact, ${changedRecordLevel} changed record-level findings elsewhere`);
    expect(changedRecordLevel / (exact + changedRecordLevel)).toBeLessThan(0.15);
  });

  it('handles deleting a whole paragraph, typing into a blank line, and CRLF line ends', () => {
    const record = fixtures.find((f) => f.name.startsWith('12-heavy-jargon'))!;
    for (const text of [record.text, record.text.replace(/\n/g, '\r\n')]) {
      const spans = paragraphs(text, 'text');
      const second = spans[1]!;
      const third = spans[2]!;
      const cases = [
        text.slice(0, second.start) + text.slice(third.start),
        `${text.slice(0, second.end + 1)} LAC visit placement${text.slice(second.end + 1)}`,
      ];
      const base = { text, findings: lint(text).messages };
      for (const edited of cases) {
        const update = lintChangedParagraphs(edited, base, {}, 'k', new ParagraphCache())!;
        expect(expectExactUnlessRecordLevelChanged(update, lint(edited).messages, 'case')).toBe(true);
      }
    }
  });

  it('leaves words under a record-level finding as the whole-document lint decided ("the child")', () => {
    const text = 'Visit to Olivia.\n\nOlivia said she likes school.\n\nSue said the child wakes at night.';
    const base = { text, findings: lint(text).messages };
    const edited = text.replace('wakes', 'woke');
    const update = lintChangedParagraphs(edited, base, {}, 'k', new ParagraphCache())!;
    const whole = lint(edited).messages;
    const at = edited.indexOf('the child');
    // "the child" is judged by the child's-voice rule against the whole record (who the children are, whose
    // words these are), so the words under it keep the whole-document decision, not the edited paragraph's own.
    expect(at).toBeGreaterThan(0);
    expect(update.findings.map(line)).toEqual(whole.map(line));

    // And the other way: in the record the child is named, so core reports "The child" once, as a child's-voice
    // finding with the name to use; linted alone, the paragraph would flag the label.
    const record = fixtures.find((f) => f.name.startsWith('57-the-child'))!.text;
    const named = record.replace('98%', '97%');
    const update57 = lintChangedParagraphs(named, { text: record, findings: lint(record).messages }, {}, 'k', new ParagraphCache())!;
    const first = named.indexOf('The child');
    expect(lint(named).messages.filter((f) => f.place.start.offset === first).map((f) => f.ruleId)).toEqual(['depersonalising-reference']);
    expect(update57.findings.map(line)).toEqual(lint(named).messages.map(line));
  });

  it('reuses a paragraph it has seen (undo) from the cache', () => {
    const text = 'Contact with Dad went well.\n\nThe placement is stable.\n\nShe said it was fine.';
    const base = { text, findings: lint(text).messages };
    const cache = new ParagraphCache();
    const edited = text.replace('stable', 'settled');
    expect(lintChangedParagraphs(edited, base, {}, 'k', cache)).toMatchObject({ linted: 1, cached: 0 });
    expect(lintChangedParagraphs(edited, base, {}, 'k', cache)).toMatchObject({ linted: 0, cached: 1 });
  });

  it('keeps record-level findings outside the edit, moved by its length', () => {
    const text = 'Child in Need (CIN) visit.\n\nThe CIN plan is working.\n\nMum said the house was calm.';
    const options: LintOptions = {};
    const base = { text, findings: lint(text, options).messages };
    const edited = text.replace('The CIN plan', 'The agreed CIN plan');
    const update = lintChangedParagraphs(edited, base, options, 'k', new ParagraphCache())!;
    expect(update.findings.map(line)).toEqual(lint(edited, options).messages.map(line));
  });

  it('asks for a whole-document lint when an edit opens or closes a Markdown code fence', () => {
    const text = '# Visit\n\nContact went well.\n\nThe placement is stable.';
    const base = { text, findings: lint(text, { format: 'markdown' }).messages };
    const edited = text.replace('Contact', '```\nContact');
    expect(lintChangedParagraphs(edited, base, { format: 'markdown' }, 'k', new ParagraphCache())).toBeUndefined();
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and keeps Markdown fences and HTML comments whole', () => {
    const md = 'One\ntwo\n\n```\na\n\nb\n```\n\nThree';
    expect(paragraphs(md, 'markdown').map((s) => md.slice(s.start, s.end))).toEqual(['One\ntwo', '```\na\n\nb\n```', 'Three']);
    const html = '<p>One</p>\n\n<!-- a\n\nb -->\n\n<p>Two</p>';
    expect(paragraphs(html, 'html').map((s) => html.slice(s.start, s.end))).toEqual(['<p>One</p>', '<!-- a\n\nb -->', '<p>Two</p>']);
    const crlf = 'One\r\n\r\nTwo\r\n';
    expect(paragraphs(crlf, 'text').map((s) => crlf.slice(s.start, s.end))).toEqual(['One', 'Two']);
  });
});
