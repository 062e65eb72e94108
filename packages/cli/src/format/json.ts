import type { Report } from '@carelint/core';
import { ruleUrl } from '../version.js';
import type { Formatter } from './formatter.js';

/**
 * The reports as core returns them (an array of `Report`, one per input), with each finding's `url` made a full
 * address (core's are relative to the repository: `docs/rules/jargon.md#…`), so a link works wherever it is read.
 */
export const json: Formatter = (reports) => `${JSON.stringify(reports.map(withFullUrls), null, 2)}\n`;

function withFullUrls(report: Report): Report {
  return {
    ...report,
    messages: report.messages.map((finding) => (finding.url === undefined ? finding : { ...finding, url: ruleUrl(finding.url) })),
  };
}
