import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../src/format/github.js';
import { finding, report } from './reports.js';

describe('github formatter', () => {
  it('writes one workflow command per finding, by level', () => {
    const output = github([
      report('records/visit.md', [
        finding(3, 12, 'error', 'missing-child-voice'),
        finding(4, 1, 'warning', 'contact-family', { expected: ['family time', 'time with mum'] }),
        finding(9, 2, 'info', 'lac'),
      ]),
    ]);
    expect(output.split('\n')).toEqual([
      "::error file=records/visit.md,line=3,col=12,endLine=3,endColumn=19,title=missing-child-voice::Consider another word for 'missing-child-voice'.",
      "::warning file=records/visit.md,line=4,col=1,endLine=4,endColumn=8,title=contact-family::Consider another word for 'contact-family'.%0ASuggestion: “family time”, “time with mum”",
      "::notice file=records/visit.md,line=9,col=2,endLine=9,endColumn=9,title=lac::Consider another word for 'lac'.",
      '',
    ]);
  });

  it('escapes %, CR and LF in messages, and also , and : in properties', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('dir,1/a:b%.md')).toBe('dir%2C1/a%3Ab%25.md');
    const [line] = github([
      report('notes, 2024/visit: 1.txt', [finding(1, 1, 'warning', 'a:b', { reason: 'Line one.\nLine two: 50% done' })]),
    ]).split('\n');
    expect(line).toBe(
      '::warning file=notes%2C 2024/visit%3A 1.txt,line=1,col=1,endLine=1,endColumn=8,title=a%3Ab::Line one.%0ALine two: 50%25 done',
    );
  });

  it('leaves columns out of a finding that spans lines', () => {
    const multi = finding(2, 4, 'info', 'tone-balance');
    multi.place.end = { line: 5, column: 3, offset: 400 };
    expect(github([report('a.txt', [multi])])).toMatch(/^::notice file=a\.txt,line=2,endLine=5,title=tone-balance::/);
  });

  it('annotates the run, not a file, when stdin has no name', () => {
    expect(github([report(undefined, [finding(1, 1, 'error', 'x')])])).toBe("::error title=x::Consider another word for 'x'.\n");
  });

  it('prints nothing for clean reports', () => {
    expect(github([report('a.txt', [])])).toBe('');
  });
});
