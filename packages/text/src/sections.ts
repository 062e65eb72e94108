import type { Range } from './quotes.js';

/** What a section of a record is for, from its heading. */
export type SectionKind = 'plan' | 'child-views' | 'worries' | 'strengths' | 'other';

/** A part of a record under one heading (or before the first heading). */
export interface Section {
  kind: SectionKind;
  /** The heading as written, without markup or a trailing colon; empty before the first heading. */
  title: string;
  /** Where the heading is; absent before the first heading. */
  heading?: Range;
  /** The section's content, after its heading, up to the next heading. */
  start: number;
  end: number;
  /**
   * The heading's level, 1 the highest: from the markup (`##` is 2), or from a plain heading's numbering ("PART B"
   * 1, "5. Health" 2). Absent when neither says.
   */
  depth?: number;
}

const KINDS: Array<[SectionKind, RegExp]> = [
  ['child-views', /\b(child|young person|children|baby|[a-z]+)['\u2019]?s? (own )?(views?|voice|wishes|words|feelings)\b|wishes and feelings|voice of the child|what (the child|[a-z]+) (said|says|told|thinks|wants)|^your (views|words|wishes)|^in (your|their|[a-z]+'s) (own )?words/i],
  ['plan', /\b(plans?|planning|actions?|next steps|outcomes?|recommendations?|what needs to (change|happen)|what (will happen|happens) next|what next|what will happen|who will do what|contingency|arrangements|targets)\b/i],
  // A shift log's handover list: what the next shift must do. Only as the heading's opening words ("Things I like to
  // do" is no plan).
  ['plan', /^(for )?(the )?next shift\b|^handover\b|^to[- ]do\b|^follow[- ]?ups?\b|^tasks\b/i],
  ['worries', /\b(worr(y|ies|ied)|concerns?|risks?|danger statement|harm|complicating factors|grey areas)\b/i],
  ['strengths', /\b(working well|strengths?|going well|positives?|what'?s good|good things|safety)\b/i],
];

/** Whose views a heading names when it is an adult's ("Mum's views", "Parents' views", "Professional views"). */
const ADULT_VIEWS = /^(mum|mother|dad|father|parents?|carers?|foster carers?|nan|grandma|grandad|grandparents?|professionals?|family|school|agency|agencies|my|worker|social worker)['\u2019]?s? (own )?(views?|voice|wishes|words|feelings)|^what (mum|dad|[a-z]+ \(mum\)|the parents?|the carers?|i) (said|says|told|thinks|think)/i;

/** Classifies a heading by its words. */
export function sectionKind(title: string): SectionKind {
  // "4. Your views", "2A. The parents' views": the heading's number says nothing of its kind.
  const words = title.trim().replace(NUMBERED, '');
  if (ADULT_VIEWS.test(words)) return 'other';
  if (isBackgroundTitle(words)) return 'other';
  for (const [kind, pattern] of KINDS) if (pattern.test(words)) return kind;
  return 'other';
}

/** "Why there is a plan", "Background to the plan", "Why we are working with the family": about the plan, not it. */
export function isBackgroundTitle(title: string): boolean {
  return /^(why|background|history|reasons?|how we got here|summary of)\b/i.test(title.trim().replace(NUMBERED, ''));
}

/** A section number before a heading's words: "4. ", "2A. ", "7) ". */
const NUMBERED = /^\d{1,2}[A-Z]?[.)]\s+/;

const MAX_HEADING_WORDS = 10;

/**
 * Finds plain-text heading lines: a short line alone on its line that ends with a colon or question mark,
 * is written in capitals, or is a known heading ("Plan", "Child's views"). Markdown `#` headings count too.
 */
export function findPlainHeadings(text: string): Range[] {
  const headings: Range[] = [];
  const lines: Array<{ start: number; body: string; lead: number }> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed.length > 0) lines.push({ start: lineStart, body: trimmed, lead: line.length - line.trimStart().length });
    lineStart = lineEnd + 1;
  }
  lines.forEach((line, i) => {
    if (isHeadingLine(line.body) || numberedHeading(line.body, lines[i - 1]?.body, lines[i + 1]?.body)) {
      headings.push({ start: line.start + line.lead, end: line.start + line.lead + line.body.length });
    }
  });
  return headings;
}

