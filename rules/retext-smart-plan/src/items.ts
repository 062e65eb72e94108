import type { Range, Sentence } from '@carelint/text';

/** Which column of a Who / What / When plan a cell is in. */
export type Column = 'who' | 'what' | 'when';

/** One candidate action in a plan: a bullet, a numbered line, a table row, a labelled block, or a sentence. */
export interface Item {
  kind: 'bullet' | 'prose' | 'row' | 'labelled';
  /** The action's text, without its bullet or number, trimmed. */
  start: number;
  end: number;
  /** For table rows and labelled blocks: where each column's text is. */
  cells?: Partial<Record<Column, Range>>;
  /** A short line with no full stop ("Mum and Dad"): a heading in disguise if it turns out not to be an action. */
  short?: boolean;
  /** A sentence that is a whole line: a line of a plan's list written without bullets (Markdown's lists read so too). */
  line?: boolean;
}

/** A plan section read line by line: lead-in lines ("Mum will:") and candidate actions, in order. */
export type Entry = { type: 'lead'; range: Range } | { type: 'item'; item: Item };

const BULLET = /^([ \t]*)(?:[-*\u2022\u25e6\u25aa\u2023\u2013\u2014\u00b7]|\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?|\(\d{1,2}\)|\(?[a-h]\)|[a-h]\.)[ \t]+(?=\S)/;
const LABEL =
  /^[ \t]*(who|by whom|responsible|person responsible|who will do it|what|what will happen|what will be done|what needs to happen|action|task|when|by when|timescales?|frequency|how often|deadline|target date)[ \t]*[:\u2013-][ \t]*(?=\S)/i;
/** A label that opens a block with its own what: the numbered line above it is the block's title. */
const WHAT_LABEL = /^[ \t]*(what|what will happen|what will be done|what needs to happen|action|task)[ \t]*[:\u2013-]/i;
const COLUMN_NAMES: Array<[Column, RegExp]> = [
  ['who', /^(who|by whom|by who|responsible|person responsible|responsible person|lead|owner|action owner|who will do it)$/i],
  ['what', /^(what|action|actions|task|tasks|targets?|what will happen|what will be done|what needs to happen)$/i],
  ['when', /^(when|by when|timescales?|frequency|how often|deadline|date|target date|due|due date|due by|review date)$/i],
];
const MAY_NAME_WHO = /who|responsible|lead|owner/i;
/** Column names of what a plan is for, which are its what only when no column names the actions. */
const GOALS = /^targets?$/i;
const TERMINAL = /[.!?;]["'\u2019\u201d)\]]*$/;
const TRAILING_GLUE = /\b(to|from|the|and|of|with|at|in|on|by|a|an|for|or|her|his|their|will|be)$/i;

interface Line {
  start: number;
  end: number;
  /** Text without the line break. */
  text: string;
}

function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let at = start;
  while (at < end) {
    let stop = text.indexOf('\n', at);
    if (stop === -1 || stop > end) stop = end;
    lines.push({ start: at, end: stop, text: text.slice(at, stop).replace(/\r$/, '') });
    at = stop + 1;
  }
  return lines;
}

/** The index of the first line from `i` that is not blank (or `lines.length`). */
function skipBlank(lines: readonly Line[], i: number): number {
  let k = i;
  while (k < lines.length && lines[k]!.text.trim() === '') k += 1;
  return k;
}

/** The range of a line's text without surrounding blanks (and from `from` onwards). */
function trimmed(line: Line, from = 0): Range {
  const body = line.text.slice(from);
  const lead = body.length - body.trimStart().length;
  return { start: line.start + from + lead, end: line.start + from + body.trimEnd().length };
}

/** Splits a table line into cells with their ranges; `undefined` when it has no separators. */
function cellsOf(line: Line): Range[] | undefined {
  const separator = line.text.includes('|') ? /\|/g : line.text.includes('\t') ? /\t+/g : / {2,}/g;
  const parts: Range[] = [];
  let last = 0;
  for (const match of line.text.matchAll(separator)) {
    parts.push({ start: last, end: match.index });
    last = match.index + match[0].length;
  }
  parts.push({ start: last, end: line.text.length });
  const cells = parts
    .map((part) => {
      const body = line.text.slice(part.start, part.end);
      const lead = body.length - body.trimStart().length;
      return { start: line.start + part.start + lead, end: line.start + part.start + body.trimEnd().length };
    })
    .filter((cell, i, all) => !((i === 0 || i === all.length - 1) && cell.end <= cell.start && line.text.includes('|')));
  return cells.length >= 2 ? cells : undefined;
}

