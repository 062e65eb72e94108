/** Checks a Report's positions against the text it came from: the invariants every adapter relies on. */
import type { Finding, Report } from '../../packages/core/src/index.js';

/** The 1-based line and column (UTF-16) of an offset, with the line breaks vfile-location knows: CRLF, LF, CR. */
export function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Categories whose findings point at a word or phrase of the record. */
const PHRASE_CATEGORIES = new Set(['jargon', 'acronym', 'stigmatising', 'deficit']);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair (a character outside the BMP). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Every problem with the report's findings, as plain strings (empty when all is well). Never includes the text. */
export function problemsOf(text: string, report: Report): string[] {
  const problems: string[] = [];
  const describe = (finding: Finding, what: string) => problems.push(`${finding.source}/${finding.ruleId} at ${finding.place.start.offset}-${finding.place.end.offset}: ${what}`);
  for (const finding of report.messages) {
    const { start, end } = finding.place;
    if (!Number.isInteger(start.offset) || !Number.isInteger(end.offset)) {
      describe(finding, 'offset is not an integer');
      continue;
    }
    if (start.offset < 0 || end.offset > text.length || start.offset > end.offset) {
      describe(finding, `range outside the text (length ${text.length})`);
      continue;
    }
    if (text.slice(start.offset, end.offset) !== finding.actual) describe(finding, `actual (${finding.actual.length} chars) is not the text at its place`);
    for (const [name, point] of [['start', start], ['end', end]] as const) {
      const expected = pointOf(text, point.offset);
      if (point.line !== expected.line || point.column !== expected.column) {
        describe(finding, `${name} is ${point.line}:${point.column} but offset ${point.offset} is ${expected.line}:${expected.column}`);
      }
      if (splitsPair(text, point.offset)) describe(finding, `${name} splits a surrogate pair`);
    }
    // A word or phrase finding must sit on words: not on markup, spaces or an empty range next to them.
    if (PHRASE_CATEGORIES.has(finding.data.category) && (finding.actual.trim() !== finding.actual || !/\p{L}/u.test(finding.actual) || /^[<&]|[>;]$/.test(finding.actual))) {
      describe(finding, `a ${finding.data.category} finding whose text is not a phrase (${finding.actual.length} chars)`);
    }
    if (!finding.ruleId || !finding.source || typeof finding.reason !== 'string' || finding.reason.length === 0) describe(finding, 'missing ruleId, source or reason');
    if (!['error', 'warning', 'info'].includes(finding.severity)) describe(finding, `severity ${String(finding.severity)}`);
    if (!Array.isArray(finding.expected) || finding.expected.some((alternative) => typeof alternative !== 'string')) describe(finding, 'expected is not a list of strings');
  }
  for (let i = 1; i < report.messages.length; i++) {
    if (report.messages[i - 1]!.place.start.offset > report.messages[i]!.place.start.offset) problems.push('findings are not in source order');
  }
  const { words, sentences, verdict } = report.metrics;
  if (!Number.isInteger(words) || words < 0 || !Number.isInteger(sentences) || sentences < 0) problems.push('metrics: words or sentences not a count');
  if (!['pass', 'warn', 'fail'].includes(verdict)) problems.push(`metrics: verdict ${String(verdict)}`);
  return problems;
}
