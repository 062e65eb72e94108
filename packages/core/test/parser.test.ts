/**
 * core parses with parse-english as retext-english does, but ends sentences at blank lines with a step of its own
 * that allocates nothing per space (src/parser.ts). The tree must be the one retext-english gives, node for node
 * and position for position, on every fixture, on generated records and on text made to stress line breaks.
 */
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

  it('gives retext-english’s tree where line breaks of every kind fall inside and between sentences', () => {
    const pieces = ['Kai said', 'he was tired', 'Mum.', 'Dad!', '"Yes."', '(late)', 'e.g.', '-', '3.5', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\r', '\n \n', '\t\n\t\n', '\u2028', '\u00a0\n\n'];
    for (let seed = 1; seed <= 400; seed++) {
      const next = prng(seed);
      let text = '';
      for (let i = 0, n = 2 + Math.floor(next() * 14); i < n; i++) text += pieces[Math.floor(next() * pieces.length)]!;
      sameTree(text);
    }
    for (const text of ['', ' ', '\n\n', 'a\n\nb', 'a \n\n b', 'One.\n\n\nTwo', 'A\r\rB', 'A\n\rB', 'Word\n\n']) sameTree(text);
  });
});
