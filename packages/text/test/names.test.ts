import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis.js';
import { findTitles, inProperName, isCapitalSurname } from '../src/names.js';
import { isNegated } from '../src/negation.js';

/** Runs `test` on the first token whose text is `word`. */
function at<T>(text: string, word: string, test: (tokens: ReturnType<typeof analyse>['sentences'][number]['tokens'], i: number) => T): T {
  const file = new VFile(text);
  const tree = unified().use(retextEnglish).parse(file);
  for (const sentence of analyse(tree, file).sentences) {
    const i = sentence.tokens.findIndex((t) => t.value === word);
    if (i >= 0) return test(sentence.tokens, i);
  }
  throw new Error(`no ${word}`);
}

const titles = (text: string, headings: Array<{ start: number; end: number }> = []) => findTitles(text, headings).map((r) => text.slice(r.start, r.end));

describe('findTitles', () => {
  it('takes the first lines up to a field or a sentence', () => {
    expect(titles('NORTHSHIRE COUNCIL\n\nPLACEMENT REVIEW - NOTES\n\nDate: 2 May\n\nThe placement is fine.')).toEqual(['NORTHSHIRE COUNCIL', 'PLACEMENT REVIEW - NOTES']);
    expect(titles('Ali was seen at home.\nPlacement review\n')).toEqual([]);
  });

  it('takes the first heading from markup, a visit type, and the first cell of a table line', () => {
    const text = 'Case no: 12\n\nFinal Care Plan\n\nShe is settled.';
    expect(titles(text, [{ start: text.indexOf('Final'), end: text.indexOf('Plan') + 4 }])).toEqual(['Final Care Plan']);
    expect(titles('Date: 1 May\nVisit type: Statutory visit (monthly) – seen with carers\n')).toEqual(['Statutory visit ']);
    expect(titles('MASH contact 22-001 | 3 May | via EDT\nShe is fine.')).toEqual(['MASH contact 22-001 ']);
  });
});

describe('inProperName', () => {
  it('finds names of places, services and posts', () => {
    expect(at('We met at Oakley Contact Centre today.', 'Contact', (t, i) => inProperName(t, i, i))).toBe(true);
    expect(at('She gets Kinship Care Allowance.', 'Kinship', (t, i) => inProperName(t, i, i + 1))).toBe(true);
    expect(at('He met the Leaving Care and Asylum Team.', 'Leaving', (t, i) => inProperName(t, i, i + 1))).toBe(true);
  });

  it('finds the legal title of an order or an Act, written with capitals', () => {
    expect(at('A Kinship Care Order was made on 3 March.', 'Kinship', (t, i) => inProperName(t, i, i + 1))).toBe(true);
    expect(at('The court made a Contact Order in 2012.', 'Contact', (t, i) => inProperName(t, i, i))).toBe(true);
    expect(at('She has lived in kinship care since the order was made.', 'kinship', (t, i) => inProperName(t, i, i + 1))).toBe(false);
    expect(at('Kinship Care works well for them, and the Order is for two years.', 'Kinship', (t, i) => inProperName(t, i, i + 1))).toBe(false);
  });

  it('leaves a sentence start, a possessive and a lower-case word', () => {
    expect(at('Contact went well on Friday.', 'Contact', (t, i) => inProperName(t, i, i))).toBe(false);
    expect(at("We went to Ruby's Contact session.", 'Contact', (t, i) => inProperName(t, i, i))).toBe(false);
    expect(at('We met at the contact centre.', 'contact', (t, i) => inProperName(t, i, i + 1))).toBe(false);
    expect(at('Tell her DSL and Little Oaks Nursery today.', 'DSL', (t, i) => inProperName(t, i, i, true))).toBe(false);
  });
});

describe('isCapitalSurname', () => {
  it('reads a capitalised word after a first name as a surname', () => {
    expect(at('Child: Mia JONES, 7.', 'JONES', isCapitalSurname)).toBe(true);
    expect(at('The SALT report came.', 'SALT', isCapitalSurname)).toBe(false);
  });
});

describe('isNegated', () => {
  it('sees a negation within the clause, through commas', () => {
    expect(at('She was not, in my view, rude.', 'rude', isNegated)).toBe(true);
    expect(at('He has had no missing episodes.', 'missing', isNegated)).toBe(true);
    expect(at('He was not at school and was rude.', 'rude', isNegated)).toBe(false);
    expect(at('She was rude to staff.', 'rude', isNegated)).toBe(false);
  });

  it('carries a negation into a relative clause that says what someone is not', () => {
    expect(at('Kai was never a baby who had tantrums.', 'tantrums', isNegated)).toBe(true);
    expect(at('She is not a girl who lies to staff.', 'lies', isNegated)).toBe(true);
    expect(at("He isn't someone who is aggressive.", 'aggressive', isNegated)).toBe(true);
    expect(at('Mum did not like the man who was aggressive to her.', 'aggressive', isNegated)).toBe(false);
    expect(at('Staff did not see a boy who was aggressive.', 'aggressive', isNegated)).toBe(false);
    expect(at('She was not happy with a carer who was aggressive.', 'aggressive', isNegated)).toBe(false);
  });
});
