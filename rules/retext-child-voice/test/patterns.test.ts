import { dictionary } from '@carelint/dictionaries';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../fixtures/load.js';
import { compileLexicons } from '../src/lexicons.js';
import * as patterns from '../src/patterns.js';
import { isSpace, type Anchored } from '../src/scan.js';

// The patterns over a record's text are tried only where they can match; they must find what a scan of the whole
// text finds, on real records and on text written to catch the shortcuts out.
const roles = patterns.roleWords(compileLexicons(dictionary.lexicons));
const fixed: Array<[string, Anchored]> = [
  ['TITLE_NAME', patterns.TITLE_NAME],
  ['NAME_AGE_BRACKETS', patterns.NAME_AGE_BRACKETS],
  ['NAME_AGED', patterns.NAME_AGED],
  ['AGE_OLD_NAME', patterns.AGE_OLD_NAME],
  ['NAME_IS_AGE', patterns.NAME_IS_AGE],
  ['NAME_DOB', patterns.NAME_DOB],
  ['NAME_YOUNG_PERSON', patterns.NAME_YOUNG_PERSON],
  ['NAMES_BARE_AGES', patterns.NAMES_BARE_AGES],
  ['MET_NAME', patterns.MET_NAME],
  ['childContext', roles.childContext],
];
const fromLexicons: Array<[string, Anchored<patterns.PhraseStarts>]> = [
  ['nameThenRole', roles.nameThenRole],
  ['roleThenName', roles.roleThenName],
  ['relationName', roles.relationName],
  ['speaker', roles.speaker],
  ['groupList', roles.groupList],
];
const all: Array<[string, RegExp, (text: string) => RegExpExecArray[]]> = [
  ...fixed.map(([name, p]): [string, RegExp, (text: string) => RegExpExecArray[]] => [name, p.pattern, (text) => p.all(text)]),
  ...fromLexicons.map(([name, p]): [string, RegExp, (text: string) => RegExpExecArray[]] => [name, p.pattern, (text) => p.all(text, roles.phraseStarts(text))]),
];

const tricky = [
  'Present: Gemma Walsh (Mum), Tia Walsh (8), and Gemma\u2019s partner, Dean. McDonald (Dad) came.',
  'Mum(Sarah) and his mum,Chloe; her  dad , Mark Jones and Kai. O\u2019Brien\u2019s school. Zo\u00eb (7)',
  'the children:Amira (7) and Kai (4). siblings Amira & Kai. childrenAmira and Leo. her little son Leo',
  'Olivia also said "hi". Kai then really told me. I said. Jean-Luc said. xAmira said. \u00c9lise said.',
  'Amira, aged 7 months. Leo aged 14 weeks. a 7-year-old Amira; seventeen-month-old Leo. Kai is 9 years old.',
  'Mr Jones; Mrs. Khan; DCI Smith. (DOB 12/03/2017) Amira Khan (born 2017). I visited Amira. we met with Kai Lee.',
  'Corey (YP) and Mia Lee ( young  person ); Tom(child). Dan (YP\u2019s dad), the YP (Corey), Sue (SW), Ali (CYP worker)',
  'Step-son Kai. Mum\u2019s partner Dean (Mum\u2019s partner). Stepmum (Ann). SOCIAL WORKER (Sue) her\u00a0mum\u2003Sarah',
  'R (14) with K(13); Plan B (2), OPTION C (3), I (14), A (3), Kyle H (15), xR (14), R-(14), \tD  (12)',
  '(Ada Bell, mother;Kofi 9,Esi 6 ;  Yaw\t2) Lila 7  and  Ravi 4 & Jo 17. Theo 12 and Nell 19, Zo\u00eb 3; Mary-Jane 5 , Al 9:30, Bo 3/4, Cy 1.5',
];

describe('patterns tried where they can match', () => {
  const texts = [...loadFixtures().map((f) => f.text), ...tricky];
  for (const [name, pattern, run] of all) {
    it(`${name} finds what a scan of the whole text finds`, () => {
      for (const text of texts) {
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
        expect(run(text).map((m) => [m.index, ...m])).toEqual(expected);
      }
    });
  }

  it('finds the greeting of a letter as the first match of the pattern would', () => {
    expect(patterns.openingOf('Dear Millie,\nI came to see you.')?.[1]).toBe('Millie');
    expect(patterns.openingOf('12 High Street\r\n\r\n  Hi Kai')?.index).toBe(18);
    expect(patterns.openingOf(`${'x'.repeat(1001)}\nDear Millie`)).toBeNull();
    expect(patterns.openingOf(`${'x'.repeat(700)}\nDear Millie`)?.[1]).toBe('Millie');
  });

  it('reads spaces as `\\s` does', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});
