import { describe, expect, it } from 'vitest';
import { splitLines, type Line } from '../src/input/lines.js';
import { monthOf } from '../src/input/index.js';

async function lines(chunks: Array<string | Uint8Array>, max?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of splitLines((async function* () { yield* chunks; })(), max)) out.push(line);
  return out;
}

describe('splitLines', () => {
  it('splits on LF and CRLF, keeps a last line without a newline, and counts bytes', async () => {
    const result = await lines(['a\r\nbé', 'c\n\nlast']);
    expect(result.map((line) => [line.number, line.text, line.bytes])).toEqual([[1, 'a', 3], [2, 'béc', 5], [3, '', 1], [4, 'last', 4]]);
  });

  it('decodes a character split across chunks', async () => {
    const bytes = Buffer.from('é\n', 'utf8');
    expect((await lines([bytes.subarray(0, 1), bytes.subarray(1)])).map((line) => line.text)).toEqual(['é']);
  });

  it('reports a line over the limit without keeping it, then goes on', async () => {
    const result = await lines(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'], 50);
    expect(result.map((line) => [line.text, line.tooLong ?? false, line.bytes])).toEqual([['short', false, 6], ['', true, 61], ['next', false, 5]]);
  });
});

describe('monthOf', () => {
  it.each([
    ['2025-03-14', '2025-03'],
    ['2025-03-14T10:30:00Z', '2025-03'],
    ['2025-3-1 09:00', '2025-03'],
    ['14/03/2025', '2025-03'],
    ['1.12.2024', '2024-12'],
    ['2025-13-01', undefined],
    ['March 2025', undefined],
    ['', undefined],
  ])('%s -> %s', (date, month) => {
    expect(monthOf(date)).toBe(month);
  });
});
