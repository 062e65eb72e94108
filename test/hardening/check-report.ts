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

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', ndash: '\u2013', mdash: '\u2014' };

/**
 * A finding's text as a reader sees it: inline tags inside a word (`s<b>iblings`) and the NUL characters an HTML
 * parser drops left out, character references decoded (numeric, and the named ones the fuzzing puts in), and
 * Markdown's backslash escapes.
 */
export function asRead(text: string, format: string): string {
  if (format === 'text') return text;
  let out = text.replace(/<\/?[a-z][^<>]*>/gi, '');
  if (format === 'html') out = out.replace(/\0/g, '');
  out = out.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);?/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
  if (format === 'markdown') out = out.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return out;
}

/** Spaces of any kind as one space, for comparing a term with the words it was found in. */
const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * Every problem with the report's findings, as plain strings (empty when all is well). Never includes the text. For
 * Markdown and HTML (`format`), a phrase finding's text, character references decoded, must be the term its message
 * names in quotes.
 */
export function problemsOf(text: string, report: Report, format = 'text'): string[] {
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
    // (Checked on the text as read: a word may end in a character reference, "LA&#67;".)
    const read = asRead(finding.actual, format);
    if (PHRASE_CATEGORIES.has(finding.data.category) && (read.trim() !== read || finding.actual.trim() !== finding.actual || !/\p{L}/u.test(read) || /^[<&]|[>;]$/.test(read) || /^<|>$/.test(finding.actual))) {
      describe(finding, `a ${finding.data.category} finding whose text is not a phrase (${finding.actual.length} chars)`);
    }
    if (PHRASE_CATEGORIES.has(finding.data.category) && format !== 'text' && /“/.test(finding.reason)) {
      const term = spaced(asRead(finding.actual, format));
      const named = [...finding.reason.matchAll(/“([^”]*)”/g)].map((m) => spaced(m[1]!));
      if (!named.includes(term)) describe(finding, `the text at its place (decoded, ${term.length} chars) is not a term its message names`);
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
