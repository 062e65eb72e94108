import { describe, expect, it } from 'vitest';
import { toSource, toVirtual } from '../src/input/index.js';

/** The source text under a virtual range: what a finding's `actual` would be. */
function sourceOf(source: string, format: 'markdown' | 'html', word: string): string {
  const virtual = toVirtual(source, format);
  const at = virtual.text.indexOf(word);
  expect(at, `"${word}" in the text rules read`).toBeGreaterThanOrEqual(0);
  const range = toSource(virtual, at, at + word.length);
  return source.slice(range.start, range.end);
}

describe('markdown input', () => {
  const md = '# Visit to Amira\n\n- Mum **had** contact with Amira.\n- The *respite* carers\n  said hello.\n\n`LAC` in code is skipped.\n';

  it('keeps the words and drops the markup', () => {
    const { text } = toVirtual(md, 'markdown');
    expect(text).toContain('Mum had contact with Amira.');
    expect(text).toContain('The respite carers');
    expect(text).not.toContain('**');
    expect(text).not.toContain('LAC');
  });

  it('maps every word back to the original source', () => {
    expect(sourceOf(md, 'markdown', 'contact')).toBe('contact');
    expect(sourceOf(md, 'markdown', 'respite')).toBe('respite');
    expect(sourceOf(md, 'markdown', 'said hello')).toBe('said hello');
  });

  it('knows the headings', () => {
    const virtual = toVirtual(md, 'markdown');
    expect(virtual.headings.map((h) => virtual.text.slice(h.start, h.end))).toEqual(['Visit to Amira']);
  });

  it('knows each heading\'s level', () => {
    const virtual = toVirtual('# Support plan\n\n## The plan\n\n### Gran\n\n- Ring the school.\n', 'markdown');
    expect(virtual.headings.map((h) => [virtual.text.slice(h.start, h.end), h.depth])).toEqual([['Support plan', 1], ['The plan', 2], ['Gran', 3]]);
  });
});

describe('html input', () => {
  const html = '<h2>Child&rsquo;s views</h2><p>Kai said &ldquo;I like my <b>new</b> school&rdquo;.</p><ul><li>Supervised contact &amp; respite</li></ul><script>var LAC = 1;</script>';

  it('decodes entities, drops tags and scripts, separates blocks', () => {
    const { text } = toVirtual(html, 'html');
    expect(text).toContain('Child’s views');
    expect(text).toContain('Kai said “I like my new school”.');
    expect(text).toContain('Supervised contact & respite');
    expect(text).not.toContain('LAC');
    expect(text.indexOf('views')).toBeLessThan(text.indexOf('\n\nKai'));
  });

  it('maps words back to the source, entities included', () => {
    expect(sourceOf(html, 'html', 'Supervised contact')).toBe('Supervised contact');
    expect(sourceOf(html, 'html', 'respite')).toBe('respite');
    expect(sourceOf(html, 'html', 'Child’s')).toBe('Child&rsquo;s');
  });

  it('knows the headings', () => {
    const virtual = toVirtual(html, 'html');
    expect(virtual.headings.map((h) => virtual.text.slice(h.start, h.end))).toEqual(['Child’s views']);
    expect(virtual.headings.map((h) => h.depth)).toEqual([2]);
  });
});

describe('lines', () => {
  it('ends a paragraph at a line break unless the next line goes on in lower case', () => {
    const source = 'Date: Monday\nPresent: Mum and Kai\nKai said he was tired and\nwanted to sleep.\n';
    const virtual = toVirtual(source, 'text');
    expect(virtual.text).toBe('Date: Monday\n\nPresent: Mum and Kai\n\nKai said he was tired and\nwanted to sleep.\n');
    const at = virtual.text.indexOf('Kai said');
    expect(toSource(virtual, at, at + 8)).toEqual({ start: source.indexOf('Kai said'), end: source.indexOf('Kai said') + 8 });
  });

  it('maps every range of plain text back to its source, across the line breaks it adds (CRLF too)', () => {
    const source = 'Date: Monday\r\nPresent: Mum\nKai said he was tired and\nwanted to sleep.\nMum agreed.';
    const virtual = toVirtual(source, 'text');
    expect(virtual.text).toBe('Date: Monday\r\n\nPresent: Mum\n\nKai said he was tired and\nwanted to sleep.\n\nMum agreed.');
    // Every character the source holds maps to itself; an added line break maps to the source line break before it.
    let source_ = 0;
    for (let at = 0; at < virtual.text.length; at++) {
      const added = virtual.text[at] === '\n' && virtual.text[at - 1] === '\n' && source[source_ - 1] === '\n' && source[source_] !== '\n';
      const range = toSource(virtual, at, at + 1);
      if (added) expect(range, `added break at ${at}`).toEqual({ start: source_ - 1, end: source_ });
      else {
        expect(range, `character ${at}`).toEqual({ start: source_, end: source_ + 1 });
        source_ += 1;
      }
    }
    // Whole words and an empty range at the end.
    for (const word of ['Present: Mum', 'Kai said', 'wanted to sleep.', 'Mum agreed.']) {
      const at = virtual.text.indexOf(word);
      expect(toSource(virtual, at, at + word.length)).toEqual({ start: source.indexOf(word), end: source.indexOf(word) + word.length });
    }
    expect(toSource(virtual, virtual.text.length, virtual.text.length)).toEqual({ start: source.length, end: source.length });
  });
});
