/**
 * Reads a record file or stream as UTF-8 text, at most up to the size limit: a file of gigabytes (or a stream that
 * never ends) is refused with InputTooLargeError once more than `limit` characters have been read, without reading
 * the rest or holding more than the limit in memory. A leading byte-order mark is kept, as readFileSync keeps it.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputTooLargeError } from './lint.js';

const CHUNK = 64 * 1024;

/** Collects decoded text and says when it has passed the limit. */
class Bounded {
  readonly #decoder = new StringDecoder('utf8');
  readonly #parts: string[] = [];
  #length = 0;
  constructor(readonly limit: number) {}

  /** Adds a chunk; throws once the text is longer than the limit. */
  add(chunk: string | Uint8Array): void {
    const text = typeof chunk === 'string' ? chunk : this.#decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    this.#parts.push(text);
    this.#length += text.length;
    if (this.#length > this.limit) throw new InputTooLargeError(this.#length, this.limit, true);
  }

  /** The whole text, once the input has ended. */
  end(): string {
    this.add(this.#decoder.end());
    return this.#parts.join('');
  }
}

/** A file's text, read in chunks and refused as soon as it is longer than `limit` characters. */
export function readTextFile(path: string, limit: number): string {
  const bounded = new Bounded(limit);
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      bounded.add(Buffer.from(buffer.subarray(0, read)));
    }
  } finally {
    closeSync(fd);
  }
  return bounded.end();
}

/** A stream's text (standard input), refused as soon as it is longer than `limit` characters; the rest is not read. */
export async function readTextStream(stream: AsyncIterable<string | Uint8Array>, limit: number): Promise<string> {
  const bounded = new Bounded(limit);
  for await (const chunk of stream) bounded.add(chunk);
  return bounded.end();
}
