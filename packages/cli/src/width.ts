import type { Io } from './io.js';

/**
 * How many columns the stylish output should fit: `COLUMNS` when set (as for ls and less), otherwise the
 * terminal's width; undefined (no wrapping) when the output goes to a file or a pipe.
 */
export function outputWidth(io: Pick<Io, 'stdout' | 'env'>): number | undefined {
  const columns = Number.parseInt(io.env['COLUMNS'] ?? '', 10);
  if (Number.isInteger(columns) && columns > 0) return columns;
  if (io.stdout.isTTY === true && typeof io.stdout.columns === 'number' && io.stdout.columns > 0) return io.stdout.columns;
  return undefined;
}
