/**
 * core parses with parse-english as retext-english does, but ends sentences at blank lines with a step of its own
 * that allocates nothing per space (src/parser.ts). The tree must be the one retext-english gives, node for node
 * and position for position, on every fixture, on generated records and on text made to stress line breaks.
 */
import type { Paragraph } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateRecord, prng } from '../../../bench/corpus.mjs';
import { loadFixtures } from '../../../fixtures/load.js';
import { toVirtual } from '../src/input/index.js';
import { parseEnglish, parserPatched } from '../src/parser.js';

const processor = unified().use(retextEnglish);

function sameTree(text: string): void {
  expect(JSON.stringify(parseEnglish(text)), JSON.stringify(text.slice(0, 60))).toBe(JSON.stringify(processor.parse(text)));
}

describe('the parser', () => {
  it('replaces parse-latin’s blank-line step (found by what it does)', () => {
    expect(parserPatched).toBe(true);
  });

  it('gives retext-english’s tree for every fixture in every format and for generated records', () => {
    for (const fixture of loadFixtures()) for (const format of ['text', 'markdown', 'html'] as const) sameTree(toVirtual(fixture.text, format).text);
    for (let i = 0; i < 12; i++) sameTree(toVirtual(generateRecord({ words: [200, 900, 2500][i % 3]!, seed: 7300 + i }), 'text').text);
  });

  it('reads every UTF-16 code unit as parse-latin does: alone, repeated, between words and beside another', () => {
    for (let block = 0; block < 0x10000; block += 512) {
      let text = '';
      for (let code = block; code < block + 512; code++) {
        const c = String.fromCharCode(code);
        text += `a${c}${c}b ${c}${String.fromCharCode(code ^ 1)} `;
      }
      sameTree(text);
    }
  });

  it('places a piece of a longer text where it starts', () => {
    const text = 'Kai said “no”.\r\nMum agreed.\n\nA plan was made.';
    const at = text.indexOf('Mum');
    const whole = JSON.stringify(processor.parse(text));
    const piece = parseEnglish(text.slice(at), { line: 2, column: 1, offset: at });
    expect(whole).toContain(JSON.stringify((piece.children[0] as Paragraph).children));
    const sameLine = parseEnglish(text.slice(4), { line: 1, column: 5, offset: 4 });
    expect(sameLine.position).toEqual({ start: { line: 1, column: 5, offset: 4 }, end: { line: 4, column: 17, offset: text.length } });
  });

  it('gives retext-english’s tree where line breaks of every kind fall inside and between sentences', () => {
    const pieces = ['Kai said', 'he was tired', 'Mum.', 'Dad!', '"Yes."', '(late)', 'e.g.', '-', '3.5', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\r', '\n \n', '\t\n\t\n', '\u2028', '\u00a0\n\n'];
    for (let seed = 1; seed <= 400; seed++) {
      const next = prng(seed);
      let text = '';
      for (let i = 0, n = 2 + Math.floor(next() * 14); i < n; i++) text += pieces[Math.floor(next() * pieces.length)]!;
      sameTree(text);
    }
    for (const text of ['', ' ', '\n\n', 'a\n\nb', 'x\r\n\r\ny', '\r\n', 'é́e\u0301 😀😀x — –– ... !!?? 1,000.5 £5 @#& e.g. U.K. ½', '\ud83d', 'a\udc00b\ud800', 'a \n\n b', 'One.\n\n\nTwo', 'A\r\rB', 'A\n\rB', 'Word\n\n']) sameTree(text);
  });
});
