/**
 * CSV rows read by hand, so that one broken row costs one error row and the next row is read as a record. csv-parse
 * cannot do this: after a quote it cannot close it swallows the rows that follow (or the rest of the file), it splits
 * one row with a stray quote into two errors, and it takes the line end of the header for the whole file. Here rows
 * end at a line end outside quotes (LF, CRLF or CR, mixed freely); a quote opens a quoted field only at a field's
 * start. When a quote is never closed (or a quoted field runs past MAX_ROW characters, or ends in junk after
 * spanning lines), the row's first line becomes one error row and reading starts again on the next line.
 */
import { StringDecoder } from 'node:string_decoder';

/** A row's text (without its line end) and the 1-based line it starts on, or why it could not be read. */
export interface CsvRow {
  line: number;
  /** The fields, when the row could be read. */
  fields?: string[];
  /** Why not, in plain words (never the row's text). */
  broken?: string;
  /** Bytes of the file the row took, line end included. */
  bytes: number;
  /** The row held nothing (a blank line). */
  empty?: boolean;
}

/** A quoted field longer than this many characters is taken for a quote that was never closed. */
export const MAX_ROW = 64 * 1024 * 1024;

const NOT_CLOSED = 'a quoted field in the row is not closed properly';
const STRAY_QUOTE = 'a quote stands inside a field that does not start with one';
const AFTER_QUOTE = 'there is text after the closing quote of a field';

/** The rows of a CSV stream, in order, holding at most one row (and one chunk) in memory. */
export async function* csvRows(chunks: AsyncIterable<string | Uint8Array>, maxRow = MAX_ROW): AsyncGenerator<CsvRow> {
  const decoder = new StringDecoder('utf8');
  const source = chunks[Symbol.asyncIterator]();
  let buffer = '';
  let ended = false;
  let line = 1;
  let first = true;
  const more = async (): Promise<void> => {
    const next = await source.next();
    if (next.done) {
      buffer += decoder.end();
      ended = true;
      return;
    }
    const chunk = next.value;
    buffer += typeof chunk === 'string' ? chunk : decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  };
  for (;;) {
    if (buffer.length === 0 && !ended) await more();
    if (buffer.length === 0 && ended) return;
    if (first) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      first = false;
    }
    const scan = await scanRow(() => buffer, more, () => ended, maxRow);
    const taken = buffer.slice(0, scan.end);
    buffer = buffer.slice(scan.end);
    const bytes = Buffer.byteLength(taken, 'utf8');
    if (scan.broken) yield { line, broken: scan.broken, bytes };
    else if (scan.text === '') yield { line, bytes, empty: true };
    else {
      const parsed = fieldsOf(scan.text);
      yield typeof parsed === 'string' ? { line, broken: parsed, bytes } : { line, fields: parsed, bytes };
    }
    line += scan.lines;
  }
}

interface Scan {
  /** The row's text without its line end. */
  text: string;
  /** Where the next row starts in the buffer. */
  end: number;
  /** Physical lines consumed. */
  lines: number;
  broken?: string;
}

/** Finds the end of the row at the start of the buffer, reading more as needed. */
async function scanRow(get: () => string, more: () => Promise<void>, ended: () => boolean, maxRow: number): Promise<Scan> {
  let i = 0;
  let state: 'start' | 'plain' | 'quoted' | 'after' = 'start';
  let firstLineEnd = -1;
  let firstLineNext = -1;
  let lines = 0;
  let spanned = false;
  let junk = false;
  for (;;) {
    let buffer = get();
    // Two characters of look-ahead (a doubled quote, a CRLF) unless the input has ended.
    if (i + 1 >= buffer.length && !ended()) {
      await more();
      continue;
    }
    if (i >= buffer.length) {
      if (state === 'quoted') return brokenFirstLine(buffer, firstLineEnd, firstLineNext, NOT_CLOSED);
      return finish(buffer, i, i, lines + 1, junk, spanned, firstLineEnd, firstLineNext);
    }
    const code = buffer.charCodeAt(i);
    const newline = code === 10 || code === 13;
    const after = code === 13 && buffer.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (newline && firstLineEnd < 0) {
      firstLineEnd = i;
      firstLineNext = after;
    }
    switch (state) {
      case 'start':
        if (code === 34) {
          state = 'quoted';
          i += 1;
          continue;
        }
        state = 'plain';
        continue;
      case 'plain':
        if (code === 44) state = 'start';
        else if (newline) return finish(buffer, i, after, lines + 1, junk, spanned, firstLineEnd, firstLineNext);
        i += 1;
        continue;
      case 'quoted':
        if (code === 34) {
          if (buffer.charCodeAt(i + 1) === 34) i += 2;
          else {
            state = 'after';
            i += 1;
          }
          continue;
        }
        if (newline) {
          spanned = true;
          lines += 1;
          i = after;
        } else i += 1;
        if (i > maxRow) return brokenFirstLine(buffer, firstLineEnd, firstLineNext, NOT_CLOSED);
        buffer = get();
        continue;
      case 'after':
        if (code === 44) state = 'start';
        else if (newline) return finish(buffer, i, after, lines + 1, junk, spanned, firstLineEnd, firstLineNext);
        else junk = true;
        i += 1;
        continue;
    }
  }
}

/** The row [0, end) ending at `next`, or its first line alone when junk after a quote shows the quote was misplaced. */
function finish(buffer: string, end: number, next: number, lines: number, junk: boolean, spanned: boolean, firstLineEnd: number, firstLineNext: number): Scan {
  if (junk && spanned) return brokenFirstLine(buffer, firstLineEnd, firstLineNext, AFTER_QUOTE);
  return { text: buffer.slice(0, end), end: next, lines };
}

/** The row's first line as one broken row; reading goes on from the line after it. */
function brokenFirstLine(buffer: string, firstLineEnd: number, firstLineNext: number, reason: string): Scan {
  if (firstLineEnd < 0) return { text: buffer, end: buffer.length, lines: 1, broken: reason };
  return { text: buffer.slice(0, firstLineEnd), end: firstLineNext, lines: 1, broken: reason };
}

/** A row's fields (RFC 4180: quotes open a field, doubled inside it), or why the row is not valid CSV. */
export function fieldsOf(row: string): string[] | string {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (row.charCodeAt(i) === 34) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = row.indexOf('"', from);
        if (quote < 0) return NOT_CLOSED;
        value += row.slice(from, quote);
        if (row.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      if (i < row.length && row.charCodeAt(i) !== 44) return AFTER_QUOTE;
      fields.push(value);
    } else {
      let comma = row.indexOf(',', i);
      if (comma < 0) comma = row.length;
      const value = row.slice(i, comma);
      if (value.includes('"')) return STRAY_QUOTE;
      fields.push(value);
      i = comma;
    }
    if (i >= row.length) return fields;
    i += 1;
    if (i === row.length) {
      fields.push('');
      return fields;
    }
  }
}
