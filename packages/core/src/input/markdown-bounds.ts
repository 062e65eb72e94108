/**
 * Markdown shapes that make the parser slow or deep, made inert before parsing without moving any offset.
 * micromark resolves emphasis, links and code spans by looking back over a paragraph's earlier markers, and
 * mdast-util-from-markdown prepares each list by walking all the events inside it: a paragraph of thousands of `*a`
 * or `[a](`, or a line of thousands of nested `1. ` markers, takes time that grows with the square of its length.
 * No real record nests containers this deep or puts this many markers in one paragraph, so past the limits below the
 * markers are replaced, character for character, by characters that are plain text: the source keeps its length and
 * every offset its meaning, and the words are still read.
 */

/** Containers (block quotes, list items) opened on one line beyond this depth are read as text. */
export const MAX_CONTAINER_DEPTH = 32;
/** Inline markers (emphasis, link brackets, code ticks, angle brackets) in one paragraph beyond this are read as text. */
export const MAX_INLINE_MARKERS = 200;

/** `*`, `_`, `[`, `]`, backtick, `<`, `~`. */
const INLINE = new Set([42, 95, 91, 93, 96, 60, 126]);
/** What a marker past the limits becomes: a no-break space in a container prefix, a middle dot inline. */
const INERT_PREFIX = '\u00a0';
const INERT_INLINE = '\u00b7';

/** The source with over-deep container prefixes and over-many inline markers made inert; same length. */
export function boundMarkdown(source: string): string {
  const edits: Array<[number, string]> = [];
  let markers = 0;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = lineStart;
    let blank = true;
    for (; lineEnd < source.length; lineEnd++) {
      const code = source.charCodeAt(lineEnd);
      if (code === 10 || code === 13) break;
      if (code !== 32 && code !== 9) blank = false;
    }
    // A blank line ends the paragraph: its markers are counted afresh.
    if (blank) markers = 0;
    const contentStart = containerPrefix(source, lineStart, lineEnd, edits);
    for (let k = contentStart; k < lineEnd; k++) {
      if (!INLINE.has(source.charCodeAt(k))) continue;
      markers += 1;
      if (markers > MAX_INLINE_MARKERS) edits.push([k, INERT_INLINE]);
    }
    lineStart = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  if (edits.length === 0) return source;
  const parts: string[] = [];
  let from = 0;
  for (const [at, char] of edits) {
    parts.push(source.slice(from, at), char);
    from = at + 1;
  }
  parts.push(source.slice(from));
  return parts.join('');
}

/**
 * Reads the container markers that open a line (`>`, `-`, `+`, `*`, `1.`, `1)`, each after up to three spaces and
 * before a space, a tab or the end of the line); those past MAX_CONTAINER_DEPTH are added to `edits` to become no-break
 * spaces. Returns where the line's content starts.
 */
function containerPrefix(source: string, start: number, end: number, edits: Array<[number, string]>): number {
  let k = start;
  let depth = 0;
  for (;;) {
    let at = k;
    while (at < end && at - k < 4 && (source.charCodeAt(at) === 32 || source.charCodeAt(at) === 9)) at += 1;
    const code = source.charCodeAt(at);
    let markerEnd = -1;
    if (code === 62) markerEnd = at + 1;
    else if ((code === 45 || code === 43 || code === 42) && isGap(source, at + 1, end)) markerEnd = at + 1;
    else if (code >= 48 && code <= 57) {
      let d = at;
      while (d < end && d - at < 9 && source.charCodeAt(d) >= 48 && source.charCodeAt(d) <= 57) d += 1;
      const close = source.charCodeAt(d);
      if ((close === 46 || close === 41) && isGap(source, d + 1, end)) markerEnd = d + 1;
    }
    if (markerEnd < 0 || at >= end) return k;
    depth += 1;
    if (depth > MAX_CONTAINER_DEPTH) for (let m = at; m < markerEnd; m++) edits.push([m, INERT_PREFIX]);
    k = markerEnd;
  }
}

/** Whether a list marker ending at `at` is followed by a space, a tab or the end of the line. */
function isGap(source: string, at: number, end: number): boolean {
  return at >= end || source.charCodeAt(at) === 32 || source.charCodeAt(at) === 9;
}
