import { describe, expect, it } from 'vitest';
import { thousands } from '../src/format/metrics-line.js';

const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });

describe('thousands', () => {
  it('groups whole numbers as Intl.NumberFormat en-GB does', () => {
    const values = [0, 1, 7, 12, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 1_234_567, 2 ** 40, Number.MAX_SAFE_INTEGER, -1, -1000, -987_654_321];
    for (let seed = 1; seed < 2000; seed += 1) values.push(Math.floor((seed * 7919) ** 1.7) % 10 ** ((seed % 15) + 1));
    for (const value of values) expect(thousands(value)).toBe(intl.format(value));
  });

  it('formats other numbers through Intl.NumberFormat', () => {
    for (const value of [0.5, 1234.5, -0, 1e21, 12_345.678]) expect(thousands(value)).toBe(intl.format(value));
  });
});
