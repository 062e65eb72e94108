import { describe, expect, it } from 'vitest';
import { outputWidth } from '../src/width.js';

const pipe = { write: () => true };

describe('output width', () => {
  it('is the terminal width at a terminal, and none for a pipe or a file', () => {
    expect(outputWidth({ stdout: { ...pipe, isTTY: true, columns: 93 }, env: {} })).toBe(93);
    expect(outputWidth({ stdout: { ...pipe, columns: 93 }, env: {} })).toBeUndefined();
    expect(outputWidth({ stdout: pipe, env: {} })).toBeUndefined();
  });

  it('takes COLUMNS first, as ls and less do, and ignores a value that is not a width', () => {
    expect(outputWidth({ stdout: { ...pipe, isTTY: true, columns: 93 }, env: { COLUMNS: '72' } })).toBe(72);
    expect(outputWidth({ stdout: pipe, env: { COLUMNS: '72' } })).toBe(72);
    expect(outputWidth({ stdout: pipe, env: { COLUMNS: 'wide' } })).toBeUndefined();
    expect(outputWidth({ stdout: pipe, env: { COLUMNS: '0' } })).toBeUndefined();
  });
});
