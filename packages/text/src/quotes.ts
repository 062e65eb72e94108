/** A span of the document text, 0-based, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

const OPEN_DOUBLE = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE_DOUBLE = new Set(['\u201d', '\u00bb']);
const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013-]/u;
/** The characters the scan acts on (quotation marks, apostrophes, line feeds); the rest are skipped quickly. */
const MARKS = new Set([0x0a, 0x22, 0x27, 0xab, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d, 0x201e]);

/**
 * Finds quoted speech: text between quotation marks, within one paragraph. Straight quotes open after a
 * space or bracket and close before one; a single quote between letters is an apostrophe (Mum's, don't).
 * An unclosed quote is ignored rather than swallowing the rest of the paragraph.
 */
export function findQuotes(text: string): Range[] {
  const ranges: Range[] = [];
  let double: number | undefined;
  let single: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are ASCII letters and spaces: three comparisons rule them out before the set is asked.
    if (code < 0x80 ? code !== 0x0a && code !== 0x22 && code !== 0x27 : !MARKS.has(code)) continue;
    const char = text[i]!;
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    if (char === '\n' && after === '\n') {
      double = undefined;
      single = undefined;
      continue;
    }
    if (OPEN_DOUBLE.has(char) && double === undefined) {
      double = i;
    } else if (CLOSE_DOUBLE.has(char) && double !== undefined) {
      ranges.push({ start: double, end: i + 1 });
      double = undefined;
      single = undefined;
    } else if (char === '"') {
      if (double === undefined) {
        if (OPENING_CONTEXT.test(before) || i === 0) double = i;
      } else {
        ranges.push({ start: double, end: i + 1 });
        double = undefined;
        single = undefined;
      }
    } else if (char === '\u2018' && single === undefined && !LETTER.test(before)) {
      single = i;
    } else if ((char === '\u2019' || char === "'") && single !== undefined) {
      if (!LETTER.test(after)) {
        ranges.push({ start: single, end: i + 1 });
        single = undefined;
      }
    } else if (char === "'" && single === undefined && (OPENING_CONTEXT.test(before) || i === 0) && LETTER.test(after)) {
      single = i;
    }
  }
  return merge(ranges);
}

/** Sorts ranges and joins nested or overlapping ones, so a binary search can find the one holding a point. */
function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Whether the span [start, end) lies inside any of the (sorted) ranges. */
export function insideAny(ranges: readonly Range[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid]!;
    if (range.end <= start) low = mid + 1;
    else if (range.start > start) high = mid - 1;
    else return end <= range.end;
  }
  return false;
}