/** A numbered item of a list: "1. ", "2) ". */
const LIST_NUMBER = /^\d{1,2}[.)]\s/;

/**
 * "4. Actions", "2. What Kieran says": a numbered line that would be a heading without its number, or a short
 * title in capitals-first words with no full stop, standing apart from any numbered list (a line of a numbered
 * list has another numbered line before or after it).
 */
function numberedHeading(line: string, previous: string | undefined, next: string | undefined): boolean {
  const match = NUMBERED.exec(line);
  if (!match || (previous !== undefined && LIST_NUMBER.test(previous)) || (next !== undefined && LIST_NUMBER.test(next))) return false;
  const words = line.slice(match[0].length);
  if (words.length > 60 || /[.!,;]$/.test(words) || !/^[A-Z]/.test(words)) return false;
  return isHeadingLine(words) || words.split(/\s+/).length <= 8;
}

const CAPITALS_WITH_NOTE = /^[A-Z][A-Z'’&/-]*(?: [A-Z][A-Z'’&/-]*)+ \([^()]*\)$/;

function isHeadingLine(line: string): boolean {
  if (/^#{1,6}\s+\S/.test(line)) return true;
  if (line.length > 80) return false;
  // "CIN PLAN (draft, to be agreed on 13 March)": words in capitals with a note in brackets after them. Two words at
  // least, so that initials before a role ("IRO (Sam Hill)", "MGM (Janet)") stay a line of a list.
  if (CAPITALS_WITH_NOTE.test(line)) return true;
  const words = line.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS) return false;
  if (/[.!,;]$/.test(line)) return false;
  if (/^[-*•\d]/.test(line)) return false;
  if (/:$/.test(line) || /\?$/.test(line)) return /^[A-Z'"\u2018\u201c]/.test(line);
  if (/^[A-Z][A-Z '’&/-]{2,}$/.test(line)) return true;
  return sectionKind(line) !== 'other' && words <= 6 && /^[A-Z]/.test(line);
}

/** The heading's words without markdown hashes or a trailing colon. */
export function headingTitle(text: string): string {
  // A loop, not /[:\s]+$/: that pattern backtracks quadratically on a long run of spaces inside a heading.
  const title = text.replace(/^#{1,6}\s+/, '');
  let end = title.length;
  while (end > 0 && (title[end - 1] === ':' || /\s/.test(title[end - 1]!))) end--;
  return title.slice(0, end).trim();
}

/** "PART B: THE PLAN", "Section 2 - Health": a part of a document, above its numbered headings. */
const PART = /^(?:part|section)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b/i;
/** A plain heading's level from its numbering; undefined for a heading with none. */
function plainDepth(title: string): number | undefined {
  if (PART.test(title)) return 1;
  if (NUMBERED.test(title)) return 2;
  return undefined;
}

/** Splits the text into sections at the given headings (sorted, not overlapping), each with its level where known. */
export function splitSections(text: string, headings: ReadonlyArray<Range & { depth?: number }>): Section[] {
  const sections: Section[] = [];
  const first = headings[0];
  if (!first || first.start > 0) {
    const end = first ? first.start : text.length;
    if (text.slice(0, end).trim().length > 0 || !first) sections.push({ kind: 'other', title: '', start: 0, end });
  }
  headings.forEach((heading, i) => {
    const title = headingTitle(text.slice(heading.start, heading.end));
    const next = headings[i + 1];
    const depth = heading.depth ?? plainDepth(title);
    sections.push({ kind: sectionKind(title), title, heading, start: heading.end, end: next ? next.start : text.length, ...(depth === undefined ? {} : { depth }) });
  });
  return sections;
}
