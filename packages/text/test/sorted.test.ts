/**
 * The sorted-number helpers the rules and core share: a binary search and an in-place sort of offsets, which must
 * agree with a plain numeric sort whatever the count (insertion below 33 numbers, a typed array above).
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../../bench/corpus.mjs';
import { firstAtLeast, sortNumbers } from '../src/sorted.js';

describe('sortNumbers', () => {
  it('sorts in place, ascending, as a numeric sort does, on both sides of the insertion limit', () => {
    const next = prng(11);
    for (const count of [0, 1, 2, 5, 31, 32, 33, 34, 200]) {
      const numbers = Array.from({ length: count }, () => Math.floor(next() * 5000));
      const expected = [...numbers].sort((a, b) => a - b);
      const result = sortNumbers(numbers);
      expect(result).toBe(numbers);
      expect(numbers).toEqual(expected);
    }
    // A string sort would put 100 before 20.
    expect(sortNumbers([100, 20, 3])).toEqual([3, 20, 100]);
    expect(sortNumbers(Array.from({ length: 40 }, (_, i) => 40 - i))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe('firstAtLeast', () => {
  it('gives the index of the first element not below the value', () => {
    const sorted = [2, 4, 4, 9];
    expect([0, 2, 3, 4, 5, 9, 10].map((v) => firstAtLeast(sorted, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });
});
