import type { Report } from '@carelint/core';

/** What a formatter may be told besides the reports. */
export interface FormatOptions {
  /** ANSI colour (stylish only; machine formats never colour). */
  color?: boolean;
  /** Only errors are being reported: leave out clean files and metrics lines (stylish only). */
  quiet?: boolean;
}

/** A pure function from reports to the text written to stdout. */
export type Formatter = (reports: readonly Report[], options?: FormatOptions) => string;
