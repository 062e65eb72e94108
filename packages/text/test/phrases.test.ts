import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { compileGuard, guardAfter, guardBefore } from '../src/context.js';
import { PhraseMatcher } from '../src/phrases.js';
import { collectSentences } from '../src/tokens.js';

const sentence = (text: string) => collectSentences(unified().use(retextEnglish).parse(text))[0]!;

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>();
  matcher.add('contact', 'contact-family');
  matcher.add('contact session', 'contact-family');
  matcher.add('non-compliant', 'non-compliant');
  matcher.add('LAC', 'lac', true);

  const found = (text: string) => {
    const s = sentence(text);
    return matcher.matchAll(s.tokens).map((m) => [text.slice(s.tokens[m.first]!.start, s.tokens[m.last]!.end), m.payloads[0]]);
  };

  it('takes the longest phrase, case-insensitively', () => {
    expect(found('The Contact Session was cancelled.')).toEqual([['Contact Session', 'contact-family']]);
  });

  it('treats hyphens and spaces alike', () => {
    expect(found('Mum was non compliant and then non-compliant.')).toEqual([
      ['non compliant', 'non-compliant'],
      ['non-compliant', 'non-compliant'],
    ]);
  });

  it('matches case-sensitive phrases only as written', () => {
    expect(found('The LAC review; a lac of sleep.')).toEqual([['LAC', 'lac']]);
  });

  it('does not match across punctuation', () => {
    expect(found('We had contact, session notes follow.')).toEqual([['contact', 'contact-family']]);
  });
});

describe('guards', () => {
  const guard = compileGuard({ before: ['eye', 'made'], after: ['details', 'with the gp'], window: 2 })!;
  const at = (text: string, word: string) => {
    const s = sentence(text);
    const index = s.tokens.findIndex((t) => t.norm === word);
    return { tokens: s.tokens, index };
  };

  it('finds phrases before within the window', () => {
    const a = at('He made good contact with me.', 'contact');
    expect(guardBefore(a.tokens, a.index, guard)).toBe(true);
    const b = at('She kept eye contact.', 'contact');
    expect(guardBefore(b.tokens, b.index, guard)).toBe(true);
    const c = at('Contact took place.', 'contact');
    expect(guardBefore(c.tokens, c.index, guard)).toBe(false);
  });

  it('finds phrases after within the window', () => {
    const a = at('Update her contact details.', 'contact');
    expect(guardAfter(a.tokens, a.index, guard)).toBe(true);
    const b = at('I made contact with the GP today.', 'contact');
    expect(guardAfter(b.tokens, b.index, guard)).toBe(true);
    const c = at('Contact with Dad went well.', 'contact');
    expect(guardAfter(c.tokens, c.index, guard)).toBe(false);
  });

  it('reads a phrase whose last word has an apostrophe-s, and only its last word', () => {
    const team = compileGuard({ after: ['team', 'care team'] })!;
    const a = at('The Leaving Care Team\'s number is on the plan.', 'care');
    expect(guardAfter(a.tokens, a.index, team)).toBe(true);
    const b = at('Ask the leaving care team\u2019s duty worker.', 'leaving');
    expect(guardAfter(b.tokens, b.index, team)).toBe(true);
    const c = at('Leaving care\'s team was new.', 'leaving');
    expect(guardAfter(c.tokens, c.index, team)).toBe(false);
    const d = at('Leaving care teams were there.', 'care');
    expect(guardAfter(d.tokens, d.index, team)).toBe(false);
  });
});
