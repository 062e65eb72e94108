import type { Finding, Level, Report } from '@carelint/core';
import { palette, type Palette } from '../color.js';
import type { Formatter } from './formatter.js';
import { metricsLine, plural } from './metrics-line.js';
import { suggestion } from './suggestion.js';

/** What a report without a path (stdin) is called. */
const stdinName = '<stdin>';

/** For people at a terminal: per file a header, aligned findings and a metrics line, then a summary. */
export const stylish: Formatter = (reports, options = {}) => {
  const paint = palette(options.color === true);
  const blocks: string[] = [];
  for (const report of reports) {
    if (options.quiet === true && report.messages.length === 0) continue;
    const lines = [paint.underline(report.path ?? stdinName), ...findingLines(report.messages, paint)];
    if (options.quiet !== true) lines.push(`  ${paint.dim(metricsLine(report.metrics))}`);
    blocks.push(lines.join('\n'));
  }
  const counts = count(reports);
  if (options.quiet === true && counts.error + counts.warning + counts.info === 0) return '';
  blocks.push(summary(counts, reports.length, paint));
  return `${blocks.join('\n\n')}\n`;
};

/** `line:col  severity  reason  (suggestion: …)  ruleId`, columns aligned within the file. */
function findingLines(findings: readonly Finding[], paint: Palette): string[] {
  const rows = findings.map((finding) => {
    const alternatives = suggestion(finding.expected);
    return {
      line: String(finding.place.start.line),
      column: String(finding.place.start.column),
      severity: finding.severity,
      text: alternatives === '' ? finding.reason : `${finding.reason}  (suggestion: ${alternatives})`,
      ruleId: finding.ruleId,
    };
  });
  const width = (key: 'line' | 'column' | 'severity' | 'text') => Math.max(0, ...rows.map((row) => row[key].length));
  const [line, column, severity, text] = [width('line'), width('column'), width('severity'), width('text')];
  return rows.map((row) =>
    [
      `  ${paint.dim(`${row.line.padStart(line)}:${row.column}`)}${pad(row.column, column)}`,
      `${severityColor(row.severity, paint)}${pad(row.severity, severity)}`,
      `${row.text}${pad(row.text, text)}`,
      paint.dim(row.ruleId),
    ].join('  '),
  );
}

/** Spaces that bring `text` up to `width` characters (padding kept outside colour codes). */
function pad(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - text.length));
}

function severityColor(level: Level, paint: Palette): string {
  if (level === 'error') return paint.red(level);
  if (level === 'warning') return paint.yellow(level);
  return paint.blue(level);
}

/** Findings by level over every report. */
function count(reports: readonly Report[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const finding of report.messages) counts[finding.severity] += 1;
  return counts;
}

/** `1 error, 3 warnings, 0 info in 2 files`, coloured by the worst level present. */
function summary(counts: Record<Level, number>, files: number, paint: Palette): string {
  const text = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info in ${plural(files, 'file')}`;
  if (counts.error > 0) return paint.bold(paint.red(text));
  if (counts.warning > 0) return paint.bold(paint.yellow(text));
  return paint.bold(paint.green(text));
}
