import { describe, expect, it } from 'vitest';
import { findQuotes, insideAny } from '../src/quotes.js';

const quoted = (text: string) => findQuotes(text).map((r) => text.slice(r.start, r.end));

describe('findQuotes', () => {
  it('finds curly and straight double quotes', () => {
    expect(quoted('Jade said, “I hate contact, it’s boring.” Then she left.')).toEqual(['“I hate contact, it’s boring.”']);
    expect(quoted('Mum said "I don\'t want respite" and cried.')).toEqual(['"I don\'t want respite"']);
  });

  it('finds single quotes but not apostrophes', () => {
    expect(quoted("'I like my new school,' Amira said. Mum's flat is warm.")).toEqual(["'I like my new school,'"]);
    expect(quoted('Kai’s carers said ‘he’s settled’ at home.')).toEqual(['‘he’s settled’']);
    expect(quoted("Mum's and Dad's views; the girls' room is tidy.")).toEqual([]);
  });

  it('ignores a quote left open at the end of a paragraph', () => {
    expect(quoted('He said "I want to go home\n\nNext paragraph "with" quotes.')).toEqual(['"with"']);
  });

  it('answers whether a span is inside quoted speech, nested quotes included', () => {
    const text = 'She said “Dad told me ‘no contact’ today and I cried” later.';
    const ranges = findQuotes(text);
    const at = text.indexOf('cried');
    expect(insideAny(ranges, at, at + 5)).toBe(true);
    const later = text.indexOf('later');
    expect(insideAny(ranges, later, later + 5)).toBe(false);
  });
});
