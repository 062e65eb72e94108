import type { Finding, Level, Report } from '@carelint/core';
import { palette, type Palette } from '../color.js';
import { ruleUrl } from '../version.js';
import type { Formatter } from './formatter.js';
import { metricsLine, plural } from './metrics-line.js';
import { suggestion } from './suggestion.js';
import { wrap } from './wrap.js';

/** What a report without a path (stdin) is called. */
const stdinName = '<stdin>';

/** The narrowest the message column gets on a small terminal before lines are allowed to run over. */
const minTextWidth = 30;

/**
 * For people at a terminal: per file a header, aligned findings and a metrics line, then a summary. With a
 * `width` (the terminal's), messages wrap within their column so the rule ids stay in line, as ESLint's and
 * Vale's output do; with `verbose`, each finding is followed by its note, every suggestion and its rule page.
 */
export const stylish: Formatter = (reports, options = {}) => {
  const paint = palette(options.color === true);
  const width = options.width !== undefined && options.width > 0 ? options.width : Infinity;
  const blocks: string[] = [];
  for (const report of reports) {
    if (options.quiet === true && report.messages.length === 0) continue;
    const lines = [paint.underline(report.path ?? stdinName), ...findingLines(report.messages, paint, width, options.verbose === true)];
    if (options.quiet !== true) lines.push(...wrap(metricsLine(report.metrics), width - 2).map((line) => `  ${paint.dim(line)}`));
    blocks.push(lines.join('\n'));
  }
  const counts = count(reports);
  if (options.quiet === true && counts.error + counts.warning + counts.info === 0) return '';
  blocks.push(summary(counts, reports.length, paint));
  return `${blocks.join('\n\n')}\n`;
};

/** `line:col  severity  reason  (suggestion: …)  ruleId`, columns aligned within the file. */
function findingLines(findings: readonly Finding[], paint: Palette, width: number, verbose: boolean): string[] {
  const rows = findings.map((finding) => {
    const alternatives = suggestion(finding.expected);
    return {
      finding,
      line: String(finding.place.start.line),
      column: String(finding.place.start.column),
      severity: finding.severity,
      // --verbose lists every suggestion on its own line instead.
      text: alternatives === '' || verbose ? finding.reason : `${finding.reason}  (suggestion: ${alternatives})`,
      ruleId: finding.ruleId,
    };
  });
  const widest = (values: string[]) => Math.max(0, ...values.map((value) => value.length));
  const line = widest(rows.map((row) => row.line));
  const column = widest(rows.map((row) => row.column));
  const severity = widest(rows.map((row) => row.severity));
  const ruleId = widest(rows.map((row) => row.ruleId));
  // `  <line>:<col>  <severity>  ` comes before the message; `  <ruleId>` after it.
  const indent = 2 + line + 1 + column + 2 + severity + 2;
  const room = Math.max(minTextWidth, width - indent - 2 - ruleId);
  const wrapped = rows.map((row) => wrap(row.text, room));
  const text = Math.min(room, widest(wrapped.map((lines) => lines[0] ?? '')));
  const margin = ' '.repeat(indent);

  return rows.flatMap((row, i) => {
    const [first = '', ...rest] = wrapped[i]!;
    const head = [
      `  ${paint.dim(`${row.line.padStart(line)}:${row.column}`)}${pad(row.column, column)}`,
      `${severityColor(row.severity, paint)}${pad(row.severity, severity)}`,
      `${first}${pad(first, text)}`,
      paint.dim(row.ruleId),
    ].join('  ');
    const more = rest.map((part) => `${margin}${part}`);
    const details = verbose ? detailLines(row.finding, room + 2 + ruleId).map((part) => `${margin}${paint.dim(part)}`) : [];
    return [head, ...more, ...details];
  });
}

/** `--verbose`: every suggestion, the note (why, how to rewrite it, the sources) and the rule page, wrapped. */
function detailLines(finding: Finding, width: number): string[] {
  const lines: string[] = [];
  if (finding.expected.length > 0) lines.push(...wrap(`Suggestions: ${finding.expected.map((text) => `“${text}”`).join(', ')}`, width));
  // A note is several sentences; its labelled parts ("Write it as: …", "Sources: …") read best on lines of their own.
  for (const part of (finding.note ?? '').split(/(?<=[.?!”"])\s+(?=(?:Write it as|For example|Sources?):)/)) {
    if (part.trim() !== '') lines.push(...wrap(part.trim(), width));
  }
  if (finding.url !== undefined) lines.push(`Rule page: ${ruleUrl(finding.url)}`);
  return lines;
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
