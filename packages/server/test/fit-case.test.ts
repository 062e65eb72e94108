/** The page's suggestion casing: a capital where the replaced words begin a sentence, in time linear in the text. */
import { describe, expect, it } from 'vitest';
import { fitCase } from '../src/page/editor.js';

describe('fitCase', () => {
  it('capitalises where the replaced words begin a sentence', () => {
    expect(fitCase('family time', 'Contact', 'Contact went well.', 0)).toBe('Family time');
    expect(fitCase('family time', 'Contact', 'We met. Contact went well.', 8)).toBe('Family time');
    expect(fitCase('family time', 'Contact', 'She said "yes." Contact went well.', 16)).toBe('Family time');
    expect(fitCase('family time', 'Contact', 'Notes\n  Contact went well.', 8)).toBe('Family time');
  });

  it('leaves the suggestion alone mid-sentence or where the word was not capitalised', () => {
    expect(fitCase('family time', 'Contact', 'After Contact she slept.', 6)).toBe('family time');
    expect(fitCase('family time', 'contact', 'We met. contact went well.', 8)).toBe('family time');
    expect(fitCase('family time', 'Contact', 'We met.Contact went well.', 7)).toBe('family time');
  });

  it('reads a long run of spaces once (issue 15: the pattern it replaces was quadratic)', () => {
    const text = `${' '.repeat(200_000)}Contact`;
    const started = performance.now();
    expect(fitCase('family time', 'Contact', text, text.length - 7)).toBe('Family time');
    for (let i = 0; i < 50; i++) fitCase('family time', 'Contact', `a${text}`, text.length - 6);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