/** Header rows are short: longer lines are never read as one. */
const MAX_HEADER_LENGTH = 500;

/** Column names of a header row ("Who | What | When", "Who / What / By when"), or undefined. */
function headerOf(text: string): Array<Column | undefined> | undefined {
  // Every name of a Who column holds one of these: most lines are ruled out before being split into cells.
  // A header row is short; the split below rescans long runs of spaces from every position, so long lines are never split.
  if (text.length > MAX_HEADER_LENGTH || !MAY_NAME_WHO.test(text)) return undefined;
  const names = text.trim().replace(/^\|/, '').replace(/\|$/, '').split(/\s*\|\s*|\t+| {2,}|\s+\/\s+/);
  const columns = names.map((name) => COLUMN_NAMES.find(([, pattern]) => pattern.test(name.trim()))?.[0]);
  // "| Target | What will happen | Who | By when |": beside a column of actions, the targets are what the actions are
  // for, not actions.
  if (columns.filter((column) => column === 'what').length > 1) names.forEach((name, k) => GOALS.test(name.trim()) && (columns[k] = undefined));
  return columns.includes('who') && columns.includes('what') ? columns : undefined;
}

/**
 * The tables with a Who / What / When header row, from the header to their last row, wherever they stand: such a
 * table is a plan whatever the heading above it says ("Accommodation", "Health"). Rows may be separated by blank
 * lines, as in `segment`.
 */
export function planTables(text: string): Range[] {
  const tables: Range[] = [];
  const lines = linesOf(text, 0, text.length);
  for (let i = 0; i < lines.length; i++) {
    if (!headerOf(lines[i]!.text.trim())) continue;
    const start = lines[i]!.start;
    let end = -1;
    let next = skipBlank(lines, i + 1);
    while (next < lines.length && cellsOf(lines[next]!)) {
      end = lines[next]!.end;
      i = next;
      next = skipBlank(lines, next + 1);
    }
    // A header with no rows under it plans nothing.
    if (end > start) tables.push({ start, end });
  }
  return tables;
}

/** Whether the first line with words in [start, end) is a plan label ("What will happen: …", "By whom: …"). */
export function opensWithLabel(text: string, start: number, end: number): boolean {
  const lines = linesOf(text, start, end);
  const first = skipBlank(lines, 0);
  return first < lines.length && LABEL.test(lines[first]!.text);
}

/**
 * Reads a plan section line by line into lead-ins and candidate actions: bullets and numbered lines (with
 * their wrapped lines), rows under a Who / What / When header, blocks of "Who: / What: / When:" lines, and
 * the sentences of everything else.
 */
