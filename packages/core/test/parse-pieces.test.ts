/**
 * A long text is parsed in pieces (parse-latin's time grows with the square of a paragraph's length): the joined
 * tree must be the tree of the whole text wherever the cuts are at blank lines or at sure sentence ends.
 */
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateRecord } from '../../../bench/corpus.mjs';
import { loadFixtures } from '../../../fixtures/load.js';
import { cutPoints, parseInPieces } from '../src/parse-chunks.js';
import { toVirtual } from '../src/input/index.js';
import { parseEnglish as parse } from '../src/parser.js';

const processor = unified().use(retextEnglish);
/** The whole text's tree, as retext-english gives it. */
const whole = (text: string) => processor.parse(text);

const texts = [
  ...loadFixtures().flatMap((fixture) => (['text', 'markdown', 'html'] as const).map((format) => toVirtual(fixture.text, format).text)),
  ...Array.from({ length: 24 }, (_, i) => toVirtual(generateRecord({ words: [300, 1500, 4000][i % 3]!, seed: 7100 + i }), 'text').text),
];

describe('parsing in pieces', () => {
  it('gives the whole text’s tree when cut at blank lines', () => {
    for (const text of texts) expect(JSON.stringify(parseInPieces(text, parse, 40, 1_000_000))).toBe(JSON.stringify(whole(text)));
  });

  it('gives the whole text’s tree when long paragraphs are cut at sentence ends', () => {
    let compared = 0;
    for (const text of texts) {
      for (const limit of [120, 300]) {
        // Only where every cut inside a paragraph is a sentence end: a forced cut is for text with none.
        if (cutPoints(text, 40, limit).some((cut) => cut.kind === 'forced')) continue;
        compared += 1;
        expect(JSON.stringify(parseInPieces(text, parse, 40, limit))).toBe(JSON.stringify(whole(text)));
      }
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('keeps every character, in order, when it has to force a cut', () => {
    for (const text of ['a. '.repeat(3000), 'word'.repeat(2000), '😀'.repeat(3000), 'A\n\n'.repeat(2000)]) {
      const tree = parseInPieces(text, parse);
      const out: string[] = [];
      const stack: unknown[] = [tree];
      while (stack.length > 0) {
        const node = stack.pop() as { value?: string; children?: unknown[] };
        if (typeof node.value === 'string') out.push(node.value);
        if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
      }
      expect(out.join('')).toBe(text);
    }
  });
});
