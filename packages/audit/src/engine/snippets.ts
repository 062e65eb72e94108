import type { Report } from '@carelint/core';

const AROUND = 60;
const LONGEST = 240;

/**
 * Adds `snippet` to each finding: the text around it, on one line, cut at word boundaries. Only with
 * `--snippets`: without it no record text beyond the flagged phrase is kept. Document-level findings get none.
 */
export function addSnippets(report: Report, text: string): void {
  for (const finding of report.messages) {
    const { start, end } = finding.place;
    if (end.offset - start.offset > LONGEST) continue;
    let from = Math.max(0, start.offset - AROUND);
    let to = Math.min(text.length, end.offset + AROUND);
    if (from > 0) from = nextSpace(text, from, start.offset);
    if (to < text.length) to = previousSpace(text, to, end.offset);
    const snippet = `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
    (finding as typeof finding & { snippet?: string }).snippet = snippet;
  }
}

function nextSpace(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s/);
  return space < 0 ? from : from + space + 1;
}

function previousSpace(text: string, to: number, limit: number): number {
  const slice = text.slice(limit, to);
  const space = Math.max(slice.lastIndexOf(' '), slice.lastIndexOf('\n'));
  return space < 0 ? to : limit + space;
}
