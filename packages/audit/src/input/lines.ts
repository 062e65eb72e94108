import { StringDecoder } from 'node:string_decoder';

/** One line of a stream, without its line end; `bytes` counts the line end too. */
export interface Line {
  text: string;
  /** 1-based. */
  number: number;
  bytes: number;
  /** The line was longer than the limit: `text` is empty and the line was not kept. */
  tooLong?: boolean;
}

/** Lines longer than this many characters are reported, not held in memory. */
export const MAX_LINE = 64 * 1024 * 1024;

/**
 * Splits a stream of chunks into lines (`\n` or `\r\n`), in time linear in the input and holding at most one line
 * (up to `maxLine` characters) and one chunk in memory.
 */
export async function* splitLines(chunks: AsyncIterable<string | Uint8Array>, maxLine = MAX_LINE): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let pieces: string[] = [];
  let length = 0;
  let bytes = 0;
  let tooLong = false;
  let number = 0;
  const add = (piece: string) => {
    bytes += Buffer.byteLength(piece, 'utf8');
    length += piece.length;
    if (length > maxLine) {
      tooLong = true;
      pieces = [];
    } else if (!tooLong) {
      pieces.push(piece);
    }
  };
  const emit = (ended: boolean): Line => {
    number += 1;
    let text = tooLong ? '' : pieces.join('');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    const line: Line = { text, number, bytes: bytes + (ended ? 1 : 0) };
    if (tooLong) line.tooLong = true;
    pieces = [];
    length = 0;
    bytes = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      add(text.slice(start, end));
      yield emit(true);
      start = end + 1;
    }
    if (start < text.length) add(text.slice(start));
  }
  add(decoder.end());
  if (length > 0 || tooLong) yield emit(false);
}
