import type { Report } from '@carelint/core';

/** What a formatter may be told besides the reports. */
export interface FormatOptions {
  /** ANSI colour (stylish only; machine formats never colour). */
  color?: boolean;
  /** Only errors are being reported: leave out clean files and metrics lines (stylish only). */
  quiet?: boolean;
  /** Columns to fit the output into, usually the terminal's; absent means no wrapping (stylish only). */
  width?: number;
  /** Each finding's note, every suggestion and its rule page (stylish only; the machine formats carry them anyway). */
  verbose?: boolean;
}

/** A pure function from reports to the text written to stdout. */
export type Formatter = (reports: readonly Report[], options?: FormatOptions) => string;
