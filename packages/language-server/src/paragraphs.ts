import type { Format } from '@carelint/core';

/** A paragraph of the source: `start` is the first character of its first line, `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

const BLANK_LINE = /^[ \t]*\r?$/;

/**
 * Splits a document into paragraphs: runs of lines that are not blank. Markdown code fences and HTML blocks that
 * may hold blank lines (comments, `<pre>`, `<script>`, `<style>`, `<textarea>`) are kept whole, so each span parses
 * on its own as it does inside the document.
 */
export function paragraphs(text: string, format: Format): Span[] {
  const spans: Span[] = [];
  let start = -1;
  let end = 0;
  let open = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineEnd = offset + line.length;
    if (!open && BLANK_LINE.test(line)) {
      if (start >= 0) spans.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = offset;
      end = lineEnd > offset && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      open = toggles(line, format, open);
    }
    offset = lineEnd + 1;
  }
  if (start >= 0) spans.push({ start, end });
  return spans;
}

const FENCE = /^ {0,3}(```|~~~)/;
const HTML_OPEN = /<!--|<(pre|script|style|textarea)\b/gi;
const HTML_CLOSE = /-->|<\/(pre|script|style|textarea)\s*>/gi;

/** Whether a block that may contain blank lines is open after this line. */
function toggles(line: string, format: Format, open: boolean): boolean {
  if (format === 'markdown') return FENCE.test(line) ? !open : open;
  if (format === 'html') {
    const opens = line.match(HTML_OPEN)?.length ?? 0;
    const closes = line.match(HTML_CLOSE)?.length ?? 0;
    if (opens > closes) return true;
    if (closes > opens) return false;
  }
  return open;
}

/** Whether an edit's text could change how the rest of the document splits into paragraphs. */
export function changesBlocks(edited: string, format: Format): boolean {
  if (format === 'markdown') return /```|~~~/.test(edited);
  if (format === 'html') return /<!--|-->|<\/?(pre|script|style|textarea)\b/i.test(edited);
  return false;
}
