import type { Finding, Level, Report } from '@carelint/core';
import type { Formatter } from './formatter.js';
import { suggestion } from './suggestion.js';

const commands: Record<Level, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands, one annotation per finding (`::warning file=…,line=…::message`). */
export const github: Formatter = (reports) =>
  reports
    .flatMap((report) => report.messages.map((finding) => command(report, finding)))
    .map((line) => `${line}\n`)
    .join('');

/** One `::level properties::message` line. */
function command(report: Report, finding: Finding): string {
  const { start, end } = finding.place;
  const properties: Array<[string, string | number]> = [];
  // Without a path there is nothing to anchor a line to: the annotation goes on the run instead.
  if (report.path !== undefined) {
    properties.push(['file', report.path], ['line', start.line]);
    // GitHub only honours columns on single-line annotations.
    if (start.line === end.line) properties.push(['col', start.column]);
    properties.push(['endLine', end.line]);
    if (start.line === end.line) properties.push(['endColumn', end.column]);
  }
  properties.push(['title', finding.ruleId]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  const alternatives = suggestion(finding.expected);
  const message = alternatives === '' ? finding.reason : `${finding.reason}\nSuggestion: ${alternatives}`;
  return `::${commands[finding.severity]} ${props}::${escapeData(message)}`;
}

/** Escapes a command's message as the Actions runner expects (`%`, CR, LF). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value: as a message, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