export function segment(text: string, start: number, end: number, sentences: readonly Sentence[]): Entry[] {
  const lines = linesOf(text, start, end);
  const entries: Entry[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const body = line.text.trim();
    if (body === '') {
      i += 1;
      continue;
    }
    const header = headerOf(body);
    if (header) {
      i += 1;
      // Rows may be separated by blank lines (core puts every line of a record in its own paragraph).
      for (let next = skipBlank(lines, i); next < lines.length; next = skipBlank(lines, i)) {
        const cells = cellsOf(lines[next]!);
        if (!cells || (next > i && cells.length !== header.length)) break;
        const item: Item = { kind: 'row', ...trimmed(lines[next]!), cells: {} };
        cells.forEach((cell, k) => {
          const column = header[k];
          if (column && cell.end > cell.start) item.cells![column] = cell;
        });
        // A row with nothing under Who, What or When ("| Reach his full potential | | | |") sets no action.
        if (Object.keys(item.cells!).length > 0) entries.push({ type: 'item', item });
        i = next + 1;
      }
      continue;
    }
    if (LABEL.test(line.text)) {
      const item: Item = { kind: 'labelled', start: trimmed(line).start, end: trimmed(line).end, cells: {} };
      const seen = new Set<string>();
      while (i < lines.length) {
        const next = skipBlank(lines, i);
        const match = next < lines.length && next - i <= 1 ? LABEL.exec(lines[next]!.text) : null;
        if (!match) break;
        i = next;
        const label = match[1]!.toLowerCase();
        const column: Column = /who|whom|responsible/.test(label) ? 'who' : /when|time|frequency|often|deadline|date/.test(label) ? 'when' : 'what';
        if (seen.has(column)) break;
        seen.add(column);
        const cell = trimmed(lines[i]!, match[0].length);
        if (cell.end > cell.start) item.cells![column] = cell;
        item.end = trimmed(lines[i]!).end;
        i += 1;
      }
      entries.push({ type: 'item', item });
      continue;
    }
    const bullet = BULLET.exec(line.text);
    // "1. Money" over "What will happen: …" / "By whom: …": the title of the labelled block below it, which names
    // what the block is about, not who does it.
    const below = skipBlank(lines, i + 1);
    if (bullet && below <= i + 2 && below < lines.length && WHAT_LABEL.test(lines[below]!.text) && !TERMINAL.test(body)) {
      i += 1;
      continue;
    }
    if (bullet) {
      const range = trimmed(line, bullet[0].length);
      const indent = bullet[1]!.length;
      i += 1;
      while (i < lines.length) {
        const next = lines[i]!;
        const nextBody = next.text.trim();
        if (nextBody === '' || BULLET.test(next.text) || LABEL.test(next.text) || /:$/.test(nextBody)) break;
        const nextIndent = next.text.length - next.text.trimStart().length;
        if (nextIndent <= indent && !/^[a-z]/.test(nextBody)) break;
        range.end = trimmed(next).end;
        i += 1;
      }
      entries.push({ type: 'item', item: { kind: 'bullet', ...range } });
      continue;
    }
    if (/:$/.test(body) && body.split(/\s+/).length <= 12) {
      entries.push({ type: 'lead', range: trimmed(line) });
      i += 1;
      continue;
    }
    // Prose: wrapped lines join; a line with no full stop followed by a capital starts a new chunk.
    const chunk = trimmed(line);
    let previous = body;
    i += 1;
    while (i < lines.length) {
      const next = lines[i]!;
      const nextBody = next.text.trim();
      if (nextBody === '' || BULLET.test(next.text) || LABEL.test(next.text) || headerOf(nextBody)) break;
      if (/:$/.test(nextBody) && nextBody.split(/\s+/).length <= 12) break;
      if (!TERMINAL.test(previous) && /^[A-Z0-9]/.test(nextBody) && !TRAILING_GLUE.test(previous)) break;
      chunk.end = trimmed(next).end;
      previous = nextBody;
      i += 1;
    }
    for (const item of sentencesIn(text, chunk, sentences)) entries.push({ type: 'item', item });
  }
  return entries;
}

/** Whether only blanks stand between the offset and the start of its line. */
function lineStart(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0 && text[k] !== '\n'; k--) if (text[k] !== ' ' && text[k] !== '\t') return false;
  return true;
}

/** Whether only blanks stand between the offset and the end of its line. */
function lineEnd(text: string, offset: number): boolean {
  for (let k = offset; k < text.length && text[k] !== '\n'; k++) if (!/\s/.test(text[k]!)) return false;
  return true;
}

/** The sentences of a prose chunk, clipped to it. */
function sentencesIn(text: string, chunk: Range, sentences: readonly Sentence[]): Item[] {
  const items: Item[] = [];
  // Sentences are in order and do not overlap: start at the first ending after the chunk starts, not at the first.
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end <= chunk.start) low = mid + 1;
    else high = mid;
  }
  for (let s = low; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (sentence.start >= chunk.end) break;
    let start = Math.max(sentence.start, chunk.start);
    let end = Math.min(sentence.end, chunk.end);
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end <= start) continue;
    const body = text.slice(start, end);
    const item: Item = { kind: 'prose', start, end };
    if (!TERMINAL.test(body) && body.split(/\s+/).length <= 6) item.short = true;
    else if (TERMINAL.test(body) && lineStart(text, start) && lineEnd(text, end)) item.line = true;
    items.push(item);
  }
  if (items.length === 0) items.push({ kind: 'prose', ...chunk });
  return items;
}
