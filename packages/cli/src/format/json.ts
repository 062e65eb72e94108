import type { Formatter } from './formatter.js';

/** The reports exactly as core returns them: an array of `Report`, one per input. */
export const json: Formatter = (reports) => `${JSON.stringify(reports, null, 2)}\n`;
