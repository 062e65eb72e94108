import type { Io } from './io.js';

/** The flag a user gave: `--color` forces colour on, `--no-color` off, absent lets the terminal decide. */
export type ColorFlag = boolean | undefined;

/** Colour only for a person at a terminal: flags first, then NO_COLOR / FORCE_COLOR, then whether stdout is a TTY. */
export function useColor(flag: ColorFlag, io: Pick<Io, 'stdout' | 'env'>): boolean {
  if (flag !== undefined) return flag;
  // https://no-color.org: any non-empty value turns colour off.
  if (io.env['NO_COLOR']) return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

/** ANSI styles, or identity functions when colour is off, so callers never branch. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const codes: Record<keyof Palette, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

/** A palette that colours when `enabled`, and returns text unchanged otherwise. */
export function palette(enabled: boolean): Palette {
  const entries = Object.entries(codes).map(([name, [open, close]]) => [
    name,
    enabled ? (text: string) => `\u001B[${open}m${text}\u001B[${close}m` : (text: string) => text,
  ]);
  return Object.fromEntries(entries) as Palette;
}
